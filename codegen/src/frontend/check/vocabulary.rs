//! The words a catalog takes from errcat's vocabulary (errcat-core's rows):
//! kinds and provenances (`source`).

use toml::Spanned;

use super::super::error::{Problem, Quoted, problem};
use crate::vocabulary::{KINDS, PROVENANCES, kind_named};

/// Checks that `kind` names a kind of [`KINDS`].
pub(super) fn check_kind(kind: &Spanned<String>) -> Result<(), Problem> {
    if kind_named(kind.get_ref()).is_none() {
        return problem(
            kind.span(),
            format!(
                "unknown kind {}; a kind is one of: {}",
                Quoted(kind.get_ref()),
                KINDS.map(|k| k.name).join(", ")
            ),
        );
    }
    Ok(())
}

/// The `errcat::Provenance` variant of an entry's `source` (the first of
/// [`PROVENANCES`] where it names none).
pub(super) fn provenance(source: Option<&Spanned<String>>) -> Result<&'static str, Problem> {
    let Some(source) = source else {
        return Ok(PROVENANCES[0].variant);
    };
    match PROVENANCES.iter().find(|row| row.key == source.get_ref()) {
        Some(row) => Ok(row.variant),
        None => {
            let keys: Vec<&str> = PROVENANCES.iter().map(|row| row.key).collect();
            problem(
                source.span(),
                format!(
                    "unknown source {}; a source is one of: {}",
                    Quoted(source.get_ref()),
                    keys.join(", ")
                ),
            )
        }
    }
}
