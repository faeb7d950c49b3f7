//! What the code errcat-codegen writes calls, beyond errcat's other public
//! items: the lookup routines its tables are laid out for, the serde glue,
//! and the macros that own the shape of a generated module. errcat's own
//! enums use them, and so does an enum generated from a crate's own catalog
//! (see the README, "Your own catalog").
//!
//! A generated module is data fed to these macros, as in `http`'s
//! `status.rs`: the catalog's rows go to [`label_enum!`](crate::label_enum)
//! (the category and scope enums), the enum with one documented variant per
//! code, the lookup and metadata tables, then
//! [`impl_error_enum!`](crate::impl_error_enum) (the methods every enum has),
//! [`impl_error_extras!`](crate::impl_error_extras) (those only some catalogs
//! need) and [`impl_error_code!`](crate::impl_error_code) (the conversions,
//! `ErrorCode`, serde). The macros live at the crate root, as
//! `#[macro_export]` macros do.
//!
//! They serve generated code only, and are hidden from the documentation's
//! front page (`#[doc(hidden)]`, as serde's and thiserror's support items
//! are): call the generated enum's `from_code`, `from_name` and
//! `Deserialize` rather than these. They follow errcat's versioning, for the
//! code errcat-codegen of the same version writes.
//!
//! ```
//! // A table of one page of four slots, holding codes 10 to 13.
//! let pages = [0];
//! assert_eq!(errcat::generated::code_slot(12, 10, 2, &pages), Some(2));
//! assert_eq!(errcat::generated::code_slot(9, 10, 2, &pages), None);
//! ```

pub use crate::lookup::{code_slot, find_name};

/// Deserializes a generated enum: from its integer code, its variant name, or
/// its code written as a decimal string (the policy of the crate docs,
/// "Serde"). The generated `Deserialize` impls call it.
#[cfg(feature = "serde")]
pub use crate::serde_support::deserialize;

/// The `serde` errcat implements its traits with (feature `serde`), named by
/// the generated `Serialize` and `Deserialize` impls, so that a crate with its
/// own catalog needs no direct serde dependency of a matching version.
#[cfg(feature = "serde")]
pub use serde;

