//! [`Provenance`]: where a code is documented.

/// Defines [`Provenance`] from the rows of `errcat_core::for_each_provenance!`
/// (the vocabulary the catalogs are checked against).
macro_rules! define_provenance {
    ($({
        variant: $variant:ident,
        key: $key:literal,
        describe: $describe:literal,
        vendor_text: $vendor_text:literal,
        doc: $doc:literal $(,)?
    }),* $(,)?) => {
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
        )]
        #[non_exhaustive]
        pub enum Provenance {
            $(
                #[doc = $doc]
                $variant,
            )*
        }

        crate::impl_strum!(Provenance);

        impl Provenance {
            /// Every provenance.
            pub const ALL: [Provenance; [$($key),*].len()] = [$(Provenance::$variant),*];

            /// The variant's name.
            ///
            /// ```
            /// assert_eq!(errcat::Provenance::UpstreamHeader.name(), "UpstreamHeader");
            /// ```
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Provenance::$variant => stringify!($variant),)*
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
                    $(Provenance::$variant => $key,)*
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
                    $(Provenance::$variant => $describe,)*
                }
            }

            /// Whether the message is the vendor's (or upstream's) published text;
            /// `false` only for [`Provenance::UpstreamHeader`].
            #[must_use]
            pub const fn message_is_vendor_text(self) -> bool {
                match self {
                    $(Provenance::$variant => $vendor_text,)*
                }
            }
        }
    };
}

errcat_core::for_each_provenance!(define_provenance);

impl core::fmt::Display for Provenance {
    /// Writes [`describe`](Self::describe).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.describe())
    }
}
