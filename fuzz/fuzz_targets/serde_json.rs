//! Arbitrary JSON into every error enum: an error or a variant, never a panic;
//! a variant serializes back to its code.

#![no_main]

use errcat::ErrorCode;
use libfuzzer_sys::fuzz_target;

fn check<E: ErrorCode + serde::Serialize + serde::de::DeserializeOwned>(data: &[u8]) {
    if let Ok(error) = serde_json::from_slice::<E>(data) {
        let json = serde_json::to_string(&error).expect("an error serializes");
        assert_eq!(json, error.code().to_string());
        assert_eq!(serde_json::from_str::<E>(&json).ok(), Some(error));
    }
    let _ = serde_json::from_slice::<Vec<E>>(data);
}

fuzz_target!(|data: &[u8]| {
    check::<errcat::i4scada::I4scadaError>(data);
    check::<errcat::neuron::NeuronError>(data);
    check::<errcat::superoffice::SuperOfficeError>(data);
    check::<errcat::viewtron::ViewtronError>(data);
});
