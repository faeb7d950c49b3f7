//! Reading a Viewtron reply: [`check_reply`] (feature `xml`).

use core::fmt;
use std::borrow::Cow;
use std::format;
use std::string::String;

use quick_xml::events::{BytesStart, Event};

use crate::error::Rejected;
use crate::viewtron::{Firmware, ViewtronError};
use crate::{Code, MalformedReply};

/// The most of the device's `errorDesc` a [`Failure`] keeps, in bytes; a
/// longer text is cut at a char boundary and marked with `…`.
pub const MAX_ERROR_DESC: usize = 256;

/// What a failed Viewtron reply says: its code, the device's own text and what
/// the reply shows of the firmware.
///
/// ```
/// use errcat::{Code, viewtron::{Firmware, ReplyError, ViewtronError, check_reply}};
///
/// let reply = br#"<config status="failed" errorCode="9" errorDesc="Unauthorized"/>"#;
/// let Err(ReplyError::Failed(failure)) = check_reply(reply) else { panic!() };
/// assert_eq!(failure.code(), Code::Known(ViewtronError::Unauthorized));
/// assert_eq!(failure.error_desc(), Some("Unauthorized"));
/// assert_eq!(failure.firmware(), Some(Firmware::V2_0));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Failure {
    code: Code<ViewtronError>,
    error_desc: Option<String>,
}

impl Failure {
    /// The code, kept exactly, known to errcat or not.
    pub fn code(&self) -> Code<ViewtronError> {
        self.code
    }

    /// The device's own text (`errorDesc`), entities decoded, cut to
    /// [`MAX_ERROR_DESC`] bytes; `None` where the device sent none (v1.9
    /// firmware sends none).
    #[must_use]
    pub fn error_desc(&self) -> Option<&str> {
        self.error_desc.as_deref()
    }

    /// The firmware the reply shows: [`Firmware::V2_0`] where it carries an
    /// `errorDesc` (only v2.0 sends one), `None` where it does not. A missing
    /// `errorDesc` proves nothing: errcat never concludes v1.9 from it.
    #[must_use]
    pub fn firmware(&self) -> Option<Firmware> {
        self.error_desc.as_ref().map(|_| Firmware::V2_0)
    }

    /// What the code means here, in the vendor's words: the meaning on the
    /// firmware the reply shows, where the code has one of its own there
    /// (code 5); both meanings where the reply does not show the firmware;
    /// the message for other known codes; `None` for an unknown code.
    ///
    /// ```
    /// use errcat::viewtron::{ReplyError, check_reply};
    ///
    /// let v2 = br#"<config status="failed" errorCode="5" errorDesc="Network Port Error"/>"#;
    /// let Err(ReplyError::Failed(failure)) = check_reply(v2) else { panic!() };
    /// assert_eq!(failure.meaning(), Some("client restricted by blacklist/whitelist"));
    ///
    /// let unknown_firmware = br#"<config status="failed" errorCode="5"/>"#;
    /// let Err(ReplyError::Failed(failure)) = check_reply(unknown_firmware) else { panic!() };
    /// assert_eq!(
    ///     failure.meaning(),
    ///     Some("network port number error (v1.9) / client restricted by blacklist/whitelist (v2.0)")
    /// );
    /// ```
    #[must_use]
    pub fn meaning(&self) -> Option<&'static str> {
        let error = self.code.known()?;
        let shown = self
            .firmware()
            .and_then(|firmware| error.meaning_on(firmware));
        let has_meanings = Firmware::ALL.iter().any(|&f| error.meaning_on(f).is_some());
        Some(match shown {
            Some(meaning) => meaning,
            None if has_meanings => error.explanation().unwrap_or(error.message()),
            None => error.message(),
        })
    }
}

