//! The one shape every system's reply checker gives (features `json`, `xml`).
//!
//! Each system whose reply envelope a source documents has a `check_reply`
//! in its module ([`neuron::check_reply`](crate::neuron::check_reply),
//! [`viewtron::check_reply`](crate::viewtron::check_reply), ...), returning
//! that system's own typed `ReplyError`. Beside it, every checker is
//! registered as a [`Checker`] in [`CHECKERS`], whose [`Checker::check`]
//! gives a [`Verdict`]: the same shape for every system, so that a tool
//! (errcat's CLI, its fuzz targets, its benchmarks, its tests) can read any
//! system's replies without naming one.
//!
//! A verdict is one of four things:
//! - success ([`Outcome::Success`]), with its per-item results where one
//!   of them succeeded with a remark ([`Item::is_warning`]);
//! - a failure with the system's code ([`Verdict::code`], the same code the
//!   typed `ReplyError::code()` gives), where the reply carries one;
//! - per-item results ([`Verdict::items`]: Viewtron's batch items, i4scada's
//!   per-signal results), each with its position, its code and whether it
//!   succeeded; the verdict is a failure where one failed;
//! - a malformed reply ([`Verdict::problem`]), saying what was wrong and
//!   where.
//!
//! ```
//! # #[cfg(feature = "json")] {
//! use errcat::System;
//! use errcat::reply::{Outcome, checker};
//!
//! let neuron = checker(System::Neuron).expect("Neuron replies are read");
//! let verdict = neuron.check(br#"{"error": 2003}"#);
//! assert_eq!(verdict.outcome(), Outcome::Failure);
//! let code = verdict.code().expect("a failure with a code");
//! assert_eq!((code.code(), code.name()), (2003, Some("NodeNotExist")));
//!
//! let verdict = neuron.check(b"<config/>");
//! assert_eq!(verdict.outcome(), Outcome::Malformed);
//! assert!(verdict.problem().is_some());
//! # }
//! ```
//!
//! A new checker is one file beside the system's other hand-written items
//! (`src/extras/<id>/reply.rs`) and one line in `src/extras/mod.rs`; nothing
//! here or in the tools names a system.

use core::fmt;
use std::format;
use std::string::String;
use std::vec::Vec;

use crate::{Code, ErrorCode, Kind, MalformedReply, System, SystemInfo};

#[cfg(feature = "json")]
pub(crate) mod json;
#[cfg(feature = "xml")]
pub(crate) mod xml;

/// Every reply checker errcat has, in the order of `src/extras/mod.rs`; a
/// checker whose feature is off is absent.
///
/// ```
/// let ids: Vec<&str> = errcat::reply::CHECKERS.iter().map(|c| c.system().id()).collect();
/// # #[cfg(all(feature = "json", feature = "xml"))]
/// assert!(ids.contains(&"neuron") && ids.contains(&"viewtron"));
/// ```
pub const CHECKERS: &[Checker] = crate::extras::CHECKERS;

/// The checker of `system`'s replies, where errcat reads them.
///
/// ```
/// # #[cfg(feature = "xml")]
/// assert!(errcat::reply::checker(errcat::System::Viewtron).is_some());
/// ```
#[must_use]
pub fn checker(system: System) -> Option<&'static Checker> {
    CHECKERS.iter().find(|checker| checker.system == system)
}

/// One system's reply checker, as a tool sees it: the system, what its
/// replies look like, and [`check`](Self::check).
#[derive(Debug, Clone, Copy)]
pub struct Checker {
    pub(crate) system: System,
    pub(crate) envelope: &'static str,
    pub(crate) example: &'static str,
    pub(crate) own_keys: &'static [&'static str],
    pub(crate) check: fn(&[u8]) -> Verdict,
    pub(crate) outcome: fn(&[u8]) -> Outcome,
}

impl Checker {
    /// The system whose replies it reads.
    #[must_use]
    pub fn system(&self) -> System {
        self.system
    }

