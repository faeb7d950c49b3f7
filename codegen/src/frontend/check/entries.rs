//! The entries pass: every `[[code]]` and `[[range]]`, in file order, checked
//! and expanded into entries, one per code, through one constructor.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use toml::Spanned;

use super::super::error::{Problem, Quoted, problem};
use super::super::raw::{RawCode, RawCommon, RawRange, RawReading, RawUnnumbered};
use super::super::types::{Entry, Reading, SystemInfo, Unnumbered};
use super::claims::Claims;
use super::labels::{Categories, Pages, ScopeIndex};
use super::names::{check_ident, check_symbol, check_text};
use super::readings::{ReadCode, check_readings};
use super::system::check_http_status;
use super::vocabulary::{check_kind, provenance};
use crate::vocabulary::kind_named;

/// What entries are checked against: the declarations read before them.
pub(super) struct Declared<'a> {
    pub(super) system: &'a SystemInfo,
    pub(super) categories: &'a Categories,
    pub(super) scope: ScopeIndex<'a>,
    pub(super) pages: Pages,
}

/// A `[[code]]` or a `[[range]]`, with its place in the file.
pub(super) struct Item {
    span: Range<usize>,
    common: RawCommon,
    codes: ItemCodes,
}

enum ItemCodes {
    Single(RawSingle),
    Range {
        first: Spanned<i32>,
        last: Spanned<i32>,
        except: Vec<Spanned<i32>>,
    },
}

impl Item {
    /// Every `[[code]]` and `[[range]]` in file order; at least one.
    pub(super) fn collect(
        codes: Vec<Spanned<RawCode>>,
        ranges: Vec<Spanned<RawRange>>,
    ) -> Result<Vec<Item>, Problem> {
        let singles = codes.into_iter().map(|code| {
            let span = code.span();
            let code = code.into_inner();
            let codes = ItemCodes::Single(RawSingle {
                code: code.code,
                symbol: code.symbol,
                former_symbols: code.former_symbols.unwrap_or_default(),
                meanings: code.meanings,
                readings: code.readings.unwrap_or_default(),
                wire_http_status: code.wire_http_status,
            });
            Item {
                span,
                common: code.common,
                codes,
            }
        });
        let ranges = ranges.into_iter().map(|range| {
            let span = range.span();
            let range = range.into_inner();
            let codes = ItemCodes::Range {
                first: range.first,
                last: range.last,
                except: range.except.unwrap_or_default(),
            };
            Item {
                span,
                common: range.common,
                codes,
            }
        });
        let mut items: Vec<Item> = singles.chain(ranges).collect();
        if items.is_empty() {
            return problem(
                0..0,
                "the catalog defines no codes: add at least one [[code]] entry",
            );
        }
        items.sort_by_key(|item| item.span.start);
        Ok(items)
    }

    /// The code of a `[[code]]`.
    pub(super) fn single_code(&self) -> Option<i32> {
        match &self.codes {
            ItemCodes::Single(single) => Some(*single.code.get_ref()),
            ItemCodes::Range { .. } => None,
        }
    }

    /// The item's entries, appended to `entries`.
    pub(super) fn expand(
        self,
        declared: &mut Declared<'_>,
        claims: &mut Claims<'_>,
        entries: &mut Vec<Entry>,
    ) -> Result<(), Problem> {
        let common = Common::check(self.common, declared)?;
        match self.codes {
            ItemCodes::Single(single) => entries.push(single.check(common, declared, claims)?),
            ItemCodes::Range {
                first,
                last,
                except,
            } => {
                let pattern = common.range_pattern()?;
                claims.range(&first, &last, &except, self.span.clone())?;
                let except: HashSet<i32> = except.iter().map(|e| *e.get_ref()).collect();
                let (lo, hi) = (*first.get_ref(), *last.get_ref());
                let codes = (lo..=hi).filter(|code| !except.contains(code));
                for code in codes {
                    let name = Spanned::new(
                        common.name.span(),
                        pattern.replace("{code}", &code.to_string()),
                    );
                    entries.push(common.range_entry(
                        code,
                        name,
                        (lo, hi),
                        self.span.clone(),
                        claims,
                    )?);
                }
            }
        }
        Ok(())
    }
}

/// The fields every code of an item shares, checked.
struct Common {
    name: Spanned<String>,
    message: String,
    category: usize,
    kind: String,
    provenance: &'static str,
    applies_to: Vec<usize>,
    description: Option<String>,
    explanation: Option<String>,
    basis: Option<String>,
    retryable: Option<bool>,
}

impl Common {
    fn check(raw: RawCommon, declared: &Declared<'_>) -> Result<Common, Problem> {
        check_text(&raw.message, "message")?;
        let category = declared.categories.resolve(&raw.category)?;
        check_kind(&raw.kind)?;
        let provenance = provenance(raw.source.as_ref())?;
        let applies_to = declared.scope.resolve(raw.applies_to)?;
        Ok(Common {
            name: raw.name,
            message: raw.message.into_inner(),
            category,
            kind: raw.kind.into_inner(),
            provenance,
            applies_to,
            description: raw.description,
            explanation: raw.explanation,
            basis: raw.basis,
            retryable: raw.retryable,
        })
    }

