//! Reading a Viewtron reply: [`check_reply`] (feature `xml`).

use core::fmt;
use std::borrow::Cow;
use std::format;
use std::string::String;

use quick_xml::events::{BytesStart, Event};

use crate::error::Rejected;
use crate::reply::xml::{self, FieldText};
use crate::reply::{CodeFacts, Detail, Item, Verdict, cut, write_code, write_failure};
use crate::viewtron::{Firmware, ViewtronError};
use crate::{Code, MalformedReply, System};

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
    version: Option<Firmware>,
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

    /// The firmware the reply shows: the protocol its root's own
    /// `<config version="...">` names, where it carries one errcat reads
    /// (`1.0` and `1.7` are the v1.9 protocol, `2.0.0` and later 2.x
    /// versions v2.0, per the vendor's firmware-to-protocol table); else
    /// [`Firmware::V2_0`] where it carries an `errorDesc` (only v2.0 sends
    /// one); else `None`. A missing `errorDesc` proves nothing: errcat never
    /// concludes v1.9 from it.
    ///
    /// ```
    /// use errcat::viewtron::{Firmware, ReplyError, check_reply};
    ///
    /// let v1 = r#"<config version="1.7" status="failed" errorCode="5"/>"#;
    /// let Err(ReplyError::Failed(failure)) = check_reply(v1) else { panic!() };
    /// assert_eq!(failure.firmware(), Some(Firmware::V1_9));
    /// assert_eq!(failure.meaning(), Some("network port number error"));
    /// ```
    #[must_use]
    pub fn firmware(&self) -> Option<Firmware> {
        self.version
            .or_else(|| self.error_desc.as_ref().map(|_| Firmware::V2_0))
    }

    /// What the firmware hint rests on, for a person: the `version`
    /// attribute, the `errorDesc`, or nothing.
    fn firmware_basis(&self) -> &'static str {
        match (self.version, &self.error_desc) {
            (Some(_), _) => "the reply's <config version>",
            (None, Some(_)) => "the reply carries errorDesc",
            (None, None) => "",
        }
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
        f.write_str("code ")?;
        write_code(f, self.code)?;
        match &self.error_desc {
            Some(desc) => write!(f, ": {desc}"),
            None => write!(f, ": {}", self.code),
        }
    }
}

/// One item of a batch reply (AddLicensePlates answers one per plate sent):
/// where it stands, the index the reply gives it, and its code.
///
/// ```
/// use errcat::{Code, viewtron::{ReplyError, ViewtronError, check_reply}};
///
/// let reply = br#"<config><licensePlatesReply>
///     <item><index type="uint32">1</index><errorCode type="uint32">0</errorCode></item>
///     <item><index type="uint32">2</index><errorCode type="uint32">203</errorCode></item>
/// </licensePlatesReply></config>"#;
/// let Err(ReplyError::ItemsFailed(batch)) = check_reply(reply) else { panic!() };
/// let second = &batch.items()[1];
/// assert_eq!((second.position(), second.index()), (2, Some(2)));
/// assert_eq!(second.code(), Code::Known(ViewtronError::LicensePlateAlreadyExists));
/// assert!(!second.is_success());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BatchItem {
    position: usize,
    index: Option<u32>,
    code: Code<ViewtronError>,
}

impl BatchItem {
    /// Where the item stands among the reply's items, from 1.
    #[must_use]
    pub fn position(&self) -> usize {
        self.position
    }

    /// The item's `<index>`, where it has one: the vendor numbers the items
    /// of the request this way.
    #[must_use]
    pub fn index(&self) -> Option<u32> {
        self.index
    }

    /// The item's code, kept exactly, known to errcat or not.
    pub fn code(&self) -> Code<ViewtronError> {
        self.code
    }

    /// Whether the item succeeded (its code is 0).
    #[must_use]
    pub fn is_success(&self) -> bool {
        self.code.code() == 0
    }
}

impl fmt::Display for BatchItem {
    /// `item 2 (index 2): code 203 (LicensePlateAlreadyExists): Same license
    /// plate already exists`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "item {}", self.position)?;
        if let Some(index) = self.index {
            write!(f, " (index {index})")?;
        }
        f.write_str(": code ")?;
        write_code(f, self.code)?;
        write!(f, ": {}", self.code)
    }
}

