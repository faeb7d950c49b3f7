//! Every `i32` through every system's `TryFrom<i32>` and `Code<E>`: exactly
//! the catalog's codes convert, each to the variant that converts back to it,
//! and `Code<E>` gives back every number exactly.
//!
//! All 2^32 values take 20 to 45 s a system in release on a 2-core machine
//! (`cargo test --release --test exhaustive`, which CI runs). A debug build checks every 65,537th
//! value plus a window of 4,096 around each code, so that the ordinary test
//! run stays fast.

use std::collections::HashSet;

use errcat::{Code, ErrorCode};

/// Checks one code; returns whether it converted.
fn check_one<E: ErrorCode>(code: i32) -> bool {
    let lossless = Code::<E>::from(code);
    assert_eq!(lossless.code(), code, "{}: Code::code", E::SYSTEM.id());
    assert_eq!(
        lossless.known(),
        E::try_from(code).ok(),
        "{}: Code::known of {code}",
        E::SYSTEM.id()
    );
    match E::try_from(code) {
        Ok(error) => {
            assert_eq!(
                error.code(),
                code,
                "{}: {code} converted to {error:?}",
                E::SYSTEM.id()
            );
            true
        }
        Err(unknown) => {
            assert_eq!(
                (unknown.system(), unknown.code()),
                (E::SYSTEM, i64::from(code))
            );
            false
        }
    }
}

fn exhaustive<E: ErrorCode>() {
    let catalog: HashSet<i32> = E::all().iter().map(|e| e.code()).collect();
    assert_eq!(
        catalog.len(),
        E::all().len(),
        "{}: codes are unique",
        E::SYSTEM.id()
    );
    if cfg!(debug_assertions) {
        let strided = (i32::MIN..=i32::MAX).step_by(65_537);
        let near = catalog
            .iter()
            .flat_map(|&c| c.saturating_sub(2_048)..=c.saturating_add(2_048));
        for code in strided.chain(near) {
            assert_eq!(
                check_one::<E>(code),
                catalog.contains(&code),
                "{}: code {code}",
                E::SYSTEM.id()
            );
        }
    } else {
        // Every value converts back to itself (checked in check_one), so the
        // hits are distinct catalog codes; as many hits as codes means exactly
        // the catalog's codes convert.
        let hits = (i32::MIN..=i32::MAX)
            .filter(|&code| check_one::<E>(code))
            .count();
        assert_eq!(
            hits,
            catalog.len(),
            "{}: codes that convert",
            E::SYSTEM.id()
        );
    }
}

/// One test per system, fed by `errcat::for_each_system!`.
macro_rules! per_system {
    ($({ id: $id:ident, error: $error:ident, $($rest:tt)* }),* $(,)?) => {
        $(
            #[test]
            fn $id() {
                exhaustive::<errcat::$id::$error>();
            }
        )*
    };
}

errcat::for_each_system!(per_system);
