//! The lookups behind `from_code` and `from_name`: the slot of a code in a
//! code table, the name hash and the probe of a name table.
//!
//! The generator (errcat-codegen's `tables`) lays out its tables with these
//! functions and tests them with the same ones; the library reads the
//! generated tables with them (`errcat::generated::code_slot` and
//! `find_name`): one definition, compiled into both crates.

/// The `shift` of a code table in the sorted layout (see errcat-codegen's
/// `tables::CodeTable`): its `pages` are then the codes in ascending order.
///
/// ```
/// use errcat_core::lookup::{SORTED, code_slot};
///
/// assert_eq!(code_slot(-7, 0, SORTED, &[-9, -7, 40]), Some(1));
/// ```
pub const SORTED: u32 = u32::MAX;

/// The slot of `code` in a code table (see errcat-codegen's
/// `tables::CodeTable`).
///
/// Paged: `offset = code - min` as `u32` falls in the page `offset >> shift`,
/// and its slot is `offset + pages[page]`, wrapping. `None` where the page is
/// past the table, which covers every code below `min` (its offset wraps to a
/// large number). A shift, one load, an add and a bounds check; the caller's
/// load of the slot is the second.
///
/// Sorted (`shift` is `SORTED`, `u32::MAX`): the slot is the code's position in
/// `pages`, found by binary search; `None` where it is not there.
///
/// ```
/// use errcat_core::lookup::code_slot;
///
/// // One page of four slots (shift 2) for codes 10 to 13, at slot 0.
/// assert_eq!(code_slot(12, 10, 2, &[0]), Some(2));
/// assert_eq!(code_slot(9, 10, 2, &[0]), None);
/// assert_eq!(code_slot(14, 10, 2, &[0]), None);
/// ```
#[inline]
#[must_use]
pub const fn code_slot(code: i32, min: i32, shift: u32, pages: &[i32]) -> Option<usize> {
    if shift == SORTED {
        return position(code, pages);
    }
    let offset = code.wrapping_sub(min) as u32;
    let page = (offset >> shift) as usize;
    if page >= pages.len() {
        return None;
    }
    Some(offset.wrapping_add_signed(pages[page]) as usize)
}

/// The position of `code` in `sorted` (ascending), by binary search.
#[inline]
const fn position(code: i32, sorted: &[i32]) -> Option<usize> {
    let (mut low, mut high) = (0, sorted.len());
    while low < high {
        let middle = low + (high - low) / 2;
        if sorted[middle] < code {
            low = middle + 1;
        } else if sorted[middle] > code {
            high = middle;
        } else {
            return Some(middle);
        }
    }
    None
}

/// The variant index of `name` in a name table of `1 << bits` slots (see
/// errcat-codegen's `tables::NameTable`), where `name_of(i)` is the name of variant `i`:
/// probes linearly from `first_slot` and compares names only in slots whose
/// `name_tag` agrees; `None` at the first empty slot.
///
/// # Panics
/// If `slots` has fewer than `1 << bits` slots, or a slot names an index
/// `name_of` has no name for: a table `NameTable::build` did not lay out.
///
/// ```
/// use errcat_core::lookup::{find_name, first_slot, name_hash, name_tag};
///
/// // A table of two slots holding the one name "Busy" (variant 0): a slot
/// // is the name's tag, then its index plus one; 0 is empty.
/// let hash = name_hash(b"Busy");
/// let mut slots = [0_u32; 2];
/// slots[first_slot(hash, 1)] = u32::from(name_tag(hash)) << 16 | 1;
/// assert_eq!(find_name(&slots, 1, "Busy", |_| "Busy"), Some(0));
/// assert_eq!(find_name(&slots, 1, "Idle", |_| "Busy"), None);
/// ```
#[inline]
#[must_use]
pub fn find_name<'a>(
    slots: &[u32],
    bits: u32,
    name: &str,
    name_of: impl Fn(usize) -> &'a str,
) -> Option<usize> {
    let hash = name_hash(name.as_bytes());
    let tag = name_tag(hash) as u32;
    let mask = (1_usize << bits) - 1;
    let mut slot = first_slot(hash, bits);
    loop {
        let entry = slots[slot];
        if entry == 0 {
            return None;
        }
        let index = (entry & 0xFFFF) as usize - 1;
        if entry >> 16 == tag && name_of(index).len() == name.len() && name_of(index) == name {
            return Some(index);
        }
        slot = (slot + 1) & mask;
    }
}

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
///
/// ```
/// use errcat_core::lookup::name_hash;
///
/// assert_eq!(name_hash(b"NodeNotExist"), name_hash(b"NodeNotExist"));
/// assert_ne!(name_hash(b"NodeNotExist"), name_hash(b"NodeNotExisT"));
/// ```
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
///
/// ```
/// use errcat_core::lookup::first_slot;
///
/// assert_eq!(first_slot(0xC000_0000_0000_0000, 2), 3);
/// ```
#[inline]
#[must_use]
pub const fn first_slot(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// The tag a slot keeps beside its variant: the hash's low 16 bits, so that a
/// probe passes over a slot of another name without comparing the names.
///
/// ```
/// assert_eq!(errcat_core::lookup::name_tag(0x1234_5678_9ABC_DEF0), 0xDEF0);
/// ```
#[inline]
#[must_use]
pub const fn name_tag(hash: u64) -> u16 {
    hash as u16
}
