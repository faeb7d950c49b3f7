//! What the two benchmarks share: the batch size and rounds, a deterministic
//! input generator, the dense-table baseline and the loops that time a lookup.
//! `benches/lookup.rs` has it as `mod support`, `benches/scaling` by path.

#![allow(dead_code)] // each benchmark uses a part of it

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion};
use errcat::ErrorCode;

/// Inputs per iteration.
pub const BATCH: usize = 1024;

/// Each group measures its contenders in turn, this many times over, so that
/// the load of a shared machine, which drifts over seconds, falls on every
/// contender alike; `benches/report.py` takes the median over the rounds.
pub const ROUNDS: usize = 7;

/// The criterion settings of both benchmarks: short runs, [`ROUNDS`] of them,
/// because the machine is small and shared (see BENCHMARKS.md).
pub fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(1))
        .sample_size(30)
        .nresamples(20_000)
}

/// A benchmark's id: `<catalog>/<contender>/r<round>`.
pub fn id(system: &str, contender: &str, round: usize) -> String {
    format!("{system}/{contender}/r{round}")
}

/// xorshift64*: a small deterministic generator, so every run and every
/// contender sees the same inputs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The baseline: one slot per number from the smallest code to the largest.
pub struct Dense<T> {
    pub min: i32,
    pub slots: Vec<Option<T>>,
}

impl<T: Copy> Dense<T> {
    pub fn build<E: ErrorCode>(value: impl Fn(E) -> T) -> Dense<T> {
        let (min, max) = range::<E>();
        let mut slots = vec![None; (i64::from(max) - i64::from(min) + 1) as usize];
        for &error in E::all() {
            slots[(error.code() - min) as usize] = Some(value(error));
        }
        Dense { min, slots }
    }

    #[inline]
    pub fn get(&self, code: i32) -> Option<T> {
        let offset = code.wrapping_sub(self.min) as u32 as usize;
        self.slots.get(offset).copied().flatten()
    }
}

/// The smallest and the largest code of `E`.
pub fn range<E: ErrorCode>() -> (i32, i32) {
    let codes = E::all().iter().map(|e| e.code());
    (
        codes.clone().min().expect("a catalog has codes"),
        codes.max().expect("a catalog has codes"),
    )
}

/// Every code of `inputs` through `lookup`; the sum keeps the results alive.
pub fn codes<E: ErrorCode>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: String,
    inputs: &[i32],
    lookup: impl Fn(i32) -> Option<E>,
) {
    group.bench_function(id, |b| {
        b.iter(|| {
            let mut sum = 0i64;
            for &code in inputs {
                if let Some(error) = lookup(black_box(code)) {
                    sum += i64::from(error.code());
                }
            }
            sum
        });
    });
}

/// Every name of `inputs` through `lookup`.
pub fn names<E: ErrorCode>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: String,
    inputs: &[String],
    lookup: impl Fn(&str) -> Option<E>,
) {
    group.bench_function(id, |b| {
        b.iter(|| {
            let mut sum = 0i64;
            for name in inputs {
                if let Some(error) = lookup(black_box(name.as_str())) {
                    sum += i64::from(error.code());
                }
            }
            sum
        });
    });
}

/// The code-lookup contenders both benchmarks run, one round of them:
/// errcat's `from_code`, the dense table, the public phf map and a std
/// `HashMap`, all on the same `inputs`.
pub fn code_contenders<E: ErrorCode>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    label: &str,
    round: usize,
    inputs: &[i32],
    dense: &Dense<E>,
    by_code: &errcat::phf::Map<i32, E>,
    hash: &HashMap<i32, E>,
) {
    codes(
        group,
        id(label, "errcat_from_code", round),
        inputs,
        E::from_code,
    );
    codes(group, id(label, "dense_table", round), inputs, |code| {
        dense.get(code)
    });
    codes(group, id(label, "phf_map", round), inputs, |code| {
        by_code.get(&code).copied()
    });
    codes(group, id(label, "std_hashmap", round), inputs, |code| {
        hash.get(&code).copied()
    });
}

/// The name-lookup contenders both benchmarks run, one round of them:
/// errcat's `from_name`, the public phf map and a std `HashMap`.
pub fn name_contenders<E: ErrorCode>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    label: &str,
    round: usize,
    inputs: &[String],
    by_name: &errcat::phf::Map<&'static str, E>,
    hash: &HashMap<&'static str, E>,
) {
    names(
        group,
        id(label, "errcat_from_name", round),
        inputs,
        E::from_name,
    );
    names(group, id(label, "phf_map", round), inputs, |name| {
        by_name.get(name).copied()
    });
    names(group, id(label, "std_hashmap", round), inputs, |name| {
        hash.get(name).copied()
    });
}
