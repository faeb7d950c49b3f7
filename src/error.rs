//! The errors of errcat's own conversions.

use core::fmt;

use crate::{System, SystemInfo};

/// A raw code that the system does not define: what `TryFrom<i32>` and
/// `from_int` return.
///
/// It keeps the system and the value exactly, also one outside the `i32`
/// range that no system's codes use (given to
/// [`ErrorCode::from_int`](crate::ErrorCode::from_int) or
/// [`Code::from_int`](crate::Code::from_int)).
///
/// ```
/// use errcat::{System, neuron::NeuronError};
///
/// let error = NeuronError::try_from(999).unwrap_err();
/// assert_eq!(error.system(), System::Neuron.info());
/// assert_eq!(error.code(), 999);
/// assert_eq!(error.to_string(), "999 is not a known EMQ Neuron / NeuronEX error code");
///
/// let error = NeuronError::from_int(1_i64 << 40).unwrap_err();
/// assert_eq!(error.code(), 1 << 40);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCodeError {
    system: &'static SystemInfo,
    code: i64,
}

impl UnknownCodeError {
    /// The error for `code`, which `system` does not define (what the
    /// generated `TryFrom` impls and `from_int` return).
    ///
    /// ```
    /// use errcat::{ErrorCode, UnknownCodeError, neuron::NeuronError};
    ///
    /// let error = UnknownCodeError::new(NeuronError::SYSTEM, 7);
    /// assert_eq!(Err(error), NeuronError::try_from(7_i32));
    /// ```
    #[must_use]
    pub const fn new(system: &'static SystemInfo, code: i64) -> Self {
        UnknownCodeError { system, code }
    }

    /// The system that was asked.
    #[must_use]
    pub const fn system(&self) -> &'static SystemInfo {
        self.system
    }

    /// The value it does not define, as it was given.
    #[must_use]
    pub const fn code(&self) -> i64 {
        self.code
    }
}

impl fmt::Display for UnknownCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not a known {} error code",
            self.code,
            self.system.title()
        )
    }
}

impl core::error::Error for UnknownCodeError {}

/// The length of one word of a kept name, in bytes.
const WORD: usize = 8;

/// The number of words a kept name has room for.
const WORDS: usize = 8;

/// The longest prefix of a rejected name that errors keep (in bytes).
const KEPT: usize = WORD * WORDS;

/// A word of zeros: the part of a kept name past its end.
const ZERO: [u8; WORD] = [0; WORD];

/// A copy of a rejected name, cut at [`KEPT`] bytes, kept without allocating.
///
/// The bytes past `len` are zero, so the derived `PartialEq` and `Hash` see
/// the kept name and nothing else. The words are 8-byte aligned, so each is
/// written with one aligned store.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(C, align(8))]
pub(crate) struct Rejected {
    bytes: [[u8; WORD]; WORDS],
    len: u8,
    cut: bool,
}

impl Rejected {
    /// Keeps the first [`KEPT`] bytes of `name`, cut back to a char boundary.
    ///
    /// The copy is one array expression of 8-byte words read from the name,
    /// so that, inlined into `FromStr`, it is written straight into the
    /// caller's `Result`. A `copy_from_slice` of the name's length calls
    /// `memcpy` and builds the array in a temporary that is then copied,
    /// and that made a `FromStr` miss about three times slower (see
    /// BENCHMARKS.md).
    #[inline]
    pub(crate) fn new(name: &str) -> Self {
        let mut len = name.len().min(KEPT);
        while !name.is_char_boundary(len) {
            len -= 1;
        }
        let kept = &name.as_bytes()[..len];
        let bytes = match len.checked_sub(WORD) {
            None => {
                let mut first = ZERO;
                first[..len].copy_from_slice(kept);
                [first, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO]
            }
            Some(last) => {
                // Word `k` is bytes `8k..8k + 8` of the name, zero past its
                // end: the word read at `8k` while that fits, else the last
                // eight bytes shifted down by how far they start before `8k`
                // (eight or more: none of the name is left, and it is zero).
                let word = |k: usize| {
                    let start = WORD * k;
                    let at = start.min(last);
                    let read = kept[at..]
                        .first_chunk::<WORD>()
                        .map_or(0, |word| u64::from_le_bytes(*word));
                    let shift = u32::try_from(8 * (start - at)).unwrap_or(u32::MAX);
                    read.checked_shr(shift).unwrap_or(0).to_le_bytes()
                };
                // Most names fit in half the room; their last four words
                // are zero without being computed.
                if len <= KEPT / 2 {
                    [word(0), word(1), word(2), word(3), ZERO, ZERO, ZERO, ZERO]
                } else {
                    [
                        word(0),
                        word(1),
                        word(2),
                        word(3),
                        word(4),
                        word(5),
                        word(6),
                        word(7),
                    ]
                }
            }
        };
        Rejected {
            bytes,
            len: len as u8,
            cut: len < name.len(),
        }
    }