/// Implements, for an error enum errcat-codegen wrote, what every generated
/// error enum has beyond its inherent methods: `Display` (the vendor's
/// message) and `core::error::Error`, `TryFrom<i32>` (the only
/// integer `TryFrom`, so that `try_from(2003)` infers its literal), `From<Enum>
/// for i32`, `FromStr`, `Ord` by code,
/// [`ErrorCode`](crate::ErrorCode), and with `serde_feature` the serde impls
/// behind that cargo feature of the calling crate.
///
/// The generated module calls it once, after the enum's inherent `impl`: the
/// enum must have the inherent `const ALL`, `from_code`, `from_name`, `code`,
/// `message`, `category` and `entry` the generator writes; every other
/// `ErrorCode` method is provided, reading the [`CatalogEntry`](crate::CatalogEntry)
/// that `entry` gives. `default_wire_http_status`, for a catalog that records
/// its server's statuses, is the status of a code it names no other for.
/// Call the generated items, not this macro.
///
/// ```
/// use errcat::ErrorCode;
/// use errcat::neuron::NeuronError;
///
/// // What the macro implemented for errcat's own Neuron enum:
/// assert_eq!(NeuronError::try_from(2003), Ok(NeuronError::NodeNotExist));
/// assert_eq!(NeuronError::try_from(99_999).unwrap_err().to_string(),
///            "99999 is not a known EMQ Neuron / NeuronEX error code");
/// assert_eq!("NodeNotExist".parse(), Ok(NeuronError::NodeNotExist));
/// assert_eq!(i32::from(NeuronError::NodeNotExist), 2003);
/// assert!(NeuronError::NodeExists < NeuronError::NodeNotExist);
/// assert_eq!(<NeuronError as ErrorCode>::SYSTEM.id(), "neuron");
/// assert_eq!(ErrorCode::upstream_symbol(NeuronError::NodeNotExist), Some("NEU_ERR_NODE_NOT_EXIST"));
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! impl_error_code {
    (
        error: $name:ident,
        category: $category:ident,
        system: $system:path,
        categories: $categories:path,
        scope: $scope:path,
        unnumbered: $unnumbered:path,
        pages: $pages:path,
        $(serde_feature: $feature:literal,)?
        $(default_wire_http_status: $default_wire:expr,)?
    ) => {
        impl ::core::convert::TryFrom<i32> for $name {
            type Error = $crate::UnknownCodeError;

            /// Converts a raw code; an unknown code is an error that keeps it.
            /// The only integer `TryFrom`, so that a literal needs no suffix;
            /// a code of another integer type goes through `from_int`.
            #[inline]
            fn try_from(code: i32) -> ::core::result::Result<Self, Self::Error> {
                Self::from_code(code).ok_or($crate::UnknownCodeError::new($system, i64::from(code)))
            }
        }

        impl ::core::fmt::Display for $name {
            /// Writes the vendor's message, verbatim (the text of `message`).
            /// Width, fill and alignment are ignored, as in a `thiserror`
            /// derive's literal message: `{:>20}` writes the message alone.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.message())
            }
        }

        impl ::core::error::Error for $name {}

        impl ::core::cmp::PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<::core::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl ::core::cmp::Ord for $name {
            /// Orders by code.
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                self.code().cmp(&other.code())
            }
        }

        impl ::core::convert::From<$name> for i32 {
            fn from(error: $name) -> i32 {
                error.code()
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::UnknownNameError;

            /// Parses a variant name (exact, case-sensitive).
            #[inline]
            fn from_str(name: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::from_name(name).ok_or_else(|| $crate::UnknownNameError::new($system, name))
            }
        }

        impl $crate::ErrorCode for $name {
            type Category = $category;
            const SYSTEM: &'static $crate::SystemInfo = $system;
            const CATEGORIES: &'static [$crate::CategoryInfo] = $categories;
            const SCOPE: Option<&'static $crate::ScopeInfo> = $scope;
            const UNNUMBERED: &'static [$crate::UnnumberedInfo] = $unnumbered;
            const PAGES: &'static [$crate::PageInfo] = $pages;

            fn all() -> &'static [Self] {
                Self::ALL
            }
            #[inline]
            fn from_code(code: i32) -> Option<Self> {
                Self::from_code(code)
            }
            #[inline]
            fn from_name(name: &str) -> Option<Self> {
                Self::from_name(name)
            }
            fn code(self) -> i32 {
                self.code()
            }
            fn category(self) -> $category {
                self.category()
            }
            #[inline]
            fn entry(self) -> &'static $crate::CatalogEntry {
                self.entry()
            }
            $(const DEFAULT_WIRE_HTTP_STATUS: Option<u16> = Some($default_wire);)?
        }

        $(
            #[cfg(feature = $feature)]
            impl $crate::generated::serde::Serialize for $name {
                /// Serializes as the integer code, the form the system uses on
                /// the wire.
                fn serialize<S: $crate::generated::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> ::core::result::Result<S::Ok, S::Error> {
                    serializer.serialize_i32(self.code())
                }
            }

            #[cfg(feature = $feature)]
            impl<'de> $crate::generated::serde::Deserialize<'de> for $name {
                /// Deserializes from the integer code, the variant name, or the
                /// code written as a string (as XML attributes arrive).
                fn deserialize<D: $crate::generated::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::core::result::Result<Self, D::Error> {
                    $crate::generated::deserialize(deserializer)
                }
            }
        )?
    };
}

