//! Arbitrary JSON into `Code<E>` of every system: any integer in `i32` range
//! is kept exactly and round-trips; everything else is a bounded error.

#![no_main]

use errcat::{Code, ErrorCode};
use libfuzzer_sys::fuzz_target;

fn check<E: ErrorCode>(data: &[u8]) {
    match serde_json::from_slice::<Code<E>>(data) {
        Ok(code) => {
            let json = serde_json::to_string(&code).expect("a code serializes");
            assert_eq!(json, code.code().to_string());
            let back: Code<E> = serde_json::from_str(&json).expect("it reads back");
            assert_eq!(back.code(), code.code());
            assert_eq!(back.known(), E::from_code(code.code()));
        }
        Err(error) => {
            // Integers in i32 range are never refused.
            if let Ok(value) = serde_json::from_slice::<i64>(data) {
                assert!(i32::try_from(value).is_err(), "{value} refused: {error}");
            }
            assert!(error.to_string().len() <= 1024, "an unbounded rejection");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    check::<errcat::i4scada::I4scadaError>(data);
    check::<errcat::neuron::NeuronError>(data);
    check::<errcat::superoffice::SuperOfficeError>(data);
    check::<errcat::viewtron::ViewtronError>(data);
});
