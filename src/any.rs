//! [`AnyError`]: an error of any system, and lookups across systems.

use core::fmt;

use crate::i4scada::I4scadaError;
use crate::neuron::NeuronError;
use crate::superoffice::SuperOfficeError;
use crate::viewtron::ViewtronError;
use crate::{ErrorCode, Kind, Provenance, System, WrongSystemError};

/// An error code of any of the systems, for code that handles several.
///
/// ```
/// use errcat::{AnyError, System, viewtron::ViewtronError};
///
/// let error: AnyError = ViewtronError::SystemBusy.into();
/// assert_eq!(error.system(), System::Viewtron);
/// assert_eq!(error.code(), 7);
/// assert!(error.is_retryable());
/// assert_eq!(error.to_string(), "System Busy");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnyError {
    /// An i4scada error.
    I4scada(I4scadaError),
    /// A Neuron / NeuronEX error.
    Neuron(NeuronError),
    /// A SuperOffice error.
    SuperOffice(SuperOfficeError),
    /// A Viewtron error.
    Viewtron(ViewtronError),
}

/// Calls `$method` on whichever error `$self` holds.
macro_rules! each {
    ($self:expr, $error:ident => $body:expr) => {
        match $self {
            AnyError::I4scada($error) => $body,
            AnyError::Neuron($error) => $body,
            AnyError::SuperOffice($error) => $body,
            AnyError::Viewtron($error) => $body,
        }
    };
}

impl AnyError {
    /// The error of `system` with this raw code, or `None`.
    ///
    /// ```
    /// use errcat::{AnyError, System};
    ///
    /// let error = AnyError::from_code(System::Neuron, 2003).unwrap();
    /// assert_eq!(error.name(), "NodeNotExist");
    /// assert_eq!(AnyError::from_code(System::Neuron, 7), None);
    /// ```
    #[must_use]
    pub const fn from_code(system: System, code: i32) -> Option<AnyError> {
        match system {
            System::I4scada => match I4scadaError::from_code(code) {
                Some(e) => Some(AnyError::I4scada(e)),
                None => None,
            },
            System::Neuron => match NeuronError::from_code(code) {
                Some(e) => Some(AnyError::Neuron(e)),
                None => None,
            },
            System::SuperOffice => match SuperOfficeError::from_code(code) {
                Some(e) => Some(AnyError::SuperOffice(e)),
                None => None,
            },
            System::Viewtron => match ViewtronError::from_code(code) {
                Some(e) => Some(AnyError::Viewtron(e)),
                None => None,
            },
        }
    }

    /// The error of `system` with this variant name (exact), or `None`.
    ///
    /// ```
    /// use errcat::{AnyError, System};
    ///
    /// assert_eq!(AnyError::from_name(System::Viewtron, "Unauthorized").map(|e| e.code()), Some(9));
    /// ```
    #[must_use]
    pub fn from_name(system: System, name: &str) -> Option<AnyError> {
        match system {
            System::I4scada => I4scadaError::from_name(name).map(AnyError::I4scada),
            System::Neuron => NeuronError::from_name(name).map(AnyError::Neuron),
            System::SuperOffice => SuperOfficeError::from_name(name).map(AnyError::SuperOffice),
            System::Viewtron => ViewtronError::from_name(name).map(AnyError::Viewtron),
        }
    }

    /// Every error of every system, system by system, each in catalog order.
    ///
    /// ```
    /// let count = errcat::AnyError::iter().count();
    /// assert_eq!(count, errcat::AnyError::iter().filter(|e| !e.message().is_empty()).count());
    /// ```
    pub fn iter() -> impl Iterator<Item = AnyError> {
        let i4scada = I4scadaError::ALL.iter().copied().map(AnyError::I4scada);
        let neuron = NeuronError::ALL.iter().copied().map(AnyError::Neuron);
        let superoffice = SuperOfficeError::ALL
            .iter()
            .copied()
            .map(AnyError::SuperOffice);
        let viewtron = ViewtronError::ALL.iter().copied().map(AnyError::Viewtron);
        i4scada.chain(neuron).chain(superoffice).chain(viewtron)
    }

    /// The system the error belongs to.
    #[must_use]
    pub const fn system(self) -> System {
        match self {
            AnyError::I4scada(_) => System::I4scada,
            AnyError::Neuron(_) => System::Neuron,
            AnyError::SuperOffice(_) => System::SuperOffice,
            AnyError::Viewtron(_) => System::Viewtron,
        }
    }

    /// The raw code.
    #[must_use]
    pub const fn code(self) -> i32 {
        each!(self, e => e.code())
    }

