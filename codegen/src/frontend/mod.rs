//! The front end: a catalog's text in, a checked [`Catalog`] out.
//!
//! - `error`: where and why a catalog is refused ([`CatalogError`]);
//! - `read` and `raw`: `toml`'s parser turns the text into its spanned
//!   document tree, which is read field by field into the raw tables: a wrong
//!   type, an unknown or a missing field is refused here, at the span `toml`
//!   reports;
//! - `check`: the passes that check what types cannot say (unique codes
//!   and names, declared categories and pages, ranges) and expand ranges;
//! - `types`: the checked catalog, which the emitter reads.

mod check;
mod error;
mod raw;
mod read;
mod types;

pub use error::CatalogError;
pub(crate) use error::{decode, write_shown};
pub use types::{Catalog, Entry, Label, MAX_CODES, Page, Reading, Scope, SystemInfo, Unnumbered};

use error::error_at;
use raw::RawCatalog;
use toml::de::DeTable;

/// Reads and checks one catalog. `file` only names the file in errors.
///
/// # Errors
/// A [`CatalogError`] at the first problem found.
pub fn parse(file: &str, text: &str) -> Result<Catalog, CatalogError> {
    let fail = |offset: usize, problem: &str| error_at(file, text, offset, problem);
    if text.trim().is_empty() {
        return Err(fail(
            0,
            "the catalog is empty: it needs a [system] table, [[category]] tables and [[code]] entries (see the schema in errcat-codegen's documentation)",
        ));
    }
    let document = DeTable::parse(text).map_err(|e| {
        let offset = e.span().map_or(0, |span| span.start);
        fail(offset, e.message().trim_end())
    })?;
    let raw = RawCatalog::read(&document).map_err(|(span, problem)| fail(span.start, &problem))?;
    check::catalog(raw, text).map_err(|(span, problem)| fail(span.start, &problem))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE_CODE: &str = "[system]\nid = \"x\"\ntitle = \"X\"\nenum = \"XError\"\n\
        category_enum = \"XCategory\"\nsource = \"s\"\ndoc = \"d\"\n\n\
        [[category]]\nname = \"C\"\ntitle = \"C\"\n\n\
        [[code]]\ncode = 1\nname = \"One\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Internal\"\n";

    #[test]
    fn a_symbol_or_a_former_symbol_alone_gives_symbol_accessors() {
        let none = parse("x.toml", ONE_CODE).expect("valid");
        assert!(!none.has_symbols());
        for field in ["symbol = \"X_ONE\"\n", "former_symbols = [\"X_OLD\"]\n"] {
            let catalog = parse("x.toml", &format!("{ONE_CODE}{field}")).expect("valid");
            assert!(catalog.has_symbols(), "{field}");
        }
    }

    #[test]
    fn a_range_may_hold_a_single_code() {
        let text = ONE_CODE.replace(
            "[[code]]\ncode = 1\nname = \"One\"",
            "[[range]]\nfirst = 7\nlast = 7\nname = \"R{code}\"",
        );
        let catalog = parse("x.toml", &text).unwrap_or_else(|e| panic!("{e}"));
        let codes: Vec<(i32, &str)> = catalog
            .entries
            .iter()
            .map(|e| (e.code, e.name.as_str()))
            .collect();
        assert_eq!(codes, [(7, "R7")]);
    }

    #[test]
    fn a_scope_accessor_is_a_snake_case_method_name() {
        let golden = include_str!("../../tests/fixtures/golden.toml");
        assert!(golden.contains("accessor = \"firmware\""));
        let with = |accessor: &str| {
            let text = golden.replace(
                "accessor = \"firmware\"",
                &format!("accessor = \"{accessor}\""),
            );
            parse("golden.toml", &text)
        };
        for good in ["firmware", "web_method", "v2", "a_1_b"] {
            assert!(with(good).is_ok(), "{good}");
        }
        for bad in [
            "Firmware",
            "9lives",
            "_x",
            "web-method",
            "webMethod",
            "fn",
            "type",
            "",
        ] {
            let error = with(bad).expect_err(bad);
            assert!(
                error.problem.contains("must be a snake_case method name"),
                "{bad}: {error}"
            );
        }
    }
}
