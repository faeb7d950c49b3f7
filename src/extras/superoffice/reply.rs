//! Reading a SuperOffice Service SOAP response: [`check_reply`] (feature
//! `xml`).

use core::fmt;
use std::borrow::Cow;
use std::format;
use std::string::String;

use quick_xml::events::{BytesRef, BytesStart, Event};

use crate::error::Rejected;
use crate::reply::xml::{self, FieldText};
use crate::reply::{CodeFacts, Detail, Verdict, cut, write_failure};
use crate::superoffice::SuperOfficeError;
use crate::{Code, MalformedReply, System};

/// The most of a SOAP Fault's `faultcode` or `faultstring` a [`Fault`]
/// keeps, in bytes; a longer text is cut at a char boundary and marked with
/// `…`, as Viewtron's `errorDesc` is.
pub const MAX_FAULT_TEXT: usize = 256;

/// A SOAP Fault: the server refused the call before any method answered, so
/// there is no `errorCode`, only the Fault's own code and text.
///
/// ```
/// use errcat::superoffice::{ReplyError, check_reply};
///
/// let reply = r#"<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
///     <s:Fault><faultcode>s:Client</faultcode><faultstring>Unknown method</faultstring></s:Fault>
/// </s:Body></s:Envelope>"#;
/// let Err(ReplyError::Fault(fault)) = check_reply(reply) else { panic!() };
/// assert_eq!(fault.fault_code(), Some("s:Client"));
/// assert_eq!(fault.fault_string(), Some("Unknown method"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fault {
    fault_code: Option<String>,
    fault_string: Option<String>,
}

impl Fault {
    /// The Fault's code (SOAP 1.1 `faultcode`, SOAP 1.2 `Code/Value`), as
    /// written, prefix included, cut to [`MAX_FAULT_TEXT`] bytes; `None`
    /// where the Fault has none.
    #[must_use]
    pub fn fault_code(&self) -> Option<&str> {
        self.fault_code.as_deref()
    }

    /// The Fault's text (SOAP 1.1 `faultstring`, SOAP 1.2 `Reason/Text`),
    /// references decoded, cut to [`MAX_FAULT_TEXT`] bytes; `None` where the
    /// Fault has none.
    #[must_use]
    pub fn fault_string(&self) -> Option<&str> {
        self.fault_string.as_deref()
    }
}

impl fmt::Display for Fault {
    /// `SOAP Fault s:Client: Unknown method`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SOAP Fault")?;
        if let Some(code) = &self.fault_code {
            write!(f, " {code}")?;
        }
        if let Some(text) = &self.fault_string {
            write!(f, ": {text}")?;
        }
        Ok(())
    }
}

/// What a SuperOffice SOAP response says, when it is not a success: what
/// [`check_reply`] returns.
///
/// ```
/// use errcat::{Code, superoffice::{ReplyError, SuperOfficeError, check_reply}};
///
/// let reply = "<Envelope><Body><loginResponse><errorCode>1</errorCode></loginResponse></Body></Envelope>";
/// let error = check_reply(reply).unwrap_err();
/// assert_eq!(error.code(), Some(Code::Known(SuperOfficeError::try_from(1).unwrap())));
/// assert!(error.to_string().starts_with("the request failed with SuperOffice Service SOAP interface code 1"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyError {
    /// The response's `errorCode` is not `0`: the call failed. The code is
    /// kept exactly, known to errcat or not.
    Failed(Code<SuperOfficeError>),
    /// The Body holds a SOAP Fault instead of a response.
    Fault(Fault),
    /// The document is not a SOAP response errcat can read: not XML, no
    /// Envelope or Body, a response without an `errorCode`, or an
    /// `errorCode` that is not a decimal code.
    Malformed(MalformedReply),
}

impl ReplyError {
    /// The code of a failed call; `None` for a Fault (which carries no
    /// SuperOffice code) and a malformed reply.
    #[must_use]
    pub fn code(&self) -> Option<Code<SuperOfficeError>> {
        match self {
            ReplyError::Failed(code) => Some(*code),
            ReplyError::Fault(_) | ReplyError::Malformed(_) => None,
        }
    }
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyError::Failed(code) => write_failure(f, *code, None),
            ReplyError::Fault(fault) => write!(f, "the request failed with a {fault}"),
            ReplyError::Malformed(malformed) => {
                write!(f, "malformed SuperOffice reply: {malformed}")
            }
        }
    }
}

impl std::error::Error for ReplyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReplyError::Failed(code) => Some(code),
            ReplyError::Fault(_) => None,
            ReplyError::Malformed(malformed) => Some(malformed),
        }
    }
}