    /// The variant's name.
    #[must_use]
    pub const fn name(self) -> &'static str {
        each!(self, e => e.name())
    }

    /// The vendor's message, verbatim.
    #[must_use]
    pub const fn message(self) -> &'static str {
        each!(self, e => e.message())
    }

    /// What the code means, in errcat's words.
    #[must_use]
    pub const fn description(self) -> Option<&'static str> {
        each!(self, e => e.description())
    }

    /// The name of the vendor's category.
    #[must_use]
    pub const fn category_name(self) -> &'static str {
        each!(self, e => e.category().name())
    }

    /// The title of the vendor's category.
    #[must_use]
    pub const fn category_title(self) -> &'static str {
        each!(self, e => e.category().title())
    }

    /// The cross-system kind.
    ///
    /// ```
    /// use errcat::{AnyError, Kind, System};
    ///
    /// let login = AnyError::from_code(System::I4scada, -4095).unwrap();
    /// let token = AnyError::from_code(System::Neuron, 1009).unwrap();
    /// assert_eq!(login.kind(), Kind::Unauthenticated);
    /// assert_eq!(login.kind(), token.kind());
    /// ```
    #[must_use]
    pub const fn kind(self) -> Kind {
        each!(self, e => e.kind())
    }

    /// Whether the same request may succeed later.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        each!(self, e => e.is_retryable())
    }

    /// The HTTP status that corresponds to the kind.
    #[must_use]
    pub const fn http_status(self) -> u16 {
        each!(self, e => e.http_status())
    }

    /// Whether the code means success.
    #[must_use]
    pub const fn is_success(self) -> bool {
        each!(self, e => e.is_success())
    }

    /// Where the code is documented.
    #[must_use]
    pub const fn provenance(self) -> Provenance {
        each!(self, e => e.provenance())
    }

    /// The upstream symbol, where the catalog records one.
    ///
    /// ```
    /// use errcat::{System, lookup};
    ///
    /// let error = lookup(System::Neuron, 1017).unwrap();
    /// assert_eq!(error.upstream_symbol(), Some("NEU_ERR_BODY_TOO_BIG"));
    /// assert_eq!(error.former_symbols(), ["NEU_ERR_INVALID_USER"]);
    /// ```
    #[must_use]
    pub fn upstream_symbol(self) -> Option<&'static str> {
        each!(self, e => ErrorCode::upstream_symbol(e))
    }

    /// Symbols the code had in older upstream versions.
    #[must_use]
    pub fn former_symbols(self) -> &'static [&'static str] {
        each!(self, e => ErrorCode::former_symbols(e))
    }

    /// The vendor page's own explanation, verbatim, where it gives one.
    ///
    /// ```
    /// use errcat::{System, lookup};
    ///
    /// let error = lookup(System::Viewtron, 7).unwrap();
    /// assert_eq!(error.explanation(), Some("system upgrading or importing config"));
    /// ```
    #[must_use]
    pub fn explanation(self) -> Option<&'static str> {
        each!(self, e => ErrorCode::explanation(e))
    }
}

/// `From<SystemError> for AnyError` and `TryFrom<AnyError> for SystemError`,
/// for each system.
macro_rules! from_system_error {
    ($($variant:ident($error:ty)),*) => {
        $(
            impl From<$error> for AnyError {
                fn from(error: $error) -> Self {
                    AnyError::$variant(error)
                }
            }

            impl TryFrom<AnyError> for $error {
                type Error = WrongSystemError;

                /// The system's error, or an error that keeps `error` if it
                /// belongs to another system.
                fn try_from(error: AnyError) -> Result<Self, WrongSystemError> {
                    match error {
                        AnyError::$variant(error) => Ok(error),
                        other => Err(WrongSystemError::new(System::$variant, other)),
                    }
                }
            }
        )*
    };
}

from_system_error!(
    I4scada(I4scadaError),
    Neuron(NeuronError),
    SuperOffice(SuperOfficeError),
    Viewtron(ViewtronError)
);

impl fmt::Display for AnyError {
    /// Writes the vendor's message, like the error it holds.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl core::error::Error for AnyError {}

impl PartialOrd for AnyError {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for AnyError {
    /// Orders by system, then by code.
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        (self.system(), self.code()).cmp(&(other.system(), other.code()))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for AnyError {
    /// Serializes as `{"system": "neuron", "code": 2003}`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut fields = serializer.serialize_struct("AnyError", 2)?;
        fields.serialize_field("system", &self.system())?;
        fields.serialize_field("code", &self.code())?;
        fields.end()
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for AnyError {
    /// Deserializes from `{"system": "neuron", "code": 2003}`; the code may
    /// also be a decimal string or a variant name of that system.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::serde_support::deserialize_any_error(deserializer)
    }
}

/// The error of `system` with this raw code, or `None`.
///
/// ```
/// use errcat::{System, lookup};
///
/// let error = lookup(System::SuperOffice, 2).unwrap();
/// assert_eq!(error.message(), "User could not be logged in: User name or password was incorrect.");
/// assert!(lookup(System::SuperOffice, 36).is_none());
/// ```
#[must_use]
pub const fn lookup(system: System, code: i32) -> Option<AnyError> {
    AnyError::from_code(system, code)
}

/// Every system that defines `code`, with its meaning there.
///
/// ```
/// use errcat::{System, lookup_all};
///
/// // 0 means success to Neuron, SuperOffice and Viewtron.
/// let systems: Vec<System> = lookup_all(0).map(|e| e.system()).collect();
/// assert_eq!(systems, [System::Neuron, System::SuperOffice, System::Viewtron]);
/// assert_eq!(lookup_all(-5000).count(), 0);
/// ```
pub fn lookup_all(code: i32) -> impl Iterator<Item = AnyError> {
    System::ALL
        .into_iter()
        .filter_map(move |system| lookup(system, code))
}
