//! A scratch crate that compiles a generated module against errcat, runs it
//! and documents it: shared by `tests/codegen.rs` (the generator's golden fixture) and
//! `tests/adversarial.rs` (the hostile catalog).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use errcat_codegen::frontend::Catalog;

/// A bin crate in the test target's scratch space whose `src/generated.rs` is
/// a generated module, a system of its own as a user's crate would have it,
/// and whose `main` prints every variant's code, `Display`, message and
/// `Display` under a width (`{:>200}`, which writes the message unpadded, as
/// thiserror's derive of a literal message did), after checking that code and
/// name convert back to the variant. Its only dependency is errcat, as a
/// user's crate with its own catalog needs no other.
pub struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    /// Writes the crate `name` around `generated`.
    pub fn new(name: &str, generated: &str) -> Scratch {
        let scratch = Scratch::manifest(name, generated);
        let dir = scratch.dir.clone();
        // The generated code names the library `::errcat`, as a user's crate
        // with its own catalog compiles it; the enum is reached through
        // `ErrorCode`, as generic code reaches it.
        let enum_name = generated
            .split("::errcat::impl_error_code! {\n    error: ")
            .nth(1)
            .and_then(|rest| rest.split(',').next())
            .expect("the generated module implements ErrorCode");
        let main = format!(
            "//! Prints every variant of a generated module.\n\n\
             #[allow(dead_code)]\nmod generated;\n\n\
             fn print<E: errcat::ErrorCode>() {{\n    for &error in E::all() {{\n        \
             assert_eq!(E::try_from(error.code()), Ok(error));\n        \
             assert_eq!(error.name().parse::<E>(), Ok(error));\n        \
             println!(\"{{}}\\t{{:?}}\\t{{:?}}\\t{{:?}}\", error.code(), error.to_string(), error.message(), \
             format!(\"{{error:>200}}\"));\n    }}\n}}\n\n\
             fn main() {{\n    print::<generated::{enum_name}>();\n}}\n"
        );
        std::fs::write(dir.join("src/main.rs"), main).expect("write main.rs");
        scratch
    }

    /// Writes the library crate `name` whose module `generated` is
    /// `generated`, generated for the path `<name>::generated`: its doctests
    /// are the generated examples, run as a user's crate runs them.
    #[allow(dead_code)] // tests/adversarial.rs uses it, tests/codegen.rs does not
    pub fn library(name: &str, generated: &str) -> Scratch {
        let scratch = Scratch::manifest(name, generated);
        let lib = "//! A generated module as a user's library holds it.\n\npub mod generated;\n";
        std::fs::write(scratch.dir.join("src/lib.rs"), lib).expect("write lib.rs");
        scratch
    }

    /// The crate `name`'s manifest, lock file and `src/generated.rs`.
    fn manifest(name: &str, generated: &str) -> Scratch {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        std::fs::create_dir_all(dir.join("src")).expect("create the scratch crate");
        let manifest = format!(
            "[package]\nname = {name:?}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nerrcat = {{ path = {root:?} }}\n\n\
             [features]\nserde = [\"errcat/serde\"]\n\n[workspace]\n",
            root = root.display().to_string(),
        );
        std::fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
        if let Ok(lock) = std::fs::read(root.join("Cargo.lock")) {
            std::fs::write(dir.join("Cargo.lock"), lock).expect("write Cargo.lock");
        }
        std::fs::write(dir.join("src/generated.rs"), generated).expect("write the module");
        Scratch { dir }
    }

    /// Runs `cargo ARGS` on the crate, offline, rustdoc warnings denied. The
    /// scratch crates share one target directory, so that errcat and its
    /// dependencies are built once for all of them.
    pub fn cargo(&self, args: &[&str]) -> Output {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        Command::new(cargo)
            .args(args)
            .args(["--quiet", "--offline", "--manifest-path"])
            .arg(self.dir.join("Cargo.toml"))
            .env(
                "CARGO_TARGET_DIR",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("scratch-target"),
            )
            .env("RUSTDOCFLAGS", "-D warnings")
            .output()
            .expect("run cargo")
    }

    /// Runs the crate and checks that it printed every entry of `catalog`
    /// to the letter, padded or not.
    pub fn assert_prints_verbatim(&self, catalog: &Catalog) {
        let output = self.cargo(&["run"]);
        assert!(
            output.status.success(),
            "the generated module did not compile or run:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), catalog.entries.len(), "{stdout}");
        for (line, entry) in lines.iter().zip(&catalog.entries) {
            let message = &entry.message;
            let expected = format!("{}\t{message:?}\t{message:?}\t{message:?}", entry.code);
            assert_eq!(*line, expected, "code {}", entry.code);
        }
    }
}

/// The generator's fixtures (`codegen/tests/fixtures`), or `None` in errcat's
/// published package, which holds errcat's tests but not the generator's
/// files. In the repository they must be there.
pub fn generator_fixtures() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("codegen/tests/fixtures");
    if dir.exists() {
        Some(dir)
    } else {
        assert!(
            !root.join(".git").exists(),
            "{} is missing from the repository",
            dir.display()
        );
        eprintln!("skipped: the generator's fixtures are not in errcat's package");
        None
    }
}
