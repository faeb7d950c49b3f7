//! The collisions pass: the names a catalog gives to generated items,
//! against each other and against every name the generated module defines or
//! relies on ([`reserved`](crate::reserved)).

use toml::Spanned;

use super::super::error::{Problem, Quoted, problem};
use crate::reserved::{ENUM_ITEMS, ERROR_ENUM_ITEMS, ERROR_ENUM_METHODS, taken_type};

/// A type the catalog names: what it is, and its name with its place.
pub(super) struct GivenType<'a> {
    pub(super) what: &'static str,
    pub(super) name: &'a Spanned<String>,
}

/// Checks the catalog's generated types (the error enum, the category enum,
/// the scope enum): none taken by the module or the prelude, none
/// named like another.
pub(super) fn check_types(types: &[GivenType<'_>]) -> Result<(), Problem> {
    for (i, given) in types.iter().enumerate() {
        let name = given.name.get_ref();
        let what = format!("{} name", given.what);
        if let Some(why) = taken_type(name) {
            return taken(given.name, &what, why);
        }
        if let Some(earlier) = types[..i].iter().find(|t| t.name.get_ref() == name) {
            return problem(
                given.name.span(),
                format!(
                    "{what} {} is also the {}'s name: each generated type needs a name of its own",
                    Quoted(name),
                    earlier.what
                ),
            );
        }
    }
    Ok(())
}

/// Checks a variant of a generated enum against the associated items every
/// generated enum has, and for a variant of the error enum (`error_enum`),
/// against the error enum's own.
pub(super) fn check_variant(
    name: &Spanned<String>,
    what: &str,
    error_enum: bool,
) -> Result<(), Problem> {
    let text = name.get_ref().as_str();
    if ENUM_ITEMS.contains(&text) {
        return taken(
            name,
            what,
            "every generated enum has an associated item of that name",
        );
    }
    if error_enum && ERROR_ENUM_ITEMS.contains(&text) {
        return taken(
            name,
            what,
            "the error enum has an associated item of that name",
        );
    }
    Ok(())
}

/// Checks the scope's accessor against the error enum's methods.
pub(super) fn check_accessor(accessor: &Spanned<String>) -> Result<(), Problem> {
    if ERROR_ENUM_METHODS.contains(&accessor.get_ref().as_str()) {
        return taken(
            accessor,
            "scope accessor",
            "the error enum has a method of that name",
        );
    }
    Ok(())
}

/// The refusal of a name a generated item takes.
fn taken(name: &Spanned<String>, what: &str, why: &str) -> Result<(), Problem> {
    problem(
        name.span(),
        format!(
            "{what} {} is taken by a generated item ({why}); pick another name",
            Quoted(name.get_ref())
        ),
    )
}
