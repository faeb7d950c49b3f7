//! Reading a catalog: TOML text in, a checked [`Catalog`] out.
//!
//! Parsing is two steps. `serde` and `toml` turn the text into the raw tables
//! below (wrong types, unknown keys and missing fields fail here, with the span
//! `toml` reports); then `Catalog::from_raw` checks what the types cannot say
//! (unique codes and names, declared categories, ranges) and expands ranges.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;

use toml::Spanned;
use toml::de::DeTable;

use super::read::{self, Fields, Problem};
use super::vocabulary::{KINDS, SOURCES, kind_named};

/// Names the generated code gives to associated items of the error enum, or
/// that it writes as `Self::Error` / `Self::Err` (the `TryFrom` and `FromStr`
/// error types); a variant may not take one of them.
const RESERVED_NAMES: [&str; 6] = ["ALL", "COUNT", "VARIANTS", "BY_CODE", "Err", "Error"];

/// The most codes one catalog may have: the generated lookup tables index
/// variants with a `u16` and keep one value for "no variant".
pub const MAX_CODES: usize = u16::MAX as usize - 1;

/// Rust's keywords (strict and reserved, all editions).
const KEYWORDS: [&str; 52] = [
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// A catalog that could not be read, with where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    /// The file as the caller named it.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, in the words of someone editing the TOML.
    pub problem: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.problem
        )
    }
}

impl std::error::Error for CatalogError {}

/// The `[system]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SystemInfo {
    /// The system's id: the module's name and the catalog's file name.
    pub id: String,
    /// How people name the system.
    pub title: String,
    /// The generated error enum, `<Variant>Error`.
    pub enum_name: String,
    /// The generated category enum.
    pub category_enum: String,
    /// The `errcat::System` variant: `enum_name` without its `Error` suffix.
    pub system_variant: String,
    /// The page the codes come from, as published.
    pub source: String,
    /// A paragraph for the error enum's documentation (plain text).
    pub doc: String,
    /// The HTTP status the system's server sends with a code whose entry names
    /// none (`[system] wire_http_status`); `None` where the catalog records no
    /// wire status at all.
    pub wire_http_status: Option<u16>,
    /// Whether people read the codes in hexadecimal (`[system] hex_codes`,
    /// default `false`): `errcat::SystemInfo::hex_codes`.
    pub hex_codes: bool,
}

/// A `[[category]]` or a `[[scope.value]]`: a variant of a small generated enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The variant's name.
    pub name: String,
    /// The category's title, or the scope value's label.
    pub text: String,
    /// What it holds, in errcat's words.
    pub description: Option<String>,
}

/// The `[scope]` table: what `applies_to` lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// The generated enum of the scope's values.
    pub enum_name: String,
    /// The generated accessor of the error enum (`methods`, `firmware`).
    pub accessor: String,
    /// What the scope is (plain text).
    pub doc: String,
    /// The values, in catalog order.
    pub values: Vec<Label>,
}

/// One code of the catalog; a `[[range]]` becomes one entry per code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The raw code.
    pub code: i32,
    /// The variant's name.
    pub name: String,
    /// The vendor's message, verbatim.
    pub message: String,
    /// Index into [`Catalog::categories`].
    pub category: usize,
    /// A kind name of [`KINDS`].
    pub kind: String,
    /// errcat's description, where the catalog gives one.
    pub description: Option<String>,
    /// The vendor page's own explanation, verbatim.
    pub explanation: Option<String>,
    /// The retry advice where the catalog overrides the kind's.
    pub retryable: Option<bool>,
    /// Whether the code means success (its kind's gRPC number is 0: `Ok`,
    /// `OkWithRemark`).
    pub success: bool,
    /// The `errcat::Provenance` variant (of [`SOURCES`]).
    pub provenance: &'static str,
    /// The upstream symbol today.
    pub symbol: Option<String>,
    /// Symbols the code had in older upstream versions.
    pub former_symbols: Vec<String>,
    /// Indexes into the scope's values.
    pub applies_to: Vec<usize>,
    /// (scope value index, meaning there).
    pub meanings: Vec<(usize, String)>,
    /// What other pages say of the code, in catalog order.
    pub readings: Vec<Reading>,
    /// The range this entry was expanded from, if any.
    pub range: Option<(i32, i32)>,
    /// The HTTP status the system's server sends with this code, where the
    /// catalog names one for it.
    pub wire_http_status: Option<u16>,
}

/// A `[[page]]`: a vendor page other than the catalog's source that also
/// documents some of its codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The key readings name the page by.
    pub id: String,
    /// How the page is named to a reader.
    pub title: String,
    /// What the page is about: the commands its readings concern.
    pub about: Option<String>,
}

/// Another page's reading of a code: an entry of a `[[code]]`'s `readings`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// Index into [`Catalog::pages`].
    pub page: usize,
    /// The page's text for the code, verbatim.
    pub text: String,
    /// Indexes into the scope's values where the page gives this reading;
    /// empty: wherever the code applies.
    pub applies_to: Vec<usize>,
    /// A kind name of [`KINDS`], where the reading implies another kind than
    /// the code's.
    pub kind: Option<String>,
}