/// Checks a SuperOffice Service SOAP response (the customer, ticket and
/// admin ports).
///
/// **What the vendor documents** (the Service SOAP interface reference
/// manual, v1.1): every method returns its results as out parameters;
/// `errorCode` is the first out parameter of 77 of the 81 methods; it is
/// decimal text, and `"0"` is success. The vendor's own examples compare it
/// with `"0"` and, where it differs, ask `getErrorMessage` for the text.
///
/// **What errcat infers**, since no WSDL and no captured response is
/// public: the layout of the SOAP Body. errcat reads an `Envelope` whose
/// `Body` holds one response element, and in it the direct child element
/// named `errorCode`, wherever it stands among the out parts (the manual
/// puts it first; errcat does not insist). Namespace prefixes are ignored,
/// as are attributes such as `xsi:type="xsd:string"`; white space around
/// the number is allowed, and character references are decoded. A `Body`
/// holding a SOAP `Fault` (1.1's `faultcode`/`faultstring` or 1.2's
/// `Code/Value` and `Reason/Text`) is [`ReplyError::Fault`].
///
/// A response without an `errorCode` is [`ReplyError::Malformed`], saying
/// what was looked for: this is also what the three methods without one
/// (`getErrorMessage`, `getLanguages`, the admin port's `getTag`) give, as
/// their reply reports neither a success nor a failure.
///
/// ```
/// use errcat::{Code, superoffice::{ReplyError, check_reply}};
///
/// let ok = r#"<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
///   <SOAP-ENV:Body><ns1:loginResponse xmlns:ns1="urn:customer">
///     <errorCode xsi:type="xsd:string">0</errorCode><sessionKey>k</sessionKey>
///   </ns1:loginResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"#;
/// assert_eq!(check_reply(ok), Ok(()));
/// let failed = ok.replace(">0<", ">999<");
/// assert_eq!(check_reply(failed).unwrap_err().code(), Some(Code::Unknown(999)));
/// assert!(matches!(check_reply("<Envelope><Body/></Envelope>"), Err(ReplyError::Malformed(_))));
/// ```
///
/// # Errors
/// [`ReplyError::Failed`] for a response whose `errorCode` is not 0,
/// [`ReplyError::Fault`] for a SOAP Fault, [`ReplyError::Malformed`] for a
/// document that is not a SOAP response errcat can read.
pub fn check_reply(xml: impl AsRef<[u8]>) -> Result<(), ReplyError> {
    check(xml.as_ref())
}

/// An element of the response that the reading tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Envelope,
    Body,
    Fault,
    /// The response element (its name is kept for messages).
    Response,
    ErrorCode,
    FaultCode,
    FaultString,
    /// SOAP 1.2's `Code` and `Reason` in a Fault.
    Code12,
    Reason12,
    Other,
}

/// What the reading has found so far in a document.
#[derive(Default)]
struct Found<'a> {
    body: bool,
    /// The Body's element (`Fault` or the response) and the byte its start
    /// tag is at, where a problem reads its name.
    entry: Option<(Tag, u64)>,
    error_code: Option<FieldText<'a>>,
    fault_code: Option<String>,
    fault_string: Option<String>,
    /// The field whose text is being read, and the text so far.
    capture: Option<(Tag, FieldText<'a>)>,
}

impl<'a> Found<'a> {
    /// The tag of an element named `local` (a local name) inside `parent`.
    fn classify(&mut self, parent: Option<Tag>, local: &[u8], at: u64) -> Result<Tag, String> {
        let name = || String::from_utf8_lossy(local).into_owned();
        Ok(match (parent, local) {
            (None, b"Envelope") => Tag::Envelope,
            (None, _) => {
                return Err(format!(
                    "the root element is <{}>, not a SOAP <Envelope>",
                    Rejected::new(&name())
                ));
            }
            (Some(Tag::Envelope), b"Body") if self.body => {
                return Err(format!("a second SOAP <Body> at byte {at}"));
            }
            (Some(Tag::Envelope), b"Body") => {
                self.body = true;
                Tag::Body
            }
            (Some(Tag::Body), _) if self.entry.is_some() => {
                return Err(format!(
                    "the SOAP Body holds a second element, <{}>, at byte {at}; a response holds one",
                    Rejected::new(&name())
                ));
            }
            (Some(Tag::Body), local) => {
                let tag = if local == b"Fault" {
                    Tag::Fault
                } else {
                    Tag::Response
                };
                self.entry = Some((tag, at));
                tag
            }
            (Some(Tag::Response), b"errorCode") if self.error_code.is_some() => {
                return Err(format!("a second <errorCode> at byte {at}"));
            }
            (Some(Tag::Response), b"errorCode") => Tag::ErrorCode,
            (Some(Tag::Fault), b"faultcode") => Tag::FaultCode,
            (Some(Tag::Fault), b"faultstring") => Tag::FaultString,
            (Some(Tag::Fault), b"Code") => Tag::Code12,
            (Some(Tag::Fault), b"Reason") => Tag::Reason12,
            (Some(Tag::Code12), b"Value") => Tag::FaultCode,
            (Some(Tag::Reason12), b"Text") => Tag::FaultString,
            _ => Tag::Other,
        })
    }

