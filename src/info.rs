//! What a system's catalog records beside its codes, as plain data, for code
//! that handles any system: [`CategoryInfo`], [`ScopeInfo`], [`UnnumberedInfo`],
//! [`PageInfo`] and [`Reading`].

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

/// A message a system documents without a code number. From
/// [`System::unnumbered`](crate::System::unnumbered).
///
/// ```
/// let unnumbered = errcat::System::I4scada.unnumbered();
/// assert_eq!(unnumbered[0].message, "Cannot obtain current logged in user name");
/// assert_eq!(unnumbered[0].applies_to, ["Login"]);
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

/// A vendor page, other than the one a system's messages come from, that
/// documents some of its codes too. From [`System::pages`](crate::System::pages),
/// and as the [`page`](Reading::page) of a [`Reading`].
///
/// ```
/// let pages = errcat::System::Viewtron.pages();
/// assert_eq!(pages[0].id, "face-library");
/// assert!(pages[0].title.contains("Face library error codes"));
/// assert!(errcat::System::Neuron.pages().is_empty());
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
