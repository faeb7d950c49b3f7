//! Reading an i4scada WCF JSON reply: [`check_reply`] (feature `json`).

use core::fmt;
use std::format;
use std::string::String;
use std::vec::Vec;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::error::Rejected;
use crate::i4scada::I4scadaError;
use crate::opcda::OpcdaError;
use crate::reply::json::{Member, MemberName, not_an_object};
use crate::reply::{CodeFacts, Detail, Item, Verdict, write_code};
use crate::{Code, MalformedReply, System};

/// A code in an i4scada reply: an i4scada code or, in OPC's range, an OPC
/// Data Access code, known to errcat or not.
///
/// A per-signal write result may be an OPC server's code (i4scada's
/// error-code page says so). Every i4scada code is small and negative
/// (-1 to -4095); every OPC Data Access code is an HRESULT of the interface
/// facility, 4 (`0xC004xxxx` for errors, `0x0004xxxx` for successes with a
/// remark), held as its 32 bits read as an `i32`. So a number whose upper 16
/// bits are `0xC004` or `0x0004` is read as an OPC code
/// ([`ResultCode::Opc`]), any other as an i4scada code; the two sets cannot
/// collide. No source shows whether i4scada passes an OPC HRESULT on
/// unchanged: this is errcat's reading of the page's remark.
///
/// ```
/// use errcat::{Code, i4scada::ResultCode, opcda::OpcdaError};
///
/// let code = ResultCode::from_code(-4088);
/// assert_eq!(code.code(), -4088);
/// assert!(matches!(code, ResultCode::I4scada(Code::Known(_))));
/// assert!(code.is_failure());
///
/// // 0xC0040006, OPC_E_BADRIGHTS: an OPC server's code.
/// let opc = ResultCode::from_code(0xC004_0006_u32 as i32);
/// assert_eq!(opc, ResultCode::Opc(Code::Known(OpcdaError::from_symbol("OPC_E_BADRIGHTS").unwrap())));
/// assert!(opc.is_failure() && opc.i4scada().is_none());
/// assert!(ResultCode::from_code(7).is_warning());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResultCode {
    /// An i4scada code.
    I4scada(Code<I4scadaError>),
    /// An OPC Data Access code (an HRESULT of facility 4), from the OPC
    /// server behind i4scada.
    Opc(Code<OpcdaError>),
}

impl ResultCode {
    /// The code `code` is, by its number: OPC's where its upper 16 bits are
    /// `0xC004` or `0x0004`, else i4scada's.
    #[must_use]
    pub fn from_code(code: i32) -> Self {
        // The bits as the HRESULT has them: a reinterpretation, not a
        // conversion of the value.
        let upper = code.to_be_bytes();
        match [upper[0], upper[1]] {
            [0xC0, 0x04] | [0x00, 0x04] => ResultCode::Opc(Code::from(code)),
            _ => ResultCode::I4scada(Code::from(code)),
        }
    }

    /// The number, exactly as the reply carries it.
    #[must_use]
    pub fn code(self) -> i32 {
        match self {
            ResultCode::I4scada(code) => code.code(),
            ResultCode::Opc(code) => code.code(),
        }
    }

    /// The i4scada code, where it is one.
    #[must_use]
    pub fn i4scada(self) -> Option<Code<I4scadaError>> {
        match self {
            ResultCode::I4scada(code) => Some(code),
            ResultCode::Opc(_) => None,
        }
    }

    /// The OPC Data Access code, where it is one.
    #[must_use]
    pub fn opc(self) -> Option<Code<OpcdaError>> {
        match self {
            ResultCode::Opc(code) => Some(code),
            ResultCode::I4scada(_) => None,
        }
    }

    /// Whether the number is 0: the signal was written (or read, or
    /// registered).
    #[must_use]
    pub fn is_success(self) -> bool {
        self.code() == 0
    }

    /// Whether the number is above 0: success with a remark (RegisterSignals'
    /// warnings; OPC's `OPC_S_*` codes).
    #[must_use]
    pub fn is_warning(self) -> bool {
        self.code() > 0
    }

    /// Whether the number is below 0: an error.
    #[must_use]
    pub fn is_failure(self) -> bool {
        self.code() < 0
    }

    /// What errcat knows of the code as a per-signal result, in the shape
    /// every checker gives: 0, which i4scada's catalog lacks, is success.
    fn facts(self) -> CodeFacts {
        match self {
            ResultCode::I4scada(Code::Unknown(0)) => CodeFacts::success::<I4scadaError>(),
            code => code.error_facts(),
        }
    }

