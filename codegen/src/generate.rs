//! One catalog in, the Rust source of its module out: what [`Build`](crate::Build),
//! errcat's build script and the tests call.
//!
//! [`generate_for`] is the public one; [`generate`] and [`generate_system`]
//! write errcat's own modules (their examples import `errcat::<id>`).

use crate::emit;
use crate::frontend::{self, Catalog, CatalogError};

/// Reads, checks and generates one catalog as errcat includes it: its
/// examples import it as `errcat::<id>`, its serde impls are behind the
/// feature `serde`. `file` names it in errors and in the generated header;
/// `text` is the catalog's bytes (a `&str`, a `String`, a `Vec<u8>`), which
/// must be UTF-8.
///
/// # Errors
/// A [`CatalogError`] naming the file, the line, the column and the problem.
pub fn generate(file: &str, text: impl AsRef<[u8]>) -> Result<String, CatalogError> {
    generate_system(file, text).map(|(source, _)| source)
}

/// Reads, checks and generates one catalog, for a crate's own module:
/// `file` names it in errors and in the generated header; `text` is the
/// catalog's bytes (a `&str`, a `String`, a `Vec<u8>`), which must be UTF-8;
/// `module_path` is the path the module's example imports it by
/// (`my_crate::acme`), and `serde_feature` the including crate's feature
/// that gates the serde impls (`None`: no serde impls).
/// [`Build`](crate::Build) does the same from a build script, with defaults
/// taken from the catalog and the crate.
///
/// ```
/// let error = errcat_codegen::generate_for("data/acme.toml", "[system]\nid = 7\n", "my_crate::acme", None)
///     .unwrap_err();
/// assert!(error.to_string().starts_with("data/acme.toml:2:6: "), "{error}");
/// ```
///
/// # Errors
/// A [`CatalogError`] naming the file, the line, the column and the problem.
pub fn generate_for(
    file: &str,
    text: impl AsRef<[u8]>,
    module_path: &str,
    serde_feature: Option<&str>,
) -> Result<String, CatalogError> {
    let catalog = parse(file, text.as_ref())?;
    Ok(emit_module(&catalog, file, module_path, serde_feature))
}

/// The source of a checked catalog's module: what [`generate`],
/// [`generate_for`] and [`Build`] all write.
pub(crate) fn emit_module(
    catalog: &Catalog,
    file: &str,
    module_path: &str,
    serde_feature: Option<&str>,
) -> String {
    let options = emit::Options {
        module_path,
        serde_feature,
    };
    emit::emit(catalog, file, &options)
}

/// What the cross-system layer needs to know of one catalog: one row of
/// `for_each_system!`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SystemRow {
    /// The module name and `System::id`.
    pub id: String,
    /// The `System` variant.
    pub variant: String,
    /// The error enum.
    pub enum_name: String,
    /// The category enum.
    pub category_enum: String,
    /// How people name the system.
    pub title: String,
    /// The smallest and the largest code.
    pub codes: (i32, i32),
}

/// Like [`generate`], and also the catalog's row of the cross-system layer.
///
/// # Errors
/// A [`CatalogError`] naming the file, the line, the column and the problem.
pub fn generate_system(
    file: &str,
    text: impl AsRef<[u8]>,
) -> Result<(String, SystemRow), CatalogError> {
    let catalog = parse(file, text.as_ref())?;
    let codes = catalog.entries.iter().map(|e| e.code);
    let row = SystemRow {
        id: catalog.system.id.clone(),
        variant: catalog.system.system_variant.clone(),
        enum_name: catalog.system.enum_name.clone(),
        category_enum: catalog.system.category_enum.clone(),
        title: catalog.system.title.clone(),
        codes: (
            codes.clone().min().unwrap_or_default(),
            codes.max().unwrap_or_default(),
        ),
    };
    let module_path = format!("errcat::{}", catalog.system.id);
    let source = emit_module(&catalog, file, &module_path, Some("serde"));
    Ok((source, row))
}

/// A catalog's bytes checked as UTF-8, then read and checked.
pub(crate) fn parse(file: &str, bytes: &[u8]) -> Result<Catalog, CatalogError> {
    frontend::parse(file, frontend::decode(file, bytes)?)
}
