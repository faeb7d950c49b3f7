//! What every XML reply checker reads the same way: the encoding, what may
//! stand outside the root element, attributes without namespace
//! declarations, references, and the parser's errors.

use std::borrow::Cow;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesRef, BytesStart, Event};

use super::cut;
use crate::MalformedReply;

/// A reader of `body` (UTF-8, its byte-order mark removed) that checks
/// that end tags match; a body in another encoding is refused.
#[inline]
pub(crate) fn reader(body: &[u8]) -> Result<quick_xml::Reader<&[u8]>, MalformedReply> {
    let body = super::utf8_body(body)?;
    let mut reader = quick_xml::Reader::from_reader(body);
    reader.config_mut().check_end_names = true;
    Ok(reader)
}

/// The next event of `reader`, which stands at byte `at`; XML that is not
/// well-formed is a problem naming that byte and the parser's words.
#[inline]
pub(crate) fn next_event<'a>(
    reader: &mut quick_xml::Reader<&'a [u8]>,
    at: u64,
) -> Result<Event<'a>, String> {
    match reader.read_event() {
        Ok(event) => Ok(event),
        Err(e) => Err(not_well_formed(at, &e)),
    }
}

/// The problem of XML that is not well-formed at byte `at`.
#[cold]
#[inline(never)]
fn not_well_formed(at: u64, error: &quick_xml::Error) -> String {
    format!("not well-formed XML at byte {at}: {}", parser_error(error))
}

/// The one rule for what stands outside the root element, before or after
/// it (XML's `Misc`): white space, comments and processing instructions; an
/// XML declaration and a DOCTYPE before the root only. Text, a CDATA
/// section or a reference there is refused, naming it and the byte `at`.
/// Elements are the caller's: this passes them, and the end of input.
#[inline]
pub(crate) fn outside_root(event: &Event<'_>, at: u64, after_root: bool) -> Result<(), String> {
    let refused = |what: &str| {
        let place = if after_root { "after" } else { "before" };
        Err(format!("{what} at byte {at}, {place} the root element"))
    };
    match event {
        Event::Text(text) if text.iter().all(u8::is_ascii_whitespace) => Ok(()),
        Event::Text(_) => refused("text outside the root element"),
        Event::CData(_) => refused("a CDATA section outside the root element"),
        Event::GeneralRef(_) => refused("a reference outside the root element"),
        Event::DocType(_) if after_root => refused("a DOCTYPE"),
        Event::Decl(_) if after_root => refused("an XML declaration"),
        _ => Ok(()),
    }
}

/// XML's white space, as quick-xml reads it between attributes.
#[inline]
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

/// An attribute as written: its key, the key's local name, and its value
/// between the quotes.
#[derive(Clone, Copy)]
pub(crate) struct RawAttribute<'a> {
    /// The key (`v:status`, `xmlns:v`).
    pub(crate) key: &'a [u8],
    /// The key's local name: the part after its first `:`, as quick-xml's
    /// `QName::local_name` has it.
    pub(crate) local_name: &'a [u8],
    /// The value between the quotes, as written.
    pub(crate) value: &'a [u8],
}

impl<'a> RawAttribute<'a> {
    /// The local name, or `None` where the attribute declares a namespace
    /// (`xmlns`, `xmlns:p`) rather than being an attribute of the element.
    #[inline]
    pub(crate) fn name(&self) -> Option<&'a [u8]> {
        if is_namespace_declaration(self.key) {
            None
        } else {
            Some(self.local_name)
        }
    }
}