    /// What errcat knows of the code as the error code of a failure (Login's
    /// or an acknowledge's): its catalog's facts, and an unknown code's
    /// (kind `Unknown`) for a number the catalog lacks, 0 included, since a
    /// failure's code does not mean success.
    fn error_facts(self) -> CodeFacts {
        match self {
            ResultCode::I4scada(code) => CodeFacts::of(code),
            ResultCode::Opc(code) => CodeFacts::of(code),
        }
    }
}

impl fmt::Display for ResultCode {
    /// `-4088 (SignalWriteProtected): Signal is write protected`; `0:
    /// success`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResultCode::I4scada(Code::Unknown(0)) => f.write_str("0: success"),
            ResultCode::I4scada(code) => {
                write_code(f, *code)?;
                write!(f, ": {code}")
            }
            ResultCode::Opc(code) => {
                write_code(f, *code)?;
                write!(f, ": {code} (OPC Data Access)")
            }
        }
    }
}

/// One signal's result in a write, read or register reply: where it stands
/// (the order of the request's signals) and its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SignalResult {
    position: usize,
    code: ResultCode,
}

impl SignalResult {
    /// Where the result stands among the reply's results, from 1: the
    /// position of its signal in the request.
    #[must_use]
    pub fn position(&self) -> usize {
        self.position
    }

    /// Its code.
    #[must_use]
    pub fn code(&self) -> ResultCode {
        self.code
    }
}

impl fmt::Display for SignalResult {
    /// `signal 2: code -4088 (...): ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "signal {}: code {}", self.position, self.code)
    }
}

/// A per-signal reply in which at least one signal failed: every result,
/// in the order of the request's signals.
///
/// ```
/// use errcat::i4scada::{ReplyError, check_reply};
///
/// let Err(ReplyError::SignalsFailed(signals)) = check_reply(r#"{"d": [0, -4088, 0]}"#) else {
///     panic!()
/// };
/// assert_eq!(signals.results().len(), 3);
/// assert_eq!(signals.failed().map(|r| r.position()).collect::<Vec<_>>(), [2]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SignalsFailed {
    results: Results,
}

impl SignalsFailed {
    /// The most failed results [`Display`](fmt::Display) names; the rest
    /// are counted.
    pub const SHOWN_FAILURES: usize = 8;

    /// Every result, in the order of the request's signals.
    pub fn results(&self) -> impl ExactSizeIterator<Item = SignalResult> + '_ {
        self.results.iter()
    }

    /// The results that failed (never none).
    pub fn failed(&self) -> impl Iterator<Item = SignalResult> + '_ {
        self.results.iter().filter(|r| r.code.is_failure())
    }
}

impl fmt::Display for SignalsFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let failed = self.failed().count();
        write!(f, "{failed} of {} signals failed", self.results.0.len())?;
        for (n, result) in self.failed().take(Self::SHOWN_FAILURES).enumerate() {
            f.write_str(if n == 0 { ": " } else { "; " })?;
            write!(f, "{result}")?;
        }
        if failed > Self::SHOWN_FAILURES {
            write!(f, "; and {} more", failed - Self::SHOWN_FAILURES)?;
        }
        Ok(())
    }
}

/// What a successful i4scada reply says beyond success: its per-signal
/// results, where it has them, and among them those that succeeded with a
/// remark (a code above 0).
///
/// ```
/// use errcat::i4scada::check_reply;
///
/// let success = check_reply(r#"{"d": [0, 3]}"#).expect("a warning is a success");
/// assert_eq!(success.results().len(), 2);
/// let warnings: Vec<usize> = success.warnings().map(|r| r.position()).collect();
/// assert_eq!(warnings, [2]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Success {
    results: Results,
}

impl Success {
    /// Every per-signal result, in the order of the request's signals;
    /// empty for a reply without them (Login, a session, an acknowledge).
    pub fn results(&self) -> impl ExactSizeIterator<Item = SignalResult> + '_ {
        self.results.iter()
    }

    /// The results above 0, in order; none for most replies.
    pub fn warnings(&self) -> impl Iterator<Item = SignalResult> + '_ {
        self.results.iter().filter(|r| r.code.is_warning())
    }
}

/// Per-signal results as the reply has them: the numbers only (4 bytes a
/// result), their positions and codes made as they are read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
struct Results(Vec<i32>);

