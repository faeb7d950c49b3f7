//! The module the build script generated is the golden file that errcat's own
//! tests check the generator against (`codegen/tests/golden.rs` in errcat), so that
//! `Build`'s defaults are tested end to end.

#[test]
fn the_build_script_wrote_the_golden_module() {
    let generated = include_str!(concat!(env!("OUT_DIR"), "/conveyor.rs"));
    let golden = include_str!("../golden/conveyor.rs");
    assert!(
        generated == golden,
        "OUT_DIR/conveyor.rs differs from golden/conveyor.rs: bless it from errcat's \
         root with ERRCAT_BLESS=1 cargo test -p errcat-codegen --test golden"
    );
}

/// The generated serde impls follow errcat's policy: the integer code out,
/// the code, the decimal string or the variant name in.
#[cfg(feature = "serde")]
#[test]
fn serde_reads_what_it_writes() {
    // The serde errcat re-exports: the crate needs no serde dependency of
    // its own.
    use errcat::generated::serde::Deserialize as _;
    use errcat::generated::serde::de::IntoDeserializer as _;
    use errcat::generated::serde::de::value::Error;
    use own_catalog::conveyor::ConveyorError;

    let from_code: Result<ConveyorError, Error> =
        ConveyorError::deserialize(20_i32.into_deserializer());
    assert_eq!(from_code, Ok(ConveyorError::DriveOverheated));
    let from_name: Result<ConveyorError, Error> =
        ConveyorError::deserialize("BeltJammed".into_deserializer());
    assert_eq!(from_name, Ok(ConveyorError::BeltJammed));
    let unknown: Result<ConveyorError, Error> =
        ConveyorError::deserialize(4711_i32.into_deserializer());
    assert!(unknown.unwrap_err().to_string().contains("4711"));
}
