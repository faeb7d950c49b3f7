//! Catalogs built from the input's bytes, whose names are drawn from a pool
//! that holds the names the generated code takes (its types, values,
//! associated items, methods, the prelude, a derive's types) and the
//! catalog's own other names, and whose texts and codes are odd values:
//! the generator either refuses the catalog at a place inside it, or accepts
//! one whose output parses as Rust, with no two generated types alike, no
//! name the generated code takes, and no hidden character in its doc
//! comments.

use errcat_codegen as codegen;

use codegen::reserved::{
    ENUM_ITEMS, ERROR_ENUM_ITEMS, ERROR_ENUM_METHODS, MODULE_TYPES, MODULE_VALUES, PRELUDE,
};

/// Type and variant names: the catalog's own and those generated code takes.
const TYPES: [&str; 24] = [
    "AcmeError",
    "AcmeCategory",
    "Firmware",
    "AcmeErrorIter",
    "AcmeCategoryIter",
    "FirmwareIter",
    "Entry",
    "Unnumbered",
    "Option",
    "Result",
    "Some",
    "Ok",
    "S",
    "ALL",
    "COUNT",
    "VARIANTS",
    "Error",
    "Err",
    "Category",
    "SYSTEM",
    "ENTRIES",
    "BY_CODE",
    "General",
    "V1",
];

/// Accessor names: a free one and the error enum's methods.
const ACCESSORS: [&str; 8] = [
    "firmware",
    "code",
    "message",
    "clone",
    "iter",
    "applies_to",
    "name",
    "to_string",
];

/// System ids, some of which are no identifier.
const IDS: [&str; 5] = ["acme", "9lives", "a_b", "fn", "x"];

/// Codes at the edges of `i32` and near each other.
const CODES: [i64; 8] = [
    -2_147_483_648,
    -2_147_483_647,
    2_147_483_647,
    0,
    -1,
    1,
    1 << 20,
    -(1 << 30),
];

/// Texts with what a naive generator would obey: controls, bidirectional
/// overrides, zero-width characters, markup, braces, a long line.
const TEXTS: [&str; 8] = [
    "plain",
    "\u{202e}override\u{202c} and \u{2067}isolate\u{2069}",
    "zero\u{200b}width \u{feff} bom",
    "escape \u{1b}[2J and bell \u{7}",
    "line\nfeed and carriage\rreturn",
    "{} {0} `tick` <b>x</b> ```fence```",
    "    indented: panic!()",
    "tab\there",
];

/// The input's bytes as choices: a byte whose two low bits are not both
/// zero takes the choice that makes a valid catalog, the others pick from
/// the pool; an exhausted input takes the valid choices. So most catalogs
/// hold one or two odd names or values, and some are accepted.
struct Choices<'a>(std::slice::Iter<'a, u8>);

impl Choices<'_> {
    fn pick<T: Clone>(&mut self, valid: T, pool: &[T]) -> T {
        match self.0.next() {
            Some(&byte) if byte & 3 == 0 => pool[usize::from(byte >> 2) % pool.len()].clone(),
            _ => valid,
        }
    }
}

/// A TOML basic string holding `text`.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The names a built catalog gives, for the checks of an accepted one.
struct Given {
    types: Vec<String>,
    /// The names of the scope values and the categories.
    labels: Vec<String>,
    /// The names of the error enum's variants.
    variants: Vec<String>,
    accessor: String,
}

