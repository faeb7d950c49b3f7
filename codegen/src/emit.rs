//! Writing a checked [`Catalog`] as Rust source.
//!
//! The output is meant to be read (it is what docs.rs shows): formatted by hand
//! the way `rustfmt` would, one documented variant per code, one table row per
//! code. It refers to the library as `::errcat`, which resolves in a user's
//! crate (a dependency) and in errcat itself (`extern crate self as errcat`),
//! so that one output serves both; and to strum and phf through errcat's
//! re-exports. `Display` and `core::error::Error` come from
//! `errcat::impl_error_code!`, so a crate with its own catalog depends on
//! errcat and errcat-codegen only.

use std::fmt::Write as _;

use super::frontend::{Catalog, Entry, Label, Reading, Scope, write_shown};
use super::lookup::SORTED;
use super::tables::{CodeTable, NameTable};

/// Escapes text for a Rust string literal (`"..."` included).
fn lit(text: &str) -> String {
    format!("{text:?}")
}

fn opt_lit(text: Option<&str>) -> String {
    match text {
        Some(text) => format!("Some({})", lit(text)),
        None => "None".to_string(),
    }
}

/// Escapes vendor text for Markdown, so that rustdoc shows it as written;
/// a character that would change what an editor shows rather than be shown
/// (a bidirectional control, which rustc refuses raw in a comment, a
/// zero-width or a control character other than the tab and the line ends,
/// which [`doc`] splits on) is written as its `\u{..}` escape. Every catalog
/// text that reaches the docs passes here.
pub(crate) fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_{}[]<>()#+-.!|~&".contains(c) {
            out.push('\\');
        }
        if c == '\n' || c == '\r' {
            // Line ends are for `doc` to split on.
            out.push(c);
        } else {
            write_shown(&mut out, c).expect("writing to a String cannot fail");
        }
    }
    out
}

/// Writes `text` as `///` lines at `indent`. Each line is trimmed, so that
/// no indentation turns text into a code block (a doctest), and a carriage
/// return, which a doc comment cannot hold, ends a line like a line feed.
fn doc(out: &mut String, indent: &str, text: &str) {
    if text.trim().is_empty() {
        writeln!(out, "{indent}///").unwrap();
        return;
    }
    for line in text.trim_end().split(['\n', '\r']) {
        let line = line.trim();
        if line.is_empty() {
            writeln!(out, "{indent}///").unwrap();
        } else {
            writeln!(out, "{indent}/// {line}").unwrap();
        }
    }
}

/// How the output fits the crate that includes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options<'a> {
    /// The path the generated enum's example imports the module by:
    /// `errcat::neuron` for errcat's own, `my_crate::acme` for a user's.
    pub module_path: &'a str,
    /// The cargo feature of the including crate that gates the serde impls;
    /// `None`: no serde impls.
    pub serde_feature: Option<&'a str>,
}

/// Writes the derives of the error enum: the std traits only. strum's traits
/// come from errcat's `impl_strum!`, and `Display` and `Error` from
/// `impl_error_code!`, so that no derive but the standard ones runs on the
/// enum and a user's crate needs no crate of its own for them.
fn write_derives(out: &mut String) {
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n");
}

/// What a catalog's module holds beyond what every module has, decided once
/// from the checked catalog: every part of the output that depends on it
/// (the accessors and their facts' rows, the scope's enum, fields and data,
/// the wire status's constant and key, the example) reads the plan.
struct Plan<'a> {
    /// The accessors of `errcat::impl_error_extras!`, by the fact they
    /// give, in the macro's order: one per optional fact the catalog records.
    accessors: Vec<&'static str>,
    /// The scope (i4scada's methods, Viewtron's firmware), where the catalog
    /// has one.
    scope: Option<&'a Scope>,
    /// The status the system's server sends with a code that names no other,
    /// where the catalog records statuses.
    wire_http_status: Option<u16>,
}

impl<'a> Plan<'a> {
    fn of(catalog: &'a Catalog) -> Self {
        let wire_http_status = catalog.system.wire_http_status;
        let facts = [
            ("explanation", catalog.has_explanations()),
            ("basis", catalog.has_bases()),
            ("symbols", catalog.has_symbols()),
            ("readings", catalog.has_readings()),
            ("wire_http_status", wire_http_status.is_some()),
        ];
        Plan {
            accessors: facts
                .into_iter()
                .filter_map(|(accessor, has)| has.then_some(accessor))
                .collect(),
            scope: catalog.scope.as_ref(),
            wire_http_status,
        }
    }
}