/// Passes each attribute of `element` to `take`, in document order, and
/// stops at `take`'s first problem. An attribute that does not parse is a
/// problem naming `element_name`, with quick-xml's words.
///
/// The attributes are read by the same steps as quick-xml's attribute
/// iterator (without its duplicate check, which allocates), so the two find
/// the same attributes and fail at the same one (a test compares them on
/// every short string of the bytes those steps tell apart); only the
/// problem of an attribute that does not parse is taken from quick-xml.
/// Walking the five attributes of the benchmark's Viewtron reply took about
/// 50 ns with the iterator, about 30 ns with this scan.
#[inline]
pub(crate) fn for_each_attribute<'a>(
    element: &'a BytesStart<'_>,
    element_name: &str,
    mut take: impl FnMut(RawAttribute<'a>) -> Result<(), String>,
) -> Result<(), String> {
    let raw = element.attributes_raw();
    let mut at = 0;
    loop {
        match split_attribute(raw, at) {
            Split::Attribute(attribute, next) => {
                take(attribute)?;
                at = next;
            }
            Split::End => return Ok(()),
            Split::Bad => break,
        }
    }
    let mut attributes = element.attributes();
    attributes.with_checks(false);
    match attributes.find_map(Result::err) {
        Some(e) => Err(bad_attribute(element_name, &e)),
        // Not reached while the two readings agree; a problem all the same.
        None => Err(format!("a bad attribute on <{element_name}>")),
    }
}

/// What [`split_attribute`] finds.
enum Split<'a> {
    /// An attribute, and where the next one may start.
    Attribute(RawAttribute<'a>, usize),
    /// Nothing but white space is left.
    End,
    /// An attribute that does not parse.
    Bad,
}

/// The attribute of `attributes` (the bytes after an element's name) that
/// starts at byte `at` or after, read by quick-xml's steps: white space, a
/// key up to `=` or white space (its first byte taken as it stands, even
/// `=`), white space, `=`, white space, and a value in single or double
/// quotes. Plain index loops: the keys and values are short, and a call to
/// `memchr` for each cost more than it saved.
#[inline]
fn split_attribute(attributes: &[u8], at: usize) -> Split<'_> {
    let bytes = attributes;
    let len = bytes.len();
    let skip_space = |mut i: usize| {
        while i < len && is_space(bytes[i]) {
            i += 1;
        }
        i
    };
    let start = skip_space(at);
    if start == len {
        return Split::End;
    }
    let mut local_start = if bytes[start] == b':' {
        start + 1
    } else {
        start
    };
    let mut end = start + 1;
    while end < len && bytes[end] != b'=' && !is_space(bytes[end]) {
        if bytes[end] == b':' && local_start == start {
            local_start = end + 1;
        }
        end += 1;
    }
    let eq = skip_space(end);
    if eq == len || bytes[eq] != b'=' {
        return Split::Bad;
    }
    let open = skip_space(eq + 1);
    let Some(&quote) = bytes.get(open) else {
        return Split::Bad;
    };
    if quote != b'"' && quote != b'\'' {
        return Split::Bad;
    }
    let mut close = open + 1;
    while close < len && bytes[close] != quote {
        close += 1;
    }
    if close == len {
        return Split::Bad;
    }
    let attribute = RawAttribute {
        key: &bytes[start..end],
        local_name: &bytes[local_start..end],
        value: &bytes[open + 1..close],
    };
    Split::Attribute(attribute, close + 1)
}

/// Whether an attribute named `key` declares a namespace (`xmlns`,
/// `xmlns:p`) rather than being an attribute of the element.
#[inline]
pub(crate) fn is_namespace_declaration(key: &[u8]) -> bool {
    key == b"xmlns" || key.starts_with(b"xmlns:")
}

/// The local name of a qualified name: the part after the first `:`, as
/// quick-xml's `QName::local_name` has it, found by a plain scan (names are
/// short; a call to `memchr` for each took 3% of Viewtron's `check_reply`).
#[inline]
pub(crate) fn local_name(key: &[u8]) -> &[u8] {
    match key.iter().position(|&b| b == b':') {
        Some(colon) => &key[colon + 1..],
        None => key,
    }
}

/// An attribute that does not parse, on the element `element_name`, as a
/// problem.
pub(crate) fn bad_attribute(element_name: &str, error: &dyn core::fmt::Display) -> String {
    format!(
        "a bad attribute on <{element_name}>: {}",
        parser_error(error)
    )
}

