//! Arbitrary JSON into every error enum: an error or a variant, never a panic;
//! a variant serializes back to its code.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errcat_fuzz::serde_json::run(data));
