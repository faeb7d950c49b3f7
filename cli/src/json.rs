//! The JSON output: one object per entry, with every fact the catalog has.
//! Every object has the same keys; a fact an entry lacks is `null` (or an
//! empty list or object).

use std::collections::BTreeMap;
use std::io::{self, Write};

use errcat::AnyError;
use serde::Serialize;

use crate::catalog;

/// One entry as a JSON object.
#[derive(Debug, Serialize)]
pub struct JsonEntry {
    /// The system's id.
    system: &'static str,
    /// The raw code.
    code: i32,
    /// The variant name.
    name: &'static str,
    /// The vendor's message (the enum's `Display`).
    message: String,
    /// The category's variant name.
    category: &'static str,
    /// The category's title.
    category_title: &'static str,
    /// errcat's description, or `null`.
    description: Option<&'static str>,
    /// The cross-system kind's name.
    kind: &'static str,
    /// Whether a retry may succeed.
    retryable: bool,
    /// The HTTP status of the kind.
    http_status: u16,
    /// The HTTP status the system's server sends with the code, or `null`
    /// for a system whose catalog records none.
    wire_http_status: Option<u16>,
    /// Where the code is documented (the `Provenance` variant's name).
    provenance: &'static str,
    /// Whether the code means success.
    success: bool,
    /// The upstream symbol, where there is one.
    symbol: Option<&'static str>,
    /// Older upstream symbols, where there are any.
    former_symbols: &'static [&'static str],
    /// What the description rests on beyond the message, where the catalog
    /// names it.
    basis: Option<&'static str>,
    /// The vendor's explanation, where there is one.
    explanation: Option<&'static str>,
    /// For a system with a scope: its name (`methods`, `firmware`).
    scope: Option<&'static str>,
    /// Where the code applies, as scope labels (empty: everywhere).
    applies_to: Option<Vec<&'static str>>,
    /// Meanings of the code on particular methods or firmware.
    meanings: BTreeMap<&'static str, &'static str>,
    /// What other vendor pages say of the code (empty for most codes).
    other_readings: Vec<JsonReading>,
}

/// Another page's reading of a code, as JSON.
#[derive(Debug, Serialize)]
struct JsonReading {
    /// The page's id within its system.
    page: &'static str,
    /// The page's name.
    page_title: &'static str,
    /// What the page is about, where the catalog says.
    about: Option<&'static str>,
    /// The page's text for the code, verbatim.
    text: &'static str,
    /// Where the page gives this reading, as scope labels (empty: everywhere
    /// the code applies).
    applies_to: &'static [&'static str],
    /// The kind the reading would imply, where it differs from the code's.
    kind: Option<&'static str>,
}

impl JsonEntry {
    /// The JSON object of one entry.
    pub fn new(error: AnyError) -> Self {
        let entry = error.entry();
        let extras = catalog::extras(error);
        let mut scope = None;
        let mut applies_to = None;
        let mut meanings = BTreeMap::new();
        if let Some(found) = extras.scope {
            scope = Some(found.key);
            applies_to = Some(found.values);
            meanings.extend(found.meanings);
        }
        JsonEntry {
            system: error.system().id(),
            code: error.code(),
            name: entry.name,
            message: error.to_string(),
            category: entry.category.name,
            category_title: entry.category.title,
            description: entry.description,
            kind: entry.kind.name(),
            retryable: entry.is_retryable,
            http_status: entry.http_status(),
            wire_http_status: entry.wire_http_status,
            provenance: entry.provenance.into(),
            success: entry.is_success(),
            symbol: entry.upstream_symbol,
            former_symbols: extras.former_symbols,
            basis: entry.basis,
            explanation: extras.explanation,
            scope,
            applies_to,
            meanings,
            other_readings: error
                .other_readings()
                .iter()
                .map(|reading| JsonReading {
                    page: reading.page.id,
                    page_title: reading.page.title,
                    about: reading.page.about,
                    text: reading.text,
                    applies_to: reading.applies_to,
                    kind: reading.kind.map(errcat::Kind::name),
                })
                .collect(),
        }
    }
}

/// Writes entries as a JSON array of objects.
pub fn entries_json(out: &mut dyn Write, entries: &[AnyError]) -> io::Result<()> {
    let objects: Vec<JsonEntry> = entries.iter().copied().map(JsonEntry::new).collect();
    serde_json::to_writer_pretty(&mut *out, &objects)?;
    writeln!(out)
}