/// A message the vendor documents without a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unnumbered {
    /// The vendor's message, verbatim.
    pub message: String,
    /// errcat's description.
    pub description: Option<String>,
    /// Indexes into the scope's values.
    pub applies_to: Vec<usize>,
}

/// A checked catalog, ranges expanded, entries in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// The `[system]` table.
    pub system: SystemInfo,
    /// The categories, in catalog order.
    pub categories: Vec<Label>,
    /// The scope, if the catalog has one.
    pub scope: Option<Scope>,
    /// Every code, ranges expanded, in file order.
    pub entries: Vec<Entry>,
    /// The messages documented without a number.
    pub unnumbered: Vec<Unnumbered>,
    /// The other pages readings name, in catalog order.
    pub pages: Vec<Page>,
}

impl Catalog {
    /// Whether any entry records an upstream symbol (then the generated enum
    /// gets symbol accessors).
    pub fn has_symbols(&self) -> bool {
        self.entries
            .iter()
            .any(|e| e.symbol.is_some() || !e.former_symbols.is_empty())
    }

    /// Whether any entry records another page's reading (then the generated
    /// enum gets an `other_readings` accessor).
    pub fn has_readings(&self) -> bool {
        self.entries.iter().any(|e| !e.readings.is_empty())
    }

    /// Whether any entry carries the vendor's own explanation.
    pub fn has_explanations(&self) -> bool {
        self.entries.iter().any(|e| e.explanation.is_some())
    }
}

struct RawCatalog {
    system: RawSystem,
    category: Vec<RawCategory>,
    scope: Option<RawScope>,
    code: Vec<Spanned<RawCode>>,
    range: Vec<Spanned<RawRange>>,
    unnumbered: Vec<Spanned<RawUnnumbered>>,
    page: Vec<RawPage>,
}

struct RawPage {
    id: Spanned<String>,
    title: Spanned<String>,
    about: Option<String>,
}

struct RawReading {
    page: Spanned<String>,
    text: Spanned<String>,
    applies_to: Option<Vec<Spanned<String>>>,
    kind: Option<Spanned<String>>,
}

struct RawSystem {
    id: Spanned<String>,
    title: String,
    enum_name: Spanned<String>,
    category_enum: Spanned<String>,
    source: String,
    doc: String,
    wire_http_status: Option<Spanned<u16>>,
    hex_codes: Option<bool>,
}

struct RawCategory {
    name: Spanned<String>,
    title: String,
    description: Option<String>,
}

struct RawScope {
    enum_name: Spanned<String>,
    accessor: Spanned<String>,
    doc: String,
    value: Vec<RawScopeValue>,
}

struct RawScopeValue {
    name: Spanned<String>,
    label: Spanned<String>,
    doc: Option<String>,
}

/// The fields a `[[code]]` and a `[[range]]` share.
struct RawCommon {
    name: Spanned<String>,
    message: Spanned<String>,
    category: Spanned<String>,
    kind: Spanned<String>,
    description: Option<String>,
    explanation: Option<String>,
    retryable: Option<bool>,
    source: Option<Spanned<String>>,
    applies_to: Option<Vec<Spanned<String>>>,
}

struct RawCode {
    code: Spanned<i32>,
    common: RawCommon,
    symbol: Option<Spanned<String>>,
    former_symbols: Option<Vec<Spanned<String>>>,
    meanings: Option<Spanned<BTreeMap<String, String>>>,
    readings: Option<Vec<Spanned<RawReading>>>,
    wire_http_status: Option<Spanned<u16>>,
}

struct RawRange {
    first: Spanned<i32>,
    last: Spanned<i32>,
    common: RawCommon,
    except: Option<Vec<Spanned<i32>>>,
}

struct RawUnnumbered {
    message: Spanned<String>,
    description: Option<String>,
    applies_to: Option<Vec<Spanned<String>>>,
}

// Each raw table read from its TOML fields, in the order the schema lists
// them; a field the table does not take is refused by `read::table`.

impl RawCatalog {
    fn read(document: &Spanned<DeTable<'_>>) -> Result<Self, Problem> {
        let mut fields = Fields::document(document);
        let catalog = RawCatalog {
            system: fields.required("system", |v| {
                Ok(read::table(v, RawSystem::read)?.into_inner())
            })?,
            category: tables(&mut fields, "category", RawCategory::read)?,
            scope: fields.optional(
                "scope",
                |v| Ok(read::table(v, RawScope::read)?.into_inner()),
            )?,
            code: spanned_tables(&mut fields, "code", RawCode::read)?,
            range: spanned_tables(&mut fields, "range", RawRange::read)?,
            unnumbered: spanned_tables(&mut fields, "unnumbered", RawUnnumbered::read)?,
            page: tables(&mut fields, "page", RawPage::read)?,
        };
        fields.finish()?;
        Ok(catalog)
    }
}

/// The array of tables `key` (empty when absent), each with its place.
fn spanned_tables<T>(
    fields: &mut Fields<'_, '_>,
    key: &'static str,
    read: fn(&mut Fields<'_, '_>) -> Result<T, Problem>,
) -> Result<Vec<Spanned<T>>, Problem> {
    Ok(fields
        .optional(key, |v| read::array(v, |item| read::table(item, read)))?
        .unwrap_or_default())
}

