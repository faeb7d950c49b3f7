//! The example's own catalog through the lookups errcat measures for its
//! built-in systems: `from_code` beside a dense table, the phf map and a std
//! `HashMap`; `from_name` beside the phf map and a `HashMap`. The contenders
//! and the loops are errcat's `benches/support` (BENCHMARKS.md, "A crate's
//! own catalog").
//!
//! Run with `cargo bench` in `examples/own-catalog`, then
//! `python3 ../../benches/report.py target/criterion`.

use criterion::{Criterion, criterion_group, criterion_main};
use own_catalog::conveyor;

#[path = "../../../benches/support/mod.rs"]
mod support;

fn lookups(c: &mut Criterion) {
    support::catalog(
        c,
        "own_catalog",
        &support::Catalog {
            label: "conveyor_9",
            by_code: &conveyor::BY_CODE,
            by_name: &conveyor::BY_NAME,
        },
    );
}

criterion_group! {
    name = benches;
    config = support::config();
    targets = lookups
}
criterion_main!(benches);
