//! `errcat list [SYSTEM] [--category C] [--kind K] [--format F]`: every entry,
//! filtered.

use std::io::{self, Write};

use errcat::{AnyError, Kind, System};

use crate::catalog::{self, Category, Unnumbered};
use crate::error::{CliError, CliResult};
use crate::format::{self, Format, terminal_width, wrap};
use crate::query::quote;

/// What to list and how.
#[derive(Debug, Clone)]
pub struct ListOptions {
    /// Only this system's entries.
    pub system: Option<System>,
    /// Only the entries of the categories with this name or title.
    pub category: Option<String>,
    /// Only the entries of this kind.
    pub kind: Option<Kind>,
    /// The output format.
    pub format: Format,
}

/// Lists the entries `options` select.
pub fn run(out: &mut dyn Write, options: &ListOptions) -> CliResult {
    let categories = match &options.category {
        Some(text) => Some(matching_categories(options.system, text)?),
        None => None,
    };
    let selected: Vec<AnyError> = catalog::entries(options.system)
        .filter(|error| options.kind.is_none_or(|kind| error.kind() == kind))
        .filter(|error| {
            categories.as_ref().is_none_or(|categories| {
                categories
                    .iter()
                    .any(|c| c.system == error.system() && c.name == error.category_name())
            })
        })
        .collect();
    if selected.is_empty() {
        return Err(CliError::NotFound(no_match(options)));
    }
    let width = terminal_width();
    format::write_entries(out, &selected, options.format, width)?;
    let filtered = options.category.is_some() || options.kind.is_some();
    if options.format == Format::Table && !filtered {
        for system in scope(options.system) {
            write_unnumbered_note(out, system, &catalog::unnumbered(system), width)?;
        }
    }
    Ok(())
}

/// What `errcat list` says when no entry passes the filters (exit status 1,
/// like a search without hits): `no neuron entry has kind Aborted`.
fn no_match(options: &ListOptions) -> String {
    let within = options.system.map_or("", System::id);
    let mut filters = Vec::new();
    if let Some(kind) = options.kind {
        filters.push(format!("kind {kind}"));
    }
    if let Some(category) = &options.category {
        filters.push(format!("category {}", quote(category)));
    }
    let space = if within.is_empty() { "" } else { " " };
    format!("no{space}{within} entry has {}", filters.join(" and "))
}

/// The systems a `SYSTEM` option covers.
pub fn scope(system: Option<System>) -> Vec<System> {
    match system {
        Some(system) => vec![system],
        None => System::ALL.to_vec(),
    }
}

/// The categories (of `system`, or of every system) whose name or title is
/// `text`, ignoring case; an error listing the valid ones if there is none.
fn matching_categories(system: Option<System>, text: &str) -> CliResult<Vec<Category>> {
    let wanted = text.trim().to_lowercase();
    let all: Vec<Category> = scope(system)
        .into_iter()
        .flat_map(catalog::categories)
        .collect();
    let found: Vec<Category> = all
        .iter()
        .copied()
        .filter(|c| c.name.to_lowercase() == wanted || c.title.to_lowercase() == wanted)
        .collect();
    if !found.is_empty() {
        return Ok(found);
    }
    let mut message = format!(
        "unknown category {}{}; expected a category name or title:",
        quote(text),
        system.map_or(String::new(), |s| format!(" of {}", s.id()))
    );
    for category in &all {
        message.push_str(&format!(
            "\n  {} {} ({})",
            category.system.id(),
            category.name,
            category.title
        ));
    }
    Err(CliError::BadArgument(message))
}

/// After a table: the messages `system` documents without a number, which no
/// table row can show.
pub fn write_unnumbered_note(
    out: &mut dyn Write,
    system: System,
    messages: &[Unnumbered],
    width: usize,
) -> io::Result<()> {
    if messages.is_empty() {
        return Ok(());
    }
    let count = messages.len();
    let (noun, them) = if count == 1 {
        ("message", "it")
    } else {
        ("messages", "them")
    };
    let head = format!(
        "note: {count} {noun} that {} documents without a number (so no table row has {them}):",
        system.id()
    );
    writeln!(out)?;
    for line in wrap(&head, width) {
        writeln!(out, "{line}")?;
    }
    for item in messages {
        let text = if item.applies_to.is_empty() {
            item.message.to_string()
        } else {
            format!("{} ({})", item.message, item.applies_to.join(", "))
        };
        let lines = wrap(&format::one_line(&text), width.saturating_sub(4).max(20));
        for (i, line) in lines.iter().enumerate() {
            let bullet = if i == 0 { "  - " } else { "    " };
            writeln!(out, "{bullet}{line}")?;
        }
    }
    Ok(())
}