    fn as_str(&self) -> &str {
        // The bytes are a prefix of a `str` cut at a char boundary.
        core::str::from_utf8(&self.bytes.as_flattened()[..usize::from(self.len)])
            .unwrap_or_default()
    }
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}{}", self.as_str(), if self.cut { "…" } else { "" })
    }
}

impl fmt::Debug for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// A name that is not a variant of the system's enum: what `FromStr` returns.
///
/// It keeps the system and the name (its first 64 bytes).
///
/// ```
/// use errcat::{System, viewtron::ViewtronError};
///
/// let error = "SystemBusy!".parse::<ViewtronError>().unwrap_err();
/// assert_eq!(error.system(), System::Viewtron.info());
/// assert_eq!(error.name(), "SystemBusy!");
/// assert_eq!(
///     error.to_string(),
///     "\"SystemBusy!\" is not the name of a Viewtron IP camera / NVR HTTP API error"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownNameError {
    system: &'static SystemInfo,
    name: Rejected,
}

impl UnknownNameError {
    /// The error for `name`, which is not a variant of `system`'s enum (what
    /// the generated `FromStr` impls return). It keeps the first 64 bytes of
    /// the name.
    ///
    /// ```
    /// use errcat::{ErrorCode, UnknownNameError, neuron::NeuronError};
    ///
    /// let error = UnknownNameError::new(NeuronError::SYSTEM, "Nope");
    /// assert_eq!(Err(error), "Nope".parse::<NeuronError>());
    /// ```
    #[inline]
    #[must_use]
    pub fn new(system: &'static SystemInfo, name: &str) -> Self {
        UnknownNameError {
            system,
            name: Rejected::new(name),
        }
    }

    /// The system that was asked.
    #[must_use]
    pub const fn system(&self) -> &'static SystemInfo {
        self.system
    }

    /// The rejected name, cut to its first 64 bytes.
    #[must_use]
    pub fn name(&self) -> &str {
        self.name.as_str()
    }
}

impl fmt::Display for UnknownNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not the name of {} {} error",
            self.name,
            self.system.article(),
            self.system.title()
        )
    }
}

impl core::error::Error for UnknownNameError {}

/// A system name that errcat does not know: what `System::from_str` returns.
///
/// ```
/// let error = "modbus".parse::<errcat::System>().unwrap_err();
/// assert_eq!(error.name(), "modbus");
/// let message = error.to_string();
/// assert!(message.starts_with("unknown system \"modbus\"; expected one of: "));
/// assert!(message.contains("i4scada, neuron, opcda, superoffice, viewtron"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownSystemError {
    name: Rejected,
}

impl UnknownSystemError {
    pub(crate) fn new(name: &str) -> Self {
        UnknownSystemError {
            name: Rejected::new(name),
        }
    }

    /// The rejected name, cut to its first 64 bytes.
    #[must_use]
    pub fn name(&self) -> &str {
        self.name.as_str()
    }
}

impl fmt::Display for UnknownSystemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown system {}; expected one of: ", self.name)?;
        for (i, system) in System::ALL.iter().enumerate() {
            let separator = if i == 0 { "" } else { ", " };
            write!(f, "{separator}{}", system.id())?;
        }
        Ok(())
    }
}

impl core::error::Error for UnknownSystemError {}

/// A kind name that is not one of [`Kind`](crate::Kind)'s: what `Kind::from_str` returns.
///
/// ```
/// let error = "teapot".parse::<errcat::Kind>().unwrap_err();
/// assert_eq!(error.name(), "teapot");
/// assert!(error.to_string().starts_with("unknown kind \"teapot\"; expected one of: Ok, OkWithRemark, Cancelled"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownKindError {
    name: Rejected,
}

impl UnknownKindError {
    pub(crate) fn new(name: &str) -> Self {
        UnknownKindError {
            name: Rejected::new(name),
        }
    }

