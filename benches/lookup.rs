//! errcat's lookups beside the public `phf` maps, a std `HashMap` and a dense
//! table indexed by `code - min`, all on the same inputs.
//!
//! Run with `cargo bench --bench lookup`, then `python3 benches/report.py` for
//! the tables; BENCHMARKS.md explains the groups and holds the numbers of one
//! run. Every iteration handles a batch of [`BATCH`] inputs, each passed
//! through `black_box`, and criterion reports the time per input
//! (`Throughput::Elements`). Each contender is measured [`ROUNDS`] times,
//! interleaved with the others.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use errcat::ErrorCode;

mod support;

use support::{
    BATCH, Dense, ROUNDS, Rng, code_contenders, codes, id, name_contenders, names, range,
};

/// One system's enum and its public `phf` maps.
struct Catalog<E: 'static> {
    by_code: &'static phf::Map<i32, E>,
    by_name: &'static phf::Map<&'static str, E>,
}

fn is_code<E: ErrorCode>(code: i32) -> bool {
    E::all().iter().any(|e| e.code() == code)
}

fn is_name<E: ErrorCode>(name: &str) -> bool {
    E::all().iter().any(|e| e.name() == name)
}

/// The inputs of every group, drawn once per system.
struct Inputs<E: 'static> {
    variants: Vec<E>,
    hits: Vec<i32>,
    misses_random: Vec<i32>,
    misses_in_range: Vec<i32>,
    names: Vec<String>,
    wrong_names: Vec<String>,
}

impl<E: ErrorCode> Inputs<E> {
    fn draw() -> Inputs<E> {
        let all = E::all();
        let (min, max) = range::<E>();
        let mut rng = Rng::new(0x5EED_0000 + all.len() as u64);
        let variants: Vec<E> = (0..BATCH).map(|_| all[rng.below(all.len())]).collect();
        let hits = variants.iter().map(|e| e.code()).collect();
        let mut misses_random = Vec::with_capacity(BATCH);
        while misses_random.len() < BATCH {
            let code = rng.next() as i32;
            if !is_code::<E>(code) {
                misses_random.push(code);
            }
        }
        // Every number in min..=max that is not a code; none if the range is full.
        let gaps: Vec<i32> = (min..=max).filter(|&c| !is_code::<E>(c)).collect();
        let misses_in_range = if gaps.is_empty() {
            Vec::new()
        } else {
            (0..BATCH).map(|_| gaps[rng.below(gaps.len())]).collect()
        };
        let names = (0..BATCH)
            .map(|_| all[rng.below(all.len())].name().to_string())
            .collect();
        let wrong_names = support::wrong_names(&mut rng, all, is_name::<E>);
        Inputs {
            variants,
            hits,
            misses_random,
            misses_in_range,
            names,
            wrong_names,
        }
    }
}

/// `from_code/hit`, `from_code/miss_random` and `from_code/miss_in_range`.
fn from_code<E: ErrorCode>(c: &mut Criterion, catalog: &Catalog<E>) {
    let system = E::SYSTEM.id();
    let inputs = Inputs::<E>::draw();
    let dense = Dense::build::<E>(|e| e);
    let hash: HashMap<i32, E> = E::all().iter().map(|&e| (e.code(), e)).collect();
    let by_code = catalog.by_code;
    for (group_name, codes_in) in [
        ("from_code/hit", &inputs.hits),
        ("from_code/miss_random", &inputs.misses_random),
        ("from_code/miss_in_range", &inputs.misses_in_range),
    ] {
        if codes_in.is_empty() {
            // SuperOffice's codes fill their range: there is nothing to miss.
            continue;
        }
        let mut group = c.benchmark_group(group_name);
        group.throughput(Throughput::Elements(codes_in.len() as u64));
        for round in 1..=ROUNDS {
            code_contenders(&mut group, system, round, codes_in, &dense, by_code, &hash);
            codes(
                &mut group,
                id(system, "errcat_try_from", round),
                codes_in,
                |code| E::try_from(code).ok(),
            );
        }
        group.finish();
    }
}

