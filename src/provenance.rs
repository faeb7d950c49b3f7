//! [`Provenance`]: where a code is documented.

/// Where the vendor (or the upstream project) documents a code.
///
/// Most codes come from the vendor's error-code page; the rest were found in
/// newer or other documentation. For [`Provenance::UpstreamHeader`] codes no
/// message is published at all: their message is errcat's, written from the
/// upstream symbol.
///
/// ```
/// use errcat::{Provenance, neuron::NeuronError};
///
/// assert_eq!(NeuronError::NodeNotExist.provenance(), Provenance::VendorPage);
/// assert!(Provenance::VendorPage.message_is_vendor_text());
/// assert!(!Provenance::UpstreamHeader.message_is_vendor_text());
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
pub enum Provenance {
    /// Listed on the system's error-code page.
    VendorPage,
    /// Not on that page, but in the vendor's newer documentation.
    NewerVendorDocs,
    /// In the documentation of the open-source upstream project.
    UpstreamDocs,
    /// Only in the open-source upstream header; the message is errcat's.
    UpstreamHeader,
    /// On another page of the same vendor.
    OtherVendorPage,
}

impl Provenance {
    /// Every provenance.
    pub const ALL: [Provenance; 5] = [
        Provenance::VendorPage,
        Provenance::NewerVendorDocs,
        Provenance::UpstreamDocs,
        Provenance::UpstreamHeader,
        Provenance::OtherVendorPage,
    ];

    /// The variant's name.
    ///
    /// ```
    /// assert_eq!(errcat::Provenance::UpstreamHeader.name(), "UpstreamHeader");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Provenance::VendorPage => "VendorPage",
            Provenance::NewerVendorDocs => "NewerVendorDocs",
            Provenance::UpstreamDocs => "UpstreamDocs",
            Provenance::UpstreamHeader => "UpstreamHeader",
            Provenance::OtherVendorPage => "OtherVendorPage",
        }
    }

    /// How a catalog in `data/` writes it (`source = "..."`).
    ///
    /// ```
    /// assert_eq!(errcat::Provenance::UpstreamHeader.catalog_key(), "upstream-header");
    /// ```
    #[must_use]
    pub const fn catalog_key(self) -> &'static str {
        match self {
            Provenance::VendorPage => "page",
            Provenance::NewerVendorDocs => "newer-docs",
            Provenance::UpstreamDocs => "upstream-docs",
            Provenance::UpstreamHeader => "upstream-header",
            Provenance::OtherVendorPage => "other-page",
        }
    }

    /// A short description, for people.
    ///
    /// ```
    /// assert_eq!(errcat::Provenance::VendorPage.describe(), "the vendor's error-code page");
    /// ```
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Provenance::VendorPage => "the vendor's error-code page",
            Provenance::NewerVendorDocs => "the vendor's newer documentation",
            Provenance::UpstreamDocs => "the open-source upstream documentation",
            Provenance::UpstreamHeader => {
                "the open-source upstream header only (message written by errcat)"
            }
            Provenance::OtherVendorPage => "another page of the vendor's documentation",
        }
    }

    /// Whether the message is the vendor's (or upstream's) published text;
    /// `false` only for [`Provenance::UpstreamHeader`].
    #[must_use]
    pub const fn message_is_vendor_text(self) -> bool {
        !matches!(self, Provenance::UpstreamHeader)
    }
}

impl core::fmt::Display for Provenance {
    /// Writes [`describe`](Self::describe).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.describe())
    }
}
