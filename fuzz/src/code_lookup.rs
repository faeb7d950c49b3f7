//! Any `i32`, through every system's `from_code`, `TryFrom`, the phf map and
//! `lookup`: they must agree, and a found variant must convert back to the code.

use errcat::{ErrorCode, System};

fn check<E: ErrorCode>(code: i32, map: &phf::Map<i32, E>) {
    let fast = E::from_code(code);
    assert_eq!(
        fast,
        map.get(&code).copied(),
        "from_code and the phf map disagree on {code}"
    );
    assert_eq!(
        fast,
        E::try_from(code).ok(),
        "from_code and TryFrom disagree on {code}"
    );
    match E::try_from(code) {
        Ok(error) => assert_eq!(error.code(), code),
        Err(unknown) => assert_eq!(
            (unknown.system(), unknown.code()),
            (E::SYSTEM, i64::from(code))
        ),
    }
    let system = System::from_id(E::SYSTEM.id).expect("a built-in enum names a System");
    let any = errcat::lookup(system, code);
    assert_eq!(
        fast.map(|e| (e.code(), e.name())),
        any.map(|e| (e.code(), e.name()))
    );
}

/// The checks for every system, fed by `errcat::for_each_system!`.
macro_rules! check_each_system {
    ($({ id: $id:ident, $($rest:tt)* }),* $(,)?) => {
        fn check_each(code: i32) {
            $(check(code, &errcat::$id::BY_CODE);)*
        }
    };
}

errcat::for_each_system!(check_each_system);

/// Runs the target's checks on one input.
pub fn run(data: &[u8]) {
    for chunk in data.chunks(4) {
        let mut bytes = [0u8; 4];
        bytes[..chunk.len()].copy_from_slice(chunk);
        let code = i32::from_le_bytes(bytes);
        check_each(code);
        for error in errcat::lookup_all(code) {
            assert!(System::ALL.contains(&error.system()));
            assert_eq!(error.code(), code);
        }
    }
}