/// `from_name/hit` and `from_name/miss`.
fn from_name<E: ErrorCode + std::str::FromStr>(c: &mut Criterion, catalog: &Catalog<E>) {
    let system = E::SYSTEM.id();
    let inputs = Inputs::<E>::draw();
    let hash: HashMap<&'static str, E> = E::all().iter().map(|&e| (e.name(), e)).collect();
    let by_name = catalog.by_name;
    for (group_name, names_in) in [
        ("from_name/hit", &inputs.names),
        ("from_name/miss", &inputs.wrong_names),
    ] {
        let mut group = c.benchmark_group(group_name);
        group.throughput(Throughput::Elements(names_in.len() as u64));
        for round in 1..=ROUNDS {
            name_contenders(&mut group, system, round, names_in, by_name, &hash);
            names(
                &mut group,
                id(system, "errcat_from_str", round),
                names_in,
                |name| match name.parse::<E>() {
                    Ok(error) => Some(error),
                    // The error is built and kept, as by a caller that
                    // reports it: `.ok()` would let it be optimized away.
                    Err(unknown) => {
                        black_box(&unknown);
                        None
                    }
                },
            );
        }
        group.finish();
    }
}

/// Every variant of `inputs` written into one reused `String` by `write`.
fn display<E: ErrorCode>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: String,
    inputs: &[E],
    write: impl Fn(&mut String, E),
) {
    let mut buffer = String::with_capacity(256);
    group.bench_function(id, |b| {
        b.iter(|| {
            let mut total = 0;
            for &error in inputs {
                buffer.clear();
                write(&mut buffer, black_box(error));
                total += buffer.len();
            }
            total
        });
    });
}

/// The message of every variant of `inputs`, as `text` finds it.
fn message<E: ErrorCode>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: String,
    inputs: &[E],
    text: impl Fn(E) -> &'static str,
) {
    group.bench_function(id, |b| {
        b.iter(|| {
            let mut total = 0;
            for &error in inputs {
                total += text(black_box(error)).len();
            }
            total
        });
    });
}

/// `display` (into a reused `String`) and `message`.
fn text<E: ErrorCode>(c: &mut Criterion) {
    let system = E::SYSTEM.id();
    let inputs = Inputs::<E>::draw();
    let dense = Dense::build::<E>(|e| e.message());
    let hash: HashMap<E, &'static str> = E::all().iter().map(|&e| (e, e.message())).collect();
    let variants = &inputs.variants;

    let mut group = c.benchmark_group("display");
    group.throughput(Throughput::Elements(BATCH as u64));
    for round in 1..=ROUNDS {
        display(
            &mut group,
            id(system, "errcat_display", round),
            variants,
            |buffer, error| {
                write!(buffer, "{error}").expect("a String takes any text");
            },
        );
        display(
            &mut group,
            id(system, "errcat_message_push_str", round),
            variants,
            |buffer, error| {
                buffer.push_str(error.message());
            },
        );
        display(
            &mut group,
            id(system, "dense_table_push_str", round),
            variants,
            |buffer, error| {
                buffer.push_str(dense.get(error.code()).unwrap_or(""));
            },
        );
        display(
            &mut group,
            id(system, "std_hashmap_push_str", round),
            variants,
            |buffer, error| {
                buffer.push_str(hash.get(&error).copied().unwrap_or(""));
            },
        );
    }
    group.finish();

    let mut group = c.benchmark_group("message");
    group.throughput(Throughput::Elements(BATCH as u64));
    for round in 1..=ROUNDS {
        message(
            &mut group,
            id(system, "errcat_message", round),
            variants,
            |error| error.message(),
        );
        message(
            &mut group,
            id(system, "dense_table", round),
            variants,
            |error| dense.get(error.code()).unwrap_or(""),
        );
        message(
            &mut group,
            id(system, "std_hashmap", round),
            variants,
            |error| hash.get(&error).copied().unwrap_or(""),
        );
    }
    group.finish();
}

/// Every group for every system, fed by `errcat::for_each_system!`.
macro_rules! lookups {
    ($({ id: $id:ident, error: $error:ident, $($rest:tt)* }),* $(,)?) => {
        fn lookups(c: &mut Criterion) {
            $(
                let catalog = Catalog::<errcat::$id::$error> {
                    by_code: &errcat::$id::BY_CODE,
                    by_name: &errcat::$id::BY_NAME,
                };
                from_code(c, &catalog);
                from_name(c, &catalog);
                text::<errcat::$id::$error>(c);
            )*
        }
    };
}

errcat::for_each_system!(lookups);

criterion_group! {
    name = benches;
    config = support::config();
    targets = lookups
}
criterion_main!(benches);
