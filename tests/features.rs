//! Which catalogs errcat builds follows its cargo features: every catalog in
//! `data/` with `all-systems` (a default feature), else those whose id is an
//! enabled feature. CI runs this file under several selections
//! (`.ci/run`, "each supported combination of systems").

use errcat::System;

/// The systems a feature names, and whether that feature is on. A catalog
/// not listed has no feature: it is built with `all-systems` only.
const SYSTEM_FEATURES: [(&str, bool); 5] = [
    ("i4scada", cfg!(feature = "i4scada")),
    ("neuron", cfg!(feature = "neuron")),
    ("opcda", cfg!(feature = "opcda")),
    ("superoffice", cfg!(feature = "superoffice")),
    ("viewtron", cfg!(feature = "viewtron")),
];

fn feature_on(id: &str) -> bool {
    SYSTEM_FEATURES.iter().any(|&(name, on)| name == id && on)
}

fn catalogs() -> Vec<String> {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut stems: Vec<String> = std::fs::read_dir(&data)
        .expect("data/ is listed")
        .map(|entry| entry.expect("data/ is read").file_name())
        .filter_map(|name| name.to_str()?.strip_suffix(".toml").map(str::to_owned))
        .collect();
    stems.sort();
    stems
}

#[test]
fn the_systems_built_are_those_the_features_select() {
    let built: Vec<&str> = System::ALL.iter().map(|system| system.id()).collect();
    let expected: Vec<String> = catalogs()
        .into_iter()
        .filter(|id| cfg!(feature = "all-systems") || feature_on(id))
        .collect();
    assert_eq!(built, expected);
}

#[test]
fn a_system_left_out_is_unknown_to_the_cross_system_layer() {
    for id in catalogs() {
        let built = System::ALL.iter().any(|system| system.id() == id);
        assert_eq!(System::from_id(&id).is_some(), built, "{id}");
        assert_eq!(id.parse::<System>().is_ok(), built, "{id}");
    }
    // Code 0 is success to three systems; only the built ones answer.
    assert!(errcat::lookup_all(0).all(|error| System::ALL.contains(&error.system())));
}

#[cfg(feature = "i4scada")]
#[test]
fn i4scada_brings_opcda_whose_codes_its_writes_return() {
    assert!(System::from_id("opcda").is_some());
}