    /// What a reply of the system is, in a few words (`JSON with an "error"
    /// member`), for help texts.
    #[must_use]
    pub fn envelope(&self) -> &'static str {
        self.envelope
    }

    /// A short reply that reports a failure, for help texts and examples.
    ///
    /// ```
    /// for checker in errcat::reply::CHECKERS {
    ///     let verdict = checker.check(checker.example());
    ///     assert_eq!(verdict.outcome(), errcat::reply::Outcome::Failure, "{}", checker.system());
    /// }
    /// ```
    #[must_use]
    pub fn example(&self) -> &'static str {
        self.example
    }

    /// The keys of the [`Detail`]s only this system's verdicts carry,
    /// beyond [`SHARED_DETAILS`].
    #[must_use]
    pub fn own_keys(&self) -> &'static [&'static str] {
        self.own_keys
    }

    /// Reads `body` as a reply of the system.
    #[must_use]
    pub fn check(&self, body: impl AsRef<[u8]>) -> Verdict {
        (self.check)(body.as_ref())
    }

    /// Only the [`Outcome`] of `body`: what [`check`](Self::check)'s
    /// verdict says in short, without copying the code's facts (for a tool
    /// that needs only the outcome, such as an exit status).
    ///
    /// ```
    /// use errcat::reply::{CHECKERS, Outcome};
    ///
    /// for checker in CHECKERS {
    ///     assert_eq!(checker.outcome(checker.example()), Outcome::Failure);
    ///     assert_eq!(checker.outcome("\u{0}"), Outcome::Malformed);
    /// }
    /// ```
    #[must_use]
    pub fn outcome(&self, body: impl AsRef<[u8]>) -> Outcome {
        (self.outcome)(body.as_ref())
    }
}

/// The keys of the details that any system's verdict may carry, so that a
/// tool can show each of them for every system, absent where it does not
/// apply: the device's or server's own text for the failure, the firmware
/// the reply shows, and what the code means on it.
pub const SHARED_DETAILS: &[&str] = &["error_desc", "firmware", "meaning"];

/// What a reply says, in short.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The request succeeded.
    Success,
    /// The request failed, in whole or in part.
    Failure,
    /// The body is not a reply of the system.
    Malformed,
}

impl Outcome {
    /// `success`, `failure` or `malformed`.
    ///
    /// ```
    /// assert_eq!(errcat::reply::Outcome::Malformed.name(), "malformed");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
            Outcome::Malformed => "malformed",
        }
    }
}

/// A code as a verdict carries it: the number exactly as the reply has it,
/// and what errcat knows of it in its system (which can be another system
/// than the reply's, as an OPC server's code inside an i4scada reply).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CodeFacts {
    system: &'static SystemInfo,
    code: i32,
    name: Option<&'static str>,
    message: String,
    description: Option<&'static str>,
    kind: Kind,
    retryable: bool,
    wire_http_status: Option<u16>,
}

impl CodeFacts {
    /// The facts of `code` in the system of `E`.
    ///
    /// ```
    /// use errcat::{Code, neuron::NeuronError, reply::CodeFacts};
    ///
    /// let facts = CodeFacts::of(Code::<NeuronError>::from(123456));
    /// assert_eq!(facts.name(), None);
    /// assert_eq!(facts.message(), "unknown EMQ Neuron / NeuronEX code 123456");
    /// ```
    #[must_use]
    pub fn of<E: ErrorCode>(code: Code<E>) -> Self {
        CodeFacts {
            system: E::SYSTEM,
            code: code.code(),
            name: code.known().map(ErrorCode::name),
            message: format!("{code}"),
            description: code.known().and_then(ErrorCode::description),
            kind: code.kind(),
            retryable: code.is_retryable(),
            wire_http_status: code.wire_http_status(),
        }
    }

    /// The facts of a 0 that means success in the system of `E`, whose
    /// catalog has no entry for it (i4scada's per-signal results): kind
    /// [`Kind::Ok`], the message `success`.
    #[cfg(feature = "json")]
    pub(crate) fn success<E: ErrorCode>() -> Self {
        CodeFacts {
            system: E::SYSTEM,
            code: 0,
            name: None,
            message: String::from("success"),
            description: None,
            kind: Kind::Ok,
            retryable: false,
            wire_http_status: None,
        }
    }

