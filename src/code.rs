//! [`Code`]: a raw code of one system, known or not, kept exactly.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};

use crate::{CatalogEntry, ErrorCode, Kind, SystemInfo, UnknownCodeError};

/// A code of one system as it came off the wire: the typed variant where the
/// catalog knows the number, the raw number where it does not.
///
/// Converting never fails and never loses anything: [`Code::code`] gives back
/// exactly the number that came in, so a newer device's code that errcat does
/// not know yet is kept, logged and passed on unchanged. Success codes (Neuron,
/// SuperOffice and Viewtron `0`) are known codes too; [`Code::into_result`]
/// turns a code into `Ok(())` exactly when it means success.
///
/// ```
/// use errcat::{Code, Kind, neuron::NeuronError};
///
/// let known = Code::<NeuronError>::from(2003);
/// assert_eq!(known, Code::Known(NeuronError::NodeNotExist));
/// assert_eq!(known.to_string(), "Node does not exist");
/// assert_eq!(known.kind(), Kind::NotFound);
///
/// let unknown = Code::<NeuronError>::from(123456);
/// assert_eq!(unknown, Code::Unknown(123456));
/// assert_eq!(unknown.code(), 123456);
/// assert_eq!(unknown.kind(), Kind::Unknown);
/// assert_eq!(unknown.to_string(), "unknown EMQ Neuron / NeuronEX code 123456");
///
/// assert_eq!(Code::<NeuronError>::from(0).into_result(), Ok(()));
/// assert_eq!(known.into_result(), Err(known));
/// ```
///
/// Equality, ordering and hashing go by the number alone, so
/// `Code::Unknown(2003)` (built by hand) equals `Code::Known(NodeNotExist)`;
/// codes sort by number.
///
/// With the `serde` feature a `Code<E>` serializes as its integer and
/// deserializes from any integer in `i32` range, a decimal string (as XML
/// attributes arrive) or a variant name; see [the crate's serde
/// policy](crate#serde).
#[derive(Debug, Clone, Copy)]
#[must_use]
pub enum Code<E> {
    /// A code the catalog defines.
    Known(E),
    /// A code the catalog does not define, kept as it came.
    Unknown(i32),
}

impl<E: ErrorCode> Code<E> {
    /// The raw number, exactly as it came in.
    ///
    /// ```
    /// use errcat::{Code, viewtron::ViewtronError};
    ///
    /// assert_eq!(Code::<ViewtronError>::from(9).code(), 9);
    /// assert_eq!(Code::<ViewtronError>::from(-77).code(), -77);
    /// ```
    #[must_use]
    pub fn code(self) -> i32 {
        match self {
            Code::Known(error) => error.code(),
            Code::Unknown(code) => code,
        }
    }

    /// The code for a raw number of any integer type that converts to `i64`
    /// without loss (`i8` to `i64`, `u8` to `u32`): an `i64` read from JSON,
    /// a `u16` status word. Every value in `i32` is a code, known or not; a
    /// value outside `i32` is refused with an [`UnknownCodeError`] that keeps
    /// it exactly, never cut to 32 bits. (`From<i32>` takes an `i32` as it
    /// is; a `u64`, `usize` or `i128` goes through `i64::try_from` first.)
    ///
    /// ```
    /// use errcat::{Code, neuron::NeuronError};
    ///
    /// assert_eq!(Code::<NeuronError>::from_int(2003_i64), Ok(Code::Known(NeuronError::NodeNotExist)));
    /// assert_eq!(Code::<NeuronError>::from_int(65_535_u16), Ok(Code::Unknown(65_535)));
    /// // Cut to 32 bits this would be 2003: it is refused and kept.
    /// let wide = (1_i64 << 32) + 2003;
    /// let error = Code::<NeuronError>::from_int(wide).unwrap_err();
    /// assert_eq!(error.code(), wide);
    /// assert_eq!(Code::<NeuronError>::from_int(u32::MAX).unwrap_err().code(), i64::from(u32::MAX));
    /// ```
    pub fn from_int(code: impl Into<i64>) -> Result<Self, UnknownCodeError> {
        let code = code.into();
        i32::try_from(code)
            .map(Self::from)
            .map_err(|_| UnknownCodeError::new(E::SYSTEM, code))
    }

    /// The typed variant, or `None` for a code the catalog does not define.
    ///
    /// ```
    /// use errcat::{Code, viewtron::ViewtronError};
    ///
    /// assert_eq!(Code::<ViewtronError>::from(9).known(), Some(ViewtronError::Unauthorized));
    /// assert_eq!(Code::<ViewtronError>::from(999).known(), None);
    /// ```
    #[must_use]
    pub fn known(self) -> Option<E> {
        match self {
            Code::Known(error) => Some(error),
            Code::Unknown(_) => None,
        }
    }

