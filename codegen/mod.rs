//! errcat's catalog generator: one TOML catalog in, the Rust source of one
//! module out.
//!
//! This is ordinary Rust, kept apart from the crate it generates for: `build.rs`
//! includes it as a module, and so do `tests/codegen.rs` (its own tests run
//! there) and the fuzz target for catalogs. It depends on `serde`, `toml` and
//! `phf_codegen` only.

pub mod emit;
pub mod model;
#[path = "../src/name_hash.rs"]
pub mod name_hash;
pub mod systems;
pub mod tables;
pub mod vocabulary;

pub use model::CatalogError;

/// Reads, checks and generates one catalog. `file` names it in errors and in
/// the generated header.
///
/// # Errors
/// A [`CatalogError`] naming the file, the line, the column and the problem.
#[allow(dead_code)] // build.rs calls generate_system; the tests, fuzz target and scaling bench this
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
