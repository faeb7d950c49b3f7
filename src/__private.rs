//! What the generated code needs from the crate beyond its public API. Not
//! part of the API: it may change in any release.

pub use crate::error_code::Sealed;
pub use crate::lookup::{code_slot, find_name};
#[cfg(feature = "serde")]
pub use crate::serde_support::deserialize;

use crate::{System, UnknownCodeError, UnknownNameError};

/// The error `TryFrom<i32>` returns.
#[must_use]
pub const fn unknown_code(system: System, code: i64) -> UnknownCodeError {
    UnknownCodeError::new(system, code)
}

/// The error `FromStr` returns.
#[inline]
#[must_use]
pub fn unknown_name(system: System, name: &str) -> UnknownNameError {
    UnknownNameError::new(system, name)
}

/// A category, for the generated `CATEGORY_INFO`.
#[must_use]
pub const fn category_info(
    name: &'static str,
    title: &'static str,
    description: Option<&'static str>,
) -> crate::CategoryInfo {
    crate::CategoryInfo {
        name,
        title,
        description,
    }
}

/// A scope, for the generated `SCOPE_INFO`.
#[must_use]
pub const fn scope_info(
    accessor: &'static str,
    doc: &'static str,
    labels: &'static [&'static str],
) -> crate::ScopeInfo {
    crate::ScopeInfo {
        accessor,
        doc,
        labels,
    }
}

/// A message without a number, for the generated `UNNUMBERED_INFO`.
#[must_use]
pub const fn unnumbered_info(
    message: &'static str,
    description: Option<&'static str>,
    applies_to: &'static [&'static str],
) -> crate::UnnumberedInfo {
    crate::UnnumberedInfo {
        message,
        description,
        applies_to,
    }
}

/// A page, for the generated `PAGE_INFO`.
#[must_use]
pub const fn page_info(
    id: &'static str,
    title: &'static str,
    about: Option<&'static str>,
) -> crate::PageInfo {
    crate::PageInfo { id, title, about }
}

/// Another page's reading of a code, for the generated entry tables.
#[must_use]
pub const fn reading(
    page: &'static crate::PageInfo,
    text: &'static str,
    applies_to: &'static [&'static str],
    kind: Option<crate::Kind>,
) -> crate::Reading {
    crate::Reading {
        page,
        text,
        applies_to,
        kind,
    }
}