/// The array of tables `key` (empty when absent).
fn tables<T>(
    fields: &mut Fields<'_, '_>,
    key: &'static str,
    read: fn(&mut Fields<'_, '_>) -> Result<T, Problem>,
) -> Result<Vec<T>, Problem> {
    Ok(spanned_tables(fields, key, read)?
        .into_iter()
        .map(Spanned::into_inner)
        .collect())
}

impl RawPage {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawPage {
            id: fields.required("id", read::string)?,
            title: fields.required("title", read::string)?,
            about: fields.optional("about", read::text)?,
        })
    }
}

impl RawReading {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawReading {
            page: fields.required("page", read::string)?,
            text: fields.required("text", read::string)?,
            applies_to: fields.optional("applies_to", read::strings)?,
            kind: fields.optional("kind", read::string)?,
        })
    }
}

impl RawSystem {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawSystem {
            id: fields.required("id", read::string)?,
            title: fields.required("title", read::text)?,
            enum_name: fields.required("enum", read::string)?,
            category_enum: fields.required("category_enum", read::string)?,
            source: fields.required("source", read::text)?,
            doc: fields.required("doc", read::text)?,
            wire_http_status: fields.optional("wire_http_status", read::u16_value)?,
            hex_codes: fields.optional("hex_codes", read::boolean)?,
        })
    }
}

impl RawCategory {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawCategory {
            name: fields.required("name", read::string)?,
            title: fields.required("title", read::text)?,
            description: fields.optional("description", read::text)?,
        })
    }
}

impl RawScope {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawScope {
            enum_name: fields.required("enum", read::string)?,
            accessor: fields.required("accessor", read::string)?,
            doc: fields.required("doc", read::text)?,
            value: fields.required("value", |v| {
                read::array(v, |item| {
                    Ok(read::table(item, RawScopeValue::read)?.into_inner())
                })
            })?,
        })
    }
}

impl RawScopeValue {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawScopeValue {
            name: fields.required("name", read::string)?,
            label: fields.required("label", read::string)?,
            doc: fields.optional("doc", read::text)?,
        })
    }
}

impl RawCommon {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawCommon {
            name: fields.required("name", read::string)?,
            message: fields.required("message", read::string)?,
            category: fields.required("category", read::string)?,
            kind: fields.required("kind", read::string)?,
            description: fields.optional("description", read::text)?,
            explanation: fields.optional("explanation", read::text)?,
            retryable: fields.optional("retryable", read::boolean)?,
            source: fields.optional("source", read::string)?,
            applies_to: fields.optional("applies_to", read::strings)?,
        })
    }
}

impl RawCode {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawCode {
            code: fields.required("code", read::i32_value)?,
            common: RawCommon::read(fields)?,
            symbol: fields.optional("symbol", read::string)?,
            former_symbols: fields.optional("former_symbols", read::strings)?,
            meanings: fields.optional("meanings", read::string_map)?,
            readings: fields.optional("readings", |v| {
                read::array(v, |item| read::table(item, RawReading::read))
            })?,
            wire_http_status: fields.optional("wire_http_status", read::u16_value)?,
        })
    }
}

impl RawRange {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawRange {
            first: fields.required("first", read::i32_value)?,
            last: fields.required("last", read::i32_value)?,
            common: RawCommon::read(fields)?,
            except: fields.optional("except", read::i32_values)?,
        })
    }
}

impl RawUnnumbered {
    fn read(fields: &mut Fields<'_, '_>) -> Result<Self, Problem> {
        Ok(RawUnnumbered {
            message: fields.required("message", read::string)?,
            description: fields.optional("description", read::text)?,
            applies_to: fields.optional("applies_to", read::strings)?,
        })
    }
}

/// Reads and checks one catalog. `file` only names the file in errors.
pub fn parse(file: &str, text: &str) -> Result<Catalog, CatalogError> {
    let fail = |span: Range<usize>, problem: String| error_at(file, text, span.start, problem);
    if text.trim().is_empty() {
        return Err(fail(0..0, "the catalog is empty: it needs a [system] table, [[category]] tables and [[code]] entries (see the schema in errcat-codegen's documentation)".into()));
    }
    let document = DeTable::parse(text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        fail(span, e.message().trim_end().to_string())
    })?;
    let raw = RawCatalog::read(&document).map_err(|(span, problem)| fail(span, problem))?;
    Catalog::from_raw(raw, text).map_err(|(span, problem)| fail(span, problem))
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Turns a byte offset into a `file:line:column` error.
fn error_at(file: &str, text: &str, offset: usize, problem: String) -> CatalogError {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = line_of(text, offset);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    CatalogError {
        file: file.to_string(),
        line,
        column,
        problem,
    }
}

/// Turns an `applies_to` list into indexes of the scope's values.
type ResolveScope<'a> = dyn Fn(Option<Vec<Spanned<String>>>) -> Result<Vec<usize>, Problem> + 'a;

fn problem<T>(span: Range<usize>, text: impl Into<String>) -> Result<T, Problem> {
    Err((span, text.into()))
}