impl fmt::Display for Failure {
    /// `code 9 (Unauthorized): Unauthorized`: the code, its name where known,
    /// and the device's text, else errcat's message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "code {}", self.code.code())?;
        if let Some(error) = self.code.known() {
            write!(f, " ({})", error.name())?;
        }
        match &self.error_desc {
            Some(desc) => write!(f, ": {desc}"),
            None => write!(f, ": {}", self.code),
        }
    }
}

/// What a Viewtron reply says, when it is not a success: what [`check_reply`]
/// returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyError {
    /// The device reports a failure (`status="failed"`, or a non-zero
    /// `errorCode`).
    Failed(Failure),
    /// The document is not a Viewtron reply: not XML, another root than
    /// `<config>`, an unknown `status`, or a failure without a usable
    /// `errorCode`.
    Malformed(MalformedReply),
}

impl ReplyError {
    /// The code of a failed reply; `None` for a malformed one.
    #[must_use]
    pub fn code(&self) -> Option<Code<ViewtronError>> {
        match self {
            ReplyError::Failed(failure) => Some(failure.code),
            ReplyError::Malformed(_) => None,
        }
    }
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyError::Failed(failure) => write!(f, "the request failed: {failure}"),
            ReplyError::Malformed(malformed) => write!(f, "malformed Viewtron reply: {malformed}"),
        }
    }
}

impl std::error::Error for ReplyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReplyError::Failed(_) => None,
            ReplyError::Malformed(malformed) => Some(malformed),
        }
    }
}

