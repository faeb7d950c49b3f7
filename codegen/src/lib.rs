//! errcat's catalog generator: TOML catalogs of error codes in, typed Rust
//! enums out.
//!
//! It generates errcat's own systems, and it generates yours: write a
//! vendor's codes in the catalog [`schema`], and a build script of one line
//! gives your crate an enum with the same API as errcat's built-in systems.
//!
//! # Your own catalog
//!
//! `Cargo.toml`:
//!
//! ```toml
//! [dependencies]
//! errcat = "0.1"
//! thiserror = "2"              # the generated enums derive thiserror::Error
//!
//! [build-dependencies]
//! errcat-codegen = "0.1"
//!
//! [features]
//! serde = ["errcat/serde"]     # the generated serde impls
//! ```
//!
//! `build.rs`, in full:
//!
//! ```no_run
//! # #[allow(clippy::needless_doctest_main)]
//! fn main() {
//!     errcat_codegen::Build::new("data/acme.toml").compile();
//! }
//! ```
//!
//! `src/lib.rs`, where the module goes:
//!
//! ```ignore
//! /// Acme's error codes.
//! pub mod acme {
//!     include!(concat!(env!("OUT_DIR"), "/acme.rs"));
//! }
//! ```
//!
//! The module holds the error enum (`AcmeError`: `TryFrom<i32>`,
//! `const fn from_code`, `from_name`/`FromStr`, `Display` as the vendor's
//! message, category, kind, retry advice, `http_status`, strum derives, serde
//! behind the feature, and `errcat::ErrorCode`, so that `errcat::Code<AcmeError>`
//! keeps unknown codes), the category enum, the `BY_CODE` and `BY_NAME` phf
//! maps, and, where the catalog has them, the scope enum and `UNNUMBERED`.
//! Every public item is documented, with examples that run as your crate's
//! doctests; the output passes `#![deny(missing_docs)]` and clippy.
//!
//! ## Options
//!
//! [`Build`] takes:
//! - [`out_file`](Build::out_file): the output's file name in `OUT_DIR`
//!   (default `<id>.rs`);
//! - [`module_path`](Build::module_path): the path the generated examples import
//!   the module by (default `<your_crate>::<id>`): set it where the module is
//!   included elsewhere;
//! - [`serde_feature`](Build::serde_feature): the feature that gates the serde
//!   impls (default `serde`), or none.
//!
//! The module's own documentation is the doc comment you write on `mod acme`;
//! the catalog's `[system] doc` documents the enum. The generated items are
//! `pub`, for a `pub mod`; in a private module (`mod acme`), the items your
//! crate does not use are dead code to rustc, so put `#[allow(dead_code)]` on
//! that module.
//!
//! ## Errors
//!
//! A catalog the generator refuses stops the build with
//! `error: data/acme.toml:12:8: problem`: the file as given to [`Build::new`],
//! the line and column of the value at fault, and what is wrong. The
//! [`schema`] lists every problem. [`Build::generate`] returns the same as a
//! [`BuildError`] for a build script that wants to handle it.
//!
//! # errcat's own use
//!
//! errcat's `build.rs` calls it for every `data/*.toml`, and errcat's tests,
//! benchmarks and fuzz targets use it as a dependency. It depends on `toml`
//! (its parser only, without serde: the catalog is read from `toml`'s spanned
//! document tree, so no serde or proc-macro crate is on a build's path for
//! it) and `phf_codegen`, nothing else.
//!
//! - [`generate`] / [`generate_system`] / [`generate_for`]: one catalog's text
//!   in, the Rust source of its module out, or a [`CatalogError`].
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

mod build;
pub mod emit;
pub mod schema {
    #![doc = include_str!("../SCHEMA.md")]
}
pub mod lookup;
pub mod model;
mod read;
pub mod systems;
pub mod tables;
pub mod vocabulary;

pub use build::{Build, BuildError};
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

/// Like [`generate`], for a module outside errcat: `module_path` is the path
/// its doctests import it by (`my_crate::acme`), and `serde_feature` the
/// including crate's feature that gates the serde impls (`None`: no serde
/// impls). [`Build`] does the same from a build script, with defaults taken
/// from the catalog and the crate.
///
/// # Errors
/// A [`CatalogError`] naming the file, the line, the column and the problem.
pub fn generate_for(
    file: &str,
    text: &str,
    module_path: &str,
    serde_feature: Option<&str>,
) -> Result<String, CatalogError> {
    let catalog = model::parse(file, text)?;
    Ok(emit_module(&catalog, file, module_path, serde_feature))
}

/// The source of a checked catalog's module: what [`generate`],
/// [`generate_for`] and [`Build`] all write.
fn emit_module(
    catalog: &model::Catalog,
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
    let module_path = format!("errcat::{}", catalog.system.id);
    let source = emit_module(&catalog, file, &module_path, Some("serde"));
    Ok((source, row))
}