    /// Starts reading the text of `tag`, where it is a field; a problem
    /// where an element opens inside a field.
    fn open(&mut self, tag: Tag) -> Result<(), String> {
        if let Some((field, _)) = &self.capture {
            return Err(format!("<{}> holds an element; it must hold only text", field_name(*field)));
        }
        if matches!(tag, Tag::ErrorCode | Tag::FaultCode | Tag::FaultString) {
            self.capture = Some((tag, FieldText::default()));
        }
        Ok(())
    }

    /// Keeps a piece of text or CDATA inside a field.
    #[inline]
    fn push(&mut self, piece: Cow<'a, [u8]>) {
        if let Some((_, text)) = &mut self.capture {
            text.push(piece);
        }
    }

    /// Keeps what a reference stands for inside a field.
    fn push_reference(&mut self, reference: &BytesRef<'_>) {
        if let Some((_, text)) = &mut self.capture {
            text.push_reference(reference);
        }
    }

    /// Keeps the text read for a field that closes.
    #[inline]
    fn close(&mut self) {
        if self.capture.is_some() {
            self.keep();
        }
    }

    /// Keeps the text of the field that closes.
    fn keep(&mut self) {
        let Some((tag, text)) = self.capture.take() else {
            return;
        };
        let owned = || {
            let text = text.as_bytes().trim_ascii();
            cut(&String::from_utf8_lossy(text), MAX_FAULT_TEXT)
        };
        match tag {
            Tag::ErrorCode => self.error_code = Some(text),
            // The first `faultcode` (or `Reason/Text`, of which SOAP 1.2
            // allows one per language) is kept.
            Tag::FaultCode => {
                self.fault_code.get_or_insert_with(owned);
            }
            Tag::FaultString => {
                self.fault_string.get_or_insert_with(owned);
            }
            _ => {}
        }
    }
}

/// How a field is named in a problem.
fn field_name(tag: Tag) -> &'static str {
    match tag {
        Tag::ErrorCode => "errorCode",
        Tag::FaultCode => "faultcode",
        _ => "faultstring",
    }
}

/// [`check_reply`] on bytes.
fn check(body: &[u8]) -> Result<(), ReplyError> {
    let reader = xml::reader(body).map_err(ReplyError::Malformed)?;
    read(reader).unwrap_or_else(|problem| Err(ReplyError::Malformed(MalformedReply::new(problem))))
}

