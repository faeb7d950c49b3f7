//! The errors of errcat's own conversions.

use core::fmt;

use crate::System;

/// A raw code that the system does not define: what `TryFrom<i32>` returns.
///
/// It keeps the system and the code.
///
/// ```
/// use errcat::{System, neuron::NeuronError};
///
/// let error = NeuronError::try_from(999).unwrap_err();
/// assert_eq!(error.system(), System::Neuron);
/// assert_eq!(error.code(), 999);
/// assert_eq!(error.to_string(), "999 is not a known EMQ Neuron / NeuronEX error code");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCodeError {
    system: System,
    code: i32,
}

impl UnknownCodeError {
    pub(crate) const fn new(system: System, code: i32) -> Self {
        UnknownCodeError { system, code }
    }

    /// The system that was asked.
    #[must_use]
    pub const fn system(&self) -> System {
        self.system
    }

    /// The code it does not define.
    #[must_use]
    pub const fn code(&self) -> i32 {
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

/// The longest prefix of a rejected name that errors keep (in bytes).
const KEPT: usize = 64;

/// A copy of a rejected name, cut at [`KEPT`] bytes, kept without allocating.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Rejected {
    bytes: [u8; KEPT],
    len: u8,
    cut: bool,
}

impl Rejected {
    fn new(name: &str) -> Self {
        let mut len = name.len().min(KEPT);
        while !name.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; KEPT];
        bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
        Rejected {
            bytes,
            len: len as u8,
            cut: len < name.len(),
        }
    }

    fn as_str(&self) -> &str {
        // The bytes are a prefix of a `str` cut at a char boundary.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
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
/// assert_eq!(error.system(), System::Viewtron);
/// assert_eq!(error.name(), "SystemBusy!");
/// assert_eq!(
///     error.to_string(),
///     "\"SystemBusy!\" is not the name of a Viewtron IP camera / NVR HTTP API error"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownNameError {
    system: System,
    name: Rejected,
}

impl UnknownNameError {
    pub(crate) fn new(system: System, name: &str) -> Self {
        UnknownNameError {
            system,
            name: Rejected::new(name),
        }
    }

    /// The system that was asked.
    #[must_use]
    pub const fn system(&self) -> System {
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
            "{} is not the name of a {} error",
            self.name,
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
/// assert_eq!(
///     error.to_string(),
///     "unknown system \"modbus\"; expected one of: i4scada, neuron, superoffice, viewtron"
/// );
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
/// assert!(error.to_string().starts_with("unknown kind \"teapot\"; expected one of: Ok, Cancelled"));
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