    /// The rejected name, cut to its first 64 bytes.
    #[must_use]
    pub fn name(&self) -> &str {
        self.name.as_str()
    }
}

impl fmt::Display for UnknownKindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown kind {}; expected one of: ", self.name)?;
        for (i, kind) in crate::Kind::ALL.iter().enumerate() {
            let separator = if i == 0 { "" } else { ", " };
            write!(f, "{separator}{}", kind.name())?;
        }
        Ok(())
    }
}

impl core::error::Error for UnknownKindError {}

/// An [`AnyError`](crate::AnyError) of another system than the one asked
/// for: what `TryFrom<AnyError>` returns. It keeps the error.
///
/// ```
/// use errcat::{AnyError, System, neuron::NeuronError, viewtron::ViewtronError};
///
/// let any = AnyError::from(ViewtronError::SystemBusy);
/// let error = NeuronError::try_from(any).unwrap_err();
/// assert_eq!(error.expected(), System::Neuron);
/// assert_eq!(error.error(), any);
/// assert_eq!(error.to_string(), "viewtron code 7 (SystemBusy) is not an EMQ Neuron / NeuronEX error");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WrongSystemError {
    expected: System,
    error: crate::AnyError,
}

impl WrongSystemError {
    pub(crate) const fn new(expected: System, error: crate::AnyError) -> Self {
        WrongSystemError { expected, error }
    }

    /// The system that was asked for.
    #[must_use]
    pub const fn expected(&self) -> System {
        self.expected
    }

    /// The error, of another system.
    #[must_use]
    pub const fn error(&self) -> crate::AnyError {
        self.error
    }
}

impl fmt::Display for WrongSystemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} code {} ({}) is not {} {} error",
            self.error.system().id(),
            self.error.code(),
            self.error.name(),
            self.expected.article(),
            self.expected.title()
        )
    }
}

impl core::error::Error for WrongSystemError {}

#[cfg(test)]
mod tests {
    use super::{KEPT, Rejected};

    /// What `Rejected` must hold: the longest prefix of `name` of at most
    /// `KEPT` bytes that ends on a char boundary, zero after it.
    fn expected(name: &str) -> ([u8; KEPT], usize) {
        let len = (0..=name.len().min(KEPT))
            .rev()
            .find(|&len| name.is_char_boundary(len))
            .unwrap_or(0);
        let mut bytes = [0; KEPT];
        bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
        (bytes, len)
    }

    /// Names of every length from 0 to 80 bytes, of ASCII and of 2-, 3- and
    /// 4-byte chars, each starting at every offset of its pattern.
    fn names() -> impl Iterator<Item = String> {
        let patterns = ["abcdefghijklmnopqrstuvwxyz", "aé", "x€yz", "🦀ab", "é€🦀"];
        patterns.into_iter().flat_map(|pattern| {
            (0..pattern.len())
                .filter(move |&start| pattern.is_char_boundary(start))
                .flat_map(move |start| {
                    let text: String = pattern[start..]
                        .chars()
                        .chain(pattern.chars().cycle())
                        .take(90)
                        .collect();
                    (0..=80)
                        .filter(|&len| text.is_char_boundary(len))
                        .map(|len| text[..len].to_owned())
                        .collect::<Vec<_>>()
                })
        })
    }

    #[test]
    fn keeps_the_longest_prefix_that_fits_and_zeros_the_rest() {
        let mut checked = 0;
        for name in names() {
            let rejected = Rejected::new(&name);
            let (bytes, len) = expected(&name);
            assert_eq!(rejected.bytes.as_flattened(), &bytes[..], "{name:?}");
            assert_eq!(rejected.as_str(), &name[..len], "{name:?}");
            assert_eq!(rejected.cut, len < name.len(), "{name:?}");
            checked += 1;
        }
        // 81 lengths of the ASCII pattern alone from each of its 26 starts.
        assert!(checked > 26 * 81, "only {checked} names");
    }

    #[test]
    fn equal_names_give_equal_errors_and_others_do_not() {
        let short = Rejected::new("SystemBusy");
        assert_eq!(short, Rejected::new(&String::from("SystemBusy")));
        assert_ne!(short, Rejected::new("SystemBusz"));
        assert_ne!(short, Rejected::new("SystemBus"));
        // Past the kept prefix, names are no longer told apart.
        let long = "n".repeat(KEPT);
        assert_eq!(
            Rejected::new(&(long.clone() + "a")),
            Rejected::new(&(long + "b"))
        );
    }
}
