//! errcat's generator on synthetic catalogs of 1,000 and 10,000 codes, for the
//! benchmark in `benches/scaling.rs` (see BENCHMARKS.md at the repository root).
//!
//! `build.rs` writes the catalogs and generates them with errcat's own
//! generator, as a crate with its own catalog does: each module is a system of
//! its own, `SyntheticError`, beside errcat's own.

/// A synthetic catalog of 1,000 sparse codes.
#[allow(clippy::pedantic)]
pub mod synthetic_1k {
    include!(concat!(env!("OUT_DIR"), "/synthetic_1k.rs"));
}

/// A synthetic catalog of 10,000 sparse codes.
#[allow(clippy::pedantic)]
pub mod synthetic_10k {
    include!(concat!(env!("OUT_DIR"), "/synthetic_10k.rs"));
}
