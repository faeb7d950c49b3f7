//! Arbitrary JSON into `Code<E>` of every system: any integer in `i32` range
//! is kept exactly and round-trips; everything else is a bounded error.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errcat_fuzz::code_serde::run(data));
