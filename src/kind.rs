//! [`Kind`]: one vocabulary for the errors of every system.

/// What kind of failure a code reports, in the vocabulary of the gRPC canonical
/// status codes, so that one handler can serve every system.
///
/// Every catalog entry records its kind; the meanings are gRPC's
/// (`google.rpc.Code`), and where a code could be read two ways its description
/// says why the catalog chose as it did.
///
/// ```
/// use errcat::{Kind, neuron::NeuronError, viewtron::ViewtronError};
///
/// assert_eq!(NeuronError::InvalidUserOrPassword.kind(), Kind::Unauthenticated);
/// assert_eq!(ViewtronError::Unauthorized.kind(), Kind::Unauthenticated);
/// assert_eq!(Kind::Unauthenticated.http_status(), 401);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::EnumIter,
    strum::EnumCount,
    strum::VariantNames,
    strum::IntoStaticStr,
)]
#[non_exhaustive]
#[repr(u8)]
pub enum Kind {
    /// Not an error: the operation succeeded.
    Ok = 0,
    /// The operation was cancelled, typically by the caller.
    Cancelled = 1,
    /// An error the vendor does not qualify further.
    Unknown = 2,
    /// The request itself is malformed or names something invalid, whatever the
    /// state of the system.
    InvalidArgument = 3,
    /// The operation did not finish in time.
    DeadlineExceeded = 4,
    /// Something the request names does not exist.
    NotFound = 5,
    /// What the request would create already exists.
    AlreadyExists = 6,
    /// The caller is known but not allowed to do this (including what a licence
    /// does not allow).
    PermissionDenied = 7,
    /// A limit or quota is reached.
    ResourceExhausted = 8,
    /// The system is not in the state the operation needs; fix the state first.
    FailedPrecondition = 9,
    /// The operation was aborted, typically by a conflict with another one.
    Aborted = 10,
    /// A value is outside the range the operation accepts.
    OutOfRange = 11,
    /// The operation is not implemented or not supported here.
    Unimplemented = 12,
    /// An internal invariant of the system broke.
    Internal = 13,
    /// The system (or a device behind it) is unavailable for now; a retry may
    /// succeed.
    Unavailable = 14,
    /// Data was lost or corrupted.
    DataLoss = 15,
    /// Credentials or a session are missing, invalid or expired.
    Unauthenticated = 16,
}

impl Kind {
    /// Every kind, in the order of their gRPC numbers.
    pub const ALL: [Kind; 17] = [
        Kind::Ok,
        Kind::Cancelled,
        Kind::Unknown,
        Kind::InvalidArgument,
        Kind::DeadlineExceeded,
        Kind::NotFound,
        Kind::AlreadyExists,
        Kind::PermissionDenied,
        Kind::ResourceExhausted,
        Kind::FailedPrecondition,
        Kind::Aborted,
        Kind::OutOfRange,
        Kind::Unimplemented,
        Kind::Internal,
        Kind::Unavailable,
        Kind::DataLoss,
        Kind::Unauthenticated,
    ];

