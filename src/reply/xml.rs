//! What every XML reply checker reads the same way: the encoding, what may
//! stand outside the root element, attributes without namespace
//! declarations, references, and the parser's errors.

use std::borrow::Cow;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesRef, Event};

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

/// The next event of `reader` and the byte it starts at; XML that is not
/// well-formed is a problem naming that byte and the parser's words.
#[inline]
pub(crate) fn next_event<'a>(
    reader: &mut quick_xml::Reader<&'a [u8]>,
) -> Result<(u64, Event<'a>), String> {
    let at = reader.buffer_position();
    match reader.read_event() {
        Ok(event) => Ok((at, event)),
        Err(e) => Err(format!(
            "not well-formed XML at byte {at}: {}",
            parser_error(&e)
        )),
    }
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

/// The local name of `attribute`, or `None` where it declares a namespace
/// (`xmlns`, `xmlns:p`) rather than being an attribute of the element.
#[inline]
pub(crate) fn attribute_name<'k>(attribute: &'k Attribute<'_>) -> Option<&'k [u8]> {
    let key = attribute.key.as_ref();
    if is_namespace_declaration(key) {
        None
    } else {
        Some(local_name(key))
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

/// The value of an attribute that holds a code or a keyword: references
/// decoded where it holds a `&` (`errorCode="&#57;"`), else the bytes as
/// they stand (not copied where the document is a byte slice). `name` names
/// the attribute in a problem.
#[inline]
pub(crate) fn attribute_value<'a>(
    attribute: &Attribute<'a>,
    name: &str,
) -> Result<Cow<'a, [u8]>, String> {
    if !attribute.value.contains(&b'&') {
        return Ok(attribute.value.clone());
    }
    let text = attribute_text(attribute, name)?;
    Ok(Cow::Owned(text.into_owned().into_bytes()))
}

/// The text of an attribute value: attribute-value normalization
/// (references decoded, tab, line feed and carriage return read as spaces)
/// where the value holds any of `&`, tab, LF or CR; the value as it stands
/// where it holds none, as most do, without the normalizer's search (4% of
/// Viewtron's `check_reply`). `name` names the attribute in a problem.
#[inline]
pub(crate) fn attribute_text<'a>(
    attribute: &Attribute<'a>,
    name: &str,
) -> Result<Cow<'a, str>, String> {
    let raw = &attribute.value;
    let plain = !raw
        .iter()
        .any(|b| matches!(b, b'&' | b'\t' | b'\n' | b'\r'));
    if plain {
        match raw {
            Cow::Borrowed(bytes) => {
                if let Ok(text) = core::str::from_utf8(bytes) {
                    return Ok(Cow::Borrowed(text));
                }
            }
            Cow::Owned(bytes) => {
                if let Ok(text) = core::str::from_utf8(bytes) {
                    return Ok(Cow::Owned(text.to_string()));
                }
            }
        }
    }
    attribute
        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
        .map_err(|e| format!("{name} cannot be decoded: {}", parser_error(&e)))
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
