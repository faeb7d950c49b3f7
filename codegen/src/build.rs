//! [`Build`]: a crate's own catalog, generated from its build script.

use std::fmt;
use std::path::PathBuf;

use crate::CatalogError;

/// Generates a crate's own catalog into `OUT_DIR`, from the crate's
/// `build.rs`: the whole build script of a crate with one catalog is this
/// line inside `fn main() { ... }`:
///
/// ```no_run
/// errcat_codegen::Build::new("data/acme.toml").compile();
/// ```
///
/// and the crate includes the output where the module should be:
///
/// ```ignore
/// /// Acme widget controller error codes.
/// pub mod acme {
///     include!(concat!(env!("OUT_DIR"), "/acme.rs"));
/// }
/// ```
///
/// The catalog path is relative to the crate's manifest directory, and is how
/// errors name the file: a broken catalog stops the build with
/// `data/acme.toml:12:8: problem`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "a Build does nothing until `compile` or `generate` runs it"]
pub struct Build {
    catalog: PathBuf,
    out_file: Option<String>,
    module_path: Option<String>,
    serde_feature: Option<String>,
}

impl Build {
    /// A build of the catalog at `catalog`, relative to the crate's manifest
    /// directory (`CARGO_MANIFEST_DIR`), with the defaults: the output file
    /// `<id>.rs`, a doctest that imports the module as `<crate>::<id>`, and
    /// serde impls behind the crate's feature `serde`.
    pub fn new(catalog: impl Into<PathBuf>) -> Self {
        Build {
            catalog: catalog.into(),
            out_file: None,
            module_path: None,
            serde_feature: Some("serde".to_string()),
        }
    }

    /// The file name of the output in `OUT_DIR` (default: the catalog's
    /// `[system] id` and `.rs`, as `acme.rs`).
    pub fn out_file(mut self, name: impl Into<String>) -> Self {
        self.out_file = Some(name.into());
        self
    }

    /// The path the generated documentation's examples import the module by
    /// (default: the crate's name and the system id, as `my_crate::acme`).
    /// Set it where the crate includes the module elsewhere: the examples run
    /// as the crate's doctests.
    pub fn module_path(mut self, path: impl Into<String>) -> Self {
        self.module_path = Some(path.into());
        self
    }

    /// The crate's feature that gates the generated `Serialize` and
    /// `Deserialize` impls (default: `serde`, which the crate declares as
    /// `serde = ["errcat/serde"]`); `None` leaves them out. A crate that does
    /// not declare the feature builds all the same, without the impls and
    /// without a warning: [`generate`](Self::generate) declares the feature
    /// to rustc's `check-cfg`.
    pub fn serde_feature(mut self, feature: Option<&str>) -> Self {
        self.serde_feature = feature.map(str::to_string);
        self
    }

    /// Reads and checks the catalog, writes the module to `OUT_DIR`, and tells
    /// cargo to rerun the build script when the catalog changes. Returns the
    /// path written.
    ///
    /// # Errors
    /// A [`BuildError`]: the catalog cannot be read, is refused (with its
    /// file, line and column), or the output cannot be written; or cargo's
    /// variables are missing (not run from a build script).
    pub fn generate(&self) -> Result<PathBuf, BuildError> {
        let manifest_dir = env_path("CARGO_MANIFEST_DIR")?;
        let out_dir = env_path("OUT_DIR")?;
        let path = manifest_dir.join(&self.catalog);
        println!("cargo::rerun-if-changed={}", path.display());
        if let Some(feature) = &self.serde_feature {
            // The generated serde impls are behind this feature: declared
            // to rustc as one the crate may have, so that a crate without it
            // builds without an `unexpected_cfgs` warning.
            println!("cargo::rustc-check-cfg=cfg(feature, values({feature:?}))");
        }
        let file = self.catalog.to_string_lossy().replace('\\', "/");
        let bytes = std::fs::read(&path).map_err(|error| BuildError::Read {
            file: file.clone(),
            error,
        })?;
        let catalog = crate::generate::parse(&file, &bytes).map_err(BuildError::Catalog)?;
        let module_path = match &self.module_path {
            Some(path) => path.clone(),
            None => {
                let package =
                    std::env::var("CARGO_PKG_NAME").map_err(|_| BuildError::NotInBuildScript {
                        variable: "CARGO_PKG_NAME",
                    })?;
                format!("{}::{}", package.replace('-', "_"), catalog.system.id)
            }
        };
        let source = crate::generate::emit_module(
            &catalog,
            &file,
            &module_path,
            self.serde_feature.as_deref(),
        );
        let out_file = match &self.out_file {
            Some(name) => name.clone(),
            None => format!("{}.rs", catalog.system.id),
        };
        let out_path = out_dir.join(out_file);
        std::fs::write(&out_path, source).map_err(|error| BuildError::Write {
            path: out_path.clone(),
            error,
        })?;
        Ok(out_path)
    }

