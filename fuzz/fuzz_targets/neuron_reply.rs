//! Arbitrary bytes as a Neuron reply body: success, a failure that keeps the
//! top-level `"error"` exactly, or a bounded malformed error; never a panic.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errcat_fuzz::neuron_reply::run(data));
