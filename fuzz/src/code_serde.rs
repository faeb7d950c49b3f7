//! Arbitrary JSON into `Code<E>` of every system: any integer in `i32` range
//! is kept exactly and round-trips; everything else is a bounded error.

use errcat::{Code, ErrorCode};

fn check<E: ErrorCode>(data: &[u8]) {
    match serde_json::from_slice::<Code<E>>(data) {
        Ok(code) => {
            let json = serde_json::to_string(&code).expect("a code serializes");
            assert_eq!(json, code.code().to_string());
            let back: Code<E> = serde_json::from_str(&json).expect("it reads back");
            assert_eq!(back.code(), code.code());
            assert_eq!(back.known(), E::from_code(code.code()));
        }
        Err(error) => {
            // Integers in i32 range are never refused.
            if let Ok(value) = serde_json::from_slice::<i64>(data) {
                assert!(i32::try_from(value).is_err(), "{value} refused: {error}");
            }
            assert!(error.to_string().len() <= 1024, "an unbounded rejection");
        }
    }
}

/// The checks for every system, fed by `errcat::for_each_system!`.
macro_rules! check_each_system {
    ($({ id: $id:ident, error: $error:ident, $($rest:tt)* }),* $(,)?) => {
        fn check_each(data: &[u8]) {
            $(check::<errcat::$id::$error>(data);)*
        }
    };
}

errcat::for_each_system!(check_each_system);

/// Runs the target's checks on one input.
pub fn run(data: &[u8]) {
    check_each(data);
}
