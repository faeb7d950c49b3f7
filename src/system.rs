//! [`System`]: which vendor system a code belongs to.

use crate::UnknownSystemError;

/// Defines [`System`] from the rows of `for_each_system!`: its variants, `ALL`,
/// `id` and `title`.
macro_rules! define_system {
    ($({ id: $id:ident, error: $error:ident, variant: $variant:ident, doc: $doc:literal, $($rest:tt)* }),* $(,)?) => {
        /// One of the systems errcat catalogs: one for each catalog in `data/`.
        ///
        /// Only errcat's own: an enum generated from a crate's own catalog
        /// has no variant here, and names its system with a
        /// [`SystemInfo`](crate::SystemInfo)
        /// ([`ErrorCode::SYSTEM`](crate::ErrorCode::SYSTEM)), as errcat's do too.
        ///
        /// ```
        /// use errcat::System;
        ///
        /// let system: System = "NeuRon".parse()?;
        /// assert_eq!(system, System::Neuron);
        /// assert_eq!(system.id(), "neuron");
        /// assert_eq!(system.to_string(), "EMQ Neuron / NeuronEX");
        /// # Ok::<(), errcat::UnknownSystemError>(())
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
        pub enum System {
            $(
                #[doc = $doc]
                $variant,
            )*
        }

        crate::impl_strum!(System, variant_name);

        impl System {
            /// The variant's name (`"Neuron"`), which strum's traits give.
            const fn variant_name(self) -> &'static str {
                match self {
                    $(System::$variant => stringify!($variant),)*
                }
            }

            /// Every system, in the order of their ids.
            pub const ALL: [System; <[&str]>::len(&[$(stringify!($id)),*])] = [$(System::$variant),*];

            /// The short lowercase name: the module name, the catalog's file
            /// name and what [`FromStr`](core::str::FromStr) takes.
            ///
            /// ```
            /// assert_eq!(errcat::System::SuperOffice.id(), "superoffice");
            /// ```
            #[must_use]
            pub const fn id(self) -> &'static str {
                self.info().id
            }

            /// The system's categories, in catalog order.
            ///
            /// ```
            /// let categories = errcat::System::SuperOffice.categories();
            /// assert_eq!(categories[0].name, "Success");
            /// ```
            #[must_use]
            pub const fn categories(self) -> &'static [crate::CategoryInfo] {
                match self {
                    $(System::$variant => <crate::$id::$error as crate::ErrorCode>::CATEGORIES,)*
                }
            }

            /// Where the system's codes apply (i4scada's web methods, Viewtron's
            /// firmware), for a catalog that says; `None` for the others.
            ///
            /// ```
            /// assert_eq!(errcat::System::I4scada.scope().map(|s| s.accessor), Some("methods"));
            /// ```
            #[must_use]
            pub const fn scope(self) -> Option<&'static crate::ScopeInfo> {
                match self {
                    $(System::$variant => <crate::$id::$error as crate::ErrorCode>::SCOPE,)*
                }
            }

            /// The messages the system documents without a code number (only
            /// i4scada has any); errcat never guesses their numbers.
            ///
            /// ```
            /// assert_eq!(errcat::System::I4scada.unnumbered().len(), 1);
            /// assert!(errcat::System::Neuron.unnumbered().is_empty());
            /// ```
            #[must_use]
            pub const fn unnumbered(self) -> &'static [crate::UnnumberedInfo] {
                match self {
                    $(System::$variant => <crate::$id::$error as crate::ErrorCode>::UNNUMBERED,)*
                }
            }

            /// The vendor pages other than the catalog's source that document
            /// some of the system's codes, and whose readings
            /// [`ErrorCode::other_readings`](crate::ErrorCode::other_readings)
            /// gives; empty for most systems.
            ///
            /// ```
            /// let pages = errcat::System::Viewtron.pages();
            /// assert_eq!(
            ///     pages.iter().map(|p| p.id).collect::<Vec<_>>(),
            ///     ["face-library", "api-guide", "plate-config"]
            /// );
            /// ```
            #[must_use]
            pub const fn pages(self) -> &'static [crate::PageInfo] {
                match self {
                    $(System::$variant => <crate::$id::$error as crate::ErrorCode>::PAGES,)*
                }
            }

            /// How people name the system; also its `Display`.
            ///
            /// ```
            /// assert_eq!(errcat::System::Viewtron.title(), "Viewtron IP camera / NVR HTTP API");
            /// ```
            #[must_use]
            pub const fn title(self) -> &'static str {
                self.info().title
            }

            /// The system's identity, as its error enum gives it
            /// ([`ErrorCode::SYSTEM`](crate::ErrorCode::SYSTEM)).
            ///
            /// ```
            /// use errcat::{ErrorCode, System, neuron::NeuronError};
            ///
            /// assert_eq!(System::Neuron.info(), NeuronError::SYSTEM);
            /// assert_eq!(System::Neuron.info().id, System::Neuron.id());
            /// ```
            #[must_use]
            pub const fn info(self) -> &'static crate::SystemInfo {
                match self {
                    $(System::$variant => <crate::$id::$error as crate::ErrorCode>::SYSTEM,)*
                }
            }
        }
    };
}

for_each_system!(define_system);

impl System {
    /// The indefinite article before the [`title`](Self::title) in a
    /// sentence ("an EMQ Neuron / NeuronEX error").
    pub(crate) const fn article(self) -> &'static str {
        self.info().article()
    }

    /// The system whose [`id`](Self::id) is `name`, ignoring ASCII case.
    ///
    /// ```
    /// use errcat::System;
    ///
    /// assert_eq!(System::from_id("I4SCADA"), Some(System::I4scada));
    /// assert_eq!(System::from_id("modbus"), None);
    /// ```
    #[must_use]
    pub fn from_id(name: &str) -> Option<System> {
        System::ALL
            .into_iter()
            .find(|s| s.id().eq_ignore_ascii_case(name))
    }
}

impl core::fmt::Display for System {
    /// Writes the [`title`](Self::title), honouring width, fill and alignment.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.pad(self.title())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for System {
    /// Serializes as the system's [`id`](Self::id), `"neuron"`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for System {
    /// Deserializes from a system id, ignoring ASCII case.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::serde_support::deserialize_name(deserializer, "a system id", System::from_id)
    }
}

impl core::str::FromStr for System {
    type Err = UnknownSystemError;

    /// Parses a system id, ignoring ASCII case.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        System::from_id(name).ok_or_else(|| UnknownSystemError::new(name))
    }
}

#[cfg(test)]
mod tests {
    /// `define_system!` fed every row of `for_each_system!` with one more key
    /// at its end, as a key added to the rows would be.
    macro_rules! with_a_key_added {
        ($({ $($row:tt)* }),* $(,)?) => {
            define_system! { $({ $($row)* added_key: 7, }),* }
        };
    }

    /// The `System` the rows with a key added define.
    mod keyed {
        for_each_system!(with_a_key_added);
    }

    #[test]
    fn a_key_added_to_the_rows_breaks_no_caller() {
        let keyed = keyed::System::ALL.map(|system| (system.id(), system.title()));
        let real = crate::System::ALL.map(|system| (system.id(), system.title()));
        assert_eq!(keyed, real);
        assert!(!keyed.is_empty());
    }
}