    /// The kind's name, as catalogs write it.
    ///
    /// ```
    /// assert_eq!(errcat::Kind::FailedPrecondition.name(), "FailedPrecondition");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Ok => "Ok",
            Kind::Cancelled => "Cancelled",
            Kind::Unknown => "Unknown",
            Kind::InvalidArgument => "InvalidArgument",
            Kind::DeadlineExceeded => "DeadlineExceeded",
            Kind::NotFound => "NotFound",
            Kind::AlreadyExists => "AlreadyExists",
            Kind::PermissionDenied => "PermissionDenied",
            Kind::ResourceExhausted => "ResourceExhausted",
            Kind::FailedPrecondition => "FailedPrecondition",
            Kind::Aborted => "Aborted",
            Kind::OutOfRange => "OutOfRange",
            Kind::Unimplemented => "Unimplemented",
            Kind::Internal => "Internal",
            Kind::Unavailable => "Unavailable",
            Kind::DataLoss => "DataLoss",
            Kind::Unauthenticated => "Unauthenticated",
        }
    }

    /// The gRPC status number (`0` for `Ok` to `16` for `Unauthenticated`).
    ///
    /// ```
    /// assert_eq!(errcat::Kind::Unavailable.grpc_code(), 14);
    /// ```
    #[must_use]
    pub const fn grpc_code(self) -> u8 {
        self as u8
    }

    /// The HTTP status that usually stands for this kind (the mapping of
    /// `google.rpc.Code`).
    ///
    /// ```
    /// use errcat::Kind;
    ///
    /// assert_eq!(Kind::NotFound.http_status(), 404);
    /// assert_eq!(Kind::Unavailable.http_status(), 503);
    /// ```
    #[must_use]
    pub const fn http_status(self) -> u16 {
        match self {
            Kind::Ok => 200,
            Kind::Cancelled => 499,
            Kind::Unknown | Kind::Internal | Kind::DataLoss => 500,
            Kind::InvalidArgument | Kind::FailedPrecondition | Kind::OutOfRange => 400,
            Kind::DeadlineExceeded => 504,
            Kind::NotFound => 404,
            Kind::AlreadyExists | Kind::Aborted => 409,
            Kind::PermissionDenied => 403,
            Kind::ResourceExhausted => 429,
            Kind::Unimplemented => 501,
            Kind::Unavailable => 503,
            Kind::Unauthenticated => 401,
        }
    }

    /// Whether an error of this kind may go away if the same request is sent
    /// again later: `Unavailable`, `DeadlineExceeded`, `Aborted` and
    /// `ResourceExhausted`. A catalog entry can override this where the vendor
    /// says otherwise; ask the error itself (`is_retryable()`).
    ///
    /// ```
    /// use errcat::Kind;
    ///
    /// assert!(Kind::Unavailable.is_retryable());
    /// assert!(!Kind::InvalidArgument.is_retryable());
    /// ```
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        matches!(
            self,
            Kind::Unavailable | Kind::DeadlineExceeded | Kind::Aborted | Kind::ResourceExhausted
        )
    }

    /// The kind with this name, ignoring ASCII case, `_` and `-`: `"NotFound"`,
    /// `"not_found"` and `"NOT-FOUND"` all work.
    ///
    /// ```
    /// use errcat::Kind;
    ///
    /// assert_eq!(Kind::from_name("unauthenticated"), Some(Kind::Unauthenticated));
    /// assert_eq!(Kind::from_name("invalid_argument"), Some(Kind::InvalidArgument));
    /// assert_eq!(Kind::from_name("teapot"), None);
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<Kind> {
        let folded = |text: &'static str| text.bytes().map(|b| b.to_ascii_lowercase());
        let key = || {
            name.bytes()
                .filter(|b| !matches!(b, b'_' | b'-'))
                .map(|b| b.to_ascii_lowercase())
        };
        Kind::ALL
            .into_iter()
            .find(|kind| folded(kind.name()).eq(key()))
    }
}

impl core::fmt::Display for Kind {
    /// Writes the kind's name, honouring width, fill and alignment.
    ///
    /// ```
    /// assert_eq!(format!("[{:<18}]", errcat::Kind::NotFound), "[NotFound          ]");
    /// ```
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.pad(self.name())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Kind {
    /// Serializes as the kind's name, `"NotFound"`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Kind {
    /// Deserializes from a kind name, as [`Kind::from_name`] reads it.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::serde_support::deserialize_name(deserializer, "a kind name", Kind::from_name)
    }
}

impl core::str::FromStr for Kind {
    type Err = crate::UnknownKindError;

    /// Parses a kind name like [`Kind::from_name`].
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Kind::from_name(name).ok_or_else(|| crate::UnknownKindError::new(name))
    }
}