/// The version of the contract between this output and errcat's macros:
/// the items, keys and names the output hands them. The output states it,
/// and errcat's `generated_module!` compiles the module only for the contract
/// it reads, so that an errcat and an errcat-codegen that disagree fail with
/// one error naming both contracts. Raise it with every change of that
/// contract, and errcat's `generated_module!` with it.
pub const CONTRACT: u32 = 2;

/// Generates the Rust source of one catalog. `file` names it in the header.
pub fn emit(catalog: &Catalog, file: &str, options: &Options<'_>) -> String {
    let plan = Plan::of(catalog);
    let mut out = String::new();
    writeln!(out, "// @generated by errcat-codegen from `{file}`.").unwrap();
    writeln!(
        out,
        "// Do not edit: change the catalog and rebuild (see errcat-codegen's documentation).\n\
         // errcat compiles the items for the contract they were written for, and refuses\n\
         // them with one error for another (an errcat and an errcat-codegen of other versions).\n\
         ::errcat::generated_module! {{\ncontract: {CONTRACT},\nitems: {{\n"
    )
    .unwrap();
    emit_label_enum(
        &mut out,
        &catalog.system.category_enum,
        &format!(
            "The categories of [`{}`], as the vendor groups its codes.",
            catalog.system.enum_name
        ),
        &catalog.categories,
        "title",
        "The category's title.",
    );
    if let Some(scope) = plan.scope {
        emit_label_enum(
            &mut out,
            &scope.enum_name,
            &md(&scope.doc),
            &scope.values,
            "label",
            "How the vendor writes it.",
        );
    }
    emit_enum(&mut out, catalog, options.module_path);
    emit_entries(&mut out, catalog, &plan);
    emit_unnumbered(&mut out, catalog, &plan);
    emit_info(&mut out, catalog, &plan);
    emit_impl(&mut out, catalog, &plan);
    if let Some(status) = plan.wire_http_status {
        writeln!(
            out,
            "/// The HTTP status the system's server sends with a code for which the catalog\n\
             /// names no other status, known to the catalog or not (see\n\
             /// [`Code::wire_http_status`](::errcat::Code::wire_http_status)).\n\
             pub const DEFAULT_WIRE_HTTP_STATUS: u16 = {status};\n"
        )
        .unwrap();
    }
    emit_traits(&mut out, catalog, &plan, options.serde_feature);
    emit_maps(&mut out, catalog);
    out.push_str("\n}\n}\n");
    out
}

/// A small fieldless enum with a name and a text per variant (categories,
/// scope values): a call of `errcat::label_enum!` with one documented row
/// per variant.
fn emit_label_enum(
    out: &mut String,
    name: &str,
    summary: &str,
    labels: &[Label],
    text_fn: &str,
    text_doc: &str,
) {
    out.push_str("::errcat::label_enum! {\n");
    doc(out, "    ", summary);
    writeln!(
        out,
        "    enum: {name},\n    text: {text_fn},\n    text_doc: {},\n    values: [",
        lit(text_doc)
    )
    .unwrap();
    for label in labels {
        doc(out, "        ", &md(&label.text));
        if let Some(description) = &label.description {
            doc(out, "        ", "");
            doc(out, "        ", &md(description));
        }
        writeln!(
            out,
            "        {} = ({}, {}),",
            label.name,
            lit(&label.text),
            opt_lit(label.description.as_deref())
        )
        .unwrap();
    }
    out.push_str("    ],\n}\n\n");
}

fn kind_link(kind: &str) -> String {
    format!("[`Kind::{kind}`](errcat::Kind::{kind})")
}

fn emit_enum(out: &mut String, catalog: &Catalog, module: &str) {
    let system = &catalog.system;
    let name = &system.enum_name;
    doc(
        out,
        "",
        &format!("An error code of the {}.", md(&system.title)),
    );
    doc(out, "", "");
    doc(out, "", &md(&system.doc));
    doc(out, "", "");
    doc(out, "", &format!("Source: {}.", md(&system.source)));
    doc(out, "", "");
    doc(
        out,
        "",
        "Each variant's discriminant is its code and its `Display` is the vendor's message, \
         verbatim. Convert a raw code with `TryFrom<i32>` or [`Self::from_code`] (an integer of \
         another width with [`Self::from_int`], which never truncates), a variant \
         name with `FromStr` or [`Self::from_name`]. Every fact of a code is in its \
         [`CatalogEntry`](errcat::CatalogEntry) ([`Self::entry`]).",
    );
    doc(out, "", "");
    emit_example(out, catalog, module);
    write_derives(out);
    writeln!(out, "#[non_exhaustive]\n#[repr(i32)]\npub enum {name} {{").unwrap();
    for entry in &catalog.entries {
        emit_variant(out, catalog, entry);
    }
    writeln!(out, "}}\n").unwrap();
}

