//! Reading a Neuron reply: [`check_reply`] (feature `json`).

use core::fmt;
use std::format;

use serde::de::{self, IgnoredAny, MapAccess, Visitor};

use crate::error::Rejected;
use crate::neuron::NeuronError;
use crate::reply::json::{Member, MemberName, not_an_object};
use crate::reply::{CodeFacts, Verdict, write_failure};
use crate::{Code, MalformedReply, System};

/// What a Neuron reply says, when it is not a success: what [`check_reply`]
/// returns.
///
/// ```
/// use errcat::{Code, neuron::{NeuronError, ReplyError, check_reply}};
///
/// let error = check_reply(br#"{"error": 2003}"#).unwrap_err();
/// assert_eq!(error, ReplyError::Failed(Code::Known(NeuronError::NodeNotExist)));
/// assert_eq!(error.code(), Some(Code::Known(NeuronError::NodeNotExist)));
/// assert_eq!(
///     error.to_string(),
///     "the request failed with EMQ Neuron / NeuronEX code 2003 (NodeNotExist): Node does not exist"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyError {
    /// The reply carries a code other than 0: the request failed. The code is
    /// kept exactly, known to errcat or not.
    Failed(Code<NeuronError>),
    /// The body is not a Neuron reply: not JSON, not an object, or an `error`
    /// member that is not an integer in `i32` range.
    Malformed(MalformedReply),
}

impl ReplyError {
    /// The code of a failed reply; `None` for a malformed one.
    #[must_use]
    pub fn code(&self) -> Option<Code<NeuronError>> {
        match self {
            ReplyError::Failed(code) => Some(*code),
            ReplyError::Malformed(_) => None,
        }
    }
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyError::Failed(code) => write_failure(f, *code, None),
            ReplyError::Malformed(malformed) => write!(f, "malformed Neuron reply: {malformed}"),
        }
    }
}

impl std::error::Error for ReplyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReplyError::Failed(code) => Some(code),
            ReplyError::Malformed(malformed) => Some(malformed),
        }
    }
}

/// Checks the body of a Neuron HTTP API (or MQTT API) reply.
///
/// Reads only the top-level `"error"` member; every other member is skipped
/// without being copied, so a large reply costs no allocation. An absent
/// member or `0` (`NEU_ERR_SUCCESS`) is success; any other integer is
/// [`ReplyError::Failed`] with the code kept exactly. Anything else (not
/// JSON, not an object, an `error` that is a string, a fraction or outside
/// `i32`, or given twice) is [`ReplyError::Malformed`] with what is wrong.
///
/// The HTTP status that came with the reply does not decide: Neuron sends many
/// failures with 200 (see
/// [`NeuronError::wire_http_status`](crate::neuron::NeuronError::wire_http_status)).
///
/// ```
/// use errcat::{Code, neuron::{NeuronError, ReplyError, check_reply}};
///
/// assert_eq!(check_reply(br#"{"error": 0}"#), Ok(()));
/// assert_eq!(check_reply(br#"{"nodes": []}"#), Ok(()));
/// assert_eq!(check_reply(br#"{"error": 123456}"#), Err(ReplyError::Failed(Code::Unknown(123456))));
/// assert!(matches!(check_reply(br#"{"error": "2003"}"#), Err(ReplyError::Malformed(_))));
/// assert!(matches!(check_reply(b"<html>"), Err(ReplyError::Malformed(_))));
/// ```
///
/// # Errors
/// [`ReplyError::Failed`] for a reply that reports a failure,
/// [`ReplyError::Malformed`] for a body that is not a Neuron reply.
pub fn check_reply(body: impl AsRef<[u8]>) -> Result<(), ReplyError> {
    check(body.as_ref())
}

