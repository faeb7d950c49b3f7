//! Any `i32`, through every system's `from_code`, `TryFrom`, the phf map and
//! `lookup`: they must agree, and a found variant must convert back to the code.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errcat_fuzz::code_lookup::run(data));
