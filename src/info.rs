//! What a system's catalog records beside its codes, as plain data, for code
//! that handles any system: [`CategoryInfo`], [`ScopeInfo`], [`UnnumberedInfo`].

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