impl Results {
    fn iter(&self) -> impl ExactSizeIterator<Item = SignalResult> + '_ {
        self.0.iter().enumerate().map(|(n, &code)| SignalResult {
            position: n + 1,
            code: ResultCode::from_code(code),
        })
    }
}

/// What an i4scada reply says, when it is not a success: what
/// [`check_reply`] returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyError {
    /// Login or an acknowledge failed: every code of the reply, the first
    /// being the code (empty where the reply gives none).
    Failed(Vec<ResultCode>),
    /// A per-signal reply (a write, ReadSignals, RegisterSignals) in which
    /// at least one result is below 0.
    SignalsFailed(SignalsFailed),
    /// The body is not a documented i4scada reply.
    Malformed(MalformedReply),
}

impl ReplyError {
    /// The code of a failed reply: the first code, the first failed
    /// signal's for a per-signal reply; `None` for a malformed reply and
    /// for a failure that carries no code.
    ///
    /// ```
    /// use errcat::i4scada::{ResultCode, check_reply};
    ///
    /// let error = check_reply(r#"{"d": "[-4091]"}"#).unwrap_err();
    /// assert_eq!(error.code(), Some(ResultCode::from_code(-4091)));
    /// ```
    #[must_use]
    pub fn code(&self) -> Option<ResultCode> {
        match self {
            ReplyError::Failed(codes) => codes.first().copied(),
            ReplyError::SignalsFailed(signals) => signals.failed().next().map(|r| r.code),
            ReplyError::Malformed(_) => None,
        }
    }
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let title = crate::System::I4scada.title();
        match self {
            ReplyError::Failed(codes) => match codes.first() {
                Some(code) => write!(f, "the request failed with {title} code {code}"),
                None => write!(f, "the request failed; the {title} reply gives no code"),
            },
            ReplyError::SignalsFailed(signals) => {
                write!(f, "the request failed in part: {signals}")
            }
            ReplyError::Malformed(malformed) => write!(f, "malformed i4scada reply: {malformed}"),
        }
    }
}

impl std::error::Error for ReplyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReplyError::Malformed(malformed) => Some(malformed),
            _ => None,
        }
    }
}

/// Checks the body of an i4scada WCF JSON web service reply,
/// `{"d": <return value>}`.
///
/// The forms are told apart by their shape, so no method name is needed:
/// - **a string** (Login): a bracketed string, `[...]` (white space
///   around it allowed), holds a JSON array of codes, a failure whose code
///   is the first element, as the vendor's connector decides
///   (`executeAfterLogin`); a bracketed string that is not an array of
///   integers is malformed. Any other string is the security token:
///   success. An empty string is malformed (no token, no code).
/// - **an array of numbers** (WriteUnsecuredSignals,
///   WriteSecuredSignalsByToken, WriteSecuredSignalValuesWithPasswordReinforcement,
///   RegisterSignals): one result per signal, every result kept.
/// - **an array of objects** `{"Value", "Result"}` (ReadSignals): each
///   `Result` read as a per-signal result; the values are skipped.
/// - **an object with `Succeeded`** (Login's object form): `Succeeded:
///   false` is a failure with `ErrorCodes` (its first element the code; an
///   empty array is a failure without a code, where the vendor's connector
///   logs "-1"); `true` is success.
/// - **an object with a boolean `Result`** and no `Succeeded`
///   (acknowledge): `false` is a failure with `ErrorCodes`, `true` success.
/// - **a session object** (Connect's `SessionId`, ConnectWithToken's
///   `SecurityToken` or `Session`): success.
/// - **`null`** (a method without a return value): success. This is errcat's
///   reading of WCF, not a documented i4scada form.
///
/// Per-signal results: 0 is success, below 0 a failure (every i4scada code
/// is negative), above 0 a warning: RegisterSignals documents positive
/// results as warnings, and OPC's success codes are positive. The reply is
/// [`ReplyError::SignalsFailed`] where any result is below 0, else success
/// with every result in [`Success::results`] and the warnings among them in
/// [`Success::warnings`]. The vendor's connector reads
/// a *write* as failed where any element is non-zero: a caller of a write
/// method that wants that rule treats a warning as a failure too.
///
/// Anything else (not JSON, no `"d"`, `"d"` twice, another shape, a code
/// that is not an integer in `i32` range, arrays that mix numbers and
/// objects) is [`ReplyError::Malformed`], saying what and where.
///
/// ```
/// use errcat::i4scada::{ReplyError, ResultCode, check_reply};
///
/// assert!(check_reply(r#"{"d": "c0ffee-token"}"#).is_ok());
/// assert_eq!(
///     check_reply(r#"{"d": {"Result": null, "ErrorCodes": [-4091], "Succeeded": false}}"#)
///         .unwrap_err()
///         .code(),
///     Some(ResultCode::from_code(-4091))
/// );
/// assert!(matches!(check_reply(r#"{"d": [0, -4088]}"#), Err(ReplyError::SignalsFailed(_))));
/// assert!(matches!(check_reply(r#"{"error": 0}"#), Err(ReplyError::Malformed(_))));
/// ```
///
/// # Errors
/// [`ReplyError::Failed`] for a failed Login or acknowledge,
/// [`ReplyError::SignalsFailed`] for a per-signal reply with a failed
/// signal, [`ReplyError::Malformed`] for a body that is not an i4scada reply.
pub fn check_reply(body: impl AsRef<[u8]>) -> Result<Success, ReplyError> {
    check(body.as_ref())
}

