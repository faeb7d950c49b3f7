//! strum's traits for every enum errcat defines or generates, written from the
//! enum's `ALL` and `name()` by [`impl_strum!`](crate::impl_strum) rather than
//! derived: strum's derives would put `strum_macros` and a second `syn` on the
//! path of every build, errcat's and a crate's own catalog alike, for impls
//! that two items of the enum already determine.

/// Implements strum's `IntoEnumIterator`, `EnumCount` and `VariantNames`,
/// `From<Enum>` (and `From<&Enum>`) for `&'static str` and `AsRef<str>`, for
/// an enum that has an inherent `ALL` (every variant, in order, as an array or
/// a slice) and a `const fn name(self) -> &'static str` (or the method named
/// after the enum: `impl_strum!(System, variant_name)`): what strum's
/// `EnumIter`, `EnumCount`, `VariantNames`, `IntoStaticStr` and `AsRefStr`
/// derives give, with `ALL`'s order and `name()`'s names. errcat's macros and
/// its own enums call it; not for direct use.
///
/// ```
/// use errcat::strum::{EnumCount, IntoEnumIterator, VariantNames};
/// use errcat::neuron::NeuronError;
///
/// assert!(NeuronError::iter().eq(NeuronError::ALL.iter().copied()));
/// assert_eq!(NeuronError::COUNT, NeuronError::ALL.len());
/// assert_eq!(NeuronError::VARIANTS[0], NeuronError::ALL[0].name());
/// let name: &'static str = NeuronError::NodeNotExist.into();
/// assert_eq!(name, "NodeNotExist");
/// assert_eq!(NeuronError::NodeNotExist.as_ref(), "NodeNotExist");
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! impl_strum {
    ($name:ident) => {
        $crate::impl_strum!($name, name);
    };
    ($name:ident, $variant_name:ident) => {
        impl $crate::strum::IntoEnumIterator for $name {
            type Iterator = ::core::iter::Copied<::core::slice::Iter<'static, Self>>;

            /// Every variant, in the order of `ALL`.
            fn iter() -> Self::Iterator {
                let all: &'static [Self] = &Self::ALL;
                all.iter().copied()
            }
        }

        impl $crate::strum::EnumCount for $name {
            const COUNT: usize = Self::ALL.len();
        }

        impl $crate::strum::VariantNames for $name {
            const VARIANTS: &'static [&'static str] = &{
                let mut names = [""; Self::ALL.len()];
                let mut i = 0;
                while i < names.len() {
                    names[i] = Self::ALL[i].$variant_name();
                    i += 1;
                }
                names
            };
        }

        impl ::core::convert::From<$name> for &'static str {
            /// The variant's name.
            fn from(value: $name) -> Self {
                value.$variant_name()
            }
        }

        impl ::core::convert::From<&$name> for &'static str {
            /// The variant's name.
            fn from(value: &$name) -> Self {
                value.$variant_name()
            }
        }

        impl ::core::convert::AsRef<str> for $name {
            /// The variant's name.
            fn as_ref(&self) -> &str {
                self.$variant_name()
            }
        }
    };
}
