//! The checked catalog: what the passes of `check` build and
//! the emitter reads. Ranges are expanded: every code is an [`Entry`].

/// The most codes one catalog may have: the generated lookup tables index
/// variants with a `u16` and keep one value for "no variant".
pub const MAX_CODES: usize = u16::MAX as usize - 1;

/// The `[system]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SystemInfo {
    /// The system's id: the module's name and the catalog's file name.
    pub id: String,
    /// How people name the system.
    pub title: String,
    /// The generated error enum.
    pub enum_name: String,
    /// The generated category enum.
    pub category_enum: String,
    /// The `errcat::System` variant: `enum_name` without an `Error` suffix
    /// it has, or `enum_name`.
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
    /// A kind name of [`KINDS`](errcat_core::vocabulary::KINDS).
    pub kind: String,
    /// errcat's description, where the catalog gives one.
    pub description: Option<String>,
    /// The vendor page's own explanation, verbatim.
    pub explanation: Option<String>,
    /// What the description rests on beyond the message (an upstream file
    /// and commit, another page, a client's code).
    pub basis: Option<String>,
    /// The retry advice where the catalog overrides the kind's.
    pub retryable: Option<bool>,
    /// Whether the code means success (its kind's gRPC number is 0: `Ok`,
    /// `OkWithRemark`).
    pub success: bool,
    /// The `errcat::Provenance` variant (of [`PROVENANCES`](errcat_core::vocabulary::PROVENANCES)).
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
    /// A kind name of [`KINDS`](errcat_core::vocabulary::KINDS), where the reading implies another kind than
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

    /// Whether any entry names the basis of its description.
    pub fn has_bases(&self) -> bool {
        self.entries.iter().any(|e| e.basis.is_some())
    }
}