/// Checks that `name` can be a variant of a generated enum.
fn check_ident(name: &Spanned<String>, what: &str, allow_underscore: bool) -> Result<(), Problem> {
    let text = name.get_ref();
    if KEYWORDS.contains(&text.as_str()) {
        return problem(
            name.span(),
            format!("{what} `{text}` is a Rust keyword; pick another name"),
        );
    }
    let mut chars = text.chars();
    let starts_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || (allow_underscore && c == '_'));
    if !starts_upper || !rest_ok {
        let rule = if allow_underscore {
            "an ASCII capital letter followed by ASCII letters, digits or `_`"
        } else {
            "an ASCII capital letter followed by ASCII letters and digits (UpperCamelCase)"
        };
        return problem(
            name.span(),
            format!("{what} `{text}` is not a valid name: it must be {rule}"),
        );
    }
    Ok(())
}

/// An upstream symbol is a C identifier (`NEU_ERR_NODE_EXIST`,
/// `SoapErrorNoError`): it becomes a `doc(alias)` and a search key.
fn check_symbol(symbol: &Spanned<String>) -> Result<(), Problem> {
    let text = symbol.get_ref();
    let mut chars = text.chars();
    let starts = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if !starts || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return problem(
            symbol.span(),
            format!(
                "symbol {text:?} is not an identifier: it must be ASCII letters, digits and `_`, not starting with a digit"
            ),
        );
    }
    Ok(())
}

/// Refuses the code that takes a catalog past [`MAX_CODES`].
fn check_count(count: usize, span: Range<usize>) -> Result<(), Problem> {
    if count > MAX_CODES {
        return problem(
            span,
            format!("this code is the catalog's {count}th: a catalog can have at most {MAX_CODES}"),
        );
    }
    Ok(())
}

/// Checks that `kind` names a kind of [`KINDS`].
fn check_kind(kind: &Spanned<String>) -> Result<(), Problem> {
    if kind_named(kind.get_ref()).is_none() {
        return problem(
            kind.span(),
            format!(
                "unknown kind `{}`; a kind is one of: {}",
                kind.get_ref(),
                KINDS.map(|k| k.name).join(", ")
            ),
        );
    }
    Ok(())
}

fn check_text(text: &Spanned<String>, what: &str) -> Result<(), Problem> {
    if text.get_ref().trim().is_empty() {
        return problem(text.span(), format!("{what} is empty"));
    }
    Ok(())
}

/// What a `[[code]]` or a `[[range]]` becomes before ranges are expanded.
struct Item {
    span: Range<usize>,
    common: RawCommon,
    codes: ItemCodes,
}

enum ItemCodes {
    Single {
        code: Spanned<i32>,
        symbol: Option<Spanned<String>>,
        former_symbols: Vec<Spanned<String>>,
        meanings: Option<Spanned<BTreeMap<String, String>>>,
        readings: Vec<Spanned<RawReading>>,
        wire_http_status: Option<Spanned<u16>>,
    },
    Range {
        first: Spanned<i32>,
        last: Spanned<i32>,
        except: Vec<Spanned<i32>>,
    },
}

impl Catalog {
    fn from_raw(raw: RawCatalog, text: &str) -> Result<Catalog, Problem> {
        let system = check_system(raw.system)?;

        let mut categories = Vec::new();
        let mut category_index = HashMap::new();
        for category in raw.category {
            check_ident(&category.name, "category name", false)?;
            let name = category.name.get_ref().clone();
            if category_index
                .insert(name.clone(), categories.len())
                .is_some()
            {
                return problem(
                    category.name.span(),
                    format!("category `{name}` is declared twice"),
                );
            }
            categories.push(Label {
                name,
                text: category.title,
                description: category.description,
            });
        }

        let scope = raw.scope.map(check_scope).transpose()?;
        let scope_index: HashMap<String, usize> = scope
            .iter()
            .flat_map(|s| {
                s.values
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (v.text.clone(), i))
            })
            .collect();
        let resolve_scope = |labels: Option<Vec<Spanned<String>>>| -> Result<Vec<usize>, Problem> {
            let mut out: Vec<usize> = Vec::new();
            for label in labels.unwrap_or_default() {
                let Some(&i) = scope_index.get(label.get_ref()) else {
                    return problem(
                        label.span(),
                        unknown_scope_label(scope.as_ref(), label.get_ref()),
                    );
                };
                if out.contains(&i) {
                    return problem(
                        label.span(),
                        format!("`{}` is listed twice in applies_to", label.get_ref()),
                    );
                }
                out.push(i);
            }
            Ok(out)
        };

        let pages = check_pages(raw.page)?;
        let mut pages_read = vec![false; pages.len()];