/// A batch reply in which at least one item failed: every item, in document
/// order, those that succeeded included.
///
/// ```
/// use errcat::viewtron::{ReplyError, check_reply};
///
/// let reply = br#"<config><licensePlatesReply>
///     <item><index>1</index><errorCode>0</errorCode></item>
///     <item><index>2</index><errorCode>202</errorCode></item>
/// </licensePlatesReply></config>"#;
/// let Err(ReplyError::ItemsFailed(batch)) = check_reply(reply) else { panic!() };
/// assert_eq!(batch.items().len(), 2);
/// assert_eq!(batch.failed().map(|item| item.index()).collect::<Vec<_>>(), [Some(2)]);
/// assert_eq!(batch.succeeded().count(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BatchFailure {
    items: Vec<BatchItem>,
}

impl BatchFailure {
    /// The most failed items [`Display`](fmt::Display) names; the rest are
    /// counted.
    pub const SHOWN_FAILURES: usize = 8;

    /// Every item of the reply, in document order.
    #[must_use]
    pub fn items(&self) -> &[BatchItem] {
        &self.items
    }

    /// The items that failed (never empty).
    pub fn failed(&self) -> impl Iterator<Item = &BatchItem> {
        self.items.iter().filter(|item| !item.is_success())
    }

    /// The items that succeeded.
    pub fn succeeded(&self) -> impl Iterator<Item = &BatchItem> {
        self.items.iter().filter(|item| item.is_success())
    }
}

impl fmt::Display for BatchFailure {
    /// `1 of 2 items failed: item 2 (index 2): code 202 ...`, naming at most
    /// [`SHOWN_FAILURES`](Self::SHOWN_FAILURES) failed items.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let failed = self.failed().count();
        write!(f, "{failed} of {} items failed", self.items.len())?;
        for (n, item) in self.failed().take(Self::SHOWN_FAILURES).enumerate() {
            f.write_str(if n == 0 { ": " } else { "; " })?;
            write!(f, "{item}")?;
        }
        if failed > Self::SHOWN_FAILURES {
            write!(f, "; and {} more", failed - Self::SHOWN_FAILURES)?;
        }
        Ok(())
    }
}

/// What a Viewtron reply says, when it is not a success: what [`check_reply`]
/// returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyError {
    /// The device reports a failure (`status="failed"`, or a non-zero
    /// `errorCode`).
    Failed(Failure),
    /// A batch reply whose root reports no failure, but in which some items
    /// carry a non-zero `<errorCode>`.
    ItemsFailed(BatchFailure),
    /// The document is not a Viewtron reply: not XML, another root than
    /// `<config>`, an unknown `status`, or a failure without a usable
    /// `errorCode`.
    Malformed(MalformedReply),
}

impl ReplyError {
    /// The code of a failed reply, the first failed item's code for a batch
    /// reply; `None` for a malformed one.
    #[must_use]
    pub fn code(&self) -> Option<Code<ViewtronError>> {
        match self {
            ReplyError::Failed(failure) => Some(failure.code),
            ReplyError::ItemsFailed(batch) => batch.failed().next().map(BatchItem::code),
            ReplyError::Malformed(_) => None,
        }
    }
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyError::Failed(failure) => {
                write_failure(f, failure.code, failure.error_desc.as_deref())
            }
            ReplyError::ItemsFailed(batch) => {
                write!(f, "the batch request failed in part: {batch}")
            }
            ReplyError::Malformed(malformed) => write!(f, "malformed Viewtron reply: {malformed}"),
        }
    }
}

impl std::error::Error for ReplyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReplyError::Failed(_) | ReplyError::ItemsFailed(_) => None,
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
///   where v1.9 firmware sends no `errorDesc`;
/// - a batch reply (AddLicensePlates): no `status`, one `<item>` per
///   request item, each with an `<index>` and an `<errorCode>` element. Where
///   an item's code is not 0 the reply is [`ReplyError::ItemsFailed`], which
///   lists every item, those that succeeded too. An `<item>` without an
///   `<errorCode>` child is data, not a batch item.
///
/// Code 20 ("Resources Not Exist") is a failure here, as the vendor's own
/// client reads it from every command but one: from GetLicensePlates it
/// means an empty plate database, and that client reads it as an empty list.
/// Where you call GetLicensePlates, do the same.
///
/// A reply is a failure where `status="failed"` or where its `errorCode` is
/// not 0. An XML declaration, a byte-order mark, namespaces and prefixes,
/// extra attributes, either quote style and child elements are all read; the
/// whole document must be well-formed XML. Nothing is copied but a failure's
/// `errorDesc` (at most [`MAX_ERROR_DESC`] bytes kept) and a batch reply's
/// items.
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
/// [`ReplyError::ItemsFailed`] for a batch reply with failed items,
/// [`ReplyError::Malformed`] for a document that is not a Viewtron reply.
pub fn check_reply(xml: impl AsRef<[u8]>) -> Result<(), ReplyError> {
    check(xml.as_ref())
}