/// [`check_reply`] on bytes.
fn check(body: &[u8]) -> Result<(), ReplyError> {
    let body = crate::reply::utf8_body(body).map_err(ReplyError::Malformed)?;
    let code = serde_json::from_slice::<TopLevelError>(body)
        .map_err(|e| ReplyError::Malformed(MalformedReply::new(format!("{e}"))))?
        .0;
    match code {
        None | Some(0) => Ok(()),
        Some(code) => Err(ReplyError::Failed(Code::from(code))),
    }
}

/// Neuron's checker, as [`crate::reply`] registers it.
pub(crate) const CHECKER: crate::reply::Checker = crate::reply::Checker {
    system: System::Neuron,
    envelope: r#"JSON with an "error" member"#,
    example: r#"{"error": 2003}"#,
    own_keys: &[],
    outcome: |body| match check(body) {
        Ok(()) => crate::reply::Outcome::Success,
        Err(ReplyError::Malformed(_)) => crate::reply::Outcome::Malformed,
        Err(_) => crate::reply::Outcome::Failure,
    },
    check: |body| match check(body) {
        Ok(()) => Verdict::success(System::Neuron),
        Err(ReplyError::Failed(code)) => {
            Verdict::failure(System::Neuron, Some(CodeFacts::of(code)))
        }
        Err(ReplyError::Malformed(malformed)) => Verdict::malformed(System::Neuron, malformed),
    },
};

/// The top-level `"error"` member of a reply object, if it has one.
struct TopLevelError(Option<i32>);

impl<'de> de::Deserialize<'de> for TopLevelError {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // `deserialize_any`, not `deserialize_map`: serde_json's map entry
        // point quotes a string that is not a map whole in its error; this way
        // the visitor's `visit_str` quotes it cut to 64 bytes.
        deserializer.deserialize_any(ReplyVisitor)
    }
}

struct ReplyVisitor;

impl<'de> Visitor<'de> for ReplyVisitor {
    type Value = TopLevelError;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object (a Neuron reply)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TopLevelError, A::Error> {
        let mut error = None;
        while let Some(Member(key)) = map.next_key::<Member<Key>>()? {
            match key {
                Key::Error if error.is_some() => {
                    return Err(de::Error::custom("the `error` member appears twice"));
                }
                Key::Error => error = Some(map.next_value::<ErrorMember>()?.0),
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(TopLevelError(error))
    }

    /// A string is not a reply; say so without quoting all of it.
    fn visit_str<E: de::Error>(self, text: &str) -> Result<TopLevelError, E> {
        Err(not_an_object(text))
    }}

/// A member name: `error`, or another one (not copied).
enum Key {
    Error,
    Other,
}

impl MemberName for Key {
    fn of(name: &str) -> Key {
        if name == "error" {
            Key::Error
        } else {
            Key::Other
        }
    }
}

/// The value of `error`: an integer in `i32` range.
struct ErrorMember(i32);

impl<'de> de::Deserialize<'de> for ErrorMember {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ErrorMemberVisitor)
    }
}

struct ErrorMemberVisitor;

impl ErrorMemberVisitor {
    fn code<E: de::Error, N: fmt::Display + Copy>(
        value: N,
        code: Option<i32>,
    ) -> Result<ErrorMember, E> {
        code.map(ErrorMember).ok_or_else(|| {
            E::custom(format_args!(
                "the `error` member is {value}, outside the i32 range of codes"
            ))
        })
    }
}

impl Visitor<'_> for ErrorMemberVisitor {
    type Value = ErrorMember;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer code in i32 range as the `error` member")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<ErrorMember, E> {
        Self::code(value, i32::try_from(value).ok())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<ErrorMember, E> {
        Self::code(value, i32::try_from(value).ok())
    }

    /// A code written as a string is refused (Neuron sends integers); the
    /// message quotes it cut to 64 bytes.
    fn visit_str<E: de::Error>(self, text: &str) -> Result<ErrorMember, E> {
        Err(E::custom(format_args!(
            "the `error` member is the string {}, not an integer",
            Rejected::new(text)
        )))
    }
}
