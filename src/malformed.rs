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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MalformedReply {
    problem: String,
}

impl MalformedReply {
    pub(crate) fn new(problem: impl Into<String>) -> Self {
        MalformedReply {
            problem: problem.into(),
        }
    }

    /// What is wrong with the reply, in one sentence.
    #[must_use]
    pub fn problem(&self) -> &str {
        &self.problem
    }
}

impl core::fmt::Display for MalformedReply {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.problem)
    }
}

impl std::error::Error for MalformedReply {}
