//! Arbitrary bytes as a Viewtron reply: success, a failure whose code and
//! `errorDesc` are kept within bounds, a batch whose items are numbered in
//! order with at least one failed, or a bounded malformed error; never a
//! panic.

use errcat::viewtron::{BatchFailure, Firmware, MAX_ERROR_DESC, ReplyError, check_reply};

/// Runs the target's checks on one input.
pub fn run(data: &[u8]) {
    match check_reply(data) {
        Ok(()) => {}
        Err(ReplyError::Failed(failure)) => {
            assert_ne!(failure.code().code(), 0, "0 is success");
            if let Some(desc) = failure.error_desc() {
                assert!(desc.len() <= MAX_ERROR_DESC + '…'.len_utf8());
                assert_eq!(failure.firmware(), Some(Firmware::V2_0));
            } else {
                assert_eq!(failure.firmware(), None);
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