/// Builds a catalog from `data`: a system, a scope of two values, two
/// categories and three codes.
fn build(data: &[u8]) -> (String, Given) {
    let mut choose = Choices(data.iter());
    let types: Vec<String> = ["AcmeError", "AcmeCategory", "Firmware"]
        .map(|valid| choose.pick(valid, &TYPES).to_string())
        .into();
    let accessor = choose.pick("firmware", &ACCESSORS).to_string();
    let mut text = format!(
        "[system]\nid = {}\ntitle = {}\nenum = {}\ncategory_enum = {}\nsource = {}\ndoc = {}\n\n\
         [scope]\nenum = {}\naccessor = {}\ndoc = \"d\"\n\n",
        toml_string(choose.pick("acme", &IDS)),
        toml_string(choose.pick("Acme", &TEXTS)),
        toml_string(&types[0]),
        toml_string(&types[1]),
        toml_string(choose.pick("a page", &TEXTS)),
        toml_string(choose.pick("A system.", &TEXTS)),
        toml_string(&types[2]),
        toml_string(&accessor),
    );
    let mut labels = Vec::new();
    for (label, valid) in [("v1", "V1"), ("v2", "V2")] {
        let name = choose.pick(valid, &TYPES).to_string();
        text.push_str(&format!(
            "[[scope.value]]\nname = {}\nlabel = \"{label}\"\n\n",
            toml_string(&name)
        ));
        labels.push(name);
    }
    let mut categories = Vec::new();
    for valid in ["General", "Other"] {
        let name = choose.pick(valid, &TYPES).to_string();
        text.push_str(&format!(
            "[[category]]\nname = {}\ntitle = {}\n\n",
            toml_string(&name),
            toml_string(choose.pick(valid, &TEXTS))
        ));
        categories.push(name.clone());
        labels.push(name);
    }
    let mut variants = Vec::new();
    for (i, valid) in ["One", "Two", "Three"].into_iter().enumerate() {
        let name = choose.pick(valid, &TYPES).to_string();
        text.push_str(&format!(
            "[[code]]\ncode = {}\nname = {}\nmessage = {}\ncategory = {}\nkind = \"Internal\"\n\
             description = {}\nsymbol = {}\n\n",
            choose.pick(i as i64 + 100, &CODES),
            toml_string(&name),
            toml_string(choose.pick("m", &TEXTS)),
            toml_string(&choose.pick(categories[0].clone(), &categories)),
            toml_string(choose.pick("d", &TEXTS)),
            toml_string(&choose.pick(format!("X_{i}"), &["NO_SUCH_SYMBOL".into(), "X_1".into()])),
        ));
        variants.push(name);
    }
    let given = Given {
        types,
        labels,
        variants,
        accessor,
    };
    (text, given)
}

/// Runs the target's checks on one input.
pub fn run(data: &[u8]) {
    let (text, given) = build(data);
    match codegen::generate("names.toml", &text) {
        Ok(source) => {
            check_accepted(&given);
            syn::parse_file(&source)
                .unwrap_or_else(|e| panic!("accepted output that is not Rust: {e}\n{source}"));
            for line in source.lines().filter(|l| l.trim_start().starts_with("///")) {
                assert!(
                    !line.chars().any(is_hidden),
                    "a hidden character in a doc comment: {line:?}"
                );
            }
        }
        Err(error) => {
            assert!(
                error.line >= 1 && error.line <= text.lines().count() + 1,
                "{error}"
            );
            assert!(error.column >= 1, "{error}");
            assert!(!error.problem.chars().any(is_hidden), "{error:?}");
        }
    }
}

/// An accepted catalog gives no two generated types one name, and no name
/// the generated code takes.
fn check_accepted(given: &Given) {
    for (i, name) in given.types.iter().enumerate() {
        let name = name.as_str();
        assert!(!given.types[..i].iter().any(|t| t == name), "{name} twice");
        assert!(
            !MODULE_TYPES.contains(&name)
                && !MODULE_VALUES.contains(&name)
                && !PRELUDE.contains(&name),
            "accepted the type name {name}"
        );
    }
    for label in &given.labels {
        assert!(
            !ENUM_ITEMS.contains(&label.as_str()),
            "accepted the label {label}"
        );
    }
    for variant in &given.variants {
        assert!(
            !ENUM_ITEMS.contains(&variant.as_str())
                && !ERROR_ENUM_ITEMS.contains(&variant.as_str()),
            "accepted the variant {variant}"
        );
    }
    assert!(
        !ERROR_ENUM_METHODS.contains(&given.accessor.as_str()),
        "accepted the accessor {}",
        given.accessor
    );
}

/// A character a terminal or an editor obeys rather than shows (the tab
/// aside).
fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{61c}' | '\u{feff}')
}

/// Whether the generator accepts the catalog built from `data`.
pub fn accepts(data: &[u8]) -> bool {
    codegen::generate("names.toml", build(data).0).is_ok()
}