/// [`check_reply`] on bytes.
fn check(xml: &[u8]) -> Result<(), ReplyError> {
    let reader = xml::reader(xml).map_err(ReplyError::Malformed)?;
    read(reader).unwrap_or_else(|problem| Err(ReplyError::Malformed(MalformedReply::new(problem))))
}

/// Reads the document of `reader`: what it says, or its problem (made a
/// [`ReplyError::Malformed`] once, by [`check`], not at every event).
fn read(mut reader: quick_xml::Reader<&[u8]>) -> Result<Result<(), ReplyError>, String> {
    let body = *reader.get_ref();
    let mut verdict: Option<Result<(), ReplyError>> = None;
    let mut depth = 0_usize;
    let mut batch = Batch::default();
    loop {
        let at = reader.buffer_position();
        let event = xml::next_event(&mut reader, at)?;
        if depth == 0 {
            xml::outside_root(&event, at, verdict.is_some())?;
        }
        match event {
            Event::Start(_) | Event::Empty(_) if depth == 0 && verdict.is_some() => {
                return Err(format!(
                    "a second root element at byte {at}, after <config>"
                ));
            }
            Event::Start(element) => {
                if depth == 0 {
                    verdict = Some(root_verdict(&element)?);
                } else {
                    batch.start(&element, depth)?;
                }
                depth += 1;
            }
            Event::Empty(element) if depth == 0 => {
                let root = root_verdict(&element)?;
                // The usual reply, `<config .../>` and a line feed: nothing
                // but white space after the root is well-formed, and needs
                // no further events.
                let end = usize::try_from(reader.buffer_position()).unwrap_or(body.len());
                if body
                    .get(end..)
                    .is_some_and(|rest| rest.iter().all(u8::is_ascii_whitespace))
                {
                    return Ok(root);
                }
                verdict = Some(root);
            }
            Event::Empty(element) => batch.empty(&element, depth)?,
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                batch.end(depth)?;
            }
            Event::Text(text) => batch.text(text.into_inner()),
            Event::CData(text) => batch.text(text.into_inner()),
            Event::GeneralRef(reference) => batch.reference(&reference),
            Event::Eof => break,
            _ => {}
        }
    }
    if depth > 0 {
        return Err("the document ends inside <config>".into());
    }
    match verdict {
        None => Err("no root element: the reply is empty".into()),
        Some(Ok(())) if batch.items.iter().any(|item| !item.is_success()) => {
            Ok(Err(ReplyError::ItemsFailed(BatchFailure { items: batch.items })))
        }
        Some(verdict) => Ok(verdict),
    }
}

/// Viewtron's checker, as [`crate::reply`] registers it.
pub(crate) const CHECKER: crate::reply::Checker = crate::reply::Checker {
    system: System::Viewtron,
    envelope: "XML with a <config> root",
    example: r#"<config status="failed" errorCode="5"/>"#,
    own_keys: &[],
    outcome: |body| match check(body) {
        Ok(()) => crate::reply::Outcome::Success,
        Err(ReplyError::Malformed(_)) => crate::reply::Outcome::Malformed,
        Err(_) => crate::reply::Outcome::Failure,
    },
    check: |body| verdict(check(body)),
};

