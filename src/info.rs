//! What a system's catalog records beside its codes, as plain data, for code
//! that handles any system: [`SystemInfo`], [`CategoryInfo`], [`ScopeInfo`],
//! [`UnnumberedInfo`], [`PageInfo`] and [`Reading`].
//!
//! Each has a `const fn new`, which the code errcat-codegen writes calls; the
//! structs are `#[non_exhaustive]`, so a field added later is not a breaking
//! change for code that reads them.

/// Who a system is: its id, its title and whether its codes are read in hex.
/// Every error enum names its system with one
/// ([`ErrorCode::SYSTEM`](crate::ErrorCode::SYSTEM)), errcat's own
/// ([`System::info`](crate::System::info)) and a crate's own catalog alike, and
/// the conversion errors keep it.
///
/// ```
/// use errcat::{ErrorCode, SystemInfo, neuron::NeuronError};
///
/// let system: &SystemInfo = NeuronError::SYSTEM;
/// assert_eq!(system.id, "neuron");
/// assert_eq!(system.title, "EMQ Neuron / NeuronEX");
/// assert_eq!(system, errcat::System::Neuron.info());
///
/// const ACME: SystemInfo = SystemInfo::new("acme", "Acme widget controller");
/// assert_eq!(ACME.to_string(), "Acme widget controller");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct SystemInfo {
    /// The short lowercase name: the catalog's file name and its module.
    pub id: &'static str,
    /// How people name the system; also its `Display`.
    pub title: &'static str,
    /// Whether people read the system's codes in hexadecimal, as the HRESULTs
    /// of OPC Data Access (`0xC0040006`): the catalog's `[system] hex_codes`.
    /// The codes stay `i32`s (an HRESULT's 32 bits read as a signed integer);
    /// the command-line tool shows them in hex beside the decimal.
    pub hex_codes: bool,
}

impl SystemInfo {
    /// A system's identity, whose codes are read in decimal.
    #[must_use]
    pub const fn new(id: &'static str, title: &'static str) -> Self {
        SystemInfo {
            id,
            title,
            hex_codes: false,
        }
    }

    /// The same system, its codes read in hexadecimal
    /// ([`hex_codes`](Self::hex_codes)).
    ///
    /// ```
    /// use errcat::SystemInfo;
    ///
    /// const PLC: SystemInfo = SystemInfo::new("plc", "A PLC's status words").with_hex_codes();
    /// assert!(PLC.hex_codes);
    /// assert!(!SystemInfo::new("acme", "Acme").hex_codes);
    /// assert!(errcat::System::Opcda.info().hex_codes);
    /// ```
    #[must_use]
    pub const fn with_hex_codes(self) -> Self {
        SystemInfo {
            hex_codes: true,
            ..self
        }
    }

    /// The [`id`](Self::id).
    ///
    /// ```
    /// assert_eq!(errcat::System::Viewtron.info().id(), "viewtron");
    /// ```
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The [`title`](Self::title).
    ///
    /// ```
    /// assert_eq!(errcat::System::SuperOffice.info().title(), "SuperOffice Service SOAP interface");
    /// ```
    #[must_use]
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The indefinite article before the title in a sentence: "an" where the
    /// title starts with a vowel letter ("an EMQ Neuron / NeuronEX error", "an
    /// i4scada ... error"), else "a".
    pub(crate) const fn article(&self) -> &'static str {
        match self.title.as_bytes().first() {
            Some(b'A' | b'E' | b'I' | b'O' | b'U' | b'a' | b'e' | b'i' | b'o' | b'u') => "an",
            _ => "a",
        }
    }
}

impl core::fmt::Display for SystemInfo {
    /// Writes the [`title`](Self::title), honouring width, fill and alignment.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.pad(self.title)
    }
}

/// One of a system's categories: what its generated category enum says of a
/// variant. From [`System::categories`](crate::System::categories).
///
/// ```
/// let first = errcat::System::Neuron.categories()[1];
/// assert_eq!(first.name, "ApiRequest");
/// assert_eq!(first.title, "API request error codes");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CategoryInfo {
    /// The category enum's variant name.
    pub name: &'static str,
    /// The vendor's heading, or errcat's title.
    pub title: &'static str,
    /// What the category holds, in errcat's words.
    pub description: Option<&'static str>,
}

impl CategoryInfo {
    /// A category.
    #[must_use]
    pub const fn new(
        name: &'static str,
        title: &'static str,
        description: Option<&'static str>,
    ) -> Self {
        CategoryInfo {
            name,
            title,
            description,
        }
    }
}

