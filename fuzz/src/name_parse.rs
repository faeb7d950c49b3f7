//! Arbitrary bytes as UTF-8 through every name parser: `FromStr` and
//! `from_name` of each system (checked against the phf name map), `Kind`,
//! `System`, and the symbol lookups.

use errcat::{ErrorCode, Kind, System};

fn check<E: ErrorCode + std::str::FromStr<Err = errcat::UnknownNameError>>(
    name: &str,
    map: &phf::Map<&'static str, E>,
) {
    let fast = E::from_name(name);
    assert_eq!(
        fast,
        map.get(name).copied(),
        "from_name and the phf map disagree on {name:?}"
    );
    match name.parse::<E>() {
        Ok(error) => assert_eq!((Some(error), error.name()), (fast, name)),
        Err(unknown) => {
            assert_eq!(fast, None);
            assert_eq!(unknown.system(), E::SYSTEM);
            // The longest prefix of at most 64 bytes that ends on a char boundary.
            let kept = (0..=name.len().min(64))
                .rev()
                .find(|&len| name.is_char_boundary(len))
                .unwrap_or(0);
            assert_eq!(unknown.name(), &name[..kept]);
            let _ = unknown.to_string();
        }
    }
}

/// The checks for every system, fed by `errcat::for_each_system!`.
macro_rules! check_each_system {
    ($({ id: $id:ident, $($rest:tt)* }),* $(,)?) => {
        fn check_each(name: &str) {
            $(check(name, &errcat::$id::BY_NAME);)*
        }
    };
}

errcat::for_each_system!(check_each_system);

/// Runs the target's checks on one input.
pub fn run(data: &[u8]) {
    let Ok(name) = std::str::from_utf8(data) else {
        return;
    };
    check_each(name);
    if let Some(error) = errcat::neuron::NeuronError::from_symbol(name) {
        assert!(error.upstream_symbol() == Some(name) || error.former_symbols().contains(&name));
    }
    match name.parse::<Kind>() {
        Ok(kind) => assert_eq!(Kind::from_name(kind.name()), Some(kind)),
        Err(unknown) => assert!(name.starts_with(unknown.name())),
    }
    match name.parse::<System>() {
        Ok(system) => assert!(system.id().eq_ignore_ascii_case(name)),
        Err(unknown) => assert!(!unknown.to_string().is_empty()),
    }
}
