//! [`AnyError`]: an error of any system, and lookups across systems.

use core::fmt;

use crate::{CatalogEntry, Kind, Provenance, System, WrongSystemError};

/// Defines [`AnyError`] from the rows of `for_each_system!`: its variants,
/// the `each!` dispatch, the lookups by system and the conversions.
macro_rules! define_any_error {
    ($({ id: $id:ident, error: $error:ident, variant: $variant:ident, doc: $doc:literal, $($rest:tt)* }),* $(,)?) => {
        /// An error code of any of errcat's own systems, for code that handles
        /// several. A crate's own catalog is not among them: generic code
        /// over [`ErrorCode`](crate::ErrorCode) takes both.
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
            $(
                #[doc = concat!("An error of ", $doc)]
                $variant(crate::$id::$error),
            )*
        }

        /// Evaluates `$body` with `$error` bound to the error `$self` holds.
        macro_rules! each {
            ($self_:expr, $e:ident => $body:expr) => {
                match $self_ {
                    $(AnyError::$variant($e) => $body,)*
                }
            };
        }

        impl AnyError {
            /// The error of `system` (one of errcat's own) with this raw code, or `None`.
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
                    $(System::$variant => match crate::$id::$error::from_code(code) {
                        Some(e) => Some(AnyError::$variant(e)),
                        None => None,
                    },)*
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
                    $(System::$variant => crate::$id::$error::from_name(name).map(AnyError::$variant),)*
                }
            }

            /// Every error of every system, system by system, each in catalog order.
            ///
            /// ```
            /// let count = errcat::AnyError::iter().count();
            /// assert_eq!(count, errcat::AnyError::iter().filter(|e| !e.message().is_empty()).count());
            /// ```
            pub fn iter() -> impl Iterator<Item = AnyError> {
                core::iter::empty()
                    $(.chain(crate::$id::$error::ALL.iter().copied().map(AnyError::$variant)))*
            }

            /// The system the error belongs to.
            #[must_use]
            pub const fn system(self) -> System {
                match self {
                    $(AnyError::$variant(_) => System::$variant,)*
                }
            }
        }

        $(
            impl From<crate::$id::$error> for AnyError {
                fn from(error: crate::$id::$error) -> Self {
                    AnyError::$variant(error)
                }
            }

            impl TryFrom<AnyError> for crate::$id::$error {
                type Error = WrongSystemError;

                /// The system's error, or an error that keeps `error` if it
                /// belongs to another system.
                fn try_from(error: AnyError) -> Result<Self, WrongSystemError> {
                    match error {
                        AnyError::$variant(error) => Ok(error),
                        #[allow(unreachable_patterns)]
                        other => Err(WrongSystemError::new(System::$variant, other)),
                    }
                }
            }
        )*
    };
}

for_each_system!(define_any_error);

impl AnyError {
    /// The raw code.
    #[must_use]
    pub const fn code(self) -> i32 {
        each!(self, e => e.code())
    }