/// Checks a Viewtron HTTP API reply, an XML document whose root is `<config>`.
///
/// The documented shapes:
/// - success with data: no `status` attribute, the data as child elements;
/// - `<config status="success"/>` (also with `errorCode="0"`);
/// - `<config status="failed" errorCode="1" errorDesc="Invalid Request"/>`,
///   where v1.9 firmware sends no `errorDesc`.
///
/// A reply is a failure where `status="failed"` or where its `errorCode` is
/// not 0. An XML declaration, a byte-order mark, namespaces and prefixes,
/// extra attributes, either quote style and child elements are all read; the
/// whole document must be well-formed XML. Nothing is copied but a failure's
/// `errorDesc` (at most [`MAX_ERROR_DESC`] bytes kept).
///
/// ```
/// use errcat::{Code, viewtron::{ReplyError, check_reply}};
///
/// assert_eq!(check_reply(br#"<?xml version="1.0"?><config status="success"/>"#), Ok(()));
/// let Err(ReplyError::Failed(failure)) = check_reply(b"<config status='failed' errorCode='999'/>") else {
///     panic!("a failure");
/// };
/// assert_eq!(failure.code(), Code::Unknown(999));
/// assert!(matches!(check_reply(b"{\"error\": 0}"), Err(ReplyError::Malformed(_))));
/// ```
///
/// # Errors
/// [`ReplyError::Failed`] for a reply that reports a failure,
/// [`ReplyError::Malformed`] for a document that is not a Viewtron reply.
pub fn check_reply(xml: &[u8]) -> Result<(), ReplyError> {
    let malformed = |problem: String| ReplyError::Malformed(MalformedReply::new(problem));
    let xml = xml.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(xml);
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().check_end_names = true;
    let mut verdict: Option<Result<(), ReplyError>> = None;
    let mut depth = 0_usize;
    loop {
        let at = reader.buffer_position();
        let event = reader.read_event().map_err(|e| {
            malformed(format!(
                "not well-formed XML at byte {at}: {}",
                parser_error(&e)
            ))
        })?;
        match event {
            Event::Start(_) | Event::Empty(_) if depth == 0 && verdict.is_some() => {
                return Err(malformed(format!(
                    "a second root element at byte {at}, after <config>"
                )));
            }
            Event::Start(element) => {
                if depth == 0 {
                    verdict = Some(root_verdict(&element).map_err(malformed)?);
                }
                depth += 1;
            }
            Event::Empty(element) if depth == 0 => {
                let root = root_verdict(&element).map_err(malformed)?;
                // The usual reply, `<config .../>` and a line feed: nothing
                // but white space after the root is well-formed, and needs
                // no further events.
                let end = usize::try_from(reader.buffer_position()).unwrap_or(xml.len());
                if xml
                    .get(end..)
                    .is_some_and(|rest| rest.iter().all(u8::is_ascii_whitespace))
                {
                    return root;
                }
                verdict = Some(root);
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Text(text) if depth == 0 && !text.iter().all(u8::is_ascii_whitespace) => {
                return Err(malformed(format!(
                    "text outside the root element at byte {at}"
                )));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if depth > 0 {
        return Err(malformed("the document ends inside <config>".into()));
    }
    verdict.unwrap_or_else(|| Err(malformed("no root element: the reply is empty".into())))
}

/// What the root element's attributes say.
fn root_verdict(root: &BytesStart<'_>) -> Result<Result<(), ReplyError>, String> {
    let name = root.local_name();
    if name.as_ref() != b"config" {
        return Err(format!(
            "the root element is <{}>, not <config>",
            Rejected::new(&String::from_utf8_lossy(name.as_ref()))
        ));
    }
    let mut status: Option<Cow<'_, [u8]>> = None;
    let mut error_code: Option<Cow<'_, [u8]>> = None;
    let mut error_desc: Option<String> = None;
    // quick-xml's own duplicate check allocates on every reply; the three
    // attributes that decide are checked here instead.
    let twice = |name: &str| format!("<config> has two {name} attributes");
    for attribute in root.attributes().with_checks(false) {
        let attribute =
            attribute.map_err(|e| format!("a bad attribute on <config>: {}", parser_error(&e)))?;
        match attribute.key.local_name().as_ref() {
            b"status" if status.is_some() => return Err(twice("status")),
            b"errorCode" if error_code.is_some() => return Err(twice("errorCode")),
            b"errorDesc" if error_desc.is_some() => return Err(twice("errorDesc")),
            b"status" => status = Some(attribute.value),
            b"errorCode" => error_code = Some(attribute.value),
            b"errorDesc" => {
                let text = attribute
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|e| format!("errorDesc cannot be decoded: {}", parser_error(&e)))?;
                error_desc = Some(cut(&text, MAX_ERROR_DESC));
            }
            _ => {}
        }
    }
    let code = match error_code.as_deref() {
        None => None,
        Some(raw) => Some(crate::code::decimal(raw).flatten().ok_or_else(|| {
            format!(
                "errorCode={} is not a code (an optional - and decimal digits, in i32 range)",
                Rejected::new(&String::from_utf8_lossy(raw))
            )
        })?),
    };
    let failed = match status.as_deref() {
        None => false,
        Some(b"success") => false,
        Some(b"failed") => true,
        Some(other) => {
            return Err(format!(
                "status={} is neither \"success\" nor \"failed\"",
                Rejected::new(&String::from_utf8_lossy(other))
            ));
        }
    };
    match (failed, code) {
        (true, None) => Err("status=\"failed\" without an errorCode".into()),
        (true, Some(0)) => {
            Err("status=\"failed\" with errorCode=\"0\", which means success".into())
        }
        (_, None | Some(0)) => Ok(Ok(())),
        (_, Some(code)) => Ok(Err(ReplyError::Failed(Failure {
            code: Code::from(code),
            error_desc,
        }))),
    }
}

/// The most of a parser's error message a problem repeats, in bytes: the
/// parser quotes names from the document, which can be as long as it is.
const MAX_PARSER_ERROR: usize = 160;

/// quick-xml's error message, cut to [`MAX_PARSER_ERROR`] bytes.
fn parser_error(error: &dyn core::fmt::Display) -> String {
    cut(&error.to_string(), MAX_PARSER_ERROR)
}

/// `text` cut to at most `max` bytes at a char boundary, with `…` where it
/// was cut.
fn cut(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.into();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}
