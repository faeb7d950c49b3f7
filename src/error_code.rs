//! [`ErrorCode`]: what every system's error enum can do.

use core::fmt::{Debug, Display};
use core::hash::Hash;

use core::str::FromStr;

use crate::{Kind, Provenance, System, UnknownCodeError, UnknownNameError};

/// Keeps [`ErrorCode`] implemented by errcat's enums only, so that methods can
/// be added to it without breaking anyone.
pub trait Sealed {}

/// The interface the four error enums share, for code that handles any of
/// them: logging, metrics, reporting.
///
/// Each method is also an inherent method (most of them `const fn`) of every
/// enum; this trait makes them reachable from generic code.
///
/// ```
/// use errcat::{ErrorCode, neuron::NeuronError, superoffice::SuperOfficeError};
///
/// fn report<E: ErrorCode>(error: E) -> String {
///     format!("{}/{} {} ({}): {}", E::SYSTEM.id(), error.code(), error.name(), error.kind(), error)
/// }
///
/// assert_eq!(
///     report(NeuronError::NodeNotExist),
///     "neuron/2003 NodeNotExist (NotFound): Node does not exist"
/// );
/// assert_eq!(report(SuperOfficeError::UnknownTicket).split('/').next(), Some("superoffice"));
/// ```
pub trait ErrorCode:
    Sealed
    + Copy
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

    /// The system the enum belongs to.
    const SYSTEM: System;

    /// Every variant, in catalog order.
    fn all() -> &'static [Self];
    /// The variant for a raw code, or `None`.
    fn from_code(code: i32) -> Option<Self>;
    /// The variant with this exact name, or `None`.
    fn from_name(name: &str) -> Option<Self>;
    /// The raw code.
    fn code(self) -> i32;
    /// The variant's name.
    fn name(self) -> &'static str;
    /// The vendor's message, verbatim (the same text as `Display`).
    fn message(self) -> &'static str;
    /// What the code means, in errcat's words, where the catalog says more.
    fn description(self) -> Option<&'static str>;
    /// The vendor's category of the code.
    fn category(self) -> Self::Category;
    /// The category's variant name.
    fn category_name(self) -> &'static str;
    /// The category's title.
    fn category_title(self) -> &'static str;
    /// The cross-system kind.
    fn kind(self) -> Kind;
    /// Whether the same request may succeed later.
    fn is_retryable(self) -> bool;
    /// Whether the code means success.
    fn is_success(self) -> bool;
    /// Where the code is documented.
    fn provenance(self) -> Provenance;
    /// The upstream symbol (Neuron's `NEU_ERR_*`, SuperOffice's `SoapError*`),
    /// for systems whose catalog records one.
    fn upstream_symbol(self) -> Option<&'static str>;
    /// Symbols the code had in older upstream versions (empty for most).
    fn former_symbols(self) -> &'static [&'static str];
    /// The vendor page's own explanation, verbatim, where it gives one.
    fn explanation(self) -> Option<&'static str>;
    /// Where the vendor says the code applies, as the labels of the system's
    /// [`scope`](crate::System::scope) (i4scada's web methods, Viewtron's
    /// firmware); empty where it applies everywhere or the system has no scope.
    fn applies_to(self) -> &'static [&'static str];
    /// What the code means on a scope value where that differs, as (label,
    /// meaning) pairs (Viewtron code 5); empty for most codes.
    fn meanings(self) -> &'static [(&'static str, &'static str)];
    /// What other vendor pages say of the code, where they read it otherwise
    /// than the page the message comes from (Viewtron's face-library table and
    /// API guide); empty for most codes. See [`Reading`](crate::Reading).
    fn other_readings(self) -> &'static [crate::Reading];

    /// The HTTP status that corresponds to the kind.
    fn http_status(self) -> u16 {
        self.kind().http_status()
    }
}
