//! [`CatalogEntry`]: what a catalog records of one code, as one record.

use crate::{CategoryInfo, Kind, Provenance, Reading};

/// What a system's catalog records of one code, in one record: the facts
/// that [`ErrorCode`](crate::ErrorCode), [`AnyError`](crate::AnyError),
/// [`Code`](crate::Code), [`ErrorInfo`](crate::ErrorInfo) and the
/// command-line tool read.
///
/// Every generated enum holds one per variant (`entry()`, a `const fn`), and
/// every per-code method of the enum and of the traits reads it. The record
/// is `#[non_exhaustive]`: a fact added later is a new field, which neither
/// code that reads the record nor the generated rows, built with
/// [`new`](Self::new) and the `with_*` setters, have to name.
///
/// ```
/// use errcat::{AnyError, ErrorCode, Kind, System, neuron::NeuronError};
///
/// let entry = NeuronError::NodeNotExist.entry();
/// assert_eq!(entry.name, "NodeNotExist");
/// assert_eq!(entry.message, "Node does not exist");
/// assert_eq!(entry.kind, Kind::NotFound);
/// assert_eq!(entry.upstream_symbol, Some("NEU_ERR_NODE_NOT_EXIST"));
/// assert_eq!(entry.wire_http_status, Some(404));
/// assert_eq!(entry.category.name, "Node");
///
/// // The same record, whatever holds the code.
/// let any = AnyError::from_code(System::Neuron, 2003).unwrap();
/// assert_eq!(any.entry(), entry);
/// assert_eq!(ErrorCode::entry(NeuronError::NodeNotExist), entry);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CatalogEntry {
    /// The variant's name, as written in the catalog.
    pub name: &'static str,
    /// The vendor's message, verbatim: the enum's `Display`.
    pub message: &'static str,
    /// What the code means, in errcat's words, where the catalog says more.
    pub description: Option<&'static str>,
    /// The vendor page's own explanation, verbatim, where it gives one.
    pub explanation: Option<&'static str>,
    /// What the description rests on beyond the vendor's message (an
    /// upstream file and commit, another page, a client's code), where the
    /// catalog names it.
    pub basis: Option<&'static str>,
    /// The vendor's category of the code.
    pub category: &'static CategoryInfo,
    /// The cross-system kind.
    pub kind: Kind,
    /// Whether the same request may succeed if sent again later: the kind's
    /// advice ([`Kind::is_retryable`]) unless the catalog overrides it.
    pub is_retryable: bool,
    /// Where the code is documented.
    pub provenance: Provenance,
    /// The symbol the upstream source gives the code today (Neuron's
    /// `NEU_ERR_*`, SuperOffice's `SoapError*`), where it has one.
    pub upstream_symbol: Option<&'static str>,
    /// Symbols the code had in older upstream versions (empty for most).
    pub former_symbols: &'static [&'static str],
    /// Where the vendor says the code applies, as labels of the system's
    /// scope (i4scada's web methods, Viewtron's firmware); empty where it
    /// applies everywhere.
    pub applies_to: &'static [&'static str],
    /// What the code means on a scope value where that differs, as (label,
    /// meaning) pairs (Viewtron code 5); empty for most codes.
    pub meanings: &'static [(&'static str, &'static str)],
    /// What other vendor pages say of the code, where they read it otherwise
    /// than the page the message comes from; empty for most codes.
    pub other_readings: &'static [Reading],
    /// The HTTP status the system's own server sends with the code, for a
    /// system whose catalog records it (Neuron); `None` for the others.
    pub wire_http_status: Option<u16>,
}

impl CatalogEntry {
    /// The record of a code with what every catalog entry has; every other
    /// fact empty (`None`, `&[]`), retry advice the kind's. The generated
    /// rows call it, then the `with_*` setters for the facts the entry has.
    ///
    /// ```
    /// use errcat::{CatalogEntry, CategoryInfo, Kind, Provenance};
    ///
    /// const GENERAL: CategoryInfo = CategoryInfo::new("General", "General status", None);
    /// const JAMMED: CatalogEntry = CatalogEntry::new(
    ///     "BeltJammed",
    ///     "Belt jammed",
    ///     &GENERAL,
    ///     Kind::Aborted,
    ///     Provenance::VendorPage,
    /// )
    /// .with_description("Someone has to clear the belt.")
    /// .with_retryable(false);
    ///
    /// assert_eq!(JAMMED.message, "Belt jammed");
    /// assert!(!JAMMED.is_retryable && Kind::Aborted.is_retryable());
    /// assert_eq!(JAMMED.upstream_symbol, None);
    /// assert_eq!(JAMMED.http_status(), 409);
    /// ```
    #[must_use]
    pub const fn new(
        name: &'static str,
        message: &'static str,
        category: &'static CategoryInfo,
        kind: Kind,
        provenance: Provenance,
    ) -> Self {
        CatalogEntry {
            name,
            message,
            description: None,
            explanation: None,
            basis: None,
            category,
            kind,
            is_retryable: kind.is_retryable(),
            provenance,
            upstream_symbol: None,
            former_symbols: &[],
            applies_to: &[],
            meanings: &[],
            other_readings: &[],
            wire_http_status: None,
        }
    }

