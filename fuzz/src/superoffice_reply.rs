//! Arbitrary bytes as a SuperOffice SOAP response: a success, a failure with
//! a code other than 0, a Fault whose texts are bounded, or a bounded
//! malformed error; the typed result and the seam's verdict agree; never a
//! panic.

use errcat::System;
use errcat::reply::Outcome;
use errcat::superoffice::{MAX_FAULT_TEXT, ReplyError, check_reply};

/// Runs the target's checks on one input.
pub fn run(data: &[u8]) {
    let verdict = crate::reply::run(System::SuperOffice, data);
    let typed = check_reply(data);
    match &typed {
        Ok(()) => assert_eq!(verdict.outcome(), Outcome::Success),
        Err(ReplyError::Failed(code)) => {
            assert_ne!(code.code(), 0, "0 is success");
            assert_eq!(verdict.code().map(|c| c.code()), Some(code.code()));
        }
        Err(ReplyError::Fault(fault)) => {
            assert_eq!(verdict.outcome(), Outcome::Failure);
            assert!(verdict.code().is_none());
            for text in [fault.fault_code(), fault.fault_string()]
                .into_iter()
                .flatten()
            {
                assert!(
                    text.len() <= MAX_FAULT_TEXT + '…'.len_utf8(),
                    "an unbounded Fault text"
                );
            }
        }
        Err(ReplyError::Malformed(_)) => assert_eq!(verdict.outcome(), Outcome::Malformed),
    }
    if let Err(error) = &typed {
        crate::reply::same_code(&verdict, error.code().map(|c| c.code()));
        let _ = error.to_string();
    }
}
