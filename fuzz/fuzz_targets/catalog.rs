//! Arbitrary text through the catalog generator: it returns generated code or
//! an error that points inside the text, and never panics.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errcat_fuzz::catalog::run(data));
