//! Arbitrary JSON into every error enum: an error or a variant, never a panic;
//! a variant serializes back to its code.

use errcat::ErrorCode;

fn check<E: ErrorCode + serde::Serialize + serde::de::DeserializeOwned>(data: &[u8]) {
    if let Ok(error) = serde_json::from_slice::<E>(data) {
        let json = serde_json::to_string(&error).expect("an error serializes");
        assert_eq!(json, error.code().to_string());
        assert_eq!(serde_json::from_str::<E>(&json).ok(), Some(error));
    }
    let _ = serde_json::from_slice::<Vec<E>>(data);
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
