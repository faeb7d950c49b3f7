//! Arbitrary bytes as a superoffice reply, through `errcat_fuzz::superoffice_reply`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errcat_fuzz::superoffice_reply::run(data));