fn emit_variant(out: &mut String, catalog: &Catalog, entry: &Entry) {
    doc(
        out,
        "    ",
        &format!("`{}`: {}", entry.code, md(&entry.message)),
    );
    if let Some(description) = &entry.description {
        doc(out, "    ", "");
        doc(out, "    ", &md(description));
    }
    if let Some(explanation) = &entry.explanation {
        doc(out, "    ", "");
        for line in explanation.split(['\n', '\r']) {
            doc(out, "    ", &format!("> {}", md(line)));
        }
        doc(out, "    ", "");
        doc(out, "    ", "(the vendor's explanation)");
    }
    if let Some(basis) = &entry.basis {
        doc(out, "    ", "");
        doc(out, "    ", &format!("Basis: {}", md(basis)));
    }
    doc(out, "    ", "");
    for fact in variant_facts(catalog, entry) {
        doc(out, "    ", &format!("- {fact}"));
    }
    for symbol in entry.symbol.iter().chain(&entry.former_symbols) {
        writeln!(out, "    #[doc(alias = {})]", lit(symbol)).unwrap();
    }
    writeln!(out, "    {} = {},", entry.name, entry.code).unwrap();
}

/// The facts a variant's documentation lists: its category, kind and
/// source, then whatever else the catalog records of it.
fn variant_facts(catalog: &Catalog, entry: &Entry) -> Vec<String> {
    let category = &catalog.categories[entry.category];
    let mut facts = vec![
        format!(
            "Category: [`{0}::{1}`] ({2})",
            catalog.system.category_enum,
            category.name,
            md(&category.text)
        ),
        format!("Kind: {}", kind_link(&entry.kind)),
        format!(
            "Source: [`Provenance::{0}`](errcat::Provenance::{0})",
            entry.provenance
        ),
    ];
    if entry.success {
        facts.push("Means success".to_string());
    }
    match entry.retryable {
        Some(true) => facts.push("Retryable (the catalog overrides the kind's advice)".to_string()),
        Some(false) => {
            facts.push("Not retryable (the catalog overrides the kind's advice)".to_string())
        }
        None => {}
    }
    facts.extend(scope_facts(catalog, entry));
    for reading in &entry.readings {
        facts.push(reading_fact(catalog, reading));
    }
    if let Some(symbol) = &entry.symbol {
        facts.push(format!("Upstream symbol: `{symbol}`"));
    }
    if !entry.former_symbols.is_empty() {
        let former: Vec<String> = entry
            .former_symbols
            .iter()
            .map(|s| format!("`{s}`"))
            .collect();
        facts.push(format!("Former upstream symbol: {}", former.join(", ")));
    }
    if let Some((first, last)) = entry.range {
        facts.push(format!("Part of the range {first}..={last}"));
    }
    facts
}

/// Where in the scope a code applies, and what it means there, as variant
/// facts; none where the catalog has no scope.
fn scope_facts(catalog: &Catalog, entry: &Entry) -> Vec<String> {
    let Some(scope) = &catalog.scope else {
        return Vec::new();
    };
    let mut facts = Vec::new();
    let values: Vec<String> = entry
        .applies_to
        .iter()
        .map(|&i| format!("[`{}::{}`]", scope.enum_name, scope.values[i].name))
        .collect();
    if !values.is_empty() {
        facts.push(format!(
            "{}: {}",
            capitalize(&scope.accessor),
            values.join(", ")
        ));
    }
    for (i, meaning) in &entry.meanings {
        facts.push(format!(
            "On {}: {}",
            md(&scope.values[*i].text),
            md(meaning)
        ));
    }
    facts
}

/// One variant-doc line for another page's reading: the page, its text, and
/// where it applies or what kind it would imply, where the catalog says.
fn reading_fact(catalog: &Catalog, reading: &Reading) -> String {
    let page = &catalog.pages[reading.page];
    let mut fact = format!("Read by {}: \"{}\"", md(&page.title), md(&reading.text));
    if let Some(scope) = &catalog.scope {
        let labels: Vec<String> = reading
            .applies_to
            .iter()
            .map(|&i| md(&scope.values[i].text))
            .collect();
        if !labels.is_empty() {
            write!(fact, " (on {})", labels.join(", ")).unwrap();
        }
    }
    if let Some(kind) = &reading.kind {
        write!(fact, "; that reading would be {}", kind_link(kind)).unwrap();
    }
    fact
}

