//! Arbitrary bytes as an i4scada WCF reply: a success whose results hold no
//! failure, a failure whose code is the first (or first failed) code, every
//! per-signal result kept in order, or a bounded malformed error; the typed
//! result and the seam's verdict agree; never a panic.

use errcat::System;
use errcat::i4scada::{ReplyError, check_reply};
use errcat::reply::Outcome;

/// Runs the target's checks on one input.
pub fn run(data: &[u8]) {
    let verdict = crate::reply::run(System::I4scada, data);
    let typed = check_reply(data);
    let code = verdict.code().map(|c| c.code());
    match &typed {
        Ok(success) => {
            assert_eq!(verdict.outcome(), Outcome::Success);
            assert!(success.results().all(|r| !r.code().is_failure()));
            for (n, result) in success.results().enumerate() {
                assert_eq!(result.position(), n + 1);
            }
        }
        Err(ReplyError::Failed(codes)) => {
            assert_eq!(verdict.outcome(), Outcome::Failure);
            assert_eq!(code, codes.first().map(|c| c.code()));
        }
        Err(ReplyError::SignalsFailed(signals)) => {
            assert_eq!(verdict.outcome(), Outcome::Failure);
            assert!(signals.failed().next().is_some());
            assert_eq!(
                verdict.items().len(),
                signals.results().len(),
                "every result kept"
            );
            let shown = signals.to_string().matches("; signal ").count();
            assert!(
                shown < errcat::i4scada::SignalsFailed::SHOWN_FAILURES,
                "an unbounded message"
            );
        }
        Err(ReplyError::Malformed(_)) => assert_eq!(verdict.outcome(), Outcome::Malformed),
    }
    if let Err(error) = &typed {
        crate::reply::same_code(&verdict, error.code().map(|c| c.code()));
        let _ = error.to_string();
    }
}
