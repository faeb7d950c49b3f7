//! The lookup tables behind `from_code` and `from_name`, laid out at build
//! time for errcat-core's lookup routines, which the library reads them with
//! and the tests here check them with.

use super::lookup::{SORTED, first_slot, name_hash, name_tag};

/// A table from code to variant, in one of two layouts.
///
/// **Paged** (the usual one), a two-level table:
/// `offset = code - min` (as `u32`) falls in the page `offset >> shift`. The
/// slots are kept in blocks of `page_len` (`1 << shift`), one block per page
/// that has a code; block 0 is all zeros and serves every empty page. A page's
/// entry in `pages` is where its block starts minus where the page starts, so
/// the slot of `offset` is `offset + pages[offset >> shift]` (wrapping): a
/// lookup is a shift, two loads, an add and the bounds checks.
/// A slot holds the variant's index plus one, 0 for "no such code".
///
/// **Sorted**, where no paged layout is small: `shift` is [`SORTED`],
/// `pages` holds the codes in ascending order and `slots` their variants in
/// the same order; a lookup is a binary search. The paged layout is taken
/// only while its tables are at most [`PAGED_LIMIT`] times the sorted
/// layout's, plus [`PAGED_SLACK`] bytes: so the tables stay linear in the
/// number of codes, however far apart the codes lie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeTable {
    /// The smallest code; offsets count from it.
    pub min: i32,
    /// log2 of the page size; [`SORTED`] for the sorted layout.
    pub shift: u32,
    /// Per page, where its block of slots starts minus where the page starts;
    /// in the sorted layout, the codes in ascending order.
    pub pages: Vec<i32>,
    /// The slots: the variant's index plus one, 0 for "no such code".
    pub slots: Vec<u16>,
}

impl CodeTable {
    /// Lays out `codes` (the variant at index `i` has code `codes[i]`; codes are
    /// distinct): the paged layout whose two arrays are smallest, where one
    /// is within the limit, else the sorted layout.
    ///
    /// # Panics
    /// If there are no codes, more than `u16::MAX - 1` codes, or a duplicate.
    pub fn build(codes: &[i32]) -> CodeTable {
        assert!(
            !codes.is_empty() && codes.len() < usize::from(u16::MAX),
            "1 to 65534 codes"
        );
        let sorted = Self::sorted(codes);
        let limit = PAGED_LIMIT * sorted.bytes() + PAGED_SLACK;
        let min = *codes.iter().min().expect("codes is not empty");
        let mut offsets: Vec<u64> = codes
            .iter()
            .map(|&code| (i64::from(code) - i64::from(min)) as u64)
            .collect();
        offsets.sort_unstable();
        let span = offsets.last().expect("codes is not empty") + 1;
        let mut best: Option<CodeTable> = None;
        for shift in 0..=20u32 {
            let page_count = span.div_ceil(1 << shift);
            // The size of this layout, known before it is laid out: one page
            // entry per page, one block of slots per page that has a code and
            // the empty block.
            let mut used = offsets.iter().map(|o| o >> shift).collect::<Vec<_>>();
            used.dedup();
            let bytes = 4 * page_count + 6 * (used.len() as u64 + 1) * (1 << shift);
            if bytes > limit as u64 || best.as_ref().is_some_and(|b| bytes >= b.bytes() as u64) {
                continue;
            }
            best = Self::layout(codes, min, shift, page_count as usize).or(best);
        }
        best.unwrap_or(sorted)
    }

    /// The sorted layout of `codes`.
    fn sorted(codes: &[i32]) -> CodeTable {
        let mut order: Vec<usize> = (0..codes.len()).collect();
        order.sort_unstable_by_key(|&i| codes[i]);
        let slots = order
            .iter()
            .map(|&i| u16::try_from(i + 1).expect("fewer than 65535 codes"))
            .collect();
        CodeTable {
            min: codes[order[0]],
            shift: SORTED,
            pages: order.iter().map(|&i| codes[i]).collect(),
            slots,
        }
    }

    fn layout(codes: &[i32], min: i32, shift: u32, page_count: usize) -> Option<CodeTable> {
        let page_len = 1usize << shift;
        let offset = |code: i32| (i64::from(code) - i64::from(min)) as usize;
        // The block of each page, 0 (the empty block) until a code needs one.
        let mut blocks = vec![0usize; page_count];
        let mut slots = vec![0u16; page_len];
        for (index, &code) in codes.iter().enumerate() {
            let page = offset(code) >> shift;
            if blocks[page] == 0 {
                blocks[page] = slots.len() / page_len;
                slots.resize(slots.len() + page_len, 0);
                // Every slot must be reachable with a u32.
                u32::try_from(slots.len()).ok()?;
            }
            let slot = blocks[page] * page_len + (offset(code) & (page_len - 1));
            assert_eq!(slots[slot], 0, "duplicate code {code}");
            slots[slot] = u16::try_from(index + 1).expect("fewer than 65535 codes");
        }
        let pages = blocks
            .iter()
            .enumerate()
            .map(|(page, &block)| {
                ((block * page_len) as u32).wrapping_sub((page * page_len) as u32) as i32
            })
            .collect();
        Some(CodeTable {
            min,
            shift,
            pages,
            slots,
        })
    }

