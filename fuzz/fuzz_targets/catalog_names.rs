//! Catalogs whose names are drawn from those the generated code takes, and
//! whose texts and codes are odd values: refused at a place inside them, or
//! generated with no name collision and no hidden character in the docs.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errcat_fuzz::catalog_names::run(data));