    /// The system whose code it is.
    #[must_use]
    pub fn system(&self) -> &'static SystemInfo {
        self.system
    }

    /// The number, exactly as the reply carries it.
    #[must_use]
    pub fn code(&self) -> i32 {
        self.code
    }

    /// The variant's name; `None` for a code errcat does not know.
    #[must_use]
    pub fn name(&self) -> Option<&'static str> {
        self.name
    }

    /// The vendor's message, or `unknown <system> code N`.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// errcat's description of a known code, where the catalog has one.
    #[must_use]
    pub fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// The cross-system kind ([`Kind::Unknown`] for an unknown code,
    /// [`Kind::Ok`] for a success without a catalog entry).
    #[must_use]
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// Whether the same request may succeed later.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.retryable
    }

    /// The HTTP status the server sends with the code, where the catalog
    /// records one.
    #[must_use]
    pub fn wire_http_status(&self) -> Option<u16> {
        self.wire_http_status
    }
}

/// One per-item result: a batch item, a signal's result.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Item {
    position: usize,
    index: Option<u32>,
    code: CodeFacts,
    succeeded: bool,
}

impl Item {
    /// An item at `position` (from 1), with the index the reply gives it,
    /// its code and whether it succeeded.
    pub(crate) fn new(
        position: usize,
        index: Option<u32>,
        code: CodeFacts,
        succeeded: bool,
    ) -> Self {
        Item {
            position,
            index,
            code,
            succeeded,
        }
    }

    /// Where the item stands among the reply's items, from 1.
    #[must_use]
    pub fn position(&self) -> usize {
        self.position
    }

    /// The index the reply gives the item, where it gives one.
    #[must_use]
    pub fn index(&self) -> Option<u32> {
        self.index
    }

    /// The item's code.
    #[must_use]
    pub fn code(&self) -> &CodeFacts {
        &self.code
    }

    /// Whether the item succeeded.
    #[must_use]
    pub fn succeeded(&self) -> bool {
        self.succeeded
    }

    /// Whether the item succeeded with a remark: a code other than 0.
    #[must_use]
    pub fn is_warning(&self) -> bool {
        self.succeeded && self.code.code != 0
    }
}

/// A fact of the reply beyond its code: `key` (a JSON key: one of
/// [`SHARED_DETAILS`] or of the checker's [`own_keys`](Checker::own_keys)),
/// its value, and how a person reads it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Detail {
    key: &'static str,
    label: &'static str,
    value: Option<String>,
    shown: Option<String>,
}

impl Detail {
    /// A detail whose value a person reads as it stands.
    pub(crate) fn new(key: &'static str, label: &'static str, value: Option<String>) -> Self {
        let shown = value.clone();
        Detail {
            key,
            label,
            value,
            shown,
        }
    }

    /// A detail shown to a person as `shown` (`None`: not shown).
    pub(crate) fn shown(mut self, shown: Option<String>) -> Self {
        self.shown = shown;
        self
    }

    /// The key, in `snake_case`.
    #[must_use]
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The label a person reads (`errorDesc`).
    #[must_use]
    pub fn label(&self) -> &'static str {
        self.label
    }

    /// The value; `None` where the reply has none.
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        self.value.as_deref()
    }

    /// The value as a person reads it, with what it rests on; `None` where
    /// it adds nothing for a person.
    #[must_use]
    pub fn shown_value(&self) -> Option<&str> {
        self.shown.as_deref()
    }
}

/// What a reply says, the same shape for every system: see the
/// [module](self).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Verdict {
    system: System,
    outcome: Outcome,
    code: Option<CodeFacts>,
    items: Vec<Item>,
    details: Vec<Detail>,
    problem: Option<MalformedReply>,
}

impl Verdict {
    /// A success of `system`'s reply.
    pub(crate) fn success(system: System) -> Self {
        Verdict {
            system,
            outcome: Outcome::Success,
            code: None,
            items: Vec::new(),
            details: Vec::new(),
            problem: None,
        }
    }

    /// A failure of `system`'s reply, with its code where it carries one.
    pub(crate) fn failure(system: System, code: Option<CodeFacts>) -> Self {
        Verdict {
            outcome: Outcome::Failure,
            code,
            ..Verdict::success(system)
        }
    }

