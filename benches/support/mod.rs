//! What the lookup benchmarks share: the batch size and rounds, a deterministic
//! input generator, the dense-table baseline, the loops that time a lookup and
//! the contenders run on one catalog. `benches/lookup.rs` has it as `mod
//! support`; `benches/scaling` and `examples/own-catalog` include it by path.

#![allow(dead_code)] // each benchmark uses a part of it

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput};
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

/// A catalog under test: its label, and its enum's public `phf` maps.
pub struct Catalog<E: 'static> {
    pub label: &'static str,
    pub by_code: &'static errcat::phf::Map<i32, E>,
    pub by_name: &'static errcat::phf::Map<&'static str, E>,
}

/// [`BATCH`] real names of `all` with one letter changed, none of them a name
/// (`is_name`): same length, same first bytes, the hardest kind of miss for a
/// table that compares names.
pub fn wrong_names<E: ErrorCode>(
    rng: &mut Rng,
    all: &[E],
    is_name: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut wrong = Vec::with_capacity(BATCH);
    while wrong.len() < BATCH {
        let mut name = all[rng.below(all.len())].name().as_bytes().to_vec();
        let at = rng.below(name.len());
        name[at] = b'a' + rng.below(26) as u8;
        let name = String::from_utf8(name).expect("ASCII");
        if !is_name(&name) {
            wrong.push(name);
        }
    }
    wrong
}

/// Every lookup contender on one catalog, in groups `<prefix>/from_code/hit`,
/// `<prefix>/from_code/miss_in_range`, `<prefix>/from_name/hit` and
/// `<prefix>/from_name/miss`.
pub fn catalog<E: ErrorCode>(c: &mut Criterion, prefix: &str, catalog: &Catalog<E>) {
    let all = E::all();
    let label = catalog.label;
    let mut rng = Rng::new(0x5EED_0000 + all.len() as u64);
    let hits: Vec<i32> = (0..BATCH)
        .map(|_| all[rng.below(all.len())].code())
        .collect();
    let min = all.iter().map(|e| e.code()).min().expect("codes");
    let max = all.iter().map(|e| e.code()).max().expect("codes");
    let mut misses_in_range = Vec::with_capacity(BATCH);
    while misses_in_range.len() < BATCH {
        let code = min + rng.below((max - min) as usize) as i32;
        if catalog.by_code.get(&code).is_none() {
            misses_in_range.push(code);
        }
    }
    let names_hit: Vec<String> = (0..BATCH)
        .map(|_| all[rng.below(all.len())].name().to_string())
        .collect();
    let names_miss = wrong_names(&mut rng, all, |name| catalog.by_name.contains_key(name));

    let dense = Dense::build::<E>(|e| e);
    let by_code_hash: HashMap<i32, E> = all.iter().map(|&e| (e.code(), e)).collect();
    let by_name_hash: HashMap<&'static str, E> = all.iter().map(|&e| (e.name(), e)).collect();
    let by_code = catalog.by_code;
    let by_name = catalog.by_name;

    for (group_name, inputs) in [
        ("from_code/hit", &hits),
        ("from_code/miss_in_range", &misses_in_range),
    ] {
        let mut group = c.benchmark_group(format!("{prefix}/{group_name}"));
        group.throughput(Throughput::Elements(BATCH as u64));
        for round in 1..=ROUNDS {
            code_contenders(
                &mut group,
                label,
                round,
                inputs,
                &dense,
                by_code,
                &by_code_hash,
            );
        }
        group.finish();
    }
    for (group_name, inputs) in [
        ("from_name/hit", &names_hit),
        ("from_name/miss", &names_miss),
    ] {
        let mut group = c.benchmark_group(format!("{prefix}/{group_name}"));
        group.throughput(Throughput::Elements(BATCH as u64));
        for round in 1..=ROUNDS {
            name_contenders(&mut group, label, round, inputs, by_name, &by_name_hash);
        }
        group.finish();
    }
}
