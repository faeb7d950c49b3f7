//! [`ErrorInfo`]: one object-safe view of any error errcat types.

use crate::{AnyError, CatalogEntry, Code, ErrorCode, Kind, SystemInfo};

/// What errcat knows of an error, whatever holds it: every generated enum
/// (errcat's four and a crate's own), [`AnyError`] and [`Code<E>`](Code),
/// known code or not. One function taking `&dyn ErrorInfo` logs, counts or
/// reports all of them.
///
/// The trait is object-safe and implemented by errcat for those three (for
/// every enum through its [`ErrorCode`] impl); it is not meant to be
/// implemented elsewhere. The names mirror the inherent methods, which take
/// `self` by value and so are the ones a call on a concrete value picks; on
/// `&dyn ErrorInfo` and through `&`, the trait's answer, in the same terms
/// for all: `name` and `message` are `Option`, `None` only for a code the
/// catalog does not define, whose `Display` says so. Its supertraits are
/// `Display` and `Debug`; all three types are `core::error::Error` too, which
/// is no supertrait so that `description` means errcat's, not `Error`'s
/// deprecated method of the same name.
///
/// ```
/// use errcat::{AnyError, Code, ErrorInfo, System, neuron::NeuronError};
///
/// fn log_line(error: &dyn ErrorInfo) -> String {
///     format!(
///         "{}/{} {} kind={} retry={} http={} sent={:?}: {error}",
///         error.system().id,
///         error.code(),
///         error.name().unwrap_or("?"),
///         error.kind(),
///         error.is_retryable(),
///         error.http_status(),
///         error.wire_http_status(),
///     )
/// }
///
/// let typed = NeuronError::NodeNotExist;
/// let any = AnyError::from_code(System::Viewtron, 7).unwrap();
/// let unknown = Code::<NeuronError>::from(123456);
/// assert_eq!(
///     log_line(&typed),
///     "neuron/2003 NodeNotExist kind=NotFound retry=false http=404 sent=Some(404): Node does not exist"
/// );
/// assert_eq!(
///     log_line(&any),
///     "viewtron/7 SystemBusy kind=Unavailable retry=true http=503 sent=None: System Busy"
/// );
/// assert_eq!(
///     log_line(&unknown),
///     "neuron/123456 ? kind=Unknown retry=false http=500 sent=Some(200): \
///      unknown EMQ Neuron / NeuronEX code 123456"
/// );
///
/// // One list of all of them.
/// let all: [&dyn ErrorInfo; 3] = [&typed, &any, &unknown];
/// assert_eq!(all.iter().filter(|e| e.name().is_some()).count(), 2);
/// ```
pub trait ErrorInfo: core::fmt::Display + core::fmt::Debug {
    /// The system the code belongs to: its id and title.
    fn system(&self) -> &'static SystemInfo;
    /// The raw code, exactly as it came.
    fn code(&self) -> i32;
    /// What the catalog records of the code, in one record (every fact,
    /// those not listed here too); `None` for a code the catalog does not
    /// define.
    ///
    /// ```
    /// use errcat::{Code, ErrorInfo, neuron::NeuronError};
    ///
    /// fn symbol(error: &dyn ErrorInfo) -> Option<&'static str> {
    ///     error.entry().and_then(|entry| entry.upstream_symbol)
    /// }
    /// assert_eq!(symbol(&NeuronError::NodeNotExist), Some("NEU_ERR_NODE_NOT_EXIST"));
    /// assert_eq!(symbol(&Code::<NeuronError>::from(123456)), None);
    /// ```
    fn entry(&self) -> Option<&'static CatalogEntry>;
    /// The variant's name; `None` for a code the catalog does not define.
    fn name(&self) -> Option<&'static str>;
    /// The vendor's message, verbatim; `None` for a code the catalog does not
    /// define (its `Display` then says that it is unknown).
    fn message(&self) -> Option<&'static str>;
    /// What the code means, in errcat's words, where the catalog says more.
    fn description(&self) -> Option<&'static str>;
    /// The cross-system kind; [`Kind::Unknown`] for an unknown code.
    fn kind(&self) -> Kind;
    /// Whether the same request may succeed later.
    fn is_retryable(&self) -> bool;
    /// Whether the code means success (never for an unknown code).
    fn is_success(&self) -> bool;
    /// The HTTP status that corresponds to the kind (500 for an unknown code).
    fn http_status(&self) -> u16;
    /// The HTTP status the system's own server sends with the code, for a
    /// system whose catalog records it; `None` for the others.
    fn wire_http_status(&self) -> Option<u16>;

