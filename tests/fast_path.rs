//! The fast lookups agree with the public `phf` maps, and the text accessors
//! allocate nothing.
//!
//! Correctness only: the speed is measured in `benches/` (see BENCHMARKS.md).

use std::alloc::{GlobalAlloc, Layout, System as SystemAlloc};
use std::cell::Cell;
use std::fmt::Write as _;
use std::str::FromStr;

use errcat::neuron::NeuronError;
use errcat::{ErrorCode, UnknownNameError};
use strum::{EnumCount, IntoEnumIterator, VariantNames};

/// The system allocator, counting the allocations of each thread, so that tests
/// running in parallel do not see each other's.
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    // `try_with`: the thread may be tearing down its locals.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialized thread local without a destructor, whose
// access never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: the caller's contract, passed on.
        unsafe { SystemAlloc.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: the caller's contract, passed on.
        unsafe { SystemAlloc.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: the caller's contract, passed on.
        unsafe { SystemAlloc.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract, passed on.
        unsafe { SystemAlloc.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations (and reallocations) `f` makes on this thread.
fn allocations_in(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

/// The numbers within 1000 of some code of `E`, each once, ascending: the
/// whole range of a dense catalog, and around each cluster of a sparse one
/// (OPC Data Access spans 2^30; `tests/exhaustive.rs` tries every `i32` in
/// release).
fn around_codes<E: ErrorCode>() -> impl Iterator<Item = i32> {
    let mut codes: Vec<i32> = E::all().iter().map(|e| e.code()).collect();
    codes.sort_unstable();
    let mut windows: Vec<(i32, i32)> = Vec::new();
    for code in codes {
        let (low, high) = (code.saturating_sub(1000), code.saturating_add(1000));
        match windows.last_mut() {
            Some((_, end)) if low <= end.saturating_add(1) => *end = (*end).max(high),
            _ => windows.push((low, high)),
        }
    }
    windows.into_iter().flat_map(|(low, high)| low..=high)
}

/// `from_code` and `TryFrom<i32>` against `BY_CODE`, for every number within
/// 1000 of a code.
fn codes_agree<E: ErrorCode>(by_code: &phf::Map<i32, E>) {
    let mut hits = 0;
    for code in around_codes::<E>() {
        let expected = by_code.get(&code).copied();
        assert_eq!(
            E::from_code(code),
            expected,
            "{} code {code}",
            E::SYSTEM.id()
        );
        match E::try_from(code) {
            Ok(error) => assert_eq!(Some(error), expected, "{} code {code}", E::SYSTEM.id()),
            Err(error) => {
                assert_eq!(expected, None, "{} code {code}", E::SYSTEM.id());
                assert_eq!((error.system(), error.code()), (E::SYSTEM, i64::from(code)));
            }
        }
        if let Some(error) = expected {
            assert_eq!(error.code(), code);
            hits += 1;
        }
    }
    assert_eq!(
        hits,
        E::all().len(),
        "{}: every code is in range",
        E::SYSTEM.id()
    );
    for code in [i32::MIN, i32::MIN + 1, -1, 0, 1, i32::MAX - 1, i32::MAX] {
        assert_eq!(
            E::from_code(code),
            by_code.get(&code).copied(),
            "code {code}"
        );
    }
}

/// Names that are not variant names but look like them: every name changed in
/// one of several ways, and odd lengths around the hash's 4, 8 and 24 bytes.
fn near_misses(name: &str) -> Vec<String> {
    let mut misses = vec![
        name.to_lowercase(),
        name.to_uppercase(),
        format!("{name} "),
        format!(" {name}"),
        format!("{name}X"),
        format!("{name}\0"),
        name[..name.len() - 1].to_string(),
        name[1..].to_string(),
    ];
    let bytes = name.as_bytes();
    for at in [0, bytes.len() / 2, bytes.len() - 1] {
        let mut changed = bytes.to_vec();
        changed[at] = if changed[at] == b'Z' { b'Y' } else { b'Z' };
        misses.push(String::from_utf8(changed).expect("ASCII"));
    }
    misses
}

/// `from_name` and `FromStr` against `BY_NAME`, for every name and near miss.
fn names_agree<E>(by_name: &phf::Map<&'static str, E>)
where
    E: ErrorCode + FromStr<Err = UnknownNameError>,
{
    let mut probes: Vec<String> = ["", "A", "Ab", "Abc", "Abcd", "Abcdefgh", "ÜnïcödéName"]
        .map(String::from)
        .to_vec();
    for &error in E::all() {
        assert_eq!(E::from_name(error.name()), Some(error), "{}", error.name());
        assert_eq!(error.name().parse::<E>(), Ok(error));
        probes.extend(near_misses(error.name()));
    }
    for name in &probes {
        let expected = by_name.get(name.as_str()).copied();
        assert_eq!(E::from_name(name), expected, "{} {name:?}", E::SYSTEM.id());
        match name.parse::<E>() {
            Ok(error) => assert_eq!(Some(error), expected, "{name:?}"),
            Err(error) => {
                assert_eq!(expected, None, "{name:?}");
                assert_eq!(error.system(), E::SYSTEM);
            }
        }
    }
}

/// The traits the generator writes out by hand instead of deriving them.
fn traits_agree<E>()
where
    E: ErrorCode + EnumCount + VariantNames + IntoEnumIterator + AsRef<str>,
    &'static str: From<E>,
{
    let all = E::all();
    assert_eq!(E::COUNT, all.len());
    assert_eq!(E::iter().collect::<Vec<E>>(), all);
    assert_eq!(E::iter().len(), all.len());
    assert_eq!(E::iter().next_back(), all.last().copied());
    let names: Vec<&str> = all.iter().map(|e| e.name()).collect();
    assert_eq!(E::VARIANTS, names.as_slice());
    for &error in all {
        assert_eq!(<&'static str>::from(error), error.name());
        assert_eq!(error.as_ref(), error.name());
        assert_eq!(format!("{error:?}"), error.name());
        assert_eq!(error.to_string(), error.message());
        assert!(std::error::Error::source(&error).is_none());
    }
}

/// `message()` and `Display` into a `String` that has the room allocate
/// nothing, for every variant.
fn text_does_not_allocate<E: ErrorCode>() {
    let longest = E::all()
        .iter()
        .map(|e| e.message().len())
        .max()
        .unwrap_or(0);
    let mut buffer = String::with_capacity(longest);
    for &error in E::all() {
        let mut total = 0;
        let allocations = allocations_in(|| {
            total += error.message().len();
            total += error.name().len();
            buffer.clear();
            write!(buffer, "{error}").expect("a String takes any text");
        });
        assert_eq!(allocations, 0, "{} {}", E::SYSTEM.id(), error.name());
        assert_eq!(buffer, error.message());
        assert!(total > 0);
    }
}

/// One test of each kind per system, fed by `errcat::for_each_system!`.
macro_rules! per_system {
    ($({ id: $id:ident, error: $error:ident, $($rest:tt)* }),* $(,)?) => {
        #[test]
        fn from_code_agrees_with_by_code_around_every_catalog() {
            $(codes_agree(&errcat::$id::BY_CODE);)*
        }

        #[test]
        fn from_name_agrees_with_by_name() {
            $(names_agree(&errcat::$id::BY_NAME);)*
        }

        #[test]
        fn written_out_traits_match_the_variants() {
            $(traits_agree::<errcat::$id::$error>();)*
        }

        #[test]
        fn message_and_display_do_not_allocate() {
            $(text_does_not_allocate::<errcat::$id::$error>();)*
        }
    };
}

errcat::for_each_system!(per_system);

#[test]
fn the_allocation_counter_counts() {
    let mut buffer = String::new();
    let allocations = allocations_in(|| {
        write!(buffer, "{}", NeuronError::ALL[0]).expect("a String takes any text");
    });
    assert!(
        allocations > 0,
        "an empty String must allocate to take text"
    );
}

#[test]
fn lookups_do_not_allocate() {
    let allocations = allocations_in(|| {
        for &error in NeuronError::ALL {
            assert_eq!(NeuronError::from_code(error.code()), Some(error));
            assert_eq!(NeuronError::try_from(error.code()), Ok(error));
            assert_eq!(NeuronError::from_name(error.name()), Some(error));
        }
        assert!(NeuronError::try_from(1_i32).is_err());
        assert!("NoSuchName".parse::<NeuronError>().is_err());
    });
    assert_eq!(allocations, 0);
}