    /// A malformed reply of `system`.
    pub(crate) fn malformed(system: System, problem: MalformedReply) -> Self {
        Verdict {
            outcome: Outcome::Malformed,
            problem: Some(problem),
            ..Verdict::success(system)
        }
    }

    /// The same verdict with `items`.
    pub(crate) fn with_items(mut self, items: Vec<Item>) -> Self {
        self.items = items;
        self
    }

    /// The same verdict with one more detail.
    pub(crate) fn with(mut self, detail: Detail) -> Self {
        self.details.push(detail);
        self
    }

    /// The system whose reply it is.
    #[must_use]
    pub fn system(&self) -> System {
        self.system
    }

    /// Success, failure or malformed.
    #[must_use]
    pub fn outcome(&self) -> Outcome {
        self.outcome
    }

    /// A failure's code: the code the typed `ReplyError::code()` gives (for
    /// per-item results, the first failed item's). `None` for a success, a
    /// malformed reply and a failure without a code (a SOAP Fault).
    #[must_use]
    pub fn code(&self) -> Option<&CodeFacts> {
        self.code.as_ref()
    }

    /// The per-item results, every item, those that succeeded too; empty
    /// where the reply has none, and on a success where no item has a
    /// remark.
    #[must_use]
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// The facts beyond the code, in the order a person reads them.
    #[must_use]
    pub fn details(&self) -> &[Detail] {
        &self.details
    }

    /// The detail named `key`, where the verdict has it.
    #[must_use]
    pub fn detail(&self, key: &str) -> Option<&Detail> {
        self.details.iter().find(|detail| detail.key == key)
    }

    /// What is wrong with a malformed reply.
    #[must_use]
    pub fn problem(&self) -> Option<&MalformedReply> {
        self.problem.as_ref()
    }
}

/// The failure line every checker's `ReplyError` writes: `the request failed
/// with <system> code 9 (Unauthorized): <text>`, where the text is the
/// reply's own (`errorDesc`) or, without one, errcat's message.
pub(crate) fn write_failure<E: ErrorCode>(
    f: &mut fmt::Formatter<'_>,
    code: Code<E>,
    own_text: Option<&str>,
) -> fmt::Result {
    write!(f, "the request failed with {} code ", E::SYSTEM.title())?;
    write_code(f, code)?;
    match own_text {
        Some(text) => write!(f, ": {text}"),
        None => write!(f, ": {code}"),
    }
}

/// `9 (Unauthorized)`: the number, and the variant's name where errcat
/// knows the code.
pub(crate) fn write_code<E: ErrorCode>(f: &mut fmt::Formatter<'_>, code: Code<E>) -> fmt::Result {
    write!(f, "{}", code.code())?;
    if let Some(error) = code.known() {
        write!(f, " ({})", error.name())?;
    }
    Ok(())
}

/// The body as UTF-8 text, without a UTF-8 byte-order mark; a body in
/// another encoding (UTF-16 or UTF-32, with or without its byte-order mark)
/// is refused, naming the encoding, before any parser sees it. Every
/// system's replies are UTF-8.
#[inline]
pub(crate) fn utf8_body(body: &[u8]) -> Result<&[u8], MalformedReply> {
    let refuse = |encoding: &str| {
        Err(MalformedReply::new(format!(
            "the reply is {encoding} text (from byte 0); errcat reads replies in UTF-8"
        )))
    };
    match body {
        [0xEF, 0xBB, 0xBF, rest @ ..] => Ok(rest),
        [0x00, 0x00, 0xFE, 0xFF, ..] | [0x00, 0x00, 0x00, _, ..] => refuse("UTF-32 (big-endian)"),
        [0xFF, 0xFE, 0x00, 0x00, ..] | [_, 0x00, 0x00, 0x00, ..] => {
            refuse("UTF-32 (little-endian)")
        }
        [0xFE, 0xFF, ..] | [0x00, _, ..] => refuse("UTF-16 (big-endian)"),
        [0xFF, 0xFE, ..] | [_, 0x00, ..] => refuse("UTF-16 (little-endian)"),
        _ => Ok(body),
    }
}

/// `text` cut to at most `max` bytes at a char boundary, with `…` where it
/// was cut.
#[cfg(feature = "xml")]
pub(crate) fn cut(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.into();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}