        let mut items: Vec<Item> = Vec::new();
        for code in raw.code {
            let span = code.span();
            let code = code.into_inner();
            items.push(Item {
                span,
                common: code.common,
                codes: ItemCodes::Single {
                    code: code.code,
                    symbol: code.symbol,
                    former_symbols: code.former_symbols.unwrap_or_default(),
                    meanings: code.meanings,
                    readings: code.readings.unwrap_or_default(),
                    wire_http_status: code.wire_http_status,
                },
            });
        }
        for range in raw.range {
            let span = range.span();
            let range = range.into_inner();
            items.push(Item {
                span,
                common: range.common,
                codes: ItemCodes::Range {
                    first: range.first,
                    last: range.last,
                    except: range.except.unwrap_or_default(),
                },
            });
        }
        items.sort_by_key(|item| item.span.start);
        if items.is_empty() {
            return problem(
                0..0,
                "the catalog defines no codes: add at least one [[code]] entry",
            );
        }

        let singles: HashMap<i32, Range<usize>> = items
            .iter()
            .filter_map(|item| match &item.codes {
                ItemCodes::Single { code, .. } => Some((*code.get_ref(), code.span())),
                ItemCodes::Range { .. } => None,
            })
            .collect();

        let mut entries = Vec::new();
        // code -> (span of its definition, line description for messages)
        let mut codes_seen: HashMap<i32, Range<usize>> = HashMap::new();
        let mut names_seen: HashMap<String, Range<usize>> = HashMap::new();
        let mut symbols_seen: HashMap<String, Range<usize>> = HashMap::new();
        // (first, last, except) of every range so far
        let mut ranges_seen: Vec<(i32, i32, Vec<i32>)> = Vec::new();
        for item in items {
            let common = item.common;
            check_text(&common.message, "message")?;
            let Some(&category) = category_index.get(common.category.get_ref()) else {
                let declared: Vec<&str> = categories.iter().map(|c| c.name.as_str()).collect();
                return problem(
                    common.category.span(),
                    format!(
                        "unknown category `{}`; declared categories: {}",
                        common.category.get_ref(),
                        list_or_none(&declared)
                    ),
                );
            };
            check_kind(&common.kind)?;
            let kind = common.kind.get_ref();
            // Success is what the kind means (gRPC number 0): one fact, not two fields.
            let success = kind_named(kind).is_some_and(|row| row.is_success());
            let provenance = match &common.source {
                None => SOURCES[0].variant,
                Some(source) => match SOURCES.iter().find(|row| row.key == source.get_ref()) {
                    Some(row) => row.variant,
                    None => {
                        let keys: Vec<&str> = SOURCES.iter().map(|row| row.key).collect();
                        return problem(
                            source.span(),
                            format!(
                                "unknown source `{}`; a source is one of: {}",
                                source.get_ref(),
                                keys.join(", ")
                            ),
                        );
                    }
                },
            };
            let applies_to = resolve_scope(common.applies_to)?;

            match item.codes {
                ItemCodes::Single {
                    code,
                    symbol,
                    former_symbols,
                    meanings,
                    readings,
                    wire_http_status,
                } => {
                    check_ident(&common.name, "variant name", false)?;
                    if let Some(status) = &wire_http_status {
                        check_http_status(status)?;
                        if system.wire_http_status.is_none() {
                            return problem(
                                status.span(),
                                "`wire_http_status` needs `wire_http_status` in [system]: the status sent with the codes that name none",
                            );
                        }
                    }
                    let value = *code.get_ref();
                    if let Some((first, last, _)) = ranges_seen.iter().find(|(f, l, except)| {
                        (*f..=*l).contains(&value) && !except.contains(&value)
                    }) {
                        return problem(
                            code.span(),
                            format!(
                                "code {value} lies inside the range {first}..={last}; add it to that range's `except` list to give it its own entry"
                            ),
                        );
                    }
                    if let Some(first) = codes_seen.get(&value) {
                        let line = line_of(text, first.start);
                        return problem(
                            code.span(),
                            format!("duplicate code {value}: line {line} already defines it"),
                        );
                    }
                    codes_seen.insert(value, code.span());
                    check_count(codes_seen.len(), code.span())?;
                    claim_name(&mut names_seen, &common.name, text)?;
                    for symbol in symbol.iter().chain(former_symbols.iter()) {
                        check_symbol(symbol)?;
                        if symbols_seen
                            .insert(symbol.get_ref().clone(), symbol.span())
                            .is_some()
                        {
                            return problem(
                                symbol.span(),
                                format!("symbol `{}` is given to two codes", symbol.get_ref()),
                            );
                        }
                    }
                    let meanings = match meanings {
                        None => Vec::new(),
                        Some(meanings) => {
                            let span = meanings.span();
                            let mut out = Vec::new();
                            for (label, meaning) in meanings.into_inner() {
                                let Some(&i) = scope_index.get(&label) else {
                                    return problem(
                                        span,
                                        unknown_scope_label(scope.as_ref(), &label),
                                    );
                                };
                                if !within_scope(&applies_to, i) {
                                    return problem(
                                        span,
                                        format!(
                                            "`meanings` names `{label}`, which is not in this entry's applies_to"
                                        ),
                                    );
                                }
                                out.push((i, meaning));
                            }
                            out.sort_by_key(|(i, _)| *i);
                            out
                        }
                    };
                    let mut checked: Vec<Reading> = Vec::new();
                    for reading in readings {
                        let span = reading.span();
                        let reading =
                            check_reading(reading, kind, &applies_to, &pages, &resolve_scope)?;
                        let overlaps = |other: &Reading| {
                            other.page == reading.page
                                && (other.applies_to.is_empty()
                                    || reading.applies_to.is_empty()
                                    || other
                                        .applies_to
                                        .iter()
                                        .any(|i| reading.applies_to.contains(i)))
                        };
                        if checked.iter().any(overlaps) {
                            return problem(
                                span,
                                format!(
                                    "code {value} has two readings from page `{}` for the same scope: give each its own applies_to",
                                    pages[reading.page].page.id
                                ),
                            );
                        }
                        pages_read[reading.page] = true;
                        checked.push(reading);
                    }
                    entries.push(Entry {
                        code: value,
                        name: common.name.into_inner(),
                        message: common.message.into_inner(),
                        category,
                        kind: kind.clone(),
                        description: common.description,
                        explanation: common.explanation,
                        retryable: common.retryable,
                        success,
                        provenance,
                        symbol: symbol.map(Spanned::into_inner),
                        former_symbols: former_symbols
                            .into_iter()
                            .map(Spanned::into_inner)
                            .collect(),
                        applies_to,
                        meanings,
                        readings: checked,
                        range: None,
                        wire_http_status: wire_http_status.map(Spanned::into_inner),
                    });
                }
                ItemCodes::Range {
                    first,
                    last,
                    except,
                } => {
                    let (lo, hi) = (*first.get_ref(), *last.get_ref());
                    if lo > hi {
                        return problem(
                            last.span(),
                            format!("range ends at {hi}, before it starts at {lo}"),
                        );
                    }
                    if i64::from(hi) - i64::from(lo) >= MAX_CODES as i64 {
                        return problem(
                            last.span(),
                            format!(
                                "range {lo}..={hi} has more than {MAX_CODES} codes, the most a catalog can have"
                            ),
                        );
                    }
                    let pattern = common.name.get_ref();
                    if !pattern.contains("{code}") {
                        return problem(
                            common.name.span(),
                            format!(
                                "a range's name must contain `{{code}}`, as in `{pattern}{{code}}`"
                            ),
                        );
                    }
                    if let Some((f, l, _)) =
                        ranges_seen.iter().find(|(f, l, _)| lo <= *l && *f <= hi)
                    {
                        return problem(
                            item.span.clone(),
                            format!("range {lo}..={hi} overlaps the range {f}..={l}"),
                        );
                    }
                    let except_codes: Vec<i32> = except.iter().map(|e| *e.get_ref()).collect();
                    if let Some(code) = codes_seen
                        .keys()
                        .filter(|c| (lo..=hi).contains(*c) && !except_codes.contains(c))
                        .min()
                    {
                        return problem(
                            item.span.clone(),
                            format!(
                                "range {lo}..={hi} contains code {code}, which has its own entry earlier; list it in `except`"
                            ),
                        );
                    }
                    for code in &except {
                        let value = *code.get_ref();
                        if !(lo..=hi).contains(&value) {
                            return problem(
                                code.span(),
                                format!(
                                    "`except` lists {value}, which is outside the range {lo}..={hi}"
                                ),
                            );
                        }
                        if !singles.contains_key(&value) {
                            return problem(
                                code.span(),
                                format!(
                                    "`except` lists {value}, but no [[code]] entry defines it: the code would be lost"
                                ),
                            );
                        }
                    }
                    ranges_seen.push((lo, hi, except_codes.clone()));
                    for value in lo..=hi {
                        if except_codes.contains(&value) {
                            continue;
                        }
                        let name = Spanned::new(
                            common.name.span(),
                            pattern.replace("{code}", &value.to_string()),
                        );
                        check_ident(&name, "variant name", false)?;
                        claim_name(&mut names_seen, &name, text)?;
                        codes_seen.insert(value, item.span.clone());
                        check_count(codes_seen.len(), item.span.clone())?;
                        entries.push(Entry {
                            code: value,
                            name: name.into_inner(),
                            message: common.message.get_ref().clone(),
                            category,
                            kind: kind.clone(),
                            description: common.description.clone(),
                            explanation: common.explanation.clone(),
                            retryable: common.retryable,
                            success,
                            provenance,
                            symbol: None,
                            former_symbols: Vec::new(),
                            applies_to: applies_to.clone(),
                            meanings: Vec::new(),
                            readings: Vec::new(),
                            range: Some((lo, hi)),
                            wire_http_status: None,
                        });
                    }
                }
            }
        }

