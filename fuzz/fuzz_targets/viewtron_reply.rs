//! Arbitrary bytes as a Viewtron reply: success, a failure whose code and
//! `errorDesc` are kept within bounds, or a bounded malformed error; never a
//! panic.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errcat_fuzz::viewtron_reply::run(data));