/// The scope labels of `indexes` as string literals, comma-separated: the
/// inside of a generated `&[...]` (empty where the catalog has no scope).
fn label_literals(catalog: &Catalog, indexes: &[usize]) -> String {
    let Some(scope) = &catalog.scope else {
        return String::new();
    };
    let labels: Vec<String> = indexes
        .iter()
        .map(|&i| lit(&scope.values[i].text))
        .collect();
    labels.join(", ")
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The per-variant metadata table, in variant order: each variant's typed
/// category (and scope) beside its `errcat::CatalogEntry`.
fn emit_entries(out: &mut String, catalog: &Catalog, plan: &Plan<'_>) {
    out.push_str(
        "/// What the catalog records of one code: its typed category (and scope), and\n\
         /// the record every per-code method reads.\nstruct Entry {\n",
    );
    writeln!(out, "    category: {},", catalog.system.category_enum).unwrap();
    out.push_str("    record: ::errcat::CatalogEntry,\n");
    if let Some(scope) = plan.scope {
        writeln!(
            out,
            "    applies_to: &'static [{0}],\n    meanings: &'static [({0}, &'static str)],",
            scope.enum_name
        )
        .unwrap();
    }
    out.push_str("}\n\n");
    writeln!(
        out,
        "/// One row per variant, in variant order.\nstatic ENTRIES: [Entry; {}] = [",
        catalog.entries.len()
    )
    .unwrap();
    for entry in &catalog.entries {
        emit_entry_row(out, catalog, plan, entry);
    }
    out.push_str("];\n\n");
}

/// One row of `ENTRIES`: the record is built by `CatalogEntry::new` with
/// what every entry has, then one `with_*` setter per other fact the entry
/// records, so that a row names only the facts its code has.
fn emit_entry_row(out: &mut String, catalog: &Catalog, plan: &Plan<'_>, entry: &Entry) {
    let category = &catalog.categories[entry.category].name;
    writeln!(out, "    // {}", entry.code).unwrap();
    writeln!(
        out,
        "    Entry {{\n        category: {}::{category},",
        catalog.system.category_enum
    )
    .unwrap();
    writeln!(
        out,
        "        record: ::errcat::CatalogEntry::new(\n            {},\n            {},\n            \
         &CATEGORY_INFO[{}],\n            ::errcat::Kind::{},\n            ::errcat::Provenance::{},\n        )",
        lit(&entry.name),
        lit(&entry.message),
        entry.category,
        entry.kind,
        entry.provenance
    )
    .unwrap();
    for (setter, value) in record_setters(catalog, plan, entry) {
        writeln!(out, "        .with_{setter}({value})").unwrap();
    }
    out.pop();
    out.push_str(",\n");
    if let Some(scope) = plan.scope {
        emit_scope_fields(out, scope, entry);
    }
    out.push_str("    },\n");
}

/// The `with_*` setters of an entry's record, as (fact, value) pairs: one
/// per optional fact the entry records, in the record's order.
fn record_setters(
    catalog: &Catalog,
    plan: &Plan<'_>,
    entry: &Entry,
) -> Vec<(&'static str, String)> {
    let mut setters = Vec::new();
    let texts = [
        ("description", &entry.description),
        ("explanation", &entry.explanation),
        ("basis", &entry.basis),
    ];
    for (fact, text) in texts {
        if let Some(text) = text {
            setters.push((fact, lit(text)));
        }
    }
    if let Some(retryable) = entry.retryable {
        setters.push(("retryable", retryable.to_string()));
    }
    if let Some(symbol) = &entry.symbol {
        setters.push(("upstream_symbol", lit(symbol)));
    }
    if !entry.former_symbols.is_empty() {
        let former: Vec<String> = entry.former_symbols.iter().map(|s| lit(s)).collect();
        setters.push(("former_symbols", format!("&[{}]", former.join(", "))));
    }
    if !entry.applies_to.is_empty() {
        let labels = label_literals(catalog, &entry.applies_to);
        setters.push(("applies_to", format!("&[{labels}]")));
    }
    if let (false, Some(scope)) = (entry.meanings.is_empty(), plan.scope) {
        let meanings: Vec<String> = entry
            .meanings
            .iter()
            .map(|(i, m)| format!("({}, {})", lit(&scope.values[*i].text), lit(m)))
            .collect();
        setters.push(("meanings", format!("&[{}]", meanings.join(", "))));
    }
    if !entry.readings.is_empty() {
        setters.push(("other_readings", readings_literal(catalog, entry)));
    }
    if let Some(status) = plan
        .wire_http_status
        .map(|d| entry.wire_http_status.unwrap_or(d))
    {
        setters.push(("wire_http_status", status.to_string()));
    }
    setters
}

/// An entry row's typed scope fields: where the code applies and what it
/// means there, as values of the scope enum.
fn emit_scope_fields(out: &mut String, scope: &Scope, entry: &Entry) {
    let value = |i: usize| format!("{}::{}", scope.enum_name, scope.values[i].name);
    let values: Vec<String> = entry.applies_to.iter().map(|&i| value(i)).collect();
    writeln!(out, "        applies_to: &[{}],", values.join(", ")).unwrap();
    let meanings: Vec<String> = entry
        .meanings
        .iter()
        .map(|(i, m)| format!("({}, {})", value(*i), lit(m)))
        .collect();
    writeln!(out, "        meanings: &[{}],", meanings.join(", ")).unwrap();
}

/// An entry's other readings as a `'static` slice: one `errcat::Reading` per
/// reading, its page a row of `PAGE_INFO`, in a `const` block (an argument of
/// a `const fn` call is not promoted to `'static` by itself).
fn readings_literal(catalog: &Catalog, entry: &Entry) -> String {
    let mut text = String::from("const { &[\n");
    for reading in &entry.readings {
        let kind = match &reading.kind {
            Some(kind) => format!("Some(::errcat::Kind::{kind})"),
            None => "None".to_string(),
        };
        writeln!(
            text,
            "            ::errcat::Reading::new(&PAGE_INFO[{}], {}, &[{}], {kind}),",
            reading.page,
            lit(&reading.text),
            label_literals(catalog, &reading.applies_to)
        )
        .unwrap();
    }
    text.push_str("        ] }");
    text
}

fn emit_unnumbered(out: &mut String, catalog: &Catalog, plan: &Plan<'_>) {
    if catalog.unnumbered.is_empty() {
        return;
    }
    let title = md(&catalog.system.title);
    doc(
        out,
        "",
        &format!("A message the {title} documents without a code number."),
    );
    writeln!(
        out,
        "///\n\
         /// No copy of the vendor's page gives these a number, so errcat records them\n\
         /// without one instead of guessing: they cannot be converted from a code.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n#[non_exhaustive]\npub struct Unnumbered {{\n    \
         /// The vendor's message, verbatim.\n    pub message: &'static str,\n    \
         /// What it means, in errcat's words.\n    pub description: Option<&'static str>,"
    )
    .unwrap();
    if let Some(scope) = plan.scope {
        writeln!(
            out,
            "    /// Where the vendor says it applies.\n    pub {}: &'static [{}],",
            scope.accessor, scope.enum_name
        )
        .unwrap();
    }
    out.push_str("}\n\n");
    doc(
        out,
        "",
        &format!("Every message the {title} documents without a code number."),
    );
    out.push_str("pub const UNNUMBERED: &[Unnumbered] = &[\n");
    for item in &catalog.unnumbered {
        writeln!(
            out,
            "    Unnumbered {{\n        message: {},",
            lit(&item.message)
        )
        .unwrap();
        writeln!(
            out,
            "        description: {},",
            opt_lit(item.description.as_deref())
        )
        .unwrap();
        if let Some(scope) = plan.scope {
            let values: Vec<String> = item
                .applies_to
                .iter()
                .map(|&i| format!("{}::{}", scope.enum_name, scope.values[i].name))
                .collect();
            writeln!(out, "        {}: &[{}],", scope.accessor, values.join(", ")).unwrap();
        }
        out.push_str("    },\n");
    }
    out.push_str("];\n\n");
}

/// The catalog's categories, scope and unnumbered messages as the library's
/// plain data types, for `System::categories`, `System::scope` and
/// `System::unnumbered`.
fn emit_info(out: &mut String, catalog: &Catalog, plan: &Plan<'_>) {
    out.push_str("/// The categories, as data (see `ErrorCode::CATEGORIES`).\nconst CATEGORY_INFO: &[::errcat::CategoryInfo] = &[\n");
    for category in &catalog.categories {
        writeln!(
            out,
            "    ::errcat::CategoryInfo::new({}, {}, {}),",
            lit(&category.name),
            lit(&category.text),
            opt_lit(category.description.as_deref())
        )
        .unwrap();
    }
    out.push_str("];\n\n/// The scope, as data (see `ErrorCode::SCOPE`).\nconst SCOPE_INFO: Option<&::errcat::ScopeInfo> = ");
    match plan.scope {
        Some(scope) => {
            let labels: Vec<String> = scope.values.iter().map(|v| lit(&v.text)).collect();
            writeln!(
                out,
                "Some(&::errcat::ScopeInfo::new(\n    {},\n    {},\n    &[{}],\n));\n",
                lit(&scope.accessor),
                lit(&scope.doc),
                labels.join(", ")
            )
            .unwrap();
        }
        None => out.push_str("None;\n\n"),
    }
    out.push_str("/// The other pages that document some of the codes, as data (see `ErrorCode::PAGES`).\nconst PAGE_INFO: &[::errcat::PageInfo] = &[\n");
    for page in &catalog.pages {
        writeln!(
            out,
            "    ::errcat::PageInfo::new({}, {}, {}),",
            lit(&page.id),
            lit(&page.title),
            opt_lit(page.about.as_deref())
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    out.push_str("/// The messages without a number, as data (see `ErrorCode::UNNUMBERED`).\nconst UNNUMBERED_INFO: &[::errcat::UnnumberedInfo] = &[\n");
    for item in &catalog.unnumbered {
        writeln!(
            out,
            "    ::errcat::UnnumberedInfo::new({}, {}, &[{}]),",
            lit(&item.message),
            opt_lit(item.description.as_deref()),
            label_literals(catalog, &item.applies_to)
        )
        .unwrap();
    }
    out.push_str("];\n\n");
}

fn emit_impl(out: &mut String, catalog: &Catalog, plan: &Plan<'_>) {
    let name = &catalog.system.enum_name;
    emit_lookup_tables(out, catalog);
    writeln!(out, "impl {name} {{").unwrap();
    writeln!(
        out,
        "    /// Every variant, in catalog order.\n    pub const ALL: &'static [Self] = &["
    )
    .unwrap();
    for entry in &catalog.entries {
        writeln!(out, "        Self::{},", entry.name).unwrap();
    }
    writeln!(out, "    ];\n").unwrap();

    // The methods every enum has: `errcat::impl_error_enum!`, below.
    out.push_str("}\n\n");
    emit_extras(out, catalog, plan);
    emit_enum_methods(out, catalog);
}

/// The tables `from_code`, `index` and `from_name` read (laid out by
/// [`CodeTable`] and [`NameTable`]).
fn emit_lookup_tables(out: &mut String, catalog: &Catalog) {
    let name = &catalog.system.enum_name;
    let codes: Vec<i32> = catalog.entries.iter().map(|e| e.code).collect();
    let code_table = CodeTable::build(&codes);
    let names: Vec<&str> = catalog.entries.iter().map(|e| e.name.as_str()).collect();
    let name_table = NameTable::build(&names);

    let layout = if code_table.shift == SORTED {
        "/// `from_code`, sorted layout (the codes lie too far apart for pages): the\n\
         /// smallest code, the shift `u32::MAX` that marks this layout, the codes in\n\
         /// ascending order and their variants in the same order."
    } else {
        "/// `from_code`: the smallest code, the page shift, the page table (where the\n\
         /// page's block of slots starts, minus where the page starts; block 0 is empty)\n\
         /// and the slots."
    };
    writeln!(out, "{layout}").unwrap();
    writeln!(
        out,
        "const CODE_MIN: i32 = {};\nconst CODE_SHIFT: u32 = {};",
        code_table.min, code_table.shift
    )
    .unwrap();
    let pages: Vec<String> = code_table.pages.iter().map(i32::to_string).collect();
    write_table(out, "CODE_PAGES", "i32", &pages, 8);
    let slots: Vec<String> = code_table
        .slots
        .iter()
        .map(|&slot| match slot {
            0 => "None".to_string(),
            _ => format!(
                "Some({name}::{})",
                catalog.entries[usize::from(slot) - 1].name
            ),
        })
        .collect();
    write_table(out, "CODE_SLOTS", &format!("Option<{name}>"), &slots, 4);
    writeln!(
        out,
        "/// `index`: the same slots, holding the variant's index plus one (0 for no code)."
    )
    .unwrap();
    write_u16_table(out, "CODE_INDEX", &code_table.slots);
    writeln!(
        out,
        "/// `from_name`: log2 of the slot count and the slots (`tag << 16 | index + 1`, 0 if empty).\nconst NAME_BITS: u32 = {};",
        name_table.bits
    )
    .unwrap();
    let name_slots: Vec<String> = name_table
        .slots
        .iter()
        .map(|&slot| format!("0x{:04X}_{:04X}", slot >> 16, slot & 0xFFFF))
        .collect();
    write_table(out, "NAME_SLOTS", "u32", &name_slots, 8);
}

/// The call of `errcat::impl_error_enum!`, with the tables it reads by name.
fn emit_enum_methods(out: &mut String, catalog: &Catalog) {
    writeln!(
        out,
        "::errcat::impl_error_enum! {{\n    \
         error: {name},\n    \
         category: {category},\n    \
         title: {title},\n    \
         tables: {{\n        \
         code_min: CODE_MIN,\n        \
         code_shift: CODE_SHIFT,\n        \
         code_pages: CODE_PAGES,\n        \
         code_slots: CODE_SLOTS,\n        \
         code_index: CODE_INDEX,\n        \
         name_bits: NAME_BITS,\n        \
         name_slots: NAME_SLOTS,\n        \
         entries: ENTRIES,\n    \
         }},\n\
         }}\n",
        name = catalog.system.enum_name,
        category = catalog.system.category_enum,
        title = lit(&md(&catalog.system.title)),
    )
    .unwrap();
}

/// The enum's one doc example, on the catalog's first entry: a code
/// converted, shown and looked up by name, a code and a name the catalog
/// lacks, the entry's record, and where the catalog records symbols, a
/// lookup by symbol.
fn emit_example(out: &mut String, catalog: &Catalog, module: &str) {
    let name = &catalog.system.enum_name;
    let first = &catalog.entries[0];
    let variant = format!("{name}::{}", first.name);
    let mut lines = vec![
        "```".to_string(),
        format!("use {module}::{name};"),
        String::new(),
        format!("let error = {name}::try_from({}).unwrap();", first.code),
        format!("assert_eq!(error, {variant});"),
        format!("assert_eq!(error.to_string(), {});", lit(&first.message)),
        format!("assert_eq!(error.kind(), errcat::Kind::{});", first.kind),
        format!(
            "assert_eq!({name}::from_name({}), Some(error));",
            lit(&first.name)
        ),
        format!(
            "assert_eq!({name}::from_code({}), None);",
            absent_code(catalog)
        ),
        format!(
            "assert_eq!({name}::from_name({}), None);",
            lit(&absent(&catalog.entries, "NoSuchName", |e, name| e.name == name))
        ),
        "// Every fact the catalog records of the code, in one record:".to_string(),
        "let entry = error.entry();".to_string(),
        format!(
            "assert_eq!((entry.name, entry.is_success()), ({}, {}));",
            lit(&first.name),
            first.success
        ),
    ];
    // Empty for a catalog without symbols.
    lines.extend(symbol_example(catalog));
    lines.push("```".to_string());
    for line in lines {
        doc(out, "", &line);
    }
}

/// The example's lines for a catalog that records symbols: the first entry
/// with one found by it, and a symbol no entry has found by none.
fn symbol_example(catalog: &Catalog) -> Vec<String> {
    let name = &catalog.system.enum_name;
    let Some((entry, symbol)) = catalog.entries.iter().find_map(|e| {
        let symbol = e.symbol.as_ref().or(e.former_symbols.first())?;
        Some((e, symbol))
    }) else {
        return Vec::new();
    };
    let absent_symbol = absent(&catalog.entries, "NO_SUCH_SYMBOL", |e, symbol| {
        e.symbol.as_deref() == Some(symbol) || e.former_symbols.iter().any(|s| s == symbol)
    });
    vec![
        format!(
            "assert_eq!({name}::from_symbol({}), Some({name}::{}));",
            lit(symbol),
            entry.name
        ),
        format!(
            "assert_eq!({name}::from_symbol({}), None);",
            lit(&absent_symbol)
        ),
    ]
}

/// A code no entry has, for the examples that show a lookup of a code
/// failing: the smallest `i32` the catalog leaves free.
fn absent_code(catalog: &Catalog) -> i32 {
    let mut codes: Vec<i32> = catalog.entries.iter().map(|e| e.code).collect();
    codes.sort_unstable();
    // The first gap from i32::MIN: a catalog has fewer codes than i32 has
    // values, so there is one.
    let mut free = i32::MIN;
    for code in codes {
        if code != free {
            break;
        }
        free += 1;
    }
    free
}

/// `base`, or `base` followed by the smallest number from 2 that makes it,
/// a word that no entry `has`: for the examples that show a lookup of a
/// name or a symbol failing.
fn absent(entries: &[Entry], base: &str, has: impl Fn(&Entry, &str) -> bool) -> String {
    let taken = |word: &str| entries.iter().any(|e| has(e, word));
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|i| format!("{base}{i}"))
        .find(|word| !taken(word))
        .expect("fewer entries than numbers")
}

/// The accessors only some catalogs need, as a call of
/// `errcat::impl_error_extras!` with the plan's accessors and scope by name;
/// nothing for a catalog without any.
fn emit_extras(out: &mut String, catalog: &Catalog, plan: &Plan<'_>) {
    if plan.accessors.is_empty() && plan.scope.is_none() {
        return;
    }
    writeln!(
        out,
        "::errcat::impl_error_extras! {{\n    error: {},\n    entries: ENTRIES,\n    accessors: [{}],",
        catalog.system.enum_name,
        plan.accessors.join(", ")
    )
    .unwrap();
    if let Some(scope) = plan.scope {
        writeln!(
            out,
            "    scope: {{ enum: {}, accessor: {} }},",
            scope.enum_name, scope.accessor
        )
        .unwrap();
    }
    out.push_str("}\n\n");
}

fn write_u16_table(out: &mut String, name: &str, values: &[u16]) {
    let values: Vec<String> = values.iter().map(u16::to_string).collect();
    write_table(out, name, "u16", &values, 16);
}

/// Writes `static NAME: [TYPE; N] = [...]` with `per_row` values a line.
fn write_table(out: &mut String, name: &str, ty: &str, values: &[String], per_row: usize) {
    writeln!(out, "static {name}: [{ty}; {}] = [", values.len()).unwrap();
    for row in values.chunks(per_row) {
        writeln!(out, "    {},", row.join(", ")).unwrap();
    }
    out.push_str("];\n");
}

/// Writes the trait impls: the system's info, then a call of
/// `errcat::impl_error_code!`, which owns their shape, with the module's
/// data by name (and the default wire status where the plan has one).
fn emit_traits(out: &mut String, catalog: &Catalog, plan: &Plan<'_>, serde_feature: Option<&str>) {
    writeln!(
        out,
        "/// The system, as [`ErrorCode::SYSTEM`](errcat::ErrorCode::SYSTEM) gives it.\n\
         const SYSTEM_INFO: &::errcat::SystemInfo = &::errcat::SystemInfo::new({}, {}){};\n",
        lit(&catalog.system.id),
        lit(&catalog.system.title),
        if catalog.system.hex_codes {
            ".with_hex_codes()"
        } else {
            ""
        }
    )
    .unwrap();
    let serde = serde_feature
        .map(|feature| format!("    serde_feature: {feature:?},\n"))
        .unwrap_or_default();
    let default_wire = plan
        .wire_http_status
        .map(|_| "    default_wire_http_status: DEFAULT_WIRE_HTTP_STATUS,\n")
        .unwrap_or_default();
    writeln!(
        out,
        "::errcat::impl_error_code! {{\n    \
         error: {name},\n    \
         category: {category},\n    \
         system: SYSTEM_INFO,\n    \
         categories: CATEGORY_INFO,\n    \
         scope: SCOPE_INFO,\n    \
         unnumbered: UNNUMBERED_INFO,\n    \
         pages: PAGE_INFO,\n\
         {serde}{default_wire}\
         }}",
        name = catalog.system.enum_name,
        category = catalog.system.category_enum,
    )
    .unwrap();
}

fn emit_maps(out: &mut String, catalog: &Catalog) {
    let name = &catalog.system.enum_name;
    let mut by_code = phf_codegen::Map::new();
    let mut by_name = phf_codegen::Map::new();
    by_code.phf_path("::errcat::phf");
    by_name.phf_path("::errcat::phf");
    for entry in &catalog.entries {
        by_code.entry(entry.code, format!("{name}::{}", entry.name));
        by_name.entry(entry.name.as_str(), format!("{name}::{}", entry.name));
    }
    writeln!(
        out,
        "\n/// A perfect-hash map from raw code to variant (`phf`, SipHash).\n///\n\
         /// [`{name}::from_code`] answers the same question faster; the map is here for\n\
         /// code that wants a `phf::Map`.\n\
         pub static BY_CODE: ::errcat::phf::Map<i32, {name}> = {};\n",
        by_code.build(),
    )
    .unwrap();
    writeln!(
        out,
        "/// A perfect-hash map from variant name to variant (`phf`, SipHash).\n///\n\
         /// [`{name}::from_name`] answers the same question faster.\n\
         pub static BY_NAME: ::errcat::phf::Map<&'static str, {name}> = {};",
        by_name.build(),
    )
    .unwrap();
}