/// Reads the document of `reader` whole: what it says, or its problem
/// (made a [`ReplyError::Malformed`] once, by [`check`], not at every
/// event).
fn read(mut reader: quick_xml::Reader<&[u8]>) -> Result<Result<(), ReplyError>, String> {
    // The tags of the open elements, outermost first; below the depth of a
    // SOAP 1.2 Fault's fields every element is `Other`, so only the depth
    // is counted there.
    let mut open = Open::default();
    let mut root_seen = false;
    let mut found = Found::default();
    let document = *reader.get_ref();
    loop {
        let at = reader.buffer_position();
        let event = xml::next_event(&mut reader, at)?;
        if open.is_empty() {
            xml::outside_root(&event, at, root_seen)?;
        }
        let (element, empty) = match event {
            Event::Start(element) => (element, false),
            Event::Empty(element) => (element, true),
            Event::End(_) => {
                open.pop();
                found.close();
                continue;
            }
            Event::Text(text) => {
                found.push(text.into_inner());
                continue;
            }
            Event::CData(text) => {
                found.push(text.into_inner());
                continue;
            }
            Event::GeneralRef(reference) => {
                found.push_reference(&reference);
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        if open.is_empty() && root_seen {
            return Err(format!(
                "a second root element at byte {at}, after the Envelope"
            ));
        }
        root_seen = true;
        let tag = tag_of(&mut found, open.parent(), &element, at)?;
        found.open(tag)?;
        if empty {
            found.close();
        } else {
            open.push(tag);
        }
    }
    if !open.is_empty() {
        return Err("the document ends inside the Envelope".into());
    }
    verdict_of(found, document)
}

/// The tags of the open elements, without allocating: the outermost
/// [`Open::KEPT`], and the depth.
#[derive(Default)]
struct Open {
    tags: [Option<Tag>; Open::KEPT],
    depth: usize,
}

impl Open {
    /// Envelope, Body, Fault, Code, Value: the deepest element told apart.
    const KEPT: usize = 5;

    fn is_empty(&self) -> bool {
        self.depth == 0
    }

    /// The innermost open element's tag; `None` outside the root.
    fn parent(&self) -> Option<Tag> {
        match self.depth {
            0 => None,
            depth => Some(self.tags.get(depth - 1).copied().flatten().unwrap_or(Tag::Other)),
        }
    }

    fn push(&mut self, tag: Tag) {
        if let Some(slot) = self.tags.get_mut(self.depth) {
            *slot = Some(tag);
        }
        self.depth += 1;
    }

    fn pop(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}

/// The tag of `element`, inside `parent`.
fn tag_of(
    found: &mut Found,
    parent: Option<Tag>,
    element: &BytesStart<'_>,
    at: u64,
) -> Result<Tag, String> {
    let name = element.name();
    found.classify(parent, xml::local_name(name.as_ref()), at)
}

/// What the response says, once `document` is read whole.
fn verdict_of(found: Found<'_>, document: &[u8]) -> Result<Result<(), ReplyError>, String> {
    const LOOKED_FOR: &str = "errcat looks for a response element holding an <errorCode>, \
                              or a SOAP <Fault>, in the SOAP <Body>";
    if !found.body {
        return Err(format!("the Envelope has no SOAP <Body>; {LOOKED_FOR}"));
    }
    match found.entry {
        None => Err(format!("the SOAP <Body> is empty; {LOOKED_FOR}")),
        Some((Tag::Fault, _)) => Ok(Err(ReplyError::Fault(Fault {
            fault_code: found.fault_code,
            fault_string: found.fault_string,
        }))),
        Some((_, response_at)) => {
            let Some(text) = found.error_code else {
                return Err(format!(
                    "the response element {} has no <errorCode> child (the out part the \
                     vendor documents; getErrorMessage, getLanguages and getTag have none)",
                    element_name_at(document, response_at)
                ));
            };
            let text = text.as_bytes().trim_ascii();
            let code = crate::code::decimal(text).flatten().ok_or_else(|| {
                format!(
                    "<errorCode> is {}, not a code (an optional - and decimal digits, in i32 range)",
                    Rejected::new(&String::from_utf8_lossy(text))
                )
            })?;
            Ok(match code {
                0 => Ok(()),
                code => Err(ReplyError::Failed(Code::from(code))),
            })
        }
    }
}

/// The local name of the element whose start tag is at byte `at` of
/// `document`, for a problem: read again there, so that the reading keeps
/// only a position (a name kept for every reply cost 2% of the check).
fn element_name_at(document: &[u8], at: u64) -> Rejected {
    let rest = usize::try_from(at)
        .ok()
        .and_then(|at| document.get(at..))
        .unwrap_or_default();
    let mut reader = quick_xml::Reader::from_reader(rest);
    loop {
        match reader.read_event() {
            Ok(Event::Start(element) | Event::Empty(element)) => {
                let name = element.name();
                let local = xml::local_name(name.as_ref());
                return Rejected::new(core::str::from_utf8(local).unwrap_or("(not UTF-8)"));
            }
            // Not reached: the same bytes were read as an element before.
            Ok(Event::Eof) | Err(_) => return Rejected::new("?"),
            Ok(_) => {}
        }
    }
}

/// SuperOffice's checker, as [`crate::reply`] registers it.
pub(crate) const CHECKER: crate::reply::Checker = crate::reply::Checker {
    system: System::SuperOffice,
    envelope: "a SOAP response with an errorCode out part, or a SOAP Fault",
    example: "<Envelope><Body><loginResponse><errorCode>1</errorCode></loginResponse></Body></Envelope>",
    own_keys: &["fault_code", "fault_string"],
    outcome: |body| match check(body) {
        Ok(()) => crate::reply::Outcome::Success,
        Err(ReplyError::Malformed(_)) => crate::reply::Outcome::Malformed,
        Err(_) => crate::reply::Outcome::Failure,
    },
    check: |body| {
        let system = System::SuperOffice;
        match check(body) {
            Ok(()) => Verdict::success(system),
            Err(ReplyError::Failed(code)) => Verdict::failure(system, Some(CodeFacts::of(code))),
            Err(ReplyError::Fault(fault)) => Verdict::failure(system, None)
                .with(Detail::new("fault_code", "faultcode", fault.fault_code))
                .with(Detail::new("fault_string", "faultstring", fault.fault_string)),
            Err(ReplyError::Malformed(malformed)) => Verdict::malformed(system, malformed),
        }
    },
};
