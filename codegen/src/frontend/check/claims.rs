//! What must be unique across a catalog: codes, variant names, symbols and
//! ranges. Each is claimed where its entry is read; a second claim is refused
//! with the line of the first.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use toml::Spanned;

use super::super::error::{Problem, Quoted, line_of, problem};
use super::super::types::MAX_CODES;
use super::collisions::check_variant;

/// A range as claimed: its bounds and the codes it leaves to entries of
/// their own.
struct ClaimedRange {
    first: i32,
    last: i32,
    except: Vec<i32>,
}

impl ClaimedRange {
    fn covers(&self, code: i32) -> bool {
        (self.first..=self.last).contains(&code) && !self.except.contains(&code)
    }
}

/// Everything claimed so far, with where it was claimed.
pub(super) struct Claims<'t> {
    /// The catalog's text, for the line of a first claim.
    text: &'t str,
    /// Every code a `[[code]]` defines, anywhere in the file: a range's
    /// `except` may name one that comes later.
    singles: HashSet<i32>,
    codes: HashMap<i32, Range<usize>>,
    names: HashMap<String, Range<usize>>,
    symbols: HashSet<String>,
    ranges: Vec<ClaimedRange>,
}

impl<'t> Claims<'t> {
    /// No claim yet; `singles` are the codes of every `[[code]]`.
    pub(super) fn new(text: &'t str, singles: HashSet<i32>) -> Claims<'t> {
        Claims {
            text,
            singles,
            codes: HashMap::new(),
            names: HashMap::new(),
            symbols: HashSet::new(),
            ranges: Vec::new(),
        }
    }

    /// A `[[code]]`'s code: outside every range, not defined before.
    pub(super) fn single_code(&mut self, code: &Spanned<i32>) -> Result<(), Problem> {
        let value = *code.get_ref();
        if let Some(range) = self.ranges.iter().find(|r| r.covers(value)) {
            return problem(
                code.span(),
                format!(
                    "code {value} lies inside the range {}..={}; add it to that range's `except` list to give it its own entry",
                    range.first, range.last
                ),
            );
        }
        if let Some(first) = self.codes.get(&value) {
            let line = line_of(self.text, first.start);
            return problem(
                code.span(),
                format!("duplicate code {value}: line {line} already defines it"),
            );
        }
        self.code(value, code.span())
    }

    /// A `[[range]]`: ordered, not too long, overlapping no other range and
    /// no earlier code it does not except; each `except` inside it and
    /// defined by a `[[code]]`.
    pub(super) fn range(
        &mut self,
        first: &Spanned<i32>,
        last: &Spanned<i32>,
        except: &[Spanned<i32>],
        span: Range<usize>,
    ) -> Result<(), Problem> {
        let (lo, hi) = (*first.get_ref(), *last.get_ref());
        if lo > hi {
            return problem(
                last.span(),
                format!("range ends at {hi}, before it starts at {lo}"),
            );
        }
        if i64::from(hi) - i64::from(lo) >= MAX_CODES as i64 {
            return problem(
                last.span(),
                format!(
                    "range {lo}..={hi} has more than {MAX_CODES} codes, the most a catalog can have"
                ),
            );
        }
        if let Some(other) = self.ranges.iter().find(|r| lo <= r.last && r.first <= hi) {
            return problem(
                span,
                format!(
                    "range {lo}..={hi} overlaps the range {}..={}",
                    other.first, other.last
                ),
            );
        }
        let claimed = ClaimedRange {
            first: lo,
            last: hi,
            except: except.iter().map(|e| *e.get_ref()).collect(),
        };
        if let Some(code) = self.codes.keys().filter(|c| claimed.covers(**c)).min() {
            return problem(
                span,
                format!(
                    "range {lo}..={hi} contains code {code}, which has its own entry earlier; list it in `except`"
                ),
            );
        }
        for code in except {
            self.check_except(code, lo, hi)?;
        }
        self.ranges.push(claimed);
        Ok(())
    }

    fn check_except(&self, code: &Spanned<i32>, lo: i32, hi: i32) -> Result<(), Problem> {
        let value = *code.get_ref();
        if !(lo..=hi).contains(&value) {
            return problem(
                code.span(),
                format!("`except` lists {value}, which is outside the range {lo}..={hi}"),
            );
        }
        if !self.singles.contains(&value) {
            return problem(
                code.span(),
                format!(
                    "`except` lists {value}, but no [[code]] entry defines it: the code would be lost"
                ),
            );
        }
        Ok(())
    }

    /// One code of the catalog, within the most a catalog may have.
    pub(super) fn code(&mut self, value: i32, span: Range<usize>) -> Result<(), Problem> {
        self.codes.insert(value, span.clone());
        check_count(self.codes.len(), span)
    }

    /// A variant name: not an associated item of the enum, not taken.
    pub(super) fn name(&mut self, name: &Spanned<String>) -> Result<(), Problem> {
        check_variant(name, "variant name", true)?;
        let text = name.get_ref();
        if let Some(first) = self.names.get(text) {
            let line = line_of(self.text, first.start);
            return problem(
                name.span(),
                format!(
                    "duplicate variant name {}: line {line} already uses it",
                    Quoted(text)
                ),
            );
        }
        self.names.insert(text.clone(), name.span());
        Ok(())
    }

    /// An upstream symbol, current or former: given to one code only.
    pub(super) fn symbol(&mut self, symbol: &Spanned<String>) -> Result<(), Problem> {
        if !self.symbols.insert(symbol.get_ref().clone()) {
            return problem(
                symbol.span(),
                format!("symbol {} is given to two codes", Quoted(symbol.get_ref())),
            );
        }
        Ok(())
    }
}

/// Refuses the code that takes a catalog past [`MAX_CODES`].
fn check_count(count: usize, span: Range<usize>) -> Result<(), Problem> {
    if count > MAX_CODES {
        return problem(
            span,
            format!("this code is the catalog's {count}th: a catalog can have at most {MAX_CODES}"),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalog_may_hold_max_codes_and_no_more() {
        assert!(check_count(MAX_CODES - 1, 0..1).is_ok());
        assert!(check_count(MAX_CODES, 0..1).is_ok());
        let (span, problem) = check_count(MAX_CODES + 1, 3..4).unwrap_err();
        assert_eq!(span, 3..4);
        assert!(problem.contains("the catalog's 65535th"), "{problem}");
    }
}