/// What a Viewtron reply says, in the shape every checker gives.
fn verdict(result: Result<(), ReplyError>) -> Verdict {
    let system = System::Viewtron;
    match result {
        Ok(()) => Verdict::success(system),
        Err(ReplyError::Failed(failure)) => {
            let firmware = failure.firmware().map(|f| f.label().to_string());
            let shown_firmware = match &firmware {
                Some(label) => format!("{label} ({})", failure.firmware_basis()),
                None => "not shown (no errorDesc, no version)".to_string(),
            };
            let meaning = failure.meaning().map(str::to_string);
            let differs = failure.meaning().is_some_and(|m| m != failure.code.to_string());
            let shown_meaning = meaning.clone().filter(|_| differs);
            Verdict::failure(system, Some(CodeFacts::of(failure.code)))
                .with(Detail::new("error_desc", "errorDesc", failure.error_desc.clone()))
                .with(Detail::new("firmware", "firmware", firmware).shown(Some(shown_firmware)))
                .with(Detail::new("meaning", "meaning", meaning).shown(shown_meaning))
        }
        Err(ReplyError::ItemsFailed(batch)) => {
            let first = batch.failed().next().map(|item| CodeFacts::of(item.code));
            let items = batch
                .items
                .iter()
                .map(|item| {
                    Item::new(
                        item.position,
                        item.index,
                        CodeFacts::of(item.code),
                        item.is_success(),
                    )
                })
                .collect();
            Verdict::failure(system, first).with_items(items)
        }
        Err(ReplyError::Malformed(malformed)) => Verdict::malformed(system, malformed),
    }
}

/// The per-item codes of a batch reply (shape 5: `<item>` elements with an
/// `<errorCode>` child), read as the document goes by. An `<item>` without
/// an `<errorCode>` is data (GetLicensePlates lists plates so), not a batch
/// item. Nothing is allocated for a reply without items.
#[derive(Default)]
struct Batch<'a> {
    /// The batch items read so far.
    items: Vec<BatchItem>,
    /// The `<item>` elements open around the reader, innermost last.
    open: Vec<OpenItem>,
    /// The `<index>` or `<errorCode>` of the innermost item being read, and
    /// its text so far.
    field: Option<(Field, FieldText<'a>)>,
}

/// An `<item>` element being read.
struct OpenItem {
    /// The depth of the `<item>` element (the root's children are at 1).
    depth: usize,
    index: Option<u32>,
    code: Option<i32>,
}

impl OpenItem {
    /// Keeps the value of `field`, read as `text`, of the item at `position`.
    fn set(&mut self, field: Field, text: &[u8], position: usize) -> Result<(), String> {
        let wrong = |rule: &str| {
            format!(
                "item {position}'s {} is {}, not a number ({rule})",
                field.tag(),
                Rejected::new(&String::from_utf8_lossy(text))
            )
        };
        match field {
            Field::ErrorCode => {
                let code = crate::code::decimal(text).flatten();
                self.code = Some(
                    code.ok_or_else(|| wrong("an optional - and decimal digits, in i32 range"))?,
                );
            }
            Field::Index => {
                let digits = !text.is_empty() && text.iter().all(u8::is_ascii_digit);
                let index = core::str::from_utf8(text)
                    .ok()
                    .filter(|_| digits)
                    .and_then(|text| text.parse().ok());
                self.index = Some(index.ok_or_else(|| wrong("decimal digits, in u32 range"))?);
            }
        }
        Ok(())
    }
}

/// A child of `<item>` that the batch reading keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Index,
    ErrorCode,
}

impl Field {
    fn tag(self) -> &'static str {
        match self {
            Field::Index => "<index>",
            Field::ErrorCode => "<errorCode>",
        }
    }
}

impl<'a> Batch<'a> {
    /// The field an element at `depth` named `element` is, where it is a
    /// direct child of the innermost open item, and whether that item has
    /// had one already.
    fn field_of(&self, element: &BytesStart<'_>, depth: usize) -> Option<(Field, bool)> {
        let item = self.open.last().filter(|item| depth == item.depth + 1)?;
        match element.local_name().as_ref() {
            b"index" => Some((Field::Index, item.index.is_some())),
            b"errorCode" => Some((Field::ErrorCode, item.code.is_some())),
            _ => None,
        }
    }

    /// The position the next batch item will have, from 1, to name it in a
    /// problem.
    fn position(&self) -> usize {
        self.items.len() + 1
    }

    /// A problem if an element opens inside a field: a code is text only.
    fn no_field_open(&self) -> Result<(), String> {
        match &self.field {
            Some((field, _)) => Err(format!(
                "item {}'s {} holds an element; it must hold only a number",
                self.position(),
                field.tag()
            )),
            None => Ok(()),
        }
    }

