//! What the tool needs from the catalogs beyond [`AnyError`]'s common methods:
//! the extras only some systems have, the category lists and the messages
//! documented without a number.

use errcat::i4scada::{I4scadaCategory, I4scadaMethod};
use errcat::neuron::NeuronCategory;
use errcat::superoffice::SuperOfficeCategory;
use errcat::viewtron::{Firmware, ViewtronCategory};
use errcat::{AnyError, System};

/// Every entry of `system`, or of every system when it is `None`, in catalog
/// order.
pub fn entries(system: Option<System>) -> impl Iterator<Item = AnyError> {
    AnyError::iter().filter(move |error| system.is_none_or(|s| error.system() == s))
}

/// What a scope of codes is: the web methods that return them (i4scada) or the
/// firmware that has them (Viewtron).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// i4scada's web methods.
    Methods,
    /// Viewtron's firmware versions.
    Firmware,
}

impl ScopeKind {
    /// The library's accessor name, used as label and JSON key.
    pub fn key(self) -> &'static str {
        match self {
            ScopeKind::Methods => "methods",
            ScopeKind::Firmware => "firmware",
        }
    }

    /// What an empty scope means.
    pub fn everywhere(self) -> &'static str {
        match self {
            ScopeKind::Methods => "any web method",
            ScopeKind::Firmware => "every firmware",
        }
    }
}

/// Where a code applies and what it means there.
#[derive(Debug, Clone)]
pub struct Scope {
    /// Methods or firmware.
    pub kind: ScopeKind,
    /// The labels of the values the code applies to; empty where it applies
    /// everywhere.
    pub values: Vec<&'static str>,
    /// The labels that give the code a meaning of its own, with that meaning.
    pub meanings: Vec<(&'static str, &'static str)>,
}

/// The facts only some systems record.
#[derive(Debug, Clone, Default)]
pub struct Extras {
    /// The vendor's own explanation (i4scada, Viewtron).
    pub explanation: Option<&'static str>,
    /// Older upstream symbols (Neuron, SuperOffice).
    pub former_symbols: &'static [&'static str],
    /// Methods or firmware (i4scada, Viewtron).
    pub scope: Option<Scope>,
}

/// The extras of one entry.
pub fn extras(error: AnyError) -> Extras {
    match error {
        AnyError::I4scada(e) => Extras {
            explanation: e.explanation(),
            former_symbols: &[],
            scope: Some(Scope {
                kind: ScopeKind::Methods,
                values: e.methods().iter().map(|m| m.label()).collect(),
                meanings: I4scadaMethod::ALL
                    .iter()
                    .filter_map(|&m| e.meaning_on(m).map(|meaning| (m.label(), meaning)))
                    .collect(),
            }),
        },
        AnyError::Neuron(e) => Extras {
            former_symbols: e.former_symbols(),
            ..Extras::default()
        },
        AnyError::SuperOffice(e) => Extras {
            former_symbols: e.former_symbols(),
            ..Extras::default()
        },
        AnyError::Viewtron(e) => Extras {
            explanation: e.explanation(),
            former_symbols: &[],
            scope: Some(Scope {
                kind: ScopeKind::Firmware,
                values: e.firmware().iter().map(|f| f.label()).collect(),
                meanings: Firmware::ALL
                    .iter()
                    .filter_map(|&f| e.meaning_on(f).map(|meaning| (f.label(), meaning)))
                    .collect(),
            }),
        },
        _ => Extras::default(),
    }
}

/// The current upstream symbol and the former ones.
pub fn symbols(error: AnyError) -> impl Iterator<Item = &'static str> {
    error
        .upstream_symbol()
        .into_iter()
        .chain(extras(error).former_symbols.iter().copied())
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
    let make = |name, title| Category {
        system,
        name,
        title,
    };
    match system {
        System::I4scada => I4scadaCategory::ALL
            .iter()
            .map(|c| make(c.name(), c.title()))
            .collect(),
        System::Neuron => NeuronCategory::ALL
            .iter()
            .map(|c| make(c.name(), c.title()))
            .collect(),
        System::SuperOffice => SuperOfficeCategory::ALL
            .iter()
            .map(|c| make(c.name(), c.title()))
            .collect(),
        System::Viewtron => ViewtronCategory::ALL
            .iter()
            .map(|c| make(c.name(), c.title()))
            .collect(),
        // A system added later: the categories its entries use.
        _ => {
            let mut found: Vec<Category> = Vec::new();
            for error in entries(Some(system)) {
                if !found.iter().any(|c| c.name == error.category_name()) {
                    found.push(make(error.category_name(), error.category_title()));
                }
            }
            found
        }
    }
}

/// A message that a system documents without a code number.
#[derive(Debug, Clone)]
pub struct Unnumbered {
    /// The vendor's message.
    pub message: &'static str,
    /// What it means, in errcat's words.
    pub description: Option<&'static str>,
    /// Where it applies (method or firmware labels).
    pub applies_to: Vec<&'static str>,
}

/// The messages `system` documents without a number.
pub fn unnumbered(system: System) -> Vec<Unnumbered> {
    match system {
        System::I4scada => errcat::i4scada::UNNUMBERED
            .iter()
            .map(|u| Unnumbered {
                message: u.message,
                description: u.description,
                applies_to: u.methods.iter().map(|m| m.label()).collect(),
            })
            .collect(),
        _ => Vec::new(),
    }
}