/// Where a system's codes apply, for the systems whose catalog says (the web
/// methods of i4scada, the firmware of Viewtron). From
/// [`System::scope`](crate::System::scope).
///
/// ```
/// let scope = errcat::System::Viewtron.scope().expect("Viewtron codes name their firmware");
/// assert_eq!(scope.accessor, "firmware");
/// assert_eq!(scope.labels, ["v1.9", "v2.0"]);
/// assert_eq!(errcat::System::Neuron.scope(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ScopeInfo {
    /// The name of the error enum's typed accessor (`methods`, `firmware`).
    pub accessor: &'static str,
    /// What the scope is.
    pub doc: &'static str,
    /// Every value, as the vendor writes it.
    pub labels: &'static [&'static str],
}

impl ScopeInfo {
    /// A scope.
    #[must_use]
    pub const fn new(
        accessor: &'static str,
        doc: &'static str,
        labels: &'static [&'static str],
    ) -> Self {
        ScopeInfo {
            accessor,
            doc,
            labels,
        }
    }
}

/// A message a system documents without a code number. From
/// [`System::unnumbered`](crate::System::unnumbered).
///
/// ```
/// let unnumbered = errcat::System::I4scada.unnumbered();
/// assert_eq!(unnumbered[0].message, "Signal is not registered in Server or Server is not running");
/// assert_eq!(unnumbered[0].applies_to, ["Login", "Write"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct UnnumberedInfo {
    /// The vendor's message, verbatim.
    pub message: &'static str,
    /// What it means, in errcat's words.
    pub description: Option<&'static str>,
    /// The scope labels where the vendor says it applies; empty: everywhere.
    pub applies_to: &'static [&'static str],
}

impl UnnumberedInfo {
    /// A message without a number.
    #[must_use]
    pub const fn new(
        message: &'static str,
        description: Option<&'static str>,
        applies_to: &'static [&'static str],
    ) -> Self {
        UnnumberedInfo {
            message,
            description,
            applies_to,
        }
    }
}

/// A vendor page, other than the one a system's messages come from, that
/// documents some of its codes too. From [`System::pages`](crate::System::pages),
/// and as the [`page`](Reading::page) of a [`Reading`].
///
/// ```
/// let pages = errcat::System::Viewtron.pages();
/// assert_eq!(pages[0].id, "face-library");
/// assert!(pages[0].title.contains("Face library error codes"));
/// assert!(errcat::System::I4scada.pages().is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct PageInfo {
    /// A short key for the page, unique within its system (`face-library`).
    pub id: &'static str,
    /// How the page is named to a reader.
    pub title: &'static str,
    /// What the page is about, in errcat's words: the commands its readings
    /// concern.
    pub about: Option<&'static str>,
}

impl PageInfo {
    /// A page.
    #[must_use]
    pub const fn new(id: &'static str, title: &'static str, about: Option<&'static str>) -> Self {
        PageInfo { id, title, about }
    }
}

/// What another vendor page says of a code, where it reads the code otherwise
/// than the page the message comes from. From
/// [`ErrorCode::other_readings`](crate::ErrorCode::other_readings).
///
/// The message ([`Display`](core::fmt::Display)) always stays the error-code
/// page's, since it is the text the device sends; a reading is an
/// alternative, never a replacement.
///
/// ```
/// use errcat::{Kind, viewtron::ViewtronError};
///
/// let error = ViewtronError::FaceLibraryLimitExceeded; // 151
/// assert_eq!(error.to_string(), "Exceeding maximum face sample library limit");
/// let reading = &error.other_readings()[0];
/// assert_eq!(reading.page.id, "face-library");
/// assert_eq!(reading.text, "Face sample already exists");
/// assert_eq!(reading.kind, Some(Kind::AlreadyExists));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Reading {
    /// The page that reads the code so.
    pub page: &'static PageInfo,
    /// The page's text for the code, verbatim.
    pub text: &'static str,
    /// The scope labels (Viewtron's firmware) the page gives this reading
    /// for; empty: wherever the code applies.
    pub applies_to: &'static [&'static str],
    /// The kind this reading would imply, where it differs from the code's
    /// [`kind`](crate::ErrorCode::kind); `None` where it implies the same.
    pub kind: Option<crate::Kind>,
}

impl Reading {
    /// A page's reading of a code.
    #[must_use]
    pub const fn new(
        page: &'static PageInfo,
        text: &'static str,
        applies_to: &'static [&'static str],
        kind: Option<crate::Kind>,
    ) -> Self {
        Reading {
            page,
            text,
            applies_to,
            kind,
        }
    }
}