    /// The size of the generated tables in bytes: the pages (`u32`), and per
    /// slot an `Option` of the enum (4 bytes) and an index (`u16`).
    pub fn bytes(&self) -> usize {
        4 * self.pages.len() + 6 * self.slots.len()
    }

    /// The variant index of `code`, read with the routine the generated
    /// `from_code` runs.
    #[cfg(test)]
    pub fn lookup(&self, code: i32) -> Option<usize> {
        let slot = super::lookup::code_slot(code, self.min, self.shift, &self.pages)?;
        usize::from(self.slots[slot]).checked_sub(1)
    }
}

/// How many times the sorted layout's size a paged layout may take: a paged
/// lookup is faster (two loads, no search), so it is worth some room.
pub const PAGED_LIMIT: usize = 8;

/// The bytes a paged layout may take beyond [`PAGED_LIMIT`] times the sorted
/// layout's, so that a small catalog keeps its paged table.
pub const PAGED_SLACK: usize = 4096;

/// An open-addressed hash table from name to variant, probed linearly from
/// `first_slot(name_hash(name), bits)`; at most half full, so a probe for a
/// missing name stops at an empty slot. A slot holds `name_tag(hash) << 16`
/// plus the variant index plus one, 0 when empty: a probe compares names only
/// where the tags agree, so a missing name is almost never compared at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameTable {
    /// log2 of the number of slots.
    pub bits: u32,
    /// The slots: `name_tag(hash) << 16` plus the variant index plus one, 0
    /// when empty.
    pub slots: Vec<u32>,
}