    /// With [`description`](Self::description).
    ///
    /// ```
    /// # use errcat::{CatalogEntry, CategoryInfo, Kind, Provenance};
    /// # const GENERAL: CategoryInfo = CategoryInfo::new("General", "General status", None);
    /// const JAMMED: CatalogEntry =
    ///     CatalogEntry::new("BeltJammed", "Belt jammed", &GENERAL, Kind::Aborted, Provenance::VendorPage)
    ///         .with_description("Someone has to clear the belt.");
    /// assert_eq!(JAMMED.description, Some("Someone has to clear the belt."));
    /// ```
    #[must_use]
    pub const fn with_description(self, description: &'static str) -> Self {
        CatalogEntry {
            description: Some(description),
            ..self
        }
    }

    /// With [`explanation`](Self::explanation).
    ///
    /// ```
    /// # use errcat::{CatalogEntry, CategoryInfo, Kind, Provenance};
    /// # const GENERAL: CategoryInfo = CategoryInfo::new("General", "General status", None);
    /// const JAMMED: CatalogEntry =
    ///     CatalogEntry::new("BeltJammed", "Belt jammed", &GENERAL, Kind::Aborted, Provenance::VendorPage)
    ///         .with_explanation("belt stopped");
    /// assert_eq!(JAMMED.explanation, Some("belt stopped"));
    /// ```
    #[must_use]
    pub const fn with_explanation(self, explanation: &'static str) -> Self {
        CatalogEntry {
            explanation: Some(explanation),
            ..self
        }
    }

    /// With [`basis`](Self::basis).
    ///
    /// ```
    /// # use errcat::{CatalogEntry, CategoryInfo, Kind, Provenance};
    /// # const GENERAL: CategoryInfo = CategoryInfo::new("General", "General status", None);
    /// const JAMMED: CatalogEntry =
    ///     CatalogEntry::new("BeltJammed", "Belt jammed", &GENERAL, Kind::Aborted, Provenance::VendorPage)
    ///         .with_basis("the vendor's manual, page 12");
    /// assert_eq!(JAMMED.basis, Some("the vendor's manual, page 12"));
    /// ```
    #[must_use]
    pub const fn with_basis(self, basis: &'static str) -> Self {
        CatalogEntry {
            basis: Some(basis),
            ..self
        }
    }

    /// With the catalog's own retry advice, in place of the kind's.
    ///
    /// ```
    /// # use errcat::{CatalogEntry, CategoryInfo, Kind, Provenance};
    /// # const GENERAL: CategoryInfo = CategoryInfo::new("General", "General status", None);
    /// const JAMMED: CatalogEntry =
    ///     CatalogEntry::new("BeltJammed", "Belt jammed", &GENERAL, Kind::Aborted, Provenance::VendorPage)
    ///         .with_retryable(false);
    /// assert!(Kind::Aborted.is_retryable() && !JAMMED.is_retryable);
    /// ```
    #[must_use]
    pub const fn with_retryable(self, is_retryable: bool) -> Self {
        CatalogEntry {
            is_retryable,
            ..self
        }
    }

    /// With [`upstream_symbol`](Self::upstream_symbol).
    ///
    /// ```
    /// # use errcat::{CatalogEntry, CategoryInfo, Kind, Provenance};
    /// # const GENERAL: CategoryInfo = CategoryInfo::new("General", "General status", None);
    /// const JAMMED: CatalogEntry =
    ///     CatalogEntry::new("BeltJammed", "Belt jammed", &GENERAL, Kind::Aborted, Provenance::VendorPage)
    ///         .with_upstream_symbol("BELT_JAMMED");
    /// assert_eq!(JAMMED.upstream_symbol, Some("BELT_JAMMED"));
    /// ```
    #[must_use]
    pub const fn with_upstream_symbol(self, symbol: &'static str) -> Self {
        CatalogEntry {
            upstream_symbol: Some(symbol),
            ..self
        }
    }

