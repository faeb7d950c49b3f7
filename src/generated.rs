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

pub use errcat_core::lookup::{code_slot, find_name};

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

/// Compiles a module errcat-codegen wrote if it was written for the contract
/// this errcat reads (the items, keys and names the generated code hands
/// errcat's macros), and refuses it with one error naming both contracts if
/// not: an errcat and an errcat-codegen of other versions. Every generated
/// module is one call, `contract: N, items: { ... }`.
///
/// ```compile_fail
/// // A module written for another contract fails to build, with one error:
/// // "... written by errcat-codegen for contract 1 of errcat's generated
/// // code, and this errcat reads contract 2: ..."
/// errcat::generated_module! { contract: 1, items: { pub struct Acme; } }
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! generated_module {
    (contract: 2, items: { $($items:tt)* } $(,)?) => {
        $($items)*
    };
    (contract: $contract:literal, $($rest:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "this module was written by errcat-codegen for contract ",
            ::core::stringify!($contract),
            " of errcat's generated code, and this errcat reads contract 2: depend on \
             errcat and errcat-codegen of the same version (`cargo update -p errcat \
             -p errcat-codegen`), then rebuild",
        ));
    };
    ($($rest:tt)*) => {
        ::core::compile_error!(
            "this module was not written by an errcat-codegen that errcat reads (it states no \
             contract): depend on errcat and errcat-codegen of the same version, then rebuild"
        );
    };
}

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
/// `from_code`, `from_int`, `from_name`, `entry` (the code's
/// [`CatalogEntry`](crate::CatalogEntry)) and the accessors that read it
/// (`name`, `message`, `description`, `category`, `kind`, `provenance`,
/// `is_success`, `is_retryable`, `http_status`). They are documented in
/// prose; the enum's own documentation holds the example, which the
/// generator writes from the catalog.
///
/// The generated module calls it once, beside the enum, and names the tables
/// the generator wrote for it under `tables`: the `from_code` table
/// (`code_min`, `code_shift`, `code_pages`, `code_slots`), the variant index
/// of each slot (`code_index`), the `from_name` table (`name_bits`,
/// `name_slots`) and `entries`, one row per variant with the fields
/// `category` (the typed category) and `record` (its `CatalogEntry`). The
/// enum has an inherent `const ALL`. Call the generated items, not this
/// macro.
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
        error: $name:ident,
        category: $category:ident,
        title: $title:literal,
        tables: {
            code_min: $code_min:ident,
            code_shift: $code_shift:ident,
            code_pages: $code_pages:ident,
            code_slots: $code_slots:ident,
            code_index: $code_index:ident,
            name_bits: $name_bits:ident,
            name_slots: $name_slots:ident,
            entries: $entries:ident $(,)?
        } $(,)?
    ) => {
        $crate::impl_strum!($name);

        impl $name {
            /// The raw code.
            #[must_use]
            pub const fn code(self) -> i32 {
                self as i32
            }

            #[doc = concat!(
                "The variant for a raw code, or `None` if the ", $title, " defines no such code.\n\n",
                "Two table loads, no hashing.",
            )]
            #[inline]
            #[must_use]
            pub const fn from_code(code: i32) -> Option<Self> {
                match $crate::generated::code_slot(code, $code_min, $code_shift, &$code_pages) {
                    Some(slot) => $code_slots[slot],
                    None => None,
                }
            }

            #[doc = concat!(
                "The variant for a raw code of any integer type that converts to `i64` without\n",
                "loss (`i8` to `i64`, `u8` to `u32`): an `i64` read from JSON, a `u16` status\n",
                "word. A value the ", $title, " does not define, or one outside `i32`, is an\n",
                "error that keeps the value whole; nothing is truncated. A `u64`, `usize` or\n",
                "`i128` goes through `i64::try_from` first. See\n",
                "[`ErrorCode::from_int`](errcat::ErrorCode::from_int).",
            )]
            #[inline]
            pub fn from_int(
                code: impl ::core::convert::Into<i64>,
            ) -> ::core::result::Result<Self, $crate::UnknownCodeError> {
                <Self as $crate::ErrorCode>::from_int(code)
            }

            /// The variant with this exact name (case-sensitive), or `None`.
            #[inline]
            #[must_use]
            pub fn from_name(name: &str) -> Option<Self> {
                $crate::generated::find_name(&$name_slots, $name_bits, name, |index| {
                    $entries[index].record.name
                })
                .map(|index| Self::ALL[index])
            }

            /// The variant's position in [`Self::ALL`] and in the metadata
            /// table: its code's slot in the `from_code` table. A table rather
            /// than a `match`: with sparse codes a `match` compiles to a tree of
            /// branches, which every accessor would pay for.
            const fn index(self) -> usize {
                // Every variant's code has a slot, holding its index plus one.
                match $crate::generated::code_slot(self as i32, $code_min, $code_shift, &$code_pages) {
                    Some(slot) => $code_index[slot] as usize - 1,
                    None => 0,
                }
            }

            /// What the catalog records of the code, in one record
            /// ([`CatalogEntry`](errcat::CatalogEntry)): every per-code
            /// method reads it.
            #[must_use]
            pub const fn entry(self) -> &'static $crate::CatalogEntry {
                &$entries[self.index()].record
            }

            /// The variant's name, as written in the catalog.
            #[must_use]
            pub const fn name(self) -> &'static str {
                self.entry().name
            }

            /// The vendor's message, verbatim: the same text as `Display`.
            #[must_use]
            pub const fn message(self) -> &'static str {
                self.entry().message
            }

            /// What the code means and what to do about it, in errcat's words.
            #[must_use]
            pub const fn description(self) -> Option<&'static str> {
                self.entry().description
            }

            /// The vendor's category of the code.
            #[must_use]
            pub const fn category(self) -> $category {
                $entries[self.index()].category
            }

            /// The cross-system kind of the code.
            #[must_use]
            pub const fn kind(self) -> $crate::Kind {
                self.entry().kind
            }

            /// Where the code is documented.
            #[must_use]
            pub const fn provenance(self) -> $crate::Provenance {
                self.entry().provenance
            }

            /// Whether the code means success rather than an error.
            #[must_use]
            pub const fn is_success(self) -> bool {
                self.entry().is_success()
            }

            /// Whether the same request may succeed if sent again later: the
            /// kind's advice ([`Kind::is_retryable`](errcat::Kind::is_retryable))
            /// unless the catalog overrides it.
            #[must_use]
            pub const fn is_retryable(self) -> bool {
                self.entry().is_retryable
            }

            /// The HTTP status that corresponds to the code's kind.
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
/// `Name = ("text", description)`, with its doc comment before it.
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
        enum: $name:ident,
        text: $text:ident,
        text_doc: $text_doc:literal,
        values: [
            $($(#[$doc:meta])* $variant:ident = ($variant_text:literal, $description:expr)),+ $(,)?
        ] $(,)?
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$doc])* $variant,)+
        }

        $crate::impl_strum!($name);

        impl $name {
            /// Every variant, in catalog order.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The variant's name.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => stringify!($variant),)+
                }
            }

            #[doc = $text_doc]
            #[must_use]
            pub const fn $text(self) -> &'static str {
                match self {
                    $(Self::$variant => $variant_text,)+
                }
            }

            /// A longer description, where the catalog has one.
            #[must_use]
            pub const fn description(self) -> Option<&'static str> {
                match self {
                    $(Self::$variant => $description,)+
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

/// Implements the accessors only some catalogs need, one per fact the
/// catalog records, named under `accessors`: `explanation` (the vendor's own
/// explanation), `basis`, `symbols` (`upstream_symbol`, `former_symbols`,
/// `from_symbol`), `readings` (`other_readings`) and `wire_http_status` (the
/// status the vendor's server sends); and under `scope`, for a catalog with
/// one, the scope's enum and the name of its accessor (`firmware`,
/// `methods`), with `meaning_on`.
///
/// The generated module calls it after the enum's `Entry` table (named by
/// `entries`); the accessors read the variant's
/// [`CatalogEntry`](crate::CatalogEntry), the scope's the typed `applies_to`
/// and `meanings` of its row. Call the generated items, not this macro.
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
    (@accessor explanation) => {
        /// The vendor page's own explanation of the code, verbatim, where it gives one.
        #[must_use]
        pub const fn explanation(self) -> Option<&'static str> {
            self.entry().explanation
        }
    };
    (@accessor basis) => {
        /// What the description rests on beyond the vendor's message (an
        /// upstream file and commit, another page, a client's code), where
        /// the catalog names it.
        #[must_use]
        pub const fn basis(self) -> Option<&'static str> {
            self.entry().basis
        }
    };
    (@accessor symbols) => {
        /// The symbol the upstream source gives the code today, where it has one.
        #[must_use]
        pub const fn upstream_symbol(self) -> Option<&'static str> {
            self.entry().upstream_symbol
        }

        /// Symbols the code had in older upstream versions.
        #[must_use]
        pub const fn former_symbols(self) -> &'static [&'static str] {
            self.entry().former_symbols
        }

        /// The variant whose current or former upstream symbol is `symbol`
        /// (exact match).
        ///
        /// Old and new symbols find the same code, and its `Display` stays
        /// the vendor page's message, which can be the meaning a former
        /// symbol had (errcat's Neuron 1017 and 1018):
        /// [`description`](Self::description) says what the code means today.
        #[must_use]
        pub fn from_symbol(symbol: &str) -> Option<Self> {
            Self::ALL.iter().copied().find(|e| {
                e.upstream_symbol() == Some(symbol) || e.former_symbols().contains(&symbol)
            })
        }
    };
    (@accessor readings) => {
        /// What other pages of the vendor say of the code, where they read it
        /// otherwise than the page the message comes from (see
        /// [`Reading`](errcat::Reading)); empty for most codes.
        #[must_use]
        pub const fn other_readings(self) -> &'static [$crate::Reading] {
            self.entry().other_readings
        }
    };
    (@accessor wire_http_status) => {
        /// The HTTP status the system's own server sends with this code, as
        /// the catalog records it (`DEFAULT_WIRE_HTTP_STATUS` for every code
        /// it names no other status for).
        ///
        /// This is a fact about the vendor's server, unlike
        /// [`http_status`](Self::http_status), which is errcat's usual status
        /// for the code's [`kind`](Self::kind). A failed request may arrive
        /// with the default status: read the code, not the status.
        ///
        /// Always `Some` here: an `Option` as
        /// [`ErrorCode::wire_http_status`](errcat::ErrorCode::wire_http_status)
        /// and every other `wire_http_status` of errcat, which is `None` for a
        /// system whose catalog records no statuses.
        #[must_use]
        pub const fn wire_http_status(self) -> Option<u16> {
            self.entry().wire_http_status
        }
    };
    (
        error: $name:ident,
        entries: $entries:ident,
        accessors: [$($accessor:ident),* $(,)?],
        $(scope: { enum: $scope:ident, accessor: $scope_accessor:ident $(,)? },)?
    ) => {
        impl $name {
            $($crate::impl_error_extras!(@accessor $accessor);)*

            $(
                #[doc = concat!(
                    "Where the vendor says the code applies (see [`", stringify!($scope), "`]); empty where it\n",
                    "applies everywhere.",
                )]
                #[must_use]
                pub const fn $scope_accessor(self) -> &'static [$scope] {
                    $entries[self.index()].applies_to
                }

                /// What the code means on `value`, where the catalog gives it
                /// a meaning of its own there.
                #[must_use]
                pub fn meaning_on(self, value: $scope) -> Option<&'static str> {
                    $entries[self.index()]
                        .meanings
                        .iter()
                        .find(|(v, _)| *v == value)
                        .map(|(_, meaning)| *meaning)
                }
            )?
        }
    };
}
