//! The hash behind name lookup.
//!
//! `build.rs` compiles this same file into the generator, so the tables it lays
//! out at build time and the lookups the library runs use one function.

/// The multiplier of FxHash (the golden ratio in 64 bits).
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Hashes a name, eight bytes at a time.
///
/// Not a general-purpose hash: it is fast on short ASCII names and spreads the
/// names of one catalog well enough for a half-empty open-addressed table. It
/// never has to resist an attacker, because the table is built from the fixed
/// catalog and a probe ends at the first empty slot.
#[must_use]
pub const fn name_hash(name: &[u8]) -> u64 {
    let mut hash = (name.len() as u64).wrapping_mul(K);
    let mut rest = name;
    while let Some((chunk, tail)) = rest.split_first_chunk::<8>() {
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(*chunk)).wrapping_mul(K);
        rest = tail;
    }
    let mut last = 0u64;
    let mut i = 0;
    while i < rest.len() {
        last |= (rest[i] as u64) << (8 * i);
        i += 1;
    }
    (hash.rotate_left(5) ^ last).wrapping_mul(K)
}

/// The first slot to probe in a table of `1 << bits` slots (`bits` in `1..=63`).
#[must_use]
pub const fn first_slot(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}