/// Implements the inherent methods every generated error enum has: `code`,
/// `from_code`, `from_int`, `from_name`, the metadata accessors (`name`, `message`,
/// `description`, `category`, `kind`, `provenance`, `is_success`,
/// `is_retryable`, `http_status`), each documented with an example on the
/// catalog's first entry, whose facts `example` gives.
///
/// The generated module calls it once, beside the enum: the module must hold
/// the tables the generator writes (`CODE_MIN`, `CODE_SHIFT`, `CODE_PAGES`,
/// `CODE_SLOTS`, `CODE_INDEX`, `NAME_BITS`, `NAME_SLOTS`, and `ENTRIES`, one
/// `Entry` per variant with the fields `category`, the typed category, and
/// `record`, its [`CatalogEntry`](crate::CatalogEntry)), and the enum an
/// inherent `const ALL`. Call the generated items, not this macro.
///
/// ```
/// use errcat::neuron::NeuronError;
///
/// // What the macro implemented for errcat's own Neuron enum:
/// assert_eq!(NeuronError::from_code(2003), Some(NeuronError::NodeNotExist));
/// assert_eq!(NeuronError::from_name("NodeNotExist"), Some(NeuronError::NodeNotExist));
/// assert_eq!(NeuronError::NodeNotExist.code(), 2003);
/// assert_eq!(NeuronError::NodeNotExist.message(), "Node does not exist");
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! impl_error_enum {
    (
        module: $module:literal,
        error: $name:ident,
        category: $category:ident,
        title: $title:literal,
        example: {
            variant: $first:ident,
            code: $code:literal,
            message: $message:literal,
            has_description: $has_description:literal,
            category: $first_category:ident,
            kind: $kind:ident,
            provenance: $provenance:ident,
            is_success: $success:literal,
            is_retryable: $retryable:literal,
            absent_code: $absent_code:literal,
            absent_name: $absent_name:literal $(,)?
        } $(,)?
    ) => {
        impl $name {
            #[doc = concat!(
                "The raw code.\n\n```\nuse ", $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($first), ".code(), ", stringify!($code), ");\n```",
            )]
            #[must_use]
            pub const fn code(self) -> i32 {
                self as i32
            }

            #[doc = concat!(
                "The variant for a raw code, or `None` if the ", $title, " defines no such code.\n\n",
                "Two table loads, no hashing.\n\n```\nuse ", $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::from_code(", stringify!($code), "), Some(",
                stringify!($name), "::", stringify!($first), "));\n",
                "assert_eq!(", stringify!($name), "::from_code(", stringify!($absent_code), "), None);\n```",
            )]
            #[inline]
            #[must_use]
            pub const fn from_code(code: i32) -> Option<Self> {
                match $crate::generated::code_slot(code, CODE_MIN, CODE_SHIFT, &CODE_PAGES) {
                    Some(slot) => CODE_SLOTS[slot],
                    None => None,
                }
            }

            #[doc = concat!(
                "The variant for a raw code of any integer type that converts to `i64` without\n",
                "loss (`i8` to `i64`, `u8` to `u32`): an `i64` read from JSON, a `u16` status\n",
                "word. A value the ", $title, " does not define, or one outside `i32`, is an\n",
                "error that keeps the value whole; nothing is truncated. A `u64`, `usize` or\n",
                "`i128` goes through `i64::try_from` first. See\n",
                "[`ErrorCode::from_int`](errcat::ErrorCode::from_int).\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "let wide: i64 = ", stringify!($code), ";\n",
                "assert_eq!(", stringify!($name), "::from_int(wide), Ok(", stringify!($name), "::",
                stringify!($first), "));\n",
                "// Cut to 32 bits, this would be the same code: it is refused and kept.\n",
                "let error = ", stringify!($name), "::from_int(wide + (1 << 32)).unwrap_err();\n",
                "assert_eq!(error.code(), wide + (1 << 32));\n```",
            )]
            #[inline]
            pub fn from_int(
                code: impl ::core::convert::Into<i64>,
            ) -> ::core::result::Result<Self, $crate::UnknownCodeError> {
                <Self as $crate::ErrorCode>::from_int(code)
            }

            #[doc = concat!(
                "The variant with this exact name (case-sensitive), or `None`.\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::from_name(\"", stringify!($first), "\"), Some(",
                stringify!($name), "::", stringify!($first), "));\n",
                "assert_eq!(", stringify!($name), "::from_name(", stringify!($absent_name), "), None);\n```",
            )]
            #[inline]
            #[must_use]
            pub fn from_name(name: &str) -> Option<Self> {
                $crate::generated::find_name(&NAME_SLOTS, NAME_BITS, name, |index| ENTRIES[index].record.name)
                    .map(|index| Self::ALL[index])
            }

            /// The variant's position in [`Self::ALL`] and in the metadata
            /// table: its code's slot in the `from_code` table. A table rather
            /// than a `match`: with sparse codes a `match` compiles to a tree of
            /// branches, which every accessor would pay for.
            const fn index(self) -> usize {
                // Every variant's code has a slot, holding its index plus one.
                match $crate::generated::code_slot(self as i32, CODE_MIN, CODE_SHIFT, &CODE_PAGES) {
                    Some(slot) => CODE_INDEX[slot] as usize - 1,
                    None => 0,
                }
            }

            /// The variant's row of `ENTRIES`.
            const fn row(self) -> &'static Entry {
                &ENTRIES[self.index()]
            }

            #[doc = concat!(
                "What the catalog records of the code, in one record: every per-code method reads it.\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "let entry = ", stringify!($name), "::", stringify!($first), ".entry();\n",
                "assert_eq!(entry.name, \"", stringify!($first), "\");\n",
                "assert_eq!(entry.message, ", stringify!($message), ");\n```",
            )]
            #[must_use]
            pub const fn entry(self) -> &'static $crate::CatalogEntry {
                &self.row().record
            }

            #[doc = concat!(
                "The variant's name, as written in the catalog.\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($first), ".name(), \"", stringify!($first), "\");\n```",
            )]
            #[must_use]
            pub const fn name(self) -> &'static str {
                self.entry().name
            }

            #[doc = concat!(
                "The vendor's message, verbatim: the same text as `Display`.\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($first), ".message(), ", stringify!($message), ");\n```",
            )]
            #[must_use]
            pub const fn message(self) -> &'static str {
                self.entry().message
            }

            #[doc = concat!(
                "What the code means and what to do about it, in errcat's words.\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($first), ".description().is_some(), ",
                stringify!($has_description), ");\n```",
            )]
            #[must_use]
            pub const fn description(self) -> Option<&'static str> {
                self.entry().description
            }

            #[doc = concat!(
                "The vendor's category of the code.\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($first), ".category(), ",
                $module, "::", stringify!($category), "::", stringify!($first_category), ");\n```",
            )]
            #[must_use]
            pub const fn category(self) -> $category {
                self.row().category
            }

            #[doc = concat!(
                "The cross-system kind of the code.\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($first), ".kind(), errcat::Kind::",
                stringify!($kind), ");\n```",
            )]
            #[must_use]
            pub const fn kind(self) -> $crate::Kind {
                self.entry().kind
            }

            #[doc = concat!(
                "Where the code is documented.\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($first), ".provenance(), errcat::Provenance::",
                stringify!($provenance), ");\n```",
            )]
            #[must_use]
            pub const fn provenance(self) -> $crate::Provenance {
                self.entry().provenance
            }

            #[doc = concat!(
                "Whether the code means success rather than an error.\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($first), ".is_success(), ",
                stringify!($success), ");\n```",
            )]
            #[must_use]
            pub const fn is_success(self) -> bool {
                self.entry().is_success()
            }

            #[doc = concat!(
                "Whether the same request may succeed if sent again later: the kind's\n",
                "advice ([`Kind::is_retryable`](errcat::Kind::is_retryable)) unless the catalog overrides it.\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($first), ".is_retryable(), ",
                stringify!($retryable), ");\n```",
            )]
            #[must_use]
            pub const fn is_retryable(self) -> bool {
                self.entry().is_retryable
            }

            #[doc = concat!(
                "The HTTP status that corresponds to the code's kind.\n\n```\nuse ",
                $module, "::", stringify!($name), ";\n\n",
                "assert_eq!(", stringify!($name), "::", stringify!($first), ".http_status(), errcat::Kind::",
                stringify!($kind), ".http_status());\n```",
            )]
            #[must_use]
            pub const fn http_status(self) -> u16 {
                self.entry().http_status()
            }
        }
    };
}

