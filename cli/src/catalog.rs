//! What the tool needs from the catalogs beyond [`AnyError`]'s common methods:
//! the scope an entry applies to, the category lists and the messages
//! documented without a number. All of it comes from the library's generic
//! API, so a system added as one catalog file is shown like the others.

use errcat::{AnyError, Reading, System};

/// Every entry of `system`, or of every system when it is `None`, in catalog
/// order.
pub fn entries(system: Option<System>) -> impl Iterator<Item = AnyError> {
    AnyError::iter().filter(move |error| system.is_none_or(|s| error.system() == s))
}

/// Where a code applies and what it means there, for a system whose catalog
/// has a scope (i4scada's web methods, Viewtron's firmware).
#[derive(Debug, Clone)]
pub struct Scope {
    /// The scope's name, the library's accessor: `methods`, `firmware`. Used
    /// as label and JSON key.
    pub key: &'static str,
    /// The labels of the values the code applies to; empty where it applies
    /// everywhere.
    pub values: Vec<&'static str>,
    /// The labels that give the code a meaning of its own, with that meaning.
    pub meanings: Vec<(&'static str, &'static str)>,
}

impl Scope {
    /// What an empty scope means.
    pub const EVERYWHERE: &'static str = "any";
}

/// The facts only some systems record.
#[derive(Debug, Clone, Default)]
pub struct Extras {
    /// The vendor's own explanation, where the catalog has one.
    pub explanation: Option<&'static str>,
    /// Older upstream symbols.
    pub former_symbols: &'static [&'static str],
    /// The scope, for a system that has one.
    pub scope: Option<Scope>,
}

/// The extras of one entry.
pub fn extras(error: AnyError) -> Extras {
    let entry = error.entry();
    Extras {
        explanation: entry.explanation,
        former_symbols: entry.former_symbols,
        scope: error.system().scope().map(|scope| Scope {
            key: scope.accessor,
            values: entry.applies_to.to_vec(),
            meanings: entry.meanings.to_vec(),
        }),
    }
}

/// Another page's reading of a code, as one line: the text, the page and what
/// it is about, where it applies, and the kind it would imply.
pub fn describe_reading(reading: &Reading) -> String {
    let mut line = format!("\"{}\" ({}", reading.text, reading.page.title);
    if let Some(about) = reading.page.about {
        line.push_str(", about ");
        line.push_str(about);
    }
    line.push(')');
    if !reading.applies_to.is_empty() {
        line.push_str(" on ");
        line.push_str(&reading.applies_to.join(", "));
    }
    if let Some(kind) = reading.kind {
        line.push_str("; that reading would be ");
        line.push_str(kind.name());
    }
    line
}

/// The current upstream symbol and the former ones.
pub fn symbols(error: AnyError) -> impl Iterator<Item = &'static str> {
    error
        .upstream_symbol()
        .into_iter()
        .chain(error.former_symbols().iter().copied())
}

/// One of a system's categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Category {
    /// The system it belongs to.
    pub system: System,
    /// The category enum's variant name.
    pub name: &'static str,
    /// The vendor's heading.
    pub title: &'static str,
}

/// Every category of `system`, in catalog order.
pub fn categories(system: System) -> Vec<Category> {
    system
        .categories()
        .iter()
        .map(|category| Category {
            system,
            name: category.name,
            title: category.title,
        })
        .collect()
}

/// A message that a system documents without a code number.
#[derive(Debug, Clone)]
pub struct Unnumbered {
    /// The vendor's message.
    pub message: &'static str,
    /// What it means, in errcat's words.
    pub description: Option<&'static str>,
    /// Where it applies (scope labels).
    pub applies_to: Vec<&'static str>,
}

/// The messages `system` documents without a number.
pub fn unnumbered(system: System) -> Vec<Unnumbered> {
    system
        .unnumbered()
        .iter()
        .map(|item| Unnumbered {
            message: item.message,
            description: item.description,
            applies_to: item.applies_to.to_vec(),
        })
        .collect()
}
