//! [`MalformedReply`]: a reply that could not be read at all.

use std::string::String;

/// A reply that is not the document its system sends: not UTF-8 (a UTF-16 or
/// UTF-32 body is named as such), not JSON or not XML, the wrong shape, or a
/// failure without a usable code. It says what is wrong and, where the parser
/// knows, where (a line and column, or a byte offset).
///
/// ```
/// # #[cfg(feature = "json")] {
/// use errcat::neuron::{ReplyError, check_reply};
///
/// let Err(ReplyError::Malformed(malformed)) = check_reply(br#"{"error": 2003.5}"#) else {
///     panic!("2003.5 is not a code");
/// };
/// assert!(malformed.to_string().contains("2003.5"), "{malformed}");
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{problem}")]
pub struct MalformedReply {
    problem: String,
}

/// The longest problem a [`MalformedReply`] keeps, in bytes: a parser's
/// message can quote a whole value of the reply (serde's `invalid type:
/// string "..."`), which an attacker makes as long as the reply.
const MAX_PROBLEM: usize = 512;

/// Of a longer problem, the bytes kept from its start and from its end (where
/// a parser says the line and column).
const KEPT_HEAD: usize = 384;
const KEPT_TAIL: usize = 96;

impl MalformedReply {
    /// The reply's problem, cut in its middle to [`MAX_PROBLEM`] bytes at most,
    /// whoever wrote it.
    pub(crate) fn new(problem: impl Into<String>) -> Self {
        let mut problem = problem.into();
        if problem.len() > MAX_PROBLEM {
            let mut head = KEPT_HEAD;
            while !problem.is_char_boundary(head) {
                head -= 1;
            }
            let mut tail = problem.len() - KEPT_TAIL;
            while !problem.is_char_boundary(tail) {
                tail += 1;
            }
            problem = format!("{} … {}", &problem[..head], &problem[tail..]);
        }
        MalformedReply { problem }
    }

    /// What is wrong with the reply, in one sentence.
    #[must_use]
    pub fn problem(&self) -> &str {
        &self.problem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_problem_keeps_its_start_and_its_end() {
        let short = "x".repeat(MAX_PROBLEM);
        assert_eq!(MalformedReply::new(short.clone()).problem(), short);
        let long = format!(
            "invalid type: string \"{}\" at line 1 column 9000",
            "é".repeat(4000)
        );
        let cut = MalformedReply::new(long.clone());
        let problem = cut.problem();
        assert!(
            problem.len() <= MAX_PROBLEM + " … ".len(),
            "{} bytes",
            problem.len()
        );
        assert!(
            problem.starts_with("invalid type: string \"éé"),
            "{problem}"
        );
        assert!(problem.ends_with("\" at line 1 column 9000"), "{problem}");
        assert!(problem.contains(" … "), "{problem}");
    }
}