    /// What the catalog records of the code ([`ErrorCode::entry`]); `None`
    /// for a code the catalog does not define.
    ///
    /// ```
    /// use errcat::{Code, neuron::NeuronError};
    ///
    /// let entry = Code::<NeuronError>::from(2003).entry().unwrap();
    /// assert_eq!(entry.upstream_symbol, Some("NEU_ERR_NODE_NOT_EXIST"));
    /// assert_eq!(Code::<NeuronError>::from(123456).entry(), None);
    /// ```
    #[must_use]
    pub fn entry(self) -> Option<&'static CatalogEntry> {
        self.known().map(ErrorCode::entry)
    }

    /// The system the code belongs to: its id and title.
    ///
    /// ```
    /// use errcat::{Code, neuron::NeuronError};
    ///
    /// assert_eq!(Code::<NeuronError>::from(123456).system().id, "neuron");
    /// ```
    #[must_use]
    pub fn system(self) -> &'static SystemInfo {
        E::SYSTEM
    }

    /// The variant's name; `None` for a code the catalog does not define.
    ///
    /// ```
    /// use errcat::{Code, neuron::NeuronError};
    ///
    /// assert_eq!(Code::<NeuronError>::from(2003).name(), Some("NodeNotExist"));
    /// assert_eq!(Code::<NeuronError>::from(123456).name(), None);
    /// ```
    #[must_use]
    pub fn name(self) -> Option<&'static str> {
        self.known().map(ErrorCode::name)
    }

    /// The vendor's message, verbatim; `None` for a code the catalog does not
    /// define, whose `Display` says that it is unknown.
    ///
    /// ```
    /// use errcat::{Code, neuron::NeuronError};
    ///
    /// assert_eq!(Code::<NeuronError>::from(2003).message(), Some("Node does not exist"));
    /// assert_eq!(Code::<NeuronError>::from(123456).message(), None);
    /// ```
    #[must_use]
    pub fn message(self) -> Option<&'static str> {
        self.known().map(ErrorCode::message)
    }

    /// What the code means, in errcat's words, where the catalog says more;
    /// `None` for an unknown code.
    ///
    /// ```
    /// use errcat::{Code, neuron::NeuronError};
    ///
    /// assert!(Code::<NeuronError>::from(2003).description().is_some());
    /// assert_eq!(Code::<NeuronError>::from(123456).description(), None);
    /// ```
    #[must_use]
    pub fn description(self) -> Option<&'static str> {
        self.known().and_then(ErrorCode::description)
    }

    /// Whether the code means success. An unknown code never does.
    ///
    /// ```
    /// use errcat::{Code, superoffice::SuperOfficeError};
    ///
    /// assert!(Code::<SuperOfficeError>::from(0).is_success());
    /// assert!(!Code::<SuperOfficeError>::from(2).is_success());
    /// assert!(!Code::<SuperOfficeError>::from(36).is_success());
    /// ```
    #[must_use]
    pub fn is_success(self) -> bool {
        self.known().is_some_and(ErrorCode::is_success)
    }

    /// The cross-system kind; [`Kind::Unknown`] for an unknown code.
    ///
    /// ```
    /// use errcat::{Code, Kind, i4scada::I4scadaError};
    ///
    /// assert_eq!(Code::<I4scadaError>::from(-4095).kind(), Kind::Unauthenticated);
    /// assert_eq!(Code::<I4scadaError>::from(-5000).kind(), Kind::Unknown);
    /// ```
    #[must_use]
    pub fn kind(self) -> Kind {
        self.known().map_or(Kind::Unknown, ErrorCode::kind)
    }

    /// Whether the same request may succeed later: the known code's advice;
    /// for an unknown code, that of [`Kind::Unknown`] (no).
    ///
    /// ```
    /// use errcat::{Code, viewtron::ViewtronError};
    ///
    /// assert!(Code::<ViewtronError>::from(7).is_retryable()); // System Busy
    /// assert!(!Code::<ViewtronError>::from(999).is_retryable());
    /// ```
    #[must_use]
    pub fn is_retryable(self) -> bool {
        self.known()
            .map_or(Kind::Unknown.is_retryable(), ErrorCode::is_retryable)
    }

    /// The HTTP status that corresponds to the [`kind`](Self::kind) (500 for an
    /// unknown code). This is errcat's mapping of the kind, not the status a
    /// vendor's server sends; for Neuron see
    /// [`NeuronError::wire_http_status`](crate::neuron::NeuronError::wire_http_status).
    ///
    /// ```
    /// use errcat::{Code, neuron::NeuronError};
    ///
    /// assert_eq!(Code::<NeuronError>::from(2003).http_status(), 404);
    /// assert_eq!(Code::<NeuronError>::from(123456).http_status(), 500);
    /// ```
    #[must_use]
    pub fn http_status(self) -> u16 {
        self.known()
            .map_or(Kind::Unknown.http_status(), ErrorCode::http_status)
    }

    /// The HTTP status the system's own server sends with this code, for a
    /// system whose catalog records it: [`ErrorCode::wire_http_status`] for a
    /// known code, [`ErrorCode::DEFAULT_WIRE_HTTP_STATUS`] for any other.
    /// `None` for a system whose catalog records no statuses.
    ///
    /// ```
    /// use errcat::{Code, neuron::NeuronError, viewtron::ViewtronError};
    ///
    /// assert_eq!(Code::<NeuronError>::from(2002).wire_http_status(), Some(409));
    /// // Neuron answers a code it does not list with HTTP 200.
    /// assert_eq!(Code::<NeuronError>::from(123456).wire_http_status(), Some(200));
    /// assert_eq!(Code::<ViewtronError>::from(9).wire_http_status(), None);
    /// ```
    #[must_use]
    pub fn wire_http_status(self) -> Option<u16> {
        match self {
            Code::Known(error) => error.wire_http_status(),
            Code::Unknown(_) => E::DEFAULT_WIRE_HTTP_STATUS,
        }
    }

    /// `Ok(())` exactly when the code means success, else the code as an error,
    /// for `?`.
    ///
    /// ```
    /// use errcat::{Code, neuron::NeuronError};
    ///
    /// fn start_node(reply_code: i32) -> Result<&'static str, Code<NeuronError>> {
    ///     Code::from(reply_code).into_result()?;
    ///     Ok("started")
    /// }
    /// assert_eq!(start_node(0), Ok("started"));
    /// assert_eq!(start_node(2003), Err(Code::Known(NeuronError::NodeNotExist)));
    /// assert_eq!(start_node(123456), Err(Code::Unknown(123456)));
    /// ```
    pub fn into_result(self) -> Result<(), Code<E>> {
        if self.is_success() { Ok(()) } else { Err(self) }
    }
}