/// [`check_reply`] on bytes.
fn check(body: &[u8]) -> Result<Success, ReplyError> {
    let malformed = |problem: String| ReplyError::Malformed(MalformedReply::new(problem));
    let body = crate::reply::utf8_body(body).map_err(ReplyError::Malformed)?;
    let envelope = serde_json::from_slice::<Envelope>(body).map_err(|e| malformed(format!("{e}")))?;
    let Some(d) = envelope.0 else {
        return Err(malformed("no \"d\" member: an i4scada reply is {\"d\": ...}".into()));
    };
    match d {
        D::Success => Ok(Success::default()),
        D::Failed(codes) => Err(ReplyError::Failed(
            codes.into_iter().map(ResultCode::from_code).collect(),
        )),
        D::Results(results) => {
            if results.0.iter().any(|&code| code < 0) {
                Err(ReplyError::SignalsFailed(SignalsFailed { results }))
            } else {
                Ok(Success { results })
            }
        }
    }
}

/// i4scada's checker, as [`crate::reply`] registers it.
pub(crate) const CHECKER: crate::reply::Checker = crate::reply::Checker {
    system: System::I4scada,
    envelope: r#"JSON {"d": ...}: a Login token or codes, per-signal results, a session"#,
    example: r#"{"d": [0, -4088, 0]}"#,
    own_keys: &["error_codes"],
    outcome: |body| match check(body) {
        Ok(_) => crate::reply::Outcome::Success,
        Err(ReplyError::Malformed(_)) => crate::reply::Outcome::Malformed,
        Err(_) => crate::reply::Outcome::Failure,
    },
    check: |body| {
        let system = System::I4scada;
        let item = |r: SignalResult| {
            Item::new(r.position, None, r.code.facts(), !r.code.is_failure())
        };
        match check(body) {
            // Per-item results on a success only where one has a remark.
            Ok(success) if success.warnings().next().is_some() => {
                Verdict::success(system).with_items(success.results().map(item).collect())
            }
            Ok(_) => Verdict::success(system),
            Err(ReplyError::Failed(codes)) => {
                let all = codes
                    .iter()
                    .map(|c| format!("{}", c.code()))
                    .collect::<Vec<_>>()
                    .join(", ");
                let value = Some(all).filter(|all| !all.is_empty());
                let shown = value
                    .clone()
                    .or_else(|| Some("none: the reply reports a failure without a code".into()));
                Verdict::failure(system, codes.first().map(|c| c.error_facts()))
                    .with(Detail::new("error_codes", "error codes", value).shown(shown))
            }
            Err(ReplyError::SignalsFailed(signals)) => {
                let first = signals.failed().next().map(|r| r.code.facts());
                Verdict::failure(system, first).with_items(signals.results().map(item).collect())
            }
            Err(ReplyError::Malformed(malformed)) => Verdict::malformed(system, malformed),
        }
    },
};

/// The reply object: its `"d"` member, where it has one.
struct Envelope(Option<D>);

/// What `"d"` says, by its shape.
enum D {
    Success,
    /// A failure with these codes (perhaps none).
    Failed(Vec<i32>),
    /// Per-signal results.
    Results(Results),
}

impl<'de> de::Deserialize<'de> for Envelope {
    fn deserialize<Z: de::Deserializer<'de>>(deserializer: Z) -> Result<Self, Z::Error> {
        deserializer.deserialize_any(EnvelopeVisitor)
    }
}

struct EnvelopeVisitor;

