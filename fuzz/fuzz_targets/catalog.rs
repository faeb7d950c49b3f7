//! Arbitrary text through the catalog generator: it returns generated code or
//! an error that points inside the text, and never panics.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../codegen/mod.rs"]
mod codegen;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match codegen::generate("fuzz.toml", text) {
        Ok(source) => assert!(source.starts_with("// @generated")),
        Err(error) => {
            assert!(error.line >= 1 && error.line <= text.lines().count().max(1) + 1, "{error}");
            assert!(error.column >= 1, "{error}");
            assert!(!error.problem.is_empty());
        }
    }
});