    /// What the catalog records of the code, in one record: every method
    /// below reads it. A fact errcat adds later is a field of the record.
    ///
    /// ```
    /// use errcat::{System, lookup};
    ///
    /// let entry = lookup(System::Viewtron, 7).unwrap().entry();
    /// assert_eq!(entry.name, "SystemBusy");
    /// assert_eq!(entry.explanation, Some("system upgrading or importing config"));
    /// ```
    #[must_use]
    pub const fn entry(self) -> &'static CatalogEntry {
        each!(self, e => e.entry())
    }

    /// The variant's name.
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.entry().name
    }

    /// The vendor's message, verbatim.
    #[must_use]
    pub const fn message(self) -> &'static str {
        self.entry().message
    }

    /// What the code means, in errcat's words.
    #[must_use]
    pub const fn description(self) -> Option<&'static str> {
        self.entry().description
    }

    /// The name of the vendor's category.
    #[must_use]
    pub const fn category_name(self) -> &'static str {
        self.entry().category.name
    }

    /// The title of the vendor's category.
    #[must_use]
    pub const fn category_title(self) -> &'static str {
        self.entry().category.title
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
        self.entry().kind
    }

    /// Whether the same request may succeed later.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        self.entry().is_retryable
    }

    /// The HTTP status that corresponds to the kind.
    #[must_use]
    pub const fn http_status(self) -> u16 {
        self.entry().http_status()
    }

    /// The HTTP status the system's own server sends with this code, for a
    /// system whose catalog records it ([`ErrorCode::wire_http_status`](crate::ErrorCode::wire_http_status));
    /// `None` for the others.
    ///
    /// ```
    /// use errcat::{AnyError, System};
    ///
    /// let exists = AnyError::from_code(System::Neuron, 2002).unwrap();
    /// assert_eq!(exists.wire_http_status(), Some(409));
    /// let busy = AnyError::from_code(System::Viewtron, 7).unwrap();
    /// assert_eq!(busy.wire_http_status(), None);
    /// ```
    #[must_use]
    pub const fn wire_http_status(self) -> Option<u16> {
        self.entry().wire_http_status
    }

    /// Whether the code means success.
    #[must_use]
    pub const fn is_success(self) -> bool {
        self.entry().is_success()
    }

    /// Where the code is documented.
    #[must_use]
    pub const fn provenance(self) -> Provenance {
        self.entry().provenance
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
    pub const fn upstream_symbol(self) -> Option<&'static str> {
        self.entry().upstream_symbol
    }

    /// Symbols the code had in older upstream versions.
    #[must_use]
    pub const fn former_symbols(self) -> &'static [&'static str] {
        self.entry().former_symbols
    }

    /// Where the vendor says the code applies, as labels of the system's
    /// [`scope`](System::scope); empty where it applies everywhere.
    ///
    /// ```
    /// use errcat::{System, lookup};
    ///
    /// assert_eq!(lookup(System::Viewtron, 9).unwrap().applies_to(), ["v2.0"]);
    /// assert!(lookup(System::Neuron, 2003).unwrap().applies_to().is_empty());
    /// ```
    #[must_use]
    pub const fn applies_to(self) -> &'static [&'static str] {
        self.entry().applies_to
    }

    /// What the code means on a scope value where that differs: (label,
    /// meaning) pairs.
    ///
    /// ```
    /// use errcat::{System, lookup};
    ///
    /// let port = lookup(System::Viewtron, 5).unwrap();
    /// assert_eq!(port.meanings()[0], ("v1.9", "network port number error"));
    /// ```
    #[must_use]
    pub const fn meanings(self) -> &'static [(&'static str, &'static str)] {
        self.entry().meanings
    }

    /// What other vendor pages say of the code, where they read it otherwise;
    /// see [`Reading`](crate::Reading).
    ///
    /// ```
    /// use errcat::{System, lookup};
    ///
    /// let error = lookup(System::Viewtron, 207).unwrap();
    /// assert_eq!(error.to_string(), "License plate group does not exist");
    /// assert_eq!(error.other_readings()[0].text, "License plate does not exist");
    /// assert!(lookup(System::Neuron, 2003).unwrap().other_readings().is_empty());
    /// ```
    #[must_use]
    pub const fn other_readings(self) -> &'static [crate::Reading] {
        self.entry().other_readings
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
    pub const fn explanation(self) -> Option<&'static str> {
        self.entry().explanation
    }

    /// What the description rests on beyond the vendor's message (an
    /// upstream file and commit, another page, a client's code), where the
    /// catalog names it.
    ///
    /// ```
    /// use errcat::{System, lookup};
    ///
    /// let error = lookup(System::Neuron, 2007).unwrap();
    /// assert!(error.basis().unwrap().contains("adapter.c"));
    /// assert_eq!(lookup(System::Neuron, 2003).unwrap().basis(), None);
    /// ```
    #[must_use]
    pub const fn basis(self) -> Option<&'static str> {
        self.entry().basis
    }
}

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

/// Every one of errcat's own systems that defines `code`, with its meaning there.
///
/// ```
/// use errcat::{System, lookup_all};
///
/// // 0 means success to Neuron, SuperOffice and Viewtron.
/// let systems: Vec<System> = lookup_all(0).map(|e| e.system()).collect();
/// assert!(systems.contains(&System::Neuron) && systems.contains(&System::Viewtron));
/// assert!(!systems.contains(&System::I4scada));
/// assert_eq!(lookup_all(-5000).count(), 0);
/// ```
pub fn lookup_all(code: i32) -> impl Iterator<Item = AnyError> {
    System::ALL
        .into_iter()
        .filter_map(move |system| lookup(system, code))
}