impl<'de> Visitor<'de> for EnvelopeVisitor {
    type Value = Envelope;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"a JSON object {"d": ...} (an i4scada WCF reply)"#)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Envelope, A::Error> {
        let mut d = None;
        while let Some(Member(key)) = map.next_key::<Member<Key>>()? {
            match key {
                Key::D if d.is_some() => {
                    return Err(de::Error::custom("the \"d\" member appears twice"));
                }
                Key::D => d = Some(map.next_value_seed(DSeed)?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Envelope(d))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Envelope, E> {
        Err(not_an_object(text))
    }}

/// A member name errcat reads, or another one (not copied).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    D,
    Result,
    Succeeded,
    ErrorCodes,
    /// `SessionId`, `SecurityToken` or `Session`: a session object.
    Session,
    Other,
}

impl MemberName for Key {
    fn of(name: &str) -> Key {
        match name {
            "d" => Key::D,
            "Result" => Key::Result,
            "Succeeded" => Key::Succeeded,
            "ErrorCodes" => Key::ErrorCodes,
            "SessionId" | "SecurityToken" | "Session" => Key::Session,
            _ => Key::Other,
        }
    }
}

/// Reads `"d"`.
struct DSeed;

impl<'de> DeserializeSeed<'de> for DSeed {
    type Value = D;

    fn deserialize<Z: de::Deserializer<'de>>(self, deserializer: Z) -> Result<D, Z::Error> {
        deserializer.deserialize_any(DVisitor)
    }
}

struct DVisitor;

/// A number as a code: an integer in `i32` range; `what` names it in the
/// problem.
fn code_of<E: de::Error>(value: i128, what: &dyn fmt::Display) -> Result<i32, E> {
    i32::try_from(value)
        .map_err(|_| E::custom(format_args!("{what} is {value}, outside the i32 range of codes")))
}

