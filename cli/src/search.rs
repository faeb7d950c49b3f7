//! `errcat search TEXT [--system S]`: entries whose message, name, description
//! or symbol contains a text.

use std::io::Write;

use errcat::{AnyError, System};

use crate::catalog::{self, Unnumbered};
use crate::error::{CliError, CliResult};
use crate::format::{self, Format, terminal_width};
use crate::list::{scope, write_unnumbered_note};
use crate::query::quote;

/// Whether `error`'s message, variant name, description, upstream symbol or a
/// former symbol contains `needle`, which must already be lowercase.
pub fn matches(error: AnyError, needle: &str) -> bool {
    let contains = |text: &str| text.to_lowercase().contains(needle);
    contains(&error.to_string())
        || contains(error.name())
        || error.description().is_some_and(contains)
        || catalog::symbols(error).any(contains)
}

/// Prints the entries (of `system`, or of every system) that contain `text`,
/// ignoring case; in the table format also the unnumbered messages that do.
pub fn run(out: &mut dyn Write, text: &str, system: Option<System>, format: Format) -> CliResult {
    if text.trim().is_empty() {
        return Err(CliError::BadArgument(
            "the search text is empty; give a word of a message, a name or a symbol, \
             like: errcat search timeout"
                .to_string(),
        ));
    }
    let needle = text.to_lowercase();
    let found: Vec<AnyError> = catalog::entries(system)
        .filter(|&error| matches(error, &needle))
        .collect();
    let unnumbered: Vec<(System, Vec<Unnumbered>)> = if format == Format::Table {
        scope(system)
            .into_iter()
            .map(|system| {
                let hits = catalog::unnumbered(system)
                    .into_iter()
                    .filter(|u| {
                        u.message.to_lowercase().contains(&needle)
                            || u.description
                                .is_some_and(|d| d.to_lowercase().contains(&needle))
                    })
                    .collect();
                (system, hits)
            })
            .collect()
    } else {
        Vec::new()
    };
    if found.is_empty() && unnumbered.iter().all(|(_, hits)| hits.is_empty()) {
        let within = system.map_or("any system".to_string(), |s| s.id().to_string());
        return Err(CliError::NotFound(format!(
            "nothing in {within} contains {}",
            quote(text)
        )));
    }
    let width = terminal_width();
    if !found.is_empty() || format != Format::Table {
        format::write_entries(out, &found, format, width)?;
    }
    for (system, hits) in &unnumbered {
        write_unnumbered_note(out, *system, hits, width)?;
    }
    Ok(())
}
