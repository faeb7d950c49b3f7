//! strum's traits on every enum errcat defines, against an oracle of their
//! own: a unit variant's `Debug` is its name, and `ALL` is every variant in
//! order. errcat writes these impls itself (`impl_strum!`) rather than
//! deriving them; this is what strum's derives would give.

use core::fmt::Debug;

use errcat::strum::{EnumCount, IntoEnumIterator, VariantNames};
use errcat::{Kind, Provenance, System};

fn agrees<E>(all: &[E])
where
    E: IntoEnumIterator + EnumCount + VariantNames + AsRef<str> + Debug + Copy + PartialEq,
    &'static str: From<E> + for<'a> From<&'a E>,
{
    let iterated: Vec<E> = E::iter().collect();
    assert_eq!(iterated, all, "iter() is ALL, in order");
    assert_eq!(E::iter().rev().count(), all.len());
    assert_eq!(E::iter().len(), all.len(), "an ExactSizeIterator");
    assert_eq!(E::COUNT, all.len());
    let names: Vec<String> = all.iter().map(|e| format!("{e:?}")).collect();
    assert_eq!(E::VARIANTS, names, "VARIANTS are the variant names");
    for (e, name) in all.iter().zip(&names) {
        assert_eq!(<&'static str>::from(*e), name);
        assert_eq!(<&'static str>::from(e), name);
        assert_eq!(e.as_ref(), name);
    }
}

#[test]
fn system_kind_and_provenance() {
    agrees(&System::ALL);
    agrees(&Kind::ALL);
    agrees(&Provenance::ALL);
}

#[test]
fn error_and_label_enums() {
    agrees(errcat::neuron::NeuronError::ALL);
    agrees(errcat::neuron::NeuronCategory::ALL);
    agrees(errcat::opcda::OpcdaError::ALL);
    agrees(errcat::viewtron::ViewtronError::ALL);
    agrees(errcat::viewtron::Firmware::ALL);
}
