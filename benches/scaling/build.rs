//! Writes two synthetic catalogs, of 1,000 and of 10,000 sparse codes, and runs
//! them through errcat's own generator (the `errcat-codegen` crate, which errcat's
//! build script runs), so that the benchmark measures the lookups errcat would emit
//! for catalogs that large.
//!
//! The catalogs are deterministic: a fixed xorshift seed picks the gaps between
//! codes, the sizes of the runs of consecutive codes and the words of the
//! names, in the shape of Neuron's catalog (runs of codes per module, wide gaps
//! between modules, CamelCase names of 4 to 40 letters).

use errcat_codegen as codegen;

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Each synthetic catalog: the module it becomes and its number of codes.
const CATALOGS: [(&str, usize); 2] = [("synthetic_1k", 1_000), ("synthetic_10k", 10_000)];

/// Words for the variant names and messages.
const WORDS: [&str; 48] = [
    "Node",
    "Plugin",
    "Tag",
    "Group",
    "Setting",
    "Invalid",
    "Not",
    "Exist",
    "Timeout",
    "Failed",
    "Driver",
    "Connection",
    "Param",
    "Body",
    "Wrong",
    "License",
    "Expired",
    "Busy",
    "Stream",
    "Template",
    "Address",
    "Type",
    "Attribute",
    "Unsupported",
    "Read",
    "Write",
    "Library",
    "Module",
    "Subscription",
    "Config",
    "Too",
    "Many",
    "Length",
    "Exceeded",
    "Device",
    "Response",
    "Request",
    "Server",
    "Client",
    "Token",
    "Decode",
    "Encode",
    "Permission",
    "Denied",
    "Port",
    "Already",
    "Running",
    "Stopped",
];

/// xorshift64*.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }
}

/// The TOML text of a catalog of `count` codes.
fn catalog(module: &str, count: usize) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ count as u64);
    // A system id is letters and digits.
    let id = module.replace('_', "");
    let mut toml = String::new();
    writeln!(
        toml,
        "[system]\nid = \"{id}\"\ntitle = \"Synthetic catalog of {count} codes\"\n\
         enum = \"SyntheticError\"\ncategory_enum = \"SyntheticCategory\"\n\
         source = \"benches/scaling/build.rs ({module})\"\n\
         doc = \"{count} made-up codes in runs with wide gaps between them, for errcat-scaling's benchmark.\"\n"
    )
    .unwrap();
    let categories = 16;
    for category in 0..categories {
        writeln!(
            toml,
            "[[category]]\nname = \"Module{category}\"\ntitle = \"Module {category}\"\n"
        )
        .unwrap();
    }
    let mut names = HashSet::new();
    let mut code: i64 = 1000;
    let mut written = 0;
    let mut run = 0;
    while written < count {
        // A run of mostly consecutive codes, then a wide gap, as Neuron's modules.
        let run_length = rng.between(5, 60);
        for _ in 0..run_length.min((count - written) as u64) {
            let words = rng.between(1, 5);
            let mut name: String = (0..words)
                .map(|_| WORDS[rng.next() as usize % WORDS.len()])
                .collect();
            if !names.insert(name.clone()) {
                write!(name, "{code}").unwrap();
                names.insert(name.clone());
            }
            writeln!(
                toml,
                "[[code]]\ncode = {code}\nname = \"{name}\"\nmessage = \"Synthetic error {code}\"\n\
                 category = \"Module{}\"\nkind = \"Unknown\"\n",
                run % categories
            )
            .unwrap();
            written += 1;
            // Now and then a hole inside the run.
            code += if rng.next() % 8 == 0 { 2 } else { 1 };
        }
        code += rng.between(20, 2000) as i64;
        run += 1;
    }
    toml
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=../../codegen");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (module, count) in CATALOGS {
        let file = format!("{module}.toml");
        let text = catalog(module, count);
        let module_path = format!("errcat_scaling::{module}");
        let source = codegen::generate_for(&file, &text, &module_path, None)
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(out_dir.join(&file), &text).expect("write the catalog");
        std::fs::write(out_dir.join(format!("{module}.rs")), source).expect("write the module");
    }
}
