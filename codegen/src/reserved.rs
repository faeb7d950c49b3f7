//! The names a generated module defines or relies on, which the names a
//! catalog gives may not take: one list per place a catalog's name lands.
//!
//! The checker refuses a catalog whose names collide with these or with each
//! other (see the schema's errors). errcat's `tests/codegen.rs` reads the
//! macros that write the generated items and the generator's golden output,
//! and fails on any name they define or use that is not listed here: a new
//! generated item joins the check when the test asks for it.

/// The types a generated module defines beside the catalog's own enums.
pub const MODULE_TYPES: [&str; 2] = ["Entry", "Unnumbered"];

/// The suffixes of the types derives define beside each generated enum:
/// strum's `EnumIter` writes `<Enum>Iter`.
pub const DERIVED_TYPE_SUFFIXES: [&str; 1] = ["Iter"];

/// The values a generated module defines: its tables, maps and constants.
pub const MODULE_VALUES: [&str; 17] = [
    "ENTRIES",
    "CODE_MIN",
    "CODE_SHIFT",
    "CODE_PAGES",
    "CODE_SLOTS",
    "CODE_INDEX",
    "NAME_BITS",
    "NAME_SLOTS",
    "SYSTEM_INFO",
    "CATEGORY_INFO",
    "SCOPE_INFO",
    "UNNUMBERED_INFO",
    "PAGE_INFO",
    "UNNUMBERED",
    "BY_CODE",
    "BY_NAME",
    "DEFAULT_WIRE_HTTP_STATUS",
];

/// The names the generated code writes without a path, which a type of the
/// same name in the module would shadow: Rust's prelude (2021 and 2024
/// editions, the derives included) and the generic parameters of the serde
/// impls.
pub const PRELUDE: [&str; 44] = [
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "ToString",
    "ToOwned",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "AsRef",
    "AsMut",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "FromIterator",
    "Iterator",
    "IntoIterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Extend",
    "Default",
    "Debug",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "AsyncFn",
    "AsyncFnMut",
    "S",
    "D",
];

/// The associated items every generated enum has (its own and its
/// derives'), which a variant of the same name would hide in `Enum::NAME`
/// paths.
pub const ENUM_ITEMS: [&str; 4] = ["ALL", "COUNT", "VARIANTS", "Iterator"];

/// The associated items the error enum has beyond [`ENUM_ITEMS`] (those of
/// `TryFrom`, `FromStr` and `errcat::ErrorCode`); `BY_CODE`, a module map,
/// is kept from its variant names too, so that `Enum::BY_CODE` never reads
/// as the map.
pub const ERROR_ENUM_ITEMS: [&str; 9] = [
    "BY_CODE",
    "Err",
    "Error",
    "Category",
    "SYSTEM",
    "CATEGORIES",
    "SCOPE",
    "UNNUMBERED",
    "PAGES",
];

/// The methods the error enum has (inherent, `errcat::ErrorCode`'s, and those
/// of the standard, strum and serde traits it implements that a method call
/// reaches), which the scope's accessor, an inherent method and a field of
/// `Unnumbered`, may not be named: it would not compile, or it would hide the
/// trait's method behind one that means something else.
pub const ERROR_ENUM_METHODS: [&str; 67] = [
    // Inherent, every enum.
    "code",
    "from_code",
    "from_int",
    "from_name",
    "index",
    "entry",
    "name",
    "message",
    "description",
    "category",
    "kind",
    "provenance",
    "is_success",
    "is_retryable",
    "http_status",
    // Inherent, where the catalog records the field.
    "explanation",
    "basis",
    "upstream_symbol",
    "former_symbols",
    "from_symbol",
    "other_readings",
    "meaning_on",
    "wire_http_status",
    // errcat::ErrorCode and errcat::ErrorInfo.
    "all",
    "system",
    "http_status_code",
    "wire_http_status_code",
    "category_name",
    "category_title",
    "applies_to",
    "meanings",
    // The standard traits.
    "clone",
    "clone_from",
    "clone_into",
    "to_owned",
    "eq",
    "ne",
    "cmp",
    "partial_cmp",
    "lt",
    "le",
    "gt",
    "ge",
    "max",
    "min",
    "clamp",
    "hash",
    "hash_slice",
    "fmt",
    "to_string",
    "source",
    "cause",
    "provide",
    "from",
    "into",
    "try_from",
    "try_into",
    "from_str",
    "as_ref",
    "type_id",
    "borrow",
    "borrow_mut",
    // strum.
    "iter",
    "get_str",
    // serde.
    "serialize",
    "deserialize",
    "deserialize_in_place",
];

/// Why `name` may not be a type of the generated module, or `None` where it
/// may: it is one of [`MODULE_TYPES`], [`MODULE_VALUES`] or [`PRELUDE`].
pub(crate) fn taken_type(name: &str) -> Option<&'static str> {
    if MODULE_TYPES.contains(&name) || MODULE_VALUES.contains(&name) {
        Some("the generated module defines an item of that name")
    } else if PRELUDE.contains(&name) {
        Some("the generated code names Rust's item of that name without a path")
    } else {
        None
    }
}