impl<'de> Visitor<'de> for DVisitor {
    type Value = D;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a documented \"d\": a Login string, an array of per-signal results, \
             or a Login, acknowledge or session object",
        )
    }

    fn visit_unit<E: de::Error>(self) -> Result<D, E> {
        Ok(D::Success)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<D, E> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(E::custom("\"d\" is an empty string: neither a token nor codes"));
        }
        if !(trimmed.starts_with('[') && trimmed.ends_with(']')) {
            return Ok(D::Success);
        }
        let codes: Vec<i64> = serde_json::from_str(text).map_err(|e| {
            E::custom(format_args!(
                "\"d\" is the string {}, which is bracketed but is not a JSON array of codes: {e}",
                Rejected::new(text)
            ))
        })?;
        if codes.is_empty() {
            return Err(E::custom(
                "\"d\" is the string \"[]\": a Login failure without a code",
            ));
        }
        let codes = codes
            .into_iter()
            .enumerate()
            .map(|(n, code)| code_of(code.into(), &format_args!("code {} in \"d\"", n + 1)))
            .collect::<Result<Vec<i32>, E>>()?;
        Ok(D::Failed(codes))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<D, A::Error> {
        let mut results = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        let mut shape = None;
        while let Some(element) = seq.next_element_seed(ElementSeed {
            position: results.len() + 1,
            shape,
        })? {
            shape = Some(element.shape);
            results.push(element.code);
        }
        Ok(D::Results(Results(results)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<D, A::Error> {
        let mut result = None;
        let mut succeeded = None;
        let mut error_codes = None;
        let mut session = false;
        while let Some(Member(key)) = map.next_key::<Member<Key>>()? {
            let twice = |name: &str| {
                de::Error::custom(format_args!("\"{name}\" appears twice in \"d\""))
            };
            match key {
                Key::Result if result.is_some() => return Err(twice("Result")),
                Key::Succeeded if succeeded.is_some() => return Err(twice("Succeeded")),
                Key::ErrorCodes if error_codes.is_some() => return Err(twice("ErrorCodes")),
                Key::Result => result = Some(map.next_value::<ResultMember>()?),
                Key::Succeeded => succeeded = Some(map.next_value::<bool>()?),
                Key::ErrorCodes => error_codes = Some(map.next_value::<Vec<i64>>()?),
                Key::Session => {
                    session = true;
                    map.next_value::<IgnoredAny>()?;
                }
                Key::D | Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let codes = |codes: Option<Vec<i64>>| -> Result<Vec<i32>, A::Error> {
            codes
                .unwrap_or_default()
                .into_iter()
                .enumerate()
                .map(|(n, code)| code_of(code.into(), &format_args!("ErrorCodes[{n}]")))
                .collect()
        };
        match (succeeded, result) {
            (Some(true), _) => Ok(D::Success),
            (Some(false), _) => Ok(D::Failed(codes(error_codes)?)),
            (None, Some(ResultMember::Bool(true))) => Ok(D::Success),
            (None, Some(ResultMember::Bool(false))) => Ok(D::Failed(codes(error_codes)?)),
            (None, Some(ResultMember::Other)) => Err(de::Error::custom(
                "\"d\" has a \"Result\" that is not a boolean and no \"Succeeded\": \
                 neither Login's object form nor an acknowledge result",
            )),
            (None, None) if session => Ok(D::Success),
            (None, None) => Err(de::Error::custom(
                "\"d\" is an object with none of \"Succeeded\", \"Result\", \"SessionId\", \
                 \"SecurityToken\" or \"Session\": not a documented i4scada reply",
            )),
        }
    }
}

/// The `Result` member of an object: a boolean (acknowledge) or another
/// value (Login's token), skipped.
enum ResultMember {
    Bool(bool),
    Other,
}

impl<'de> de::Deserialize<'de> for ResultMember {
    fn deserialize<Z: de::Deserializer<'de>>(deserializer: Z) -> Result<Self, Z::Error> {
        deserializer.deserialize_any(ResultMemberVisitor)
    }
}

struct ResultMemberVisitor;

impl<'de> Visitor<'de> for ResultMemberVisitor {
    type Value = ResultMember;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Result member")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<ResultMember, E> {
        Ok(ResultMember::Bool(value))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<ResultMember, E> {
        Ok(ResultMember::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<ResultMember, E> {
        Ok(ResultMember::Other)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<ResultMember, E> {
        Ok(ResultMember::Other)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<ResultMember, E> {
        Ok(ResultMember::Other)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<ResultMember, E> {
        Ok(ResultMember::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ResultMember, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(ResultMember::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ResultMember, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(ResultMember::Other)
    }
}

/// Whether an array's elements are numbers (writes, RegisterSignals) or
/// `{"Value", "Result"}` objects (ReadSignals).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Number,
    Object,
}

/// One element of a per-signal array.
struct Element {
    shape: Shape,
    code: i32,
}

/// Reads the element at `position` (from 1), of the same shape as those
/// before it.
struct ElementSeed {
    position: usize,
    shape: Option<Shape>,
}

impl ElementSeed {
    fn same_shape<E: de::Error>(&self, shape: Shape) -> Result<(), E> {
        match self.shape {
            Some(before) if before != shape => Err(E::custom(format_args!(
                "element {} of \"d\" is {}, while those before it are {}",
                self.position,
                describe(shape),
                describe(before)
            ))),
            _ => Ok(()),
        }
    }
}

fn describe(shape: Shape) -> &'static str {
    match shape {
        Shape::Number => "a number",
        Shape::Object => "an object",
    }
}

impl<'de> DeserializeSeed<'de> for ElementSeed {
    type Value = Element;

    fn deserialize<Z: de::Deserializer<'de>>(self, deserializer: Z) -> Result<Element, Z::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ElementSeed {
    type Value = Element;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "element {} of \"d\" to be an integer code or a {{\"Value\", \"Result\"}} object",
            self.position
        )
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Element, E> {
        self.same_shape(Shape::Number)?;
        let code = code_of(value.into(), &format_args!("element {} of \"d\"", self.position))?;
        Ok(Element {
            shape: Shape::Number,
            code,
        })
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Element, E> {
        self.same_shape(Shape::Number)?;
        let code = code_of(value.into(), &format_args!("element {} of \"d\"", self.position))?;
        Ok(Element {
            shape: Shape::Number,
            code,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Element, A::Error> {
        self.same_shape(Shape::Object)?;
        let mut code = None;
        while let Some(Member(key)) = map.next_key::<Member<Key>>()? {
            if key == Key::Result {
                if code.is_some() {
                    return Err(de::Error::custom(format_args!(
                        "element {} of \"d\" has \"Result\" twice",
                        self.position
                    )));
                }
                let value = map.next_value::<i64>()?;
                code = Some(code_of(
                    value.into(),
                    &format_args!("the Result of element {} of \"d\"", self.position),
                )?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        let code = code.ok_or_else(|| {
            de::Error::custom(format_args!(
                "element {} of \"d\" is an object without a \"Result\"",
                self.position
            ))
        })?;
        Ok(Element {
            shape: Shape::Object,
            code,
        })
    }
}
