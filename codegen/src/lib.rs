//! errcat's catalog generator: TOML catalogs in, Rust source out.
//!
//! Ordinary Rust, kept apart from the crate it generates for: errcat's
//! `build.rs` calls it for every `data/*.toml`, and its tests, benchmarks and
//! fuzz targets use it as a dependency. It depends on `serde`, `toml` and
//! `phf_codegen` only.
//!
//! - [`generate`] / [`generate_system`]: one catalog's text in, the Rust
//!   source of its module out, or a [`CatalogError`] naming the file, line,
//!   column and problem. The schema is described in errcat's `data/README.md`.
//! - [`systems::emit_systems`]: the cross-system layer of a set of catalogs
//!   (`for_each_system!` and one module per catalog).
//! - [`vocabulary`]: the kinds and provenances catalogs may name, and
//!   [`vocabulary::emit_vocabulary`], the rows the library defines them from.
//! - [`LOOKUP_SOURCE`]: the lookup routines, to be compiled beside the output.
//!
//! ```
//! let catalog = r#"
//! [system]
//! id = "acme"
//! title = "Acme"
//! enum = "AcmeError"
//! category_enum = "AcmeCategory"
//! source = "an example"
//! doc = "An example."
//!
//! [[category]]
//! name = "General"
//! title = "General"
//!
//! [[code]]
//! code = 404
//! name = "NoSuchWidget"
//! message = "No such widget"
//! category = "General"
//! kind = "NotFound"
//! "#;
//! let source = errcat_codegen::generate("acme.toml", catalog)?;
//! assert!(source.contains("NoSuchWidget = 404,"));
//!
//! let error = errcat_codegen::generate("acme.toml", "[system]\nid = 7\n").unwrap_err();
//! assert_eq!((error.line, error.column), (2, 6));
//! # Ok::<(), errcat_codegen::CatalogError>(())
//! ```

#![deny(missing_docs)]

pub mod emit;
pub mod lookup;
pub mod model;
pub mod systems;
pub mod tables;
pub mod vocabulary;

pub use model::CatalogError;

/// The source of [`lookup`], the routines the generated tables are laid out
/// for and read with: the library compiles this text beside the generated
/// code, so that its lookups and the generator share one definition.
pub const LOOKUP_SOURCE: &str = include_str!("lookup.rs");

/// Reads, checks and generates one catalog. `file` names it in errors and in
/// the generated header.
///
/// # Errors
/// A [`CatalogError`] naming the file, the line, the column and the problem.
pub fn generate(file: &str, text: &str) -> Result<String, CatalogError> {
    generate_system(file, text).map(|(source, _)| source)
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
pub fn generate_system(file: &str, text: &str) -> Result<(String, SystemRow), CatalogError> {
    let catalog = model::parse(file, text)?;
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
    Ok((emit::emit(&catalog, file), row))
}
