//! Any `i32`, through every system's `from_code`, `TryFrom`, the phf map and
//! `lookup`: they must agree, and a found variant must convert back to the code.

#![no_main]

use errcat::{ErrorCode, System};
use libfuzzer_sys::fuzz_target;

fn check<E: ErrorCode>(code: i32, map: &phf::Map<i32, E>) {
    let fast = E::from_code(code);
    assert_eq!(fast, map.get(&code).copied(), "from_code and the phf map disagree on {code}");
    assert_eq!(fast, E::try_from(code).ok(), "from_code and TryFrom disagree on {code}");
    match E::try_from(code) {
        Ok(error) => assert_eq!(error.code(), code),
        Err(unknown) => assert_eq!((unknown.system(), unknown.code()), (E::SYSTEM, i64::from(code))),
    }
    let any = errcat::lookup(E::SYSTEM, code);
    assert_eq!(fast.map(|e| (e.code(), e.name())), any.map(|e| (e.code(), e.name())));
}

fuzz_target!(|data: &[u8]| {
    for chunk in data.chunks(4) {
        let mut bytes = [0u8; 4];
        bytes[..chunk.len()].copy_from_slice(chunk);
        let code = i32::from_le_bytes(bytes);
        check(code, &errcat::i4scada::BY_CODE);
        check(code, &errcat::neuron::BY_CODE);
        check(code, &errcat::superoffice::BY_CODE);
        check(code, &errcat::viewtron::BY_CODE);
        for error in errcat::lookup_all(code) {
            assert!(System::ALL.contains(&error.system()));
            assert_eq!(error.code(), code);
        }
    }
});
