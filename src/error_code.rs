//! [`ErrorCode`]: what every system's error enum can do.

use core::fmt::{Debug, Display};
use core::hash::Hash;

use core::str::FromStr;

use crate::{
    CatalogEntry, CategoryInfo, Kind, PageInfo, Provenance, Reading, ScopeInfo, SystemInfo,
    UnknownCodeError, UnknownNameError, UnnumberedInfo,
};

/// The interface every generated error enum shares, for code that handles
/// any of them: logging, metrics, reporting, and [`Code`](crate::Code).
///
/// Each method is also an inherent method (most of them `const fn`) of every
/// enum; this trait makes them reachable from generic code.
///
/// errcat's own enums implement it, and so does an enum that errcat-codegen
/// generates from a crate's own catalog (see the README, "Your own catalog").
/// The generator writes the whole impl; writing one by hand is possible but
/// not the intended use.
///
/// # Stability
///
/// The trait is open, so it grows with care. A fact of a code is a field of
/// [`CatalogEntry`], which [`entry`](Self::entry) gives: every per-code
/// method but the conversions and [`category`](Self::category) is provided,
/// reading it, so a fact added in a later release is a field with a default
/// (the generated rows name only the facts a code has), not a method to
/// implement. A method added to the trait comes with a default body.
///
/// ```
/// use errcat::{ErrorCode, neuron::NeuronError, superoffice::SuperOfficeError};
///
/// fn report<E: ErrorCode>(error: E) -> String {
///     format!("{}/{} {} ({}): {}", E::SYSTEM.id, error.code(), error.name(), error.kind(), error)
/// }
///
/// assert_eq!(
///     report(NeuronError::NodeNotExist),
///     "neuron/2003 NodeNotExist (NotFound): Node does not exist"
/// );
/// assert_eq!(report(SuperOfficeError::UnknownTicket).split('/').next(), Some("superoffice"));
/// ```
pub trait ErrorCode:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + core::error::Error
    + TryFrom<i32, Error = UnknownCodeError>
    + FromStr<Err = UnknownNameError>
    + Into<i32>
    + 'static
{
    /// The enum of the system's categories.
    type Category: Copy + Eq + Hash + Debug + Display + 'static;

    /// The system the enum belongs to: its id and title.
    const SYSTEM: &'static SystemInfo;

    /// Every variant, in catalog order.
    fn all() -> &'static [Self];
    /// The variant for a raw code, or `None`.
    fn from_code(code: i32) -> Option<Self>;
    /// The variant with this exact name, or `None`.
    fn from_name(name: &str) -> Option<Self>;

    /// The variant for a raw code of any integer type that converts to `i64`
    /// without loss: `i8`, `i16`, `i32`, `i64`, `u8`, `u16` and `u32` (an
    /// `i64` read from JSON, a `u16` status word). A value the system does not
    /// define, or one outside `i32` (where no code is), is an
    /// [`UnknownCodeError`] that keeps the value exactly: nothing is truncated,
    /// so `(1 << 32) + 2003` is not taken for 2003.
    ///
    /// This is the one path for integers other than `i32`: the enums implement
    /// `TryFrom<i32>` only, so that `try_from(2003)` infers its literal. A
    /// `u64`, `usize` or `i128` converts with `i64::try_from` first, whose
    /// error says the value is out of range (none of them is a code).
    /// Every generated enum has the same method inherently (no import needed);
    /// for a code that may be unknown, see [`Code::from_int`](crate::Code::from_int).
    ///
    /// ```
    /// use errcat::{ErrorCode, neuron::NeuronError};
    ///
    /// // An i64 from a JSON reply, a u16 status word:
    /// assert_eq!(NeuronError::from_int(2003_i64), Ok(NeuronError::NodeNotExist));
    /// assert_eq!(NeuronError::from_int(2003_u16), Ok(NeuronError::NodeNotExist));
    /// // Outside i32: refused with the value, not cut to 2003.
    /// let wide = (1_i64 << 32) + 2003;
    /// assert_eq!(NeuronError::from_int(wide).unwrap_err().code(), wide);
    /// assert_eq!(NeuronError::from_int(u32::MAX).unwrap_err().code(), i64::from(u32::MAX));
    /// // A u64 goes through i64 first.
    /// let big = u64::MAX;
    /// assert!(i64::try_from(big).is_err());
    ///
    /// // Generic code reaches it through the trait.
    /// fn parse<E: ErrorCode>(code: i64) -> Option<E> {
    ///     E::from_int(code).ok()
    /// }
    /// assert_eq!(parse::<NeuronError>(2003), Some(NeuronError::NodeNotExist));
    /// ```
    fn from_int(code: impl Into<i64>) -> Result<Self, UnknownCodeError> {
        let code = code.into();
        i32::try_from(code)
            .ok()
            .and_then(Self::from_code)
            .ok_or(UnknownCodeError::new(Self::SYSTEM, code))
    }
    /// The raw code.
    fn code(self) -> i32;
    /// The vendor's category of the code.
    fn category(self) -> Self::Category;

    /// What the catalog records of the code, in one record: every method
    /// below reads it. The generated enums answer with their inherent
    /// `entry()`, a `const fn`; a fact added to errcat later is a field of
    /// [`CatalogEntry`], not a new method to implement.
    ///
    /// ```
    /// use errcat::{ErrorCode, neuron::NeuronError};
    ///
    /// fn symbol<E: ErrorCode>(error: E) -> &'static str {
    ///     error.entry().upstream_symbol.unwrap_or("-")
    /// }
    /// assert_eq!(symbol(NeuronError::NodeNotExist), "NEU_ERR_NODE_NOT_EXIST");
    /// ```
    fn entry(self) -> &'static CatalogEntry;

    /// The variant's name.
    fn name(self) -> &'static str {
        self.entry().name
    }
    /// The vendor's message, verbatim (the same text as `Display`).
    fn message(self) -> &'static str {
        self.entry().message
    }
    /// The category's variant name.
    fn category_name(self) -> &'static str {
        self.entry().category.name
    }
    /// The category's title.
    fn category_title(self) -> &'static str {
        self.entry().category.title
    }
    /// The cross-system kind.
    fn kind(self) -> Kind {
        self.entry().kind
    }
    /// Where the code is documented.
    fn provenance(self) -> Provenance {
        self.entry().provenance
    }
    /// What the code means, in errcat's words, where the catalog says more.
    fn description(self) -> Option<&'static str> {
        self.entry().description
    }
    /// Whether the same request may succeed later: the kind's advice
    /// ([`Kind::is_retryable`]) unless the catalog overrides it.
    fn is_retryable(self) -> bool {
        self.entry().is_retryable
    }
    /// Whether the code means success: whether the kind means success
    /// ([`Kind::is_success`]: `Ok` or `OkWithRemark`).
    fn is_success(self) -> bool {
        self.entry().is_success()
    }
    /// The upstream symbol (Neuron's `NEU_ERR_*`, SuperOffice's `SoapError*`),
    /// for systems whose catalog records one.
    fn upstream_symbol(self) -> Option<&'static str> {
        self.entry().upstream_symbol
    }
    /// Symbols the code had in older upstream versions (empty for most).
    fn former_symbols(self) -> &'static [&'static str] {
        self.entry().former_symbols
    }
    /// The vendor page's own explanation, verbatim, where it gives one.
    fn explanation(self) -> Option<&'static str> {
        self.entry().explanation
    }
    /// What the description rests on beyond the vendor's message (an
    /// upstream file and commit, another page, a client's code), where the
    /// catalog names it.
    fn basis(self) -> Option<&'static str> {
        self.entry().basis
    }
    /// Where the vendor says the code applies, as labels of the system's
    /// [`SCOPE`](Self::SCOPE) (i4scada's web methods, Viewtron's firmware);
    /// empty where it applies everywhere or the system has no scope.
    fn applies_to(self) -> &'static [&'static str] {
        self.entry().applies_to
    }
    /// What the code means on a scope value where that differs, as (label,
    /// meaning) pairs (Viewtron code 5); empty for most codes.
    fn meanings(self) -> &'static [(&'static str, &'static str)] {
        self.entry().meanings
    }
    /// What other vendor pages say of the code, where they read it otherwise
    /// than the page the message comes from (Viewtron's face-library table and
    /// API guide); empty for most codes. See [`Reading`].
    fn other_readings(self) -> &'static [Reading] {
        self.entry().other_readings
    }

    /// The HTTP status that corresponds to the kind.
    fn http_status(self) -> u16 {
        self.kind().http_status()
    }
    /// The HTTP status the system's own server sends with this code, for a
    /// system whose catalog records it (Neuron); `None` for the others.
    /// Unlike [`http_status`](Self::http_status), a fact about the vendor's
    /// server: a failure may well arrive with HTTP 200. (As an
    /// `http::StatusCode`: [`ErrorInfo`](crate::ErrorInfo), feature `http`.)
    fn wire_http_status(self) -> Option<u16> {
        self.entry().wire_http_status
    }

    /// The system's categories, in catalog order.
    const CATEGORIES: &'static [CategoryInfo] = &[];
    /// Where the system's codes apply, for a catalog that says.
    const SCOPE: Option<&'static ScopeInfo> = None;
    /// The messages the system documents without a code number.
    const UNNUMBERED: &'static [UnnumberedInfo] = &[];
    /// The vendor pages, other than the catalog's source, that document some
    /// of the codes (the pages of [`other_readings`](Self::other_readings)).
    const PAGES: &'static [PageInfo] = &[];
    /// The HTTP status the system's server sends with a code its catalog
    /// names no other status for, known to the catalog or not; `None` where
    /// the catalog records no statuses.
    const DEFAULT_WIRE_HTTP_STATUS: Option<u16> = None;
}