    /// [`generate`](Self::generate), and on an error, stops the build with it:
    /// cargo shows `error: data/acme.toml:12:8: problem` and the build fails.
    pub fn compile(&self) {
        if let Err(error) = self.generate() {
            eprintln!("error: {error}");
            std::process::exit(1);
        }
    }
}

fn env_path(variable: &'static str) -> Result<PathBuf, BuildError> {
    std::env::var_os(variable)
        .map(PathBuf::from)
        .ok_or(BuildError::NotInBuildScript { variable })
}

/// Why a [`Build`] failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    /// The catalog could not be read.
    Read {
        /// The catalog, as given to [`Build::new`].
        file: String,
        /// Why.
        error: std::io::Error,
    },
    /// The catalog was refused: its file, line, column and problem.
    Catalog(CatalogError),
    /// The generated module could not be written.
    Write {
        /// Where it was to go.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// A variable cargo sets for build scripts is missing: the build did not
    /// run from a build script.
    NotInBuildScript {
        /// The variable (`OUT_DIR`, `CARGO_MANIFEST_DIR`, `CARGO_PKG_NAME`).
        variable: &'static str,
    },
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Read { file, error } => {
                write!(f, "{file}: cannot read the catalog: {error}")
            }
            BuildError::Catalog(error) => write!(f, "{error}"),
            BuildError::Write { path, error } => {
                write!(
                    f,
                    "{}: cannot write the generated module: {error}",
                    path.display()
                )
            }
            BuildError::NotInBuildScript { variable } => write!(
                f,
                "{variable} is not set: errcat_codegen::Build runs from a build script (build.rs)"
            ),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Read { error, .. } | BuildError::Write { error, .. } => Some(error),
            BuildError::Catalog(error) => Some(error),
            BuildError::NotInBuildScript { .. } => None,
        }
    }
}

impl From<CatalogError> for BuildError {
    fn from(error: CatalogError) -> Self {
        BuildError::Catalog(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalog_error_is_shown_as_file_line_column_problem() {
        let error = crate::generate("data/acme.toml", "[system]\nid = 7\n").unwrap_err();
        let shown = BuildError::from(error).to_string();
        assert!(shown.starts_with("data/acme.toml:2:6: "), "{shown}");
    }

    #[test]
    fn a_missing_catalog_names_the_file() {
        let error = BuildError::Read {
            file: "data/acme.toml".into(),
            error: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        assert!(
            error
                .to_string()
                .starts_with("data/acme.toml: cannot read the catalog: ")
        );
        assert!(std::error::Error::source(&error).is_some());
    }

    #[test]
    fn the_defaults_are_the_documented_ones() {
        let build = Build::new("data/acme.toml");
        assert_eq!(build.serde_feature.as_deref(), Some("serde"));
        assert_eq!(build.out_file, None);
        let build = build
            .out_file("x.rs")
            .module_path("a::b")
            .serde_feature(None);
        assert_eq!(build.out_file.as_deref(), Some("x.rs"));
        assert_eq!(build.module_path.as_deref(), Some("a::b"));
        assert_eq!(build.serde_feature, None);
    }

    #[test]
    fn outside_a_build_script_it_says_so() {
        // Unit tests run without OUT_DIR.
        if std::env::var_os("OUT_DIR").is_none() {
            let error = Build::new("data/acme.toml").generate().unwrap_err();
            assert!(error.to_string().contains("is not set"), "{error}");
        }
    }
}
