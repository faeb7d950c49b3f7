//! The readings pass: what other pages say of a code, each from a declared
//! page, within the code's scope, one per page and scope.

use toml::Spanned;

use super::super::error::{Problem, Quoted, problem};
use super::super::raw::RawReading;
use super::super::types::Reading;
use super::labels::{Pages, ScopeIndex, within_scope};
use super::names::check_text;
use super::vocabulary::check_kind;

/// What a code's readings are checked against: the code itself.
pub(super) struct ReadCode<'a> {
    pub(super) code: i32,
    pub(super) kind: &'a str,
    pub(super) applies_to: &'a [usize],
}

/// Checks a code's `readings`, marking each page named as read.
pub(super) fn check_readings(
    raw: Vec<Spanned<RawReading>>,
    code: &ReadCode<'_>,
    pages: &mut Pages,
    scope: &ScopeIndex<'_>,
) -> Result<Vec<Reading>, Problem> {
    let mut checked: Vec<Reading> = Vec::new();
    for reading in raw {
        let span = reading.span();
        let reading = check_reading(reading.into_inner(), code, pages, scope)?;
        let overlaps = |other: &Reading| {
            other.page == reading.page
                && (other.applies_to.is_empty()
                    || reading.applies_to.is_empty()
                    || other
                        .applies_to
                        .iter()
                        .any(|i| reading.applies_to.contains(i)))
        };
        if checked.iter().any(overlaps) {
            return problem(
                span,
                format!(
                    "code {} has two readings from page {} for the same scope: give each its own applies_to",
                    code.code,
                    Quoted(pages.id(reading.page))
                ),
            );
        }
        checked.push(reading);
    }
    Ok(checked)
}

/// Checks one reading: a declared page, a text, a scope within the code's,
/// and a kind only where it differs from the code's.
fn check_reading(
    raw: RawReading,
    code: &ReadCode<'_>,
    pages: &mut Pages,
    scope: &ScopeIndex<'_>,
) -> Result<Reading, Problem> {
    let page = pages.read(&raw.page)?;
    check_text(&raw.text, "a reading's text")?;
    let labels: Vec<Spanned<String>> = raw.applies_to.clone().unwrap_or_default();
    let applies_to = scope.resolve(raw.applies_to)?;
    if let Some((label, _)) = labels
        .iter()
        .zip(&applies_to)
        .find(|(_, i)| !within_scope(code.applies_to, **i))
    {
        return problem(
            label.span(),
            format!(
                "a reading's applies_to names {}, which is not in this entry's applies_to",
                Quoted(label.get_ref())
            ),
        );
    }
    let kind = match raw.kind {
        None => None,
        Some(kind) => {
            check_kind(&kind)?;
            if kind.get_ref() == code.kind {
                return problem(
                    kind.span(),
                    format!(
                        "the reading's kind `{}` is the code's own: give a reading a kind only where it implies another",
                        code.kind
                    ),
                );
            }
            Some(kind.into_inner())
        }
    };
    Ok(Reading {
        page,
        text: raw.text.into_inner(),
        applies_to,
        kind,
    })
}