    /// With [`former_symbols`](Self::former_symbols).
    ///
    /// ```
    /// # use errcat::{CatalogEntry, CategoryInfo, Kind, Provenance};
    /// # const GENERAL: CategoryInfo = CategoryInfo::new("General", "General status", None);
    /// const JAMMED: CatalogEntry =
    ///     CatalogEntry::new("BeltJammed", "Belt jammed", &GENERAL, Kind::Aborted, Provenance::VendorPage)
    ///         .with_former_symbols(&["BELT_STUCK"]);
    /// assert_eq!(JAMMED.former_symbols, ["BELT_STUCK"]);
    /// ```
    #[must_use]
    pub const fn with_former_symbols(self, symbols: &'static [&'static str]) -> Self {
        CatalogEntry {
            former_symbols: symbols,
            ..self
        }
    }

    /// With [`applies_to`](Self::applies_to).
    ///
    /// ```
    /// # use errcat::{CatalogEntry, CategoryInfo, Kind, Provenance};
    /// # const GENERAL: CategoryInfo = CategoryInfo::new("General", "General status", None);
    /// const JAMMED: CatalogEntry =
    ///     CatalogEntry::new("BeltJammed", "Belt jammed", &GENERAL, Kind::Aborted, Provenance::VendorPage)
    ///         .with_applies_to(&["v2"]);
    /// assert_eq!(JAMMED.applies_to, ["v2"]);
    /// ```
    #[must_use]
    pub const fn with_applies_to(self, labels: &'static [&'static str]) -> Self {
        CatalogEntry {
            applies_to: labels,
            ..self
        }
    }

    /// With [`meanings`](Self::meanings).
    ///
    /// ```
    /// # use errcat::{CatalogEntry, CategoryInfo, Kind, Provenance};
    /// # const GENERAL: CategoryInfo = CategoryInfo::new("General", "General status", None);
    /// const JAMMED: CatalogEntry =
    ///     CatalogEntry::new("BeltJammed", "Belt jammed", &GENERAL, Kind::Aborted, Provenance::VendorPage)
    ///         .with_meanings(&[("v1", "belt stuck")]);
    /// assert_eq!(JAMMED.meanings, [("v1", "belt stuck")]);
    /// ```
    #[must_use]
    pub const fn with_meanings(self, meanings: &'static [(&'static str, &'static str)]) -> Self {
        CatalogEntry { meanings, ..self }
    }

    /// With [`other_readings`](Self::other_readings).
    ///
    /// ```
    /// # use errcat::{CatalogEntry, CategoryInfo, Kind, Provenance};
    /// # const GENERAL: CategoryInfo = CategoryInfo::new("General", "General status", None);
    /// const JAMMED: CatalogEntry =
    ///     CatalogEntry::new("BeltJammed", "Belt jammed", &GENERAL, Kind::Aborted, Provenance::VendorPage)
    ///         .with_other_readings(&[]);
    /// assert!(JAMMED.other_readings.is_empty());
    /// ```
    #[must_use]
    pub const fn with_other_readings(self, readings: &'static [Reading]) -> Self {
        CatalogEntry {
            other_readings: readings,
            ..self
        }
    }

    /// With [`wire_http_status`](Self::wire_http_status).
    ///
    /// ```
    /// # use errcat::{CatalogEntry, CategoryInfo, Kind, Provenance};
    /// # const GENERAL: CategoryInfo = CategoryInfo::new("General", "General status", None);
    /// const JAMMED: CatalogEntry =
    ///     CatalogEntry::new("BeltJammed", "Belt jammed", &GENERAL, Kind::Aborted, Provenance::VendorPage)
    ///         .with_wire_http_status(409);
    /// assert_eq!((JAMMED.wire_http_status, JAMMED.http_status()), (Some(409), 409));
    /// ```
    #[must_use]
    pub const fn with_wire_http_status(self, status: u16) -> Self {
        CatalogEntry {
            wire_http_status: Some(status),
            ..self
        }
    }

    /// Whether the code means success: whether its kind does
    /// ([`Kind::is_success`]: `Ok` or `OkWithRemark`).
    ///
    /// ```
    /// use errcat::neuron::NeuronError;
    ///
    /// assert!(NeuronError::Success.entry().is_success());
    /// assert!(!NeuronError::NodeNotExist.entry().is_success());
    /// ```
    #[must_use]
    pub const fn is_success(&self) -> bool {
        self.kind.is_success()
    }

    /// The HTTP status that corresponds to the kind ([`Kind::http_status`]);
    /// unlike [`wire_http_status`](Self::wire_http_status), errcat's mapping,
    /// not what a vendor's server sends.
    ///
    /// ```
    /// use errcat::neuron::NeuronError;
    ///
    /// assert_eq!(NeuronError::NodeNotExist.entry().http_status(), 404);
    /// ```
    #[must_use]
    pub const fn http_status(&self) -> u16 {
        self.kind.http_status()
    }
}