        let mut unnumbered = Vec::new();
        for item in raw.unnumbered {
            let item = item.into_inner();
            check_text(&item.message, "message")?;
            unnumbered.push(Unnumbered {
                message: item.message.into_inner(),
                description: item.description,
                applies_to: resolve_scope(item.applies_to)?,
            });
        }

        if let Some((page, _)) = pages.iter().zip(&pages_read).find(|(_, read)| !**read) {
            return problem(
                page.id.span(),
                format!(
                    "page `{}` is declared, but no code's `readings` names it",
                    page.id.get_ref()
                ),
            );
        }
        Ok(Catalog {
            system,
            categories,
            scope,
            entries,
            unnumbered,
            pages: pages.into_iter().map(|page| page.page).collect(),
        })
    }
}

/// A checked `[[page]]`, with the span of its id for later errors.
struct DeclaredPage {
    id: Spanned<String>,
    page: Page,
}

/// Checks the `[[page]]` tables: each has an id of its own and a title.
fn check_pages(raw: Vec<RawPage>) -> Result<Vec<DeclaredPage>, Problem> {
    let mut pages: Vec<DeclaredPage> = Vec::new();
    for page in raw {
        check_text(&page.id, "page id")?;
        check_text(&page.title, "page title")?;
        if pages.iter().any(|p| p.page.id == *page.id.get_ref()) {
            return problem(
                page.id.span(),
                format!("page `{}` is declared twice", page.id.get_ref()),
            );
        }
        pages.push(DeclaredPage {
            page: Page {
                id: page.id.get_ref().clone(),
                title: page.title.into_inner(),
                about: page.about,
            },
            id: page.id,
        });
    }
    Ok(pages)
}

