//! Arbitrary bytes as a Neuron reply body: success, a failure that keeps the
//! top-level `"error"` exactly, or a bounded malformed error; never a panic.

use errcat::neuron::{ReplyError, check_reply};

/// Runs the target's checks on one input.
pub fn run(data: &[u8]) {
    let seam = crate::reply::run(errcat::System::Neuron, data);
    let verdict = check_reply(data);
    let typed = verdict.as_ref().err().and_then(ReplyError::code);
    crate::reply::same_code(&seam, typed.map(|c| c.code()));
    // What a plain reader of the same body finds at the top level.
    let plain = serde_json::from_slice::<serde_json::Value>(data)
        .ok()
        .and_then(|v| v.as_object().map(|o| o.get("error").cloned()));
    match &verdict {
        Ok(()) => {
            if let Some(Some(error)) = &plain {
                assert_eq!(error.as_i64(), Some(0), "a success with error {error}");
            }
        }
        Err(ReplyError::Failed(code)) => {
            assert_ne!(code.code(), 0, "0 is success");
            if let Some(Some(error)) = &plain {
                assert_eq!(error.as_i64(), Some(i64::from(code.code())));
            }
        }
        Err(ReplyError::Malformed(malformed)) => {
            assert!(malformed.problem().len() <= 1024, "an unbounded problem");
        }
    }
}
