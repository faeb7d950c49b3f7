//! Arbitrary bytes as a Viewtron reply: success, a failure whose code and
//! `errorDesc` are kept within bounds, a batch whose items are numbered in
//! order with at least one failed, or a bounded malformed error; never a
//! panic.

use errcat::viewtron::{BatchFailure, Firmware, MAX_ERROR_DESC, ReplyError, check_reply};

/// Runs the target's checks on one input.
pub fn run(data: &[u8]) {
    let seam = crate::reply::run(errcat::System::Viewtron, data);
    let verdict = check_reply(data);
    let typed = verdict.as_ref().err().and_then(ReplyError::code);
    crate::reply::same_code(&seam, typed.map(|c| c.code()));
    match verdict {
        Ok(()) => {}
        Err(ReplyError::Failed(failure)) => {
            assert_ne!(failure.code().code(), 0, "0 is success");
            if let Some(desc) = failure.error_desc() {
                assert!(desc.len() <= MAX_ERROR_DESC + '…'.len_utf8());
                assert!(failure.firmware().is_some(), "errorDesc shows a firmware");
            }
            if failure.firmware() == Some(Firmware::V1_9) {
                let version = seam.detail("firmware").and_then(|d| d.shown_value());
                assert!(
                    version.is_some_and(|v| v.contains("version")),
                    "v1.9 only from a version"
                );
            }
            assert_eq!(
                failure.meaning().is_some(),
                failure.code().known().is_some()
            );
            let _ = failure.to_string();
        }
        Err(ReplyError::ItemsFailed(batch)) => {
            assert!(
                batch.failed().next().is_some(),
                "a batch failure without a failed item"
            );
            for (n, item) in batch.items().iter().enumerate() {
                assert_eq!(item.position(), n + 1, "items numbered in order");
                assert_eq!(item.is_success(), item.code().code() == 0);
            }
            let shown = batch.to_string().matches("; item ").count();
            assert!(shown < BatchFailure::SHOWN_FAILURES, "an unbounded message");
        }
        Err(ReplyError::Malformed(malformed)) => {
            assert!(malformed.problem().len() <= 1024, "an unbounded problem");
        }
    }
}