/// Whether the scope value `i` is within a code's `applies_to`: a code
/// without one applies on every value of the scope.
fn within_scope(code_applies_to: &[usize], i: usize) -> bool {
    code_applies_to.is_empty() || code_applies_to.contains(&i)
}

/// Checks one entry of a `[[code]]`'s `readings`: a declared page, a text, a
/// scope within the code's, and a kind only where it differs from the code's.
fn check_reading(
    raw: Spanned<RawReading>,
    code_kind: &str,
    code_applies_to: &[usize],
    pages: &[DeclaredPage],
    resolve_scope: &ResolveScope<'_>,
) -> Result<Reading, Problem> {
    let raw = raw.into_inner();
    let Some(page) = pages.iter().position(|p| p.page.id == *raw.page.get_ref()) else {
        let declared: Vec<&str> = pages.iter().map(|p| p.page.id.as_str()).collect();
        return problem(
            raw.page.span(),
            format!(
                "unknown page `{}`; declared [[page]] ids: {}",
                raw.page.get_ref(),
                list_or_none(&declared)
            ),
        );
    };
    check_text(&raw.text, "a reading's text")?;
    let labels: Vec<Spanned<String>> = raw.applies_to.clone().unwrap_or_default();
    let applies_to = resolve_scope(raw.applies_to)?;
    if let Some((label, _)) = labels
        .iter()
        .zip(&applies_to)
        .find(|(_, i)| !within_scope(code_applies_to, **i))
    {
        return problem(
            label.span(),
            format!(
                "a reading's applies_to names `{}`, which is not in this entry's applies_to",
                label.get_ref()
            ),
        );
    }
    let kind = match raw.kind {
        None => None,
        Some(kind) => {
            check_kind(&kind)?;
            if kind.get_ref() == code_kind {
                return problem(
                    kind.span(),
                    format!(
                        "the reading's kind `{code_kind}` is the code's own: give a reading a kind only where it implies another"
                    ),
                );
            }
            Some(kind.into_inner())
        }
    };
    Ok(Reading {
        page,
        text: raw.text.into_inner(),
        applies_to,
        kind,
    })
}

fn claim_name(
    seen: &mut HashMap<String, Range<usize>>,
    name: &Spanned<String>,
    file_text: &str,
) -> Result<(), Problem> {
    let text = name.get_ref();
    if RESERVED_NAMES.contains(&text.as_str()) {
        return problem(
            name.span(),
            format!("variant name `{text}` is taken by a generated item; pick another name"),
        );
    }
    if let Some(first) = seen.get(text) {
        let line = line_of(file_text, first.start);
        return problem(
            name.span(),
            format!("duplicate variant name `{text}`: line {line} already uses it"),
        );
    }
    seen.insert(text.clone(), name.span());
    Ok(())
}

fn check_system(raw: RawSystem) -> Result<SystemInfo, Problem> {
    let id = raw.id.get_ref();
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        || KEYWORDS.contains(&id.as_str())
    {
        return problem(
            raw.id.span(),
            format!(
                "system id `{id}` must be lowercase ASCII letters and digits (it names a module)"
            ),
        );
    }
    check_ident(&raw.enum_name, "enum name", false)?;
    check_ident(&raw.category_enum, "category enum name", false)?;
    let Some(system_variant) = raw
        .enum_name
        .get_ref()
        .strip_suffix("Error")
        .filter(|s| !s.is_empty())
    else {
        return problem(
            raw.enum_name.span(),
            format!(
                "enum name `{}` must be the system's name followed by `Error`",
                raw.enum_name.get_ref()
            ),
        );
    };
    if let Some(status) = &raw.wire_http_status {
        check_http_status(status)?;
    }
    Ok(SystemInfo {
        wire_http_status: raw.wire_http_status.map(Spanned::into_inner),
        id: id.clone(),
        title: raw.title,
        system_variant: system_variant.to_string(),
        enum_name: raw.enum_name.into_inner(),
        category_enum: raw.category_enum.into_inner(),
        source: raw.source,
        doc: raw.doc,
        hex_codes: raw.hex_codes.unwrap_or(false),
    })
}