    /// The entry of one code of this item: the one constructor of
    /// [`Entry`], for a `[[code]]` and for each code of a `[[range]]`.
    fn entry(&self, code: i32, name: String, own: Own) -> Entry {
        Entry {
            code,
            name,
            message: self.message.clone(),
            category: self.category,
            kind: self.kind.clone(),
            description: self.description.clone(),
            explanation: self.explanation.clone(),
            basis: self.basis.clone(),
            retryable: self.retryable,
            // Success is what the kind means (gRPC number 0): one fact, not
            // two fields.
            success: kind_named(&self.kind).is_some_and(|row| row.is_success()),
            provenance: self.provenance,
            applies_to: self.applies_to.clone(),
            symbol: own.symbol,
            former_symbols: own.former_symbols,
            meanings: own.meanings,
            readings: own.readings,
            range: own.range,
            wire_http_status: own.wire_http_status,
        }
    }

    /// A range's name: a pattern holding `{code}`.
    fn range_pattern(&self) -> Result<String, Problem> {
        let pattern = self.name.get_ref();
        if !pattern.contains("{code}") {
            return problem(
                self.name.span(),
                format!(
                    "a range's name must contain `{{code}}`, as in {}",
                    Quoted(&format!("{pattern}{{code}}"))
                ),
            );
        }
        Ok(pattern.clone())
    }

    /// The entry of `code`, one code of the range `bounds`, named `name`.
    fn range_entry(
        &self,
        code: i32,
        name: Spanned<String>,
        bounds: (i32, i32),
        span: Range<usize>,
        claims: &mut Claims<'_>,
    ) -> Result<Entry, Problem> {
        check_ident(&name, "variant name", false)?;
        claims.name(&name)?;
        claims.code(code, span)?;
        let own = Own {
            range: Some(bounds),
            ..Own::default()
        };
        Ok(self.entry(code, name.into_inner(), own))
    }
}

/// The facts only a `[[code]]` has; a range's codes have none of them.
#[derive(Default)]
struct Own {
    symbol: Option<String>,
    former_symbols: Vec<String>,
    meanings: Vec<(usize, String)>,
    readings: Vec<Reading>,
    wire_http_status: Option<u16>,
    range: Option<(i32, i32)>,
}

/// A `[[code]]`'s own fields, as read.
struct RawSingle {
    code: Spanned<i32>,
    symbol: Option<Spanned<String>>,
    former_symbols: Vec<Spanned<String>>,
    meanings: Option<Spanned<BTreeMap<String, String>>>,
    readings: Vec<Spanned<RawReading>>,
    wire_http_status: Option<Spanned<u16>>,
}

impl RawSingle {
    fn check(
        self,
        common: Common,
        declared: &mut Declared<'_>,
        claims: &mut Claims<'_>,
    ) -> Result<Entry, Problem> {
        check_ident(&common.name, "variant name", false)?;
        if let Some(status) = &self.wire_http_status {
            check_http_status(status)?;
            if declared.system.wire_http_status.is_none() {
                return problem(
                    status.span(),
                    "`wire_http_status` needs `wire_http_status` in [system]: the status sent with the codes that name none",
                );
            }
        }
        claims.single_code(&self.code)?;
        claims.name(&common.name)?;
        for symbol in self.symbol.iter().chain(&self.former_symbols) {
            check_symbol(symbol)?;
            claims.symbol(symbol)?;
        }
        let code = *self.code.get_ref();
        let meanings = declared.scope.meanings(self.meanings, &common.applies_to)?;
        let read = ReadCode {
            code,
            kind: &common.kind,
            applies_to: &common.applies_to,
        };
        let readings = check_readings(self.readings, &read, &mut declared.pages, &declared.scope)?;
        let own = Own {
            symbol: self.symbol.map(Spanned::into_inner),
            former_symbols: self
                .former_symbols
                .into_iter()
                .map(Spanned::into_inner)
                .collect(),
            meanings,
            readings,
            wire_http_status: self.wire_http_status.map(Spanned::into_inner),
            range: None,
        };
        Ok(common.entry(code, common.name.get_ref().clone(), own))
    }
}

/// Checks the `[[unnumbered]]` tables.
pub(super) fn check_unnumbered(
    raw: Vec<Spanned<RawUnnumbered>>,
    scope: &ScopeIndex<'_>,
) -> Result<Vec<Unnumbered>, Problem> {
    let mut unnumbered = Vec::new();
    for item in raw {
        let item = item.into_inner();
        check_text(&item.message, "message")?;
        unnumbered.push(Unnumbered {
            message: item.message.into_inner(),
            description: item.description,
            applies_to: scope.resolve(item.applies_to)?,
        });
    }
    Ok(unnumbered)
}
