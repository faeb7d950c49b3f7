//! The hash behind name lookup.
//!
//! The generator lays out its name tables with these functions, and writes
//! this very file ([`NAME_HASH_SOURCE`](crate::NAME_HASH_SOURCE)) beside the generated
//! code, so that the library's lookups run the same functions: one definition,
//! compiled in both crates.

/// Odd constants with the top bit of every byte set, so that no ASCII word
/// can cancel one out (the digits of pi, with those bits set).
const K0: u64 = 0xA4B0_8DB1_B198_A2E1;
const K1: u64 = 0x8787_B4C9_9BC3_D5F9;
const K2: u64 = 0xC0AC_A9B7_C9FC_D0DD;

/// The 64-bit product of `a` and `b`, folded: the high half XOR the low half.
#[inline]
const fn fold(a: u64, b: u64) -> u64 {
    let product = (a as u128) * (b as u128);
    (product as u64) ^ ((product >> 64) as u64)
}

/// `N` bytes of `bytes` from `at`, little-endian; zero if there are fewer.
#[inline]
const fn read<const N: usize>(bytes: &[u8], at: usize) -> u64 {
    let Some((_, rest)) = bytes.split_at_checked(at) else {
        return 0;
    };
    let Some(chunk) = rest.first_chunk::<N>() else {
        return 0;
    };
    let mut word = 0u64;
    let mut i = 0;
    while i < N {
        word |= (chunk[i] as u64) << (8 * i);
        i += 1;
    }
    word
}

/// Hashes a name in constant time: its length and three words read at its
/// start, its middle and its end (overlapping when the name is short).
///
/// Names of up to 24 bytes are hashed whole; of a longer name, the 8 bytes at
/// each end and the 8 in the middle. Not a general-purpose hash: it spreads the
/// names of one catalog well enough for a half-empty open-addressed table,
/// where two names with the same hash only cost one more comparison. It never
/// has to resist an attacker, because the table is built from the fixed
/// catalog and a probe ends at the first empty slot.
#[inline]
#[must_use]
pub const fn name_hash(name: &[u8]) -> u64 {
    let len = name.len();
    let (a, b, c) = if len >= 8 {
        (
            read::<8>(name, 0),
            read::<8>(name, len / 2 - 4),
            read::<8>(name, len - 8),
        )
    } else if len >= 4 {
        (read::<4>(name, 0), read::<4>(name, len - 4), 0)
    } else if len > 0 {
        (name[0] as u64, name[len / 2] as u64, name[len - 1] as u64)
    } else {
        (0, 0, 0)
    };
    fold(fold(a ^ K0, b ^ K1) ^ len as u64, c ^ K2)
}

/// The first slot to probe in a table of `1 << bits` slots (`bits` in `1..=63`):
/// the hash's top bits.
#[inline]
#[must_use]
pub const fn first_slot(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// The tag a slot keeps beside its variant: the hash's low 16 bits, so that a
/// probe passes over a slot of another name without comparing the names.
#[inline]
#[must_use]
pub const fn name_tag(hash: u64) -> u16 {
    hash as u16
}