impl NameTable {
    /// Lays out `names` (variant `i` is named `names[i]`; names are distinct).
    ///
    /// # Panics
    /// If there are more than `u16::MAX - 1` names.
    pub fn build(names: &[&str]) -> NameTable {
        assert!(
            names.len() < usize::from(u16::MAX),
            "fewer than 65535 names"
        );
        let mut bits = 3;
        while (1usize << bits) < 2 * names.len() {
            bits += 1;
        }
        let mask = (1usize << bits) - 1;
        let mut slots = vec![0u32; 1 << bits];
        for (index, name) in names.iter().enumerate() {
            let hash = name_hash(name.as_bytes());
            let mut slot = first_slot(hash, bits);
            while slots[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            let index = u32::from(u16::try_from(index + 1).expect("fewer than 65535 names"));
            slots[slot] = u32::from(name_tag(hash)) << 16 | index;
        }
        NameTable { bits, slots }
    }

    /// The variant index of `name`, read with the routine the generated
    /// `from_name` runs.
    #[cfg(test)]
    pub fn lookup(&self, names: &[&str], name: &str) -> Option<usize> {
        super::lookup::find_name(&self.slots, self.bits, name, |index| names[index])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_table_finds_every_code_and_nothing_else() {
        let codes = [
            1000,
            1001,
            2003,
            10701,
            10744,
            20206,
            -5,
            i32::MAX,
            i32::MIN + 3,
        ];
        for sparse in [&codes[..6], &codes[..]] {
            let table = CodeTable::build(sparse);
            for (index, &code) in sparse.iter().enumerate() {
                assert_eq!(table.lookup(code), Some(index), "code {code}");
                for miss in [code.wrapping_sub(1), code.wrapping_add(1)] {
                    if !sparse.contains(&miss) {
                        assert_eq!(table.lookup(miss), None, "miss {miss}");
                    }
                }
            }
            for miss in [i32::MIN, 0, 999, 1002, 20207, i32::MAX - 1] {
                assert_eq!(table.lookup(miss), None, "miss {miss}");
            }
        }
    }

    #[test]
    fn code_table_picks_a_compact_layout() {
        // 300 codes in 10 clusters spread over 20000 numbers: a dense table
        // would take 120 kB; pages keep it to a few kB.
        let codes: Vec<i32> = (0..10)
            .flat_map(|c| (0..30).map(move |i| 1000 + c * 2000 + i))
            .collect();
        let table = CodeTable::build(&codes);
        assert!(table.bytes() < 8192, "{} bytes", table.bytes());
        assert_ne!(table.shift, SORTED, "a paged layout fits");
        assert_eq!(table.lookup(1029), Some(29));
        assert_eq!(table.lookup(1030), None);
    }

    #[test]
    fn codes_spread_across_i32_get_the_sorted_layout_linear_in_their_number() {
        // 4,096 codes, 2^20 apart, from i32::MIN up, in reverse order: every
        // paged layout would take megabytes.
        let codes: Vec<i32> = (0..4096_i64)
            .rev()
            .map(|i| i32::try_from(i64::from(i32::MIN) + (i << 20) + 7).expect("within i32"))
            .collect();
        let table = CodeTable::build(&codes);
        assert_eq!(table.shift, SORTED);
        assert_eq!(table.bytes(), 10 * codes.len());
        assert!(table.pages.windows(2).all(|w| w[0] < w[1]), "ascending");
        for (index, &code) in codes.iter().enumerate() {
            assert_eq!(table.lookup(code), Some(index), "code {code}");
            assert_eq!(table.lookup(code - 1), None, "miss {}", code - 1);
            assert_eq!(table.lookup(code + 1), None, "miss {}", code + 1);
        }
        for miss in [i32::MIN, i32::MAX, 0, -1] {
            assert_eq!(table.lookup(miss), None, "miss {miss}");
        }
    }

    #[test]
    fn a_paged_layout_is_taken_up_to_its_limit_and_no_further() {
        // Two codes d apart: the smallest paged layout takes about
        // 12 * sqrt(d / 6) bytes; the sorted one 20.
        let limit = PAGED_LIMIT * 20 + PAGED_SLACK;
        let paged = CodeTable::build(&[0, 10_000]);
        assert_ne!(paged.shift, SORTED);
        assert!(paged.bytes() <= limit, "{} bytes", paged.bytes());
        // 100 codes 100 apart: the best paged layout (9,800 bytes) is over the
        // sorted layout's 1,000 plus the slack, and within 8 times it.
        let spaced: Vec<i32> = (0..100).map(|i| i * 100).collect();
        let table = CodeTable::build(&spaced);
        assert_ne!(table.shift, SORTED);
        assert_eq!(table.bytes(), 9_800);
        assert!(table.bytes() > 1_000 + PAGED_SLACK);
        let sorted = CodeTable::build(&[0, 1 << 30]);
        assert_eq!(sorted.shift, SORTED);
        assert_eq!(
            (sorted.pages.as_slice(), sorted.slots.as_slice()),
            (&[0, 1 << 30][..], &[1, 2][..])
        );
    }

    #[test]
    fn a_single_code_works() {
        let table = CodeTable::build(&[-1]);
        assert_eq!(table.lookup(-1), Some(0));
        assert_eq!(table.lookup(0), None);
        assert_eq!(table.lookup(-2), None);
    }

    #[test]
    fn name_table_finds_every_name_and_nothing_else() {
        let names: Vec<String> = (0..500).map(|i| format!("Variant{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let table = NameTable::build(&names);
        assert!(table.slots.len() >= 2 * names.len());
        for (index, name) in names.iter().enumerate() {
            assert_eq!(table.lookup(&names, name), Some(index));
        }
        for miss in ["", "Variant500", "variant1", "Variant1 ", "VARIANT1"] {
            assert_eq!(table.lookup(&names, miss), None, "{miss:?}");
        }
    }

    #[test]
    fn a_slot_whose_tag_agrees_still_needs_the_same_name() {
        // A hand-made table of 8 slots: at the first slot of "Wanted" sits a
        // variant with Wanted's tag but another name, then an empty slot.
        // The tag only rules out; the name decides.
        let hash = name_hash(b"Wanted");
        let slot = first_slot(hash, 3);
        let mut slots = vec![0u32; 8];
        slots[slot] = (u32::from(name_tag(hash)) << 16) | 1;
        for other in ["Wonted", "Unwanted"] {
            let table = NameTable {
                bits: 3,
                slots: slots.clone(),
            };
            assert_eq!(table.lookup(&[other], "Wanted"), None, "{other}");
            assert_eq!(table.lookup(&["Wanted"], "Wanted"), Some(0));
        }
    }

    #[test]
    fn short_names_hash_apart() {
        // Names of one to three bytes take the hash's byte-wise branch: every
        // name of up to two capital letters hashes differently, and a
        // three-letter one differs from its prefixes and from a name that
        // differs in any one byte.
        let mut seen = std::collections::HashMap::new();
        let letters = b'A'..=b'Z';
        let mut names: Vec<Vec<u8>> = letters.clone().map(|a| vec![a]).collect();
        for a in letters.clone() {
            names.extend(letters.clone().map(|b| vec![a, b]));
        }
        for name in &names {
            if let Some(other) = seen.insert(name_hash(name), name) {
                panic!("{name:?} and {other:?} hash alike");
            }
        }
        for other in [&b"AB"[..], b"A", b"ACC", b"ABD", b"BBC"] {
            assert_ne!(name_hash(b"ABC"), name_hash(other), "{other:?}");
        }
    }

    #[test]
    fn a_name_table_is_the_smallest_power_of_two_at_least_twice_the_names() {
        let names: Vec<String> = (0..40).map(|i| format!("N{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        // At least 8 slots; otherwise 2n rounded up to a power of two.
        for (count, bits) in [
            (1, 3),
            (4, 3),
            (5, 4),
            (8, 4),
            (9, 5),
            (16, 5),
            (17, 6),
            (32, 6),
        ] {
            let table = NameTable::build(&names[..count]);
            assert_eq!(table.bits, bits, "{count} names");
            assert_eq!(table.slots.len(), 1 << bits);
            assert_eq!(table.slots.iter().filter(|&&s| s != 0).count(), count);
        }
    }
}