    /// [`http_status`](Self::http_status) as an `http::StatusCode` (feature
    /// `http`). A number that is no HTTP status (outside 100 to 999, which
    /// only a hand-written `ErrorCode` impl could give) becomes 500.
    ///
    /// ```
    /// use errcat::{Code, ErrorInfo, neuron::NeuronError};
    /// use http::StatusCode;
    ///
    /// assert_eq!(NeuronError::NodeNotExist.http_status_code(), StatusCode::NOT_FOUND);
    /// assert_eq!(Code::<NeuronError>::from(123456).http_status_code(), StatusCode::INTERNAL_SERVER_ERROR);
    /// ```
    #[cfg(feature = "http")]
    fn http_status_code(&self) -> http::StatusCode {
        crate::status_code::status_code(self.http_status())
    }

    /// [`wire_http_status`](Self::wire_http_status) as an `http::StatusCode`
    /// (feature `http`); `None` where the catalog records no statuses.
    ///
    /// ```
    /// use errcat::{AnyError, Code, ErrorInfo, System, neuron::NeuronError};
    /// use http::StatusCode;
    ///
    /// // Neuron's server sends 409 with "node exists", 200 with a code it does not list.
    /// assert_eq!(NeuronError::NodeExists.wire_http_status_code(), Some(StatusCode::CONFLICT));
    /// assert_eq!(Code::<NeuronError>::from(123456).wire_http_status_code(), Some(StatusCode::OK));
    /// let busy = AnyError::from_code(System::Viewtron, 7).unwrap();
    /// assert_eq!(busy.wire_http_status_code(), None);
    /// ```
    #[cfg(feature = "http")]
    fn wire_http_status_code(&self) -> Option<http::StatusCode> {
        self.wire_http_status().map(crate::status_code::status_code)
    }
}

impl<E: ErrorCode> ErrorInfo for E {
    fn system(&self) -> &'static SystemInfo {
        E::SYSTEM
    }
    fn code(&self) -> i32 {
        ErrorCode::code(*self)
    }
    fn entry(&self) -> Option<&'static CatalogEntry> {
        Some(ErrorCode::entry(*self))
    }
    fn name(&self) -> Option<&'static str> {
        Some(ErrorCode::name(*self))
    }
    fn message(&self) -> Option<&'static str> {
        Some(ErrorCode::message(*self))
    }
    fn description(&self) -> Option<&'static str> {
        ErrorCode::description(*self)
    }
    fn kind(&self) -> Kind {
        ErrorCode::kind(*self)
    }
    fn is_retryable(&self) -> bool {
        ErrorCode::is_retryable(*self)
    }
    fn is_success(&self) -> bool {
        ErrorCode::is_success(*self)
    }
    fn http_status(&self) -> u16 {
        ErrorCode::http_status(*self)
    }
    fn wire_http_status(&self) -> Option<u16> {
        ErrorCode::wire_http_status(*self)
    }
}

impl<E: ErrorCode> ErrorInfo for Code<E> {
    fn system(&self) -> &'static SystemInfo {
        E::SYSTEM
    }
    fn code(&self) -> i32 {
        Code::code(*self)
    }
    fn entry(&self) -> Option<&'static CatalogEntry> {
        Code::entry(*self)
    }
    fn name(&self) -> Option<&'static str> {
        Code::name(*self)
    }
    fn message(&self) -> Option<&'static str> {
        Code::message(*self)
    }
    fn description(&self) -> Option<&'static str> {
        Code::description(*self)
    }
    fn kind(&self) -> Kind {
        Code::kind(*self)
    }
    fn is_retryable(&self) -> bool {
        Code::is_retryable(*self)
    }
    fn is_success(&self) -> bool {
        Code::is_success(*self)
    }
    fn http_status(&self) -> u16 {
        Code::http_status(*self)
    }
    fn wire_http_status(&self) -> Option<u16> {
        Code::wire_http_status(*self)
    }
}

impl ErrorInfo for AnyError {
    fn system(&self) -> &'static SystemInfo {
        AnyError::system(*self).info()
    }
    fn code(&self) -> i32 {
        AnyError::code(*self)
    }
    fn entry(&self) -> Option<&'static CatalogEntry> {
        Some(AnyError::entry(*self))
    }
    fn name(&self) -> Option<&'static str> {
        Some(AnyError::name(*self))
    }
    fn message(&self) -> Option<&'static str> {
        Some(AnyError::message(*self))
    }
    fn description(&self) -> Option<&'static str> {
        AnyError::description(*self)
    }
    fn kind(&self) -> Kind {
        AnyError::kind(*self)
    }
    fn is_retryable(&self) -> bool {
        AnyError::is_retryable(*self)
    }
    fn is_success(&self) -> bool {
        AnyError::is_success(*self)
    }
    fn http_status(&self) -> u16 {
        AnyError::http_status(*self)
    }
    fn wire_http_status(&self) -> Option<u16> {
        AnyError::wire_http_status(*self)
    }
}