/// Defines a small fieldless enum of labels, as the generator writes a
/// catalog's categories and scope values: the enum with its derives (those
/// of every generated enum, and `PartialOrd`, `Ord` by catalog order), `ALL`,
/// `name`, the label's text under the method `text` names (`title`,
/// `label`), `description`, and `Display` (the text). Each variant is
/// `Name = ("text", description)`, with its doc comment before it; the first
/// one is the doc examples' subject.
///
/// The generated module calls it; call the generated items, not this macro.
///
/// ```
/// use errcat::viewtron::{Firmware, ViewtronCategory};
///
/// // Two enums the macro defined for errcat's own Viewtron catalog:
/// assert_eq!(Firmware::ALL.first().map(|f| f.label()), Some("v1.9"));
/// assert_eq!(Firmware::ALL.first().map(|f| f.to_string()).as_deref(), Some("v1.9"));
/// assert!(ViewtronCategory::ALL.iter().all(|c| !c.title().is_empty()));
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! label_enum {
    (
        $(#[$meta:meta])*
        module: $module:literal,
        enum: $name:ident,
        text: $text:ident,
        text_doc: $text_doc:literal,
        values: [
            $(#[$first_doc:meta])*
            $first:ident = ($first_text:literal, $first_description:expr)
            $(, $(#[$doc:meta])* $variant:ident = ($variant_text:literal, $description:expr))* $(,)?
        ] $(,)?
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            $crate::strum::EnumIter, $crate::strum::EnumCount, $crate::strum::VariantNames,
            $crate::strum::IntoStaticStr, $crate::strum::AsRefStr,
        )]
        #[strum(crate = "::errcat::strum")]
        #[non_exhaustive]
        pub enum $name {
            $(#[$first_doc])*
            $first,
            $($(#[$doc])* $variant,)*
        }

        impl $name {
            /// Every variant, in catalog order.
            pub const ALL: &'static [Self] = &[Self::$first, $(Self::$variant,)*];

            #[doc = concat!(
                "The variant's name.\n\n```\nassert_eq!(", $module, "::", stringify!($name), "::",
                stringify!($first), ".name(), \"", stringify!($first), "\");\n```",
            )]
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    Self::$first => stringify!($first),
                    $(Self::$variant => stringify!($variant),)*
                }
            }

            #[doc = concat!(
                $text_doc, "\n\n```\nassert_eq!(", $module, "::", stringify!($name), "::",
                stringify!($first), ".", stringify!($text), "(), ", stringify!($first_text), ");\n```",
            )]
            #[must_use]
            pub const fn $text(self) -> &'static str {
                match self {
                    Self::$first => $first_text,
                    $(Self::$variant => $variant_text,)*
                }
            }

            #[doc = concat!(
                "A longer description, where the catalog has one.\n\n```\nassert_eq!(", $module, "::",
                stringify!($name), "::", stringify!($first), ".description(), ",
                stringify!($first_description), ");\n```",
            )]
            #[must_use]
            pub const fn description(self) -> Option<&'static str> {
                match self {
                    Self::$first => $first_description,
                    $(Self::$variant => $description,)*
                }
            }
        }

        impl ::core::fmt::Display for $name {
            #[doc = concat!("Writes the ", stringify!($text), ".")]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.$text())
            }
        }
    };
}