/// The value of an attribute that holds a code or a keyword, as written
/// (`value`, between the quotes): references decoded where it holds a `&`
/// (`errorCode="&#57;"`), else the bytes as they stand, not copied. `name`
/// names the attribute in a problem.
#[inline]
pub(crate) fn attribute_value<'a>(value: &'a [u8], name: &str) -> Result<Cow<'a, [u8]>, String> {
    if !value.contains(&b'&') {
        return Ok(Cow::Borrowed(value));
    }
    let text = attribute_text(value, name)?;
    Ok(Cow::Owned(text.into_owned().into_bytes()))
}

/// The text of an attribute value, as written (`value`, between the
/// quotes): attribute-value normalization (references decoded, tab, line
/// feed and carriage return read as spaces) where the value holds any of
/// `&`, tab, LF or CR; the value as it stands where it holds none, as most
/// do, without the normalizer's search (4% of Viewtron's `check_reply`).
/// `name` names the attribute in a problem.
#[inline]
pub(crate) fn attribute_text<'a>(value: &'a [u8], name: &str) -> Result<Cow<'a, str>, String> {
    let plain = !value
        .iter()
        .any(|b| matches!(b, b'&' | b'\t' | b'\n' | b'\r'));
    if plain {
        if let Ok(text) = core::str::from_utf8(value) {
            return Ok(Cow::Borrowed(text));
        }
    }
    // The normalizer reads only the value.
    let attribute = Attribute {
        key: quick_xml::name::QName(b""),
        value: Cow::Borrowed(value),
    };
    attribute
        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
        .map_err(|e| format!("{name} cannot be decoded: {}", parser_error(&e)))
}

/// The text of an element read so far, from its text, CDATA and reference
/// events: borrowed from the document while it is one piece, as a code
/// nearly always is, and copied only once a second piece joins it, so that
/// reading a field allocates nothing in the usual case.
#[derive(Debug, Default)]
pub(crate) struct FieldText<'a> {
    /// The one piece read, as the document has it, until a second joins.
    piece: &'a [u8],
    /// The pieces joined, once there are two.
    joined: Option<Vec<u8>>,
}

impl<'a> FieldText<'a> {
    /// The text so far.
    #[inline]
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.joined.as_deref().unwrap_or(self.piece)
    }

    /// The text so far as a buffer that more pieces join.
    fn joined(&mut self) -> &mut Vec<u8> {
        let piece = self.piece;
        self.joined.get_or_insert_with(|| piece.to_vec())
    }

    /// Adds a piece of text or CDATA, as the event holds it.
    #[inline]
    pub(crate) fn push(&mut self, piece: Cow<'a, [u8]>) {
        match piece {
            Cow::Borrowed(piece) if self.joined.is_none() && self.piece.is_empty() => {
                self.piece = piece;
            }
            piece => self.joined().extend_from_slice(&piece),
        }
    }

    /// Adds what the reference `&name;` stands for.
    pub(crate) fn push_reference(&mut self, reference: &BytesRef<'_>) {
        push_reference(self.joined(), reference);
    }
}

/// Appends what the reference `&name;` stands for to `text`: a character
/// reference (`&#50;`, `&#x32;`) or one of XML's five predefined entities;
/// any other reference is kept as written, so that a problem quotes it.
pub(crate) fn push_reference(text: &mut Vec<u8>, reference: &BytesRef<'_>) {
    let resolved = match reference.resolve_char_ref() {
        Ok(Some(ch)) => Some(ch),
        Ok(None) => core::str::from_utf8(reference)
            .ok()
            .and_then(quick_xml::escape::resolve_predefined_entity)
            .and_then(|s| s.chars().next()),
        Err(_) => None,
    };
    match resolved {
        Some(ch) => {
            let mut buffer = [0_u8; 4];
            text.extend_from_slice(ch.encode_utf8(&mut buffer).as_bytes());
        }
        None => {
            text.push(b'&');
            text.extend_from_slice(reference);
            text.push(b';');
        }
    }
}