/// An HTTP status must be a three-digit status code, 100 to 599.
fn check_http_status(status: &Spanned<u16>) -> Result<(), Problem> {
    if (100..=599).contains(status.get_ref()) {
        Ok(())
    } else {
        problem(
            status.span(),
            format!(
                "HTTP status {} is not a status code: it must be 100 to 599",
                status.get_ref()
            ),
        )
    }
}

fn check_scope(raw: RawScope) -> Result<Scope, Problem> {
    check_ident(&raw.enum_name, "scope enum name", false)?;
    let accessor = raw.accessor.get_ref();
    let mut chars = accessor.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_lowercase())
        || !chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        || KEYWORDS.contains(&accessor.as_str())
    {
        return problem(
            raw.accessor.span(),
            format!("scope accessor `{accessor}` must be a snake_case method name"),
        );
    }
    let mut values: Vec<Label> = Vec::new();
    for value in raw.value {
        check_ident(&value.name, "scope value name", true)?;
        if values.iter().any(|v| v.name == *value.name.get_ref()) {
            return problem(
                value.name.span(),
                format!("scope value `{}` is declared twice", value.name.get_ref()),
            );
        }
        check_text(&value.label, "scope label")?;
        if values.iter().any(|v| v.text == *value.label.get_ref()) {
            return problem(
                value.label.span(),
                format!("scope label `{}` is declared twice", value.label.get_ref()),
            );
        }
        values.push(Label {
            name: value.name.into_inner(),
            text: value.label.into_inner(),
            description: value.doc,
        });
    }
    if values.is_empty() {
        return problem(
            raw.enum_name.span(),
            "a [scope] needs at least one [[scope.value]]",
        );
    }
    Ok(Scope {
        enum_name: raw.enum_name.into_inner(),
        accessor: accessor.clone(),
        doc: raw.doc,
        values,
    })
}

fn unknown_scope_label(scope: Option<&Scope>, label: &str) -> String {
    match scope {
        None => format!("`{label}` is listed in applies_to, but the catalog has no [scope] table"),
        Some(scope) => {
            let labels: Vec<&str> = scope.values.iter().map(|v| v.text.as_str()).collect();
            format!(
                "unknown scope label `{label}`; declared labels: {}",
                list_or_none(&labels)
            )
        }
    }
}

fn list_or_none(items: &[&str]) -> String {
    if items.is_empty() {
        "none".to_string()
    } else {
        items.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spanned(text: &str) -> Spanned<String> {
        Spanned::new(0..text.len(), text.to_string())
    }

    const ONE_CODE: &str = "[system]\nid = \"x\"\ntitle = \"X\"\nenum = \"XError\"\n\
        category_enum = \"XCategory\"\nsource = \"s\"\ndoc = \"d\"\n\n\
        [[category]]\nname = \"C\"\ntitle = \"C\"\n\n\
        [[code]]\ncode = 1\nname = \"One\"\nmessage = \"m\"\ncategory = \"C\"\nkind = \"Internal\"\n";

    #[test]
    fn a_catalog_may_hold_max_codes_and_no_more() {
        assert!(check_count(MAX_CODES - 1, 0..1).is_ok());
        assert!(check_count(MAX_CODES, 0..1).is_ok());
        let (span, problem) = check_count(MAX_CODES + 1, 3..4).unwrap_err();
        assert_eq!(span, 3..4);
        assert!(problem.contains("the catalog's 65535th"), "{problem}");
    }

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
    fn an_offset_inside_a_character_points_at_that_character() {
        // "é" is two bytes: offset 2 is inside the second line's "é".
        let error = error_at("f.toml", "a\né\n", 3, "p".into());
        assert_eq!((error.line, error.column), (2, 1));
        let error = error_at("f.toml", "a\nxé\n", 4, "p".into());
        assert_eq!((error.line, error.column), (2, 2));
    }

    #[test]
    fn variant_names_are_upper_camel_case_and_only_some_names_take_underscores() {
        assert!(check_ident(&spanned("UpperCamel9"), "variant name", false).is_ok());
        for bad in ["Not_Camel", "lower", "9Lives", "", "Ünï"] {
            let (_, problem) = check_ident(&spanned(bad), "variant name", false).unwrap_err();
            assert!(problem.contains("(UpperCamelCase)"), "{bad}: {problem}");
        }
        assert!(check_ident(&spanned("V1_9"), "scope value", true).is_ok());
        for bad in ["V1-9", "V1 9", "_V"] {
            let (_, problem) = check_ident(&spanned(bad), "scope value", true).unwrap_err();
            assert!(
                problem.contains("letters, digits or `_`"),
                "{bad}: {problem}"
            );
        }
    }

    #[test]
    fn a_symbol_is_a_c_identifier() {
        for good in ["NEU_ERR_NODE_EXIST", "_private", "SoapErrorNoError", "x9"] {
            assert!(check_symbol(&spanned(good)).is_ok(), "{good}");
        }
        for bad in ["9LIVES", "A-B", "A B", "", "É"] {
            assert!(check_symbol(&spanned(bad)).is_err(), "{bad}");
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
        let golden = include_str!("../tests/fixtures/golden.toml");
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
