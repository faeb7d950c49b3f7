//! The checks every reply checker's verdict must pass, through the one shape
//! `errcat::reply` gives: run by each `*_reply` target on its system's
//! checker. Names no system.

use errcat::System;
use errcat::reply::{self, Outcome, Verdict};

/// The longest problem a malformed verdict may state, in bytes.
const MAX_PROBLEM: usize = 1024;

/// Runs `system`'s checker on `data` and checks the verdict's shape;
/// returns it for the target's own checks.
pub fn run(system: System, data: &[u8]) -> Verdict {
    let checker = reply::checker(system).expect("a registered checker");
    let verdict = checker.check(data);
    assert_eq!(verdict.system(), system);
    assert_eq!(
        checker.check(data.to_vec()),
        verdict,
        "the same for a Vec<u8>"
    );
    for detail in verdict.details() {
        assert!(
            reply::SHARED_DETAILS.contains(&detail.key())
                || checker.own_keys().contains(&detail.key()),
            "an undeclared detail key {}",
            detail.key()
        );
    }
    let items = verdict.items();
    for (n, item) in items.iter().enumerate() {
        assert_eq!(item.position(), n + 1, "items numbered in order");
    }
    match verdict.outcome() {
        Outcome::Success => {
            assert!(verdict.code().is_none() && verdict.problem().is_none());
            assert!(items.iter().all(|item| item.succeeded()));
            assert!(
                items.is_empty() || items.iter().any(|item| item.is_warning()),
                "items on a success without a warning"
            );
        }
        Outcome::Failure => {
            assert!(verdict.problem().is_none());
            if !items.is_empty() {
                let first = items.iter().find(|item| !item.succeeded());
                let first = first.expect("a failure's items hold a failed one");
                assert_eq!(
                    verdict.code(),
                    Some(first.code()),
                    "the code is the first failed item's"
                );
            }
            if let Some(code) = verdict.code() {
                assert!(!code.message().is_empty(), "a code without a message");
                if code.name().is_none() {
                    assert_eq!(code.kind(), errcat::Kind::Unknown, "an unknown code's kind");
                }
            }
        }
        Outcome::Malformed => {
            let problem = verdict.problem().expect("a malformed verdict's problem");
            assert!(
                problem.problem().len() <= MAX_PROBLEM,
                "an unbounded problem"
            );
            assert!(verdict.code().is_none() && items.is_empty());
        }
    }
    verdict
}

/// Checks that the typed `ReplyError::code()` (`typed`, as a number) is the
/// verdict's code.
pub fn same_code(verdict: &Verdict, typed: Option<i32>) {
    assert_eq!(
        typed,
        verdict.code().map(|c| c.code()),
        "ReplyError::code() is the verdict's"
    );
}
