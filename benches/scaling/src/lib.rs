//! errcat's generator on synthetic catalogs of 1,000 and 10,000 codes, for the
//! benchmark in `benches/scaling.rs` (see BENCHMARKS.md at the repository root).
//!
//! `build.rs` writes the catalogs and generates them with errcat's own
//! `codegen/`; the generated modules refer to the library through `crate::`
//! paths, which the re-exports below answer, as `tests/codegen.rs` does for its
//! golden fixture. Both enums are named `ViewtronError` (the generator derives
//! the `errcat::System` variant from the enum's name), each in its own module.

pub use errcat::{
    __private, CategoryInfo, Code, ErrorCode, Kind, PageInfo, Provenance, Reading, ScopeInfo,
    System, UnknownCodeError, UnknownNameError, UnnumberedInfo,
};

/// A synthetic catalog of 1,000 sparse codes.
#[allow(missing_docs, dead_code, clippy::all, clippy::pedantic)]
pub mod synthetic_1k {
    include!(concat!(env!("OUT_DIR"), "/synthetic_1k.rs"));
}

/// A synthetic catalog of 10,000 sparse codes.
#[allow(missing_docs, dead_code, clippy::all, clippy::pedantic)]
pub mod synthetic_10k {
    include!(concat!(env!("OUT_DIR"), "/synthetic_10k.rs"));
}
