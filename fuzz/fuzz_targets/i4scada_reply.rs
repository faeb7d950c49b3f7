//! Arbitrary bytes as a i4scada reply, through `errcat_fuzz::i4scada_reply`.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errcat_fuzz::i4scada_reply::run(data));