impl<E: ErrorCode> From<i32> for Code<E> {
    /// Looks the code up; never fails.
    #[inline]
    fn from(code: i32) -> Self {
        match E::from_code(code) {
            Some(error) => Code::Known(error),
            None => Code::Unknown(code),
        }
    }
}

impl<E: ErrorCode> From<E> for Code<E> {
    fn from(error: E) -> Self {
        Code::Known(error)
    }
}

impl<E: ErrorCode> From<Code<E>> for i32 {
    fn from(code: Code<E>) -> i32 {
        code.code()
    }
}

impl<E: ErrorCode> fmt::Display for Code<E> {
    /// The vendor's message for a known code; `unknown <system title> code <n>`
    /// for an unknown one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Known(error) => fmt::Display::fmt(error, f),
            Code::Unknown(code) => write!(f, "unknown {} code {code}", E::SYSTEM.title()),
        }
    }
}

impl<E: ErrorCode> core::error::Error for Code<E> {}

impl<E: ErrorCode> PartialEq for Code<E> {
    fn eq(&self, other: &Self) -> bool {
        self.code() == other.code()
    }
}

impl<E: ErrorCode> Eq for Code<E> {}

impl<E: ErrorCode> PartialOrd for Code<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E: ErrorCode> Ord for Code<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.code().cmp(&other.code())
    }
}

impl<E: ErrorCode> Hash for Code<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code().hash(state);
    }
}

#[cfg(feature = "serde")]
impl<E: ErrorCode> serde::Serialize for Code<E> {
    /// Serializes as the integer code, known or not.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de, E: ErrorCode> serde::Deserialize<'de> for Code<E> {
    /// Deserializes from any integer in `i32` range, a decimal string or a
    /// variant name.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::serde_support::deserialize_code(deserializer)
    }
}

/// A code written as text under errcat's strict policy: an optional `-` and
/// ASCII decimal digits, nothing else (no `+`, no spaces). `None`: not such
/// a number; `Some(None)`: such a number, but outside `i32`.
#[cfg(any(feature = "serde", feature = "xml", test))]
pub(crate) fn decimal(text: &[u8]) -> Option<Option<i32>> {
    let (negative, digits) = match text.strip_prefix(b"-") {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // Summed below zero, where `i32::MIN` fits; `str::parse` after a UTF-8
    // check did the same work twice over.
    let mut below_zero: i32 = 0;
    for &digit in digits {
        let next = below_zero
            .checked_mul(10)
            .and_then(|value| value.checked_sub(i32::from(digit - b'0')));
        match next {
            Some(value) => below_zero = value,
            None => return Some(None),
        }
    }
    Some(if negative {
        Some(below_zero)
    } else {
        below_zero.checked_neg()
    })
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn decimal_takes_an_optional_minus_and_digits_only() {
        assert_eq!(decimal(b"2003"), Some(Some(2003)));
        assert_eq!(decimal(b"-4095"), Some(Some(-4095)));
        assert_eq!(decimal(b"007"), Some(Some(7)));
        assert_eq!(decimal(b"2147483647"), Some(Some(i32::MAX)));
        assert_eq!(decimal(b"-2147483648"), Some(Some(i32::MIN)));
        assert_eq!(decimal(b"2147483648"), Some(None));
        assert_eq!(decimal(b"-2147483649"), Some(None));
        assert_eq!(decimal(b"99999999999999999999999"), Some(None));
        for refused in [
            "", "-", "+2003", " 2003", "2003 ", "\n2003\t", "20 03", "0x7", "--1", "2003.0",
            "\u{663}", "-+1",
        ] {
            assert_eq!(decimal(refused.as_bytes()), None, "{refused:?}");
        }
    }
}