/// The most of a parser's error message a problem repeats, in bytes: the
/// parser quotes names from the document, which can be as long as it is.
const MAX_PARSER_ERROR: usize = 160;

/// quick-xml's error message, cut to [`MAX_PARSER_ERROR`] bytes.
pub(crate) fn parser_error(error: &dyn core::fmt::Display) -> String {
    cut(&error.to_string(), MAX_PARSER_ERROR)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What quick-xml's attribute iterator (without its duplicate check)
    /// reads from `element`: the key, local name and value of each
    /// attribute before the first that does not parse, and that one's
    /// problem.
    fn quick_xml_reading(element: &BytesStart<'_>) -> (Vec<[Vec<u8>; 3]>, Option<String>) {
        let mut attributes = element.attributes();
        attributes.with_checks(false);
        let mut read = Vec::new();
        for attribute in attributes {
            match attribute {
                Ok(attribute) => read.push([
                    attribute.key.as_ref().to_vec(),
                    attribute.key.local_name().as_ref().to_vec(),
                    attribute.value.to_vec(),
                ]),
                Err(e) => return (read, Some(bad_attribute("e", &e))),
            }
        }
        (read, None)
    }

    /// What [`for_each_attribute`] reads from `element`, in the same shape.
    fn errcat_reading(element: &BytesStart<'_>) -> (Vec<[Vec<u8>; 3]>, Option<String>) {
        let mut read = Vec::new();
        let result = for_each_attribute(element, "e", |attribute| {
            read.push([
                attribute.key.to_vec(),
                attribute.local_name.to_vec(),
                attribute.value.to_vec(),
            ]);
            Ok(())
        });
        (read, result.err())
    }

    /// Every string of up to `max_len` bytes of `alphabet`, after an
    /// element's name, is read alike by both.
    fn compare_all(alphabet: &[u8], max_len: u32) {
        let mut compared = 0;
        for len in 0..=max_len {
            for mut n in 0..alphabet.len().pow(len) {
                let mut content = String::from("e");
                for _ in 0..len {
                    content.push(char::from(alphabet[n % alphabet.len()]));
                    n /= alphabet.len();
                }
                let element = BytesStart::from_content(content.as_str(), 1);
                assert_eq!(
                    errcat_reading(&element),
                    quick_xml_reading(&element),
                    "{content:?}"
                );
                compared += 1;
            }
        }
        assert!(compared > alphabet.len().pow(max_len));
    }

    /// The attribute scan agrees with quick-xml's iterator on every short
    /// string of the bytes its steps tell apart: the attributes found,
    /// their keys, local names and values, and the problem of the first
    /// that does not parse.
    #[test]
    fn attributes_are_read_as_quick_xml_reads_them() {
        compare_all(b" =\"'a:", 7);
        compare_all(b"\t\n\r=\"'a", 6);
        let element = BytesStart::from_content(
            r#"config version="2.0.0" xmlns="http://www.ipc.com/ver10" v:status = 'failed' errorCode="9""#,
            6,
        );
        let (read, problem) = errcat_reading(&element);
        assert_eq!((read.len(), problem), (4, None));
        assert_eq!(read, quick_xml_reading(&element).0);
    }

    /// A field's text is borrowed while it is one piece and joined from
    /// the second on, references decoded.
    #[test]
    fn field_text_borrows_one_piece_and_joins_more() {
        let document = b"12".as_slice();
        let mut text = FieldText::default();
        assert_eq!(text.as_bytes(), b"");
        text.push(Cow::Borrowed(document));
        assert!(text.joined.is_none(), "one piece is borrowed");
        assert_eq!(text.as_bytes(), b"12");
        text.push_reference(&BytesRef::new("#51"));
        text.push(Cow::Owned(b"4".to_vec()));
        text.push(Cow::Borrowed(b"5"));
        assert_eq!(text.as_bytes(), b"12345");
        let mut owned_first = FieldText::default();
        owned_first.push(Cow::Owned(b"7".to_vec()));
        assert_eq!(owned_first.as_bytes(), b"7");
    }
}
