//! Arbitrary bytes as UTF-8 through every name parser: `FromStr` and
//! `from_name` of each system (checked against the phf name map), `Kind`,
//! `System`, and the symbol lookups.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errcat_fuzz::name_parse::run(data));