    /// An element opens at `depth`.
    fn start(&mut self, element: &BytesStart<'_>, depth: usize) -> Result<(), String> {
        self.no_field_open()?;
        if let Some((field, seen)) = self.field_of(element, depth) {
            if seen {
                return Err(format!(
                    "item {} has two {} elements",
                    self.position(),
                    field.tag()
                ));
            }
            self.field = Some((field, FieldText::default()));
        } else if element.local_name().as_ref() == b"item" {
            self.open.push(OpenItem {
                depth,
                index: None,
                code: None,
            });
        }
        Ok(())
    }

    /// An empty element at `depth`: an empty `<index/>` or `<errorCode/>`
    /// has no value.
    fn empty(&mut self, element: &BytesStart<'_>, depth: usize) -> Result<(), String> {
        self.no_field_open()?;
        match self.field_of(element, depth) {
            Some((field, _)) => Err(format!(
                "item {} has an empty {} element",
                self.position(),
                field.tag()
            )),
            None => Ok(()),
        }
    }

    /// Text (or a CDATA section) inside the document: kept only inside a
    /// field.
    fn text(&mut self, text: Cow<'a, [u8]>) {
        if let Some((_, field)) = &mut self.field {
            field.push(text);
        }
    }

    /// A reference (`&#50;`, `&amp;`) inside the document: what it stands
    /// for is kept only inside a field.
    fn reference(&mut self, reference: &quick_xml::events::BytesRef<'_>) {
        if let Some((_, field)) = &mut self.field {
            field.push_reference(reference);
        }
    }

    /// An element closes, leaving the reader at `depth`.
    fn end(&mut self, depth: usize) -> Result<(), String> {
        let position = self.position();
        match self.open.last_mut() {
            Some(item) if depth == item.depth + 1 => {
                if let Some((field, text)) = self.field.take() {
                    item.set(field, text.as_bytes().trim_ascii(), position)?;
                }
            }
            Some(item) if depth == item.depth => {
                let (index, code) = (item.index, item.code);
                self.open.pop();
                if let Some(code) = code {
                    self.items.push(BatchItem {
                        position,
                        index,
                        code: Code::from(code),
                    });
                }
            }
            _ => {}
        }
        Ok(())
    }
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
    let mut error_desc: Option<Cow<'_, str>> = None;
    let mut version: Option<&[u8]> = None;
    // quick-xml's own duplicate check allocates on every reply; the
    // attributes that decide are checked here instead.
    let twice = |name: &str| format!("<config> has two {name} attributes");
    xml::for_each_attribute(root, "config", |attribute| {
        let value = attribute.value;
        match attribute.name() {
            Some(b"status") if status.is_some() => return Err(twice("status")),
            Some(b"errorCode") if error_code.is_some() => return Err(twice("errorCode")),
            Some(b"errorDesc") if error_desc.is_some() => return Err(twice("errorDesc")),
            Some(b"status") => status = Some(xml::attribute_value(value, "status")?),
            Some(b"errorCode") => error_code = Some(xml::attribute_value(value, "errorCode")?),
            Some(b"errorDesc") => error_desc = Some(xml::attribute_text(value, "errorDesc")?),
            Some(b"version") => version = Some(value),
            _ => {}
        }
        Ok(())
    })?;
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
        None | Some(b"success") => false,
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
            // Copied only for a failure, where it is kept.
            error_desc: error_desc.map(|text| cut(&text, MAX_ERROR_DESC)),
            // Read only for a failure, where it is shown.
            version: version.and_then(firmware_of_version),
        }))),
    }
}

/// The protocol a `<config version="...">` names, per the vendor's
/// firmware-to-protocol table: `1.0` and `1.7` (any 1.x) are the v1.9
/// protocol, `2.0.0` and later 2.x versions v2.0; anything else names none
/// errcat knows.
fn firmware_of_version(version: &[u8]) -> Option<Firmware> {
    let (firmware, rest) = match version {
        [b'1', b'.', rest @ ..] => (Firmware::V1_9, rest),
        [b'2', b'.', rest @ ..] => (Firmware::V2_0, rest),
        _ => return None,
    };
    let numeric = !rest.is_empty() && rest.iter().all(|&b| b.is_ascii_digit() || b == b'.');
    numeric.then_some(firmware)
}