/// Implements the accessors only some catalogs need, each section present
/// when the catalog records the field: `explanation` (the vendor's own
/// explanation), `symbols` (`upstream_symbol`, `former_symbols`,
/// `from_symbol`; the example entry's current symbol, `Some` or `None`, and
/// a symbol it is found by), `readings` (`other_readings`), `scope` (the scope
/// accessor and `meaning_on`) and `wire_http_status` (the status the
/// vendor's server sends: the default and the example). Each section names
/// the entry its doc example shows and what the example expects.
///
/// The generated module calls it, after the enum's `Entry` table; the
/// accessors read the variant's [`CatalogEntry`](crate::CatalogEntry), the
/// scope's the typed `applies_to` and `meanings` of its `Entry`. Call the
/// generated items, not this macro.
///
/// ```
/// use errcat::neuron::NeuronError;
/// use errcat::viewtron::{Firmware, ViewtronError};
///
/// // Accessors the macro implemented for errcat's own catalogs:
/// assert_eq!(NeuronError::from_symbol("NEU_ERR_NODE_NOT_EXIST"), Some(NeuronError::NodeNotExist));
/// assert!(ViewtronError::ALL.iter().any(|e| e.meaning_on(Firmware::V2_0).is_some()));
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! impl_error_extras {
    (
        module: $module:literal,
        error: $name:ident,
        $(explanation: ($ex_variant:ident, $ex_text:literal),)?
        $(basis: ($bs_variant:ident, $bs_text:literal),)?
        $(symbols: (
            $sym_variant:ident, $symbol:expr, $lookup:literal,
            $former_variant:ident, $former:expr, $absent_symbol:literal $(,)?
        ),)?
        $(readings: ($rd_variant:ident, $rd_page:literal, $rd_text:literal),)?
        $(scope: (
            $scope:ident, $accessor:ident,
            $sc_variant:ident, $applies:expr,
            $mn_variant:ident, $mn_value:ident, $meaning:expr $(,)?
        ),)?
        $(wire_http_status: ($default:literal, $ws_variant:ident, $ws_status:literal),)?
    ) => {
        impl $name {
            $(
                #[doc = concat!(
                    "The vendor page's own explanation of the code, verbatim, where it gives one.\n\n```\nuse ",
                    $module, "::", stringify!($name), ";\n\nassert_eq!(", stringify!($name), "::",
                    stringify!($ex_variant), ".explanation(), Some(", stringify!($ex_text), "));\n```",
                )]
                #[must_use]
                pub const fn explanation(self) -> Option<&'static str> {
                    self.entry().explanation
                }
            )?

            $(
                #[doc = concat!(
                    "What the description rests on beyond the vendor's message (an upstream file and commit, another page, a client's code), where the catalog names it.\n\n```\nuse ",
                    $module, "::", stringify!($name), ";\n\nassert_eq!(", stringify!($name), "::",
                    stringify!($bs_variant), ".basis(), Some(", stringify!($bs_text), "));\n```",
                )]
                #[must_use]
                pub const fn basis(self) -> Option<&'static str> {
                    self.entry().basis
                }
            )?

            $(
                #[doc = concat!(
                    "The symbol the upstream source gives the code today, where it has one.\n\n```\nuse ",
                    $module, "::", stringify!($name), ";\n\nassert_eq!(", stringify!($name), "::",
                    stringify!($sym_variant), ".upstream_symbol(), ", stringify!($symbol), ");\n```",
                )]
                #[must_use]
                pub const fn upstream_symbol(self) -> Option<&'static str> {
                    self.entry().upstream_symbol
                }

                #[doc = concat!(
                    "Symbols the code had in older upstream versions.\n\n```\nuse ",
                    $module, "::", stringify!($name), ";\n\nassert_eq!(", stringify!($name), "::",
                    stringify!($former_variant), ".former_symbols(), ", stringify!($former), ");\n```",
                )]
                #[must_use]
                pub const fn former_symbols(self) -> &'static [&'static str] {
                    self.entry().former_symbols
                }

                #[doc = concat!(
                    "The variant whose current or former upstream symbol is `symbol` (exact match).\n\n",
                    "Old and new symbols find the same code, and its `Display` stays the vendor page's message, ",
                    "which can be the meaning a former symbol had (errcat's Neuron 1017 and 1018): ",
                    "[`description`](Self::description) says what the code means today.\n\n```\nuse ",
                    $module, "::", stringify!($name), ";\n\nassert_eq!(", stringify!($name), "::from_symbol(",
                    stringify!($lookup), "), Some(", stringify!($name), "::", stringify!($sym_variant), "));\n",
                    "assert_eq!(", stringify!($name), "::from_symbol(", stringify!($absent_symbol), "), None);\n```",
                )]
                #[must_use]
                pub fn from_symbol(symbol: &str) -> Option<Self> {
                    Self::ALL.iter().copied().find(|e| {
                        e.upstream_symbol() == Some(symbol) || e.former_symbols().contains(&symbol)
                    })
                }
            )?

            $(
                #[doc = concat!(
                    "What other pages of the vendor say of the code, where they read it\n",
                    "otherwise than the page the message comes from (see\n",
                    "[`Reading`](errcat::Reading)); empty for most codes.\n\n```\nuse ",
                    $module, "::", stringify!($name), ";\n\nlet reading = &", stringify!($name), "::",
                    stringify!($rd_variant), ".other_readings()[0];\n",
                    "assert_eq!(reading.page.id, ", stringify!($rd_page), ");\n",
                    "assert_eq!(reading.text, ", stringify!($rd_text), ");\n```",
                )]
                #[must_use]
                pub const fn other_readings(self) -> &'static [$crate::Reading] {
                    self.entry().other_readings
                }
            )?

            $(
                #[doc = concat!(
                    "Where the vendor says the code applies (see [`", stringify!($scope), "`]); empty where it\n",
                    "applies everywhere.\n\n```\nuse ", $module, "::{", stringify!($name), ", ", stringify!($scope),
                    "};\n\nassert_eq!(", stringify!($name), "::", stringify!($sc_variant), ".",
                    stringify!($accessor), "(), ", stringify!($applies), ");\n```",
                )]
                #[must_use]
                pub const fn $accessor(self) -> &'static [$scope] {
                    self.row().applies_to
                }

                #[doc = concat!(
                    "What the code means on `value`, where the catalog gives it a meaning of its own there.\n\n",
                    "```\nuse ", $module, "::{", stringify!($name), ", ", stringify!($scope), "};\n\n",
                    "assert_eq!(", stringify!($name), "::", stringify!($mn_variant), ".meaning_on(",
                    stringify!($scope), "::", stringify!($mn_value), "), ", stringify!($meaning), ");\n```",
                )]
                #[must_use]
                pub fn meaning_on(self, value: $scope) -> Option<&'static str> {
                    self.row().meanings.iter().find(|(v, _)| *v == value).map(|(_, meaning)| *meaning)
                }
            )?

            $(
                #[doc = concat!(
                    "The HTTP status the system's own server sends with this code, as the\n",
                    "catalog records it (", stringify!($default), " for every code it names no other status for).\n\n",
                    "This is a fact about the vendor's server, unlike\n",
                    "[`http_status`](Self::http_status), which is errcat's usual status for the\n",
                    "code's [`kind`](Self::kind). A failed request may arrive with HTTP ", stringify!($default), ":\n",
                    "read the code, not the status.\n\n```\nuse ", $module, "::", stringify!($name), ";\n\n",
                    "assert_eq!(", stringify!($name), "::", stringify!($ws_variant), ".wire_http_status(), Some(",
                    stringify!($ws_status), "));\n```\n\n",
                    "Always `Some` here: an `Option` as [`ErrorCode::wire_http_status`](errcat::ErrorCode::wire_http_status)\n",
                    "and every other `wire_http_status` of errcat, which is `None` for a system whose catalog\n",
                    "records no statuses.",
                )]
                #[must_use]
                pub const fn wire_http_status(self) -> Option<u16> {
                    self.entry().wire_http_status
                }
            )?
        }
    };
}
