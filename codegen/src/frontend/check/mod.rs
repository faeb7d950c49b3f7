//! The checks a catalog passes after it is read, as passes over its raw
//! tables, each with one concern:
//!
//! 1. [`system`]: the `[system]` table;
//! 2. [`labels`]: the declarations entries refer to: categories, the scope,
//!    the other pages;
//!    [`collisions`]: the names of the generated types, against each other
//!    and against the names the generated module defines or relies on (the
//!    variant names and the scope accessor are checked there too, where
//!    they are declared);
//! 3. [`entries`]: every `[[code]]` and `[[range]]` in file order, expanded
//!    into one entry per code through one constructor; its fields checked
//!    against the declarations, its codes, names and symbols claimed in
//!    [`claims`], its readings checked in [`readings`];
//! 4. the `[[unnumbered]]` messages, and every declared page read.
//!
//! [`names`] and [`vocabulary`] hold the checks of single values that every
//! pass uses. The first problem found ends the check.

mod claims;
mod collisions;
mod entries;
mod labels;
mod names;
mod readings;
mod system;
mod vocabulary;

use super::error::Problem;
use super::raw::RawCatalog;
use super::types::Catalog;
use claims::Claims;
use collisions::GivenType;
use entries::{Declared, Item, check_unnumbered};
use labels::{Categories, Pages, ScopeIndex, check_scope};

/// Checks a catalog's raw tables; `text` is the catalog, for the lines that
/// refusals quote.
pub(super) fn catalog(raw: RawCatalog, text: &str) -> Result<Catalog, Problem> {
    let enum_name = raw.system.enum_name.clone();
    let category_enum = raw.system.category_enum.clone();
    let scope_enum = raw.scope.as_ref().map(|scope| scope.enum_name.clone());
    let system = system::check_system(raw.system)?;
    let categories = Categories::declare(raw.category)?;
    let scope = raw.scope.map(check_scope).transpose()?;
    let types = [
        ("error enum", Some(&enum_name)),
        ("category enum", Some(&category_enum)),
        ("scope enum", scope_enum.as_ref()),
    ];
    let types: Vec<GivenType<'_>> = types
        .into_iter()
        .filter_map(|(what, name)| Some(GivenType { what, name: name? }))
        .collect();
    collisions::check_types(&types)?;
    let mut declared = Declared {
        system: &system,
        categories: &categories,
        scope: ScopeIndex::new(scope.as_ref()),
        pages: Pages::declare(raw.page)?,
    };

    let items = Item::collect(raw.code, raw.range)?;
    let mut claims = Claims::new(text, items.iter().filter_map(Item::single_code).collect());
    let mut entries = Vec::new();
    for item in items {
        item.expand(&mut declared, &mut claims, &mut entries)?;
    }
    let unnumbered = check_unnumbered(raw.unnumbered, &declared.scope)?;
    let pages = declared.pages.finish()?;

    Ok(Catalog {
        system,
        categories: categories.labels,
        scope,
        entries,
        unnumbered,
        pages,
    })
}
