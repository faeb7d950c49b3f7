//! The declaration passes: what entries refer to by name, declared before
//! any entry is read: the categories, the scope and the other pages.

use std::collections::{BTreeMap, HashMap};

use toml::Spanned;

use super::super::error::{Problem, Quoted, problem};
use super::super::raw::{RawCategory, RawPage, RawScope};
use super::super::types::{Label, Page, Scope};
use super::collisions::{check_accessor, check_variant};
use super::names::{check_ident, check_lowercase_ident, check_text, list_or_none};

/// The declared categories, and the index an entry's `category` resolves to.
pub(super) struct Categories {
    pub(super) labels: Vec<Label>,
    index: HashMap<String, usize>,
}

impl Categories {
    /// Checks the `[[category]]` tables: valid names, each declared once.
    pub(super) fn declare(raw: Vec<RawCategory>) -> Result<Categories, Problem> {
        let mut categories = Categories {
            labels: Vec::new(),
            index: HashMap::new(),
        };
        for category in raw {
            check_ident(&category.name, "category name", false)?;
            check_variant(&category.name, "category name", false)?;
            let name = category.name.get_ref().clone();
            let next = categories.labels.len();
            if categories.index.insert(name.clone(), next).is_some() {
                return problem(
                    category.name.span(),
                    format!("category {} is declared twice", Quoted(&name)),
                );
            }
            categories.labels.push(Label {
                name,
                text: category.title,
                description: category.description,
            });
        }
        Ok(categories)
    }

    /// The index of the category an entry names.
    pub(super) fn resolve(&self, name: &Spanned<String>) -> Result<usize, Problem> {
        match self.index.get(name.get_ref()) {
            Some(&i) => Ok(i),
            None => {
                let declared: Vec<&str> = self.labels.iter().map(|c| c.name.as_str()).collect();
                problem(
                    name.span(),
                    format!(
                        "unknown category {}; declared categories: {}",
                        Quoted(name.get_ref()),
                        list_or_none(&declared)
                    ),
                )
            }
        }
    }
}

/// Checks the `[scope]` table: its enum, its accessor and its values.
pub(super) fn check_scope(raw: RawScope) -> Result<Scope, Problem> {
    check_ident(&raw.enum_name, "scope enum name", false)?;
    check_lowercase_ident(
        &raw.accessor,
        true,
        "scope accessor",
        "a snake_case method name",
    )?;
    check_accessor(&raw.accessor)?;
    let mut values: Vec<Label> = Vec::new();
    for value in raw.value {
        check_ident(&value.name, "scope value name", true)?;
        check_variant(&value.name, "scope value name", false)?;
        if values.iter().any(|v| v.name == *value.name.get_ref()) {
            return problem(
                value.name.span(),
                format!(
                    "scope value {} is declared twice",
                    Quoted(value.name.get_ref())
                ),
            );
        }
        check_text(&value.label, "scope label")?;
        if values.iter().any(|v| v.text == *value.label.get_ref()) {
            return problem(
                value.label.span(),
                format!(
                    "scope label {} is declared twice",
                    Quoted(value.label.get_ref())
                ),
            );
        }
        values.push(Label {
            name: value.name.into_inner(),
            text: value.label.into_inner(),
            description: value.doc,
        });
    }
    if values.is_empty() {
        return problem(
            raw.enum_name.span(),
            "a [scope] needs at least one [[scope.value]]",
        );
    }
    Ok(Scope {
        enum_name: raw.enum_name.into_inner(),
        accessor: raw.accessor.into_inner(),
        doc: raw.doc,
        values,
    })
}

/// The scope's labels, as `applies_to` and `meanings` name them.
pub(super) struct ScopeIndex<'a> {
    scope: Option<&'a Scope>,
    index: HashMap<&'a str, usize>,
}

impl<'a> ScopeIndex<'a> {
    pub(super) fn new(scope: Option<&'a Scope>) -> ScopeIndex<'a> {
        let index = scope
            .iter()
            .flat_map(|s| s.values.iter().enumerate())
            .map(|(i, v)| (v.text.as_str(), i))
            .collect();
        ScopeIndex { scope, index }
    }

    /// An `applies_to` list as indexes of the scope's values: each label
    /// declared, none twice.
    pub(super) fn resolve(
        &self,
        labels: Option<Vec<Spanned<String>>>,
    ) -> Result<Vec<usize>, Problem> {
        let mut out: Vec<usize> = Vec::new();
        for label in labels.unwrap_or_default() {
            let i = self.label(label.get_ref(), label.span())?;
            if out.contains(&i) {
                return problem(
                    label.span(),
                    format!("{} is listed twice in applies_to", Quoted(label.get_ref())),
                );
            }
            out.push(i);
        }
        Ok(out)
    }

    /// A code's `meanings`, by scope value, each within the code's scope.
    pub(super) fn meanings(
        &self,
        meanings: Option<Spanned<BTreeMap<String, String>>>,
        applies_to: &[usize],
    ) -> Result<Vec<(usize, String)>, Problem> {
        let Some(meanings) = meanings else {
            return Ok(Vec::new());
        };
        let span = meanings.span();
        let mut out = Vec::new();
        for (label, meaning) in meanings.into_inner() {
            let i = self.label(&label, span.clone())?;
            if !within_scope(applies_to, i) {
                return problem(
                    span,
                    format!(
                        "`meanings` names {}, which is not in this entry's applies_to",
                        Quoted(&label)
                    ),
                );
            }
            out.push((i, meaning));
        }
        out.sort_by_key(|(i, _)| *i);
        Ok(out)
    }

    /// The index of a declared label.
    fn label(&self, label: &str, span: std::ops::Range<usize>) -> Result<usize, Problem> {
        if let Some(&i) = self.index.get(label) {
            return Ok(i);
        }
        let text = match self.scope {
            None => format!(
                "{} is listed in applies_to, but the catalog has no [scope] table",
                Quoted(label)
            ),
            Some(scope) => {
                let labels: Vec<&str> = scope.values.iter().map(|v| v.text.as_str()).collect();
                format!(
                    "unknown scope label {}; declared labels: {}",
                    Quoted(label),
                    list_or_none(&labels)
                )
            }
        };
        problem(span, text)
    }
}

/// Whether the scope value `i` is within a code's `applies_to`: a code
/// without one applies on every value of the scope.
pub(super) fn within_scope(code_applies_to: &[usize], i: usize) -> bool {
    code_applies_to.is_empty() || code_applies_to.contains(&i)
}

/// The declared `[[page]]`s, and which of them some reading names.
pub(super) struct Pages {
    declared: Vec<(Spanned<String>, Page)>,
    read: Vec<bool>,
}

impl Pages {
    /// Checks the `[[page]]` tables: each has an id of its own and a title.
    pub(super) fn declare(raw: Vec<RawPage>) -> Result<Pages, Problem> {
        let mut declared: Vec<(Spanned<String>, Page)> = Vec::new();
        for page in raw {
            check_text(&page.id, "page id")?;
            check_text(&page.title, "page title")?;
            if declared.iter().any(|(_, p)| p.id == *page.id.get_ref()) {
                return problem(
                    page.id.span(),
                    format!("page {} is declared twice", Quoted(page.id.get_ref())),
                );
            }
            let checked = Page {
                id: page.id.get_ref().clone(),
                title: page.title.into_inner(),
                about: page.about,
            };
            declared.push((page.id, checked));
        }
        let read = vec![false; declared.len()];
        Ok(Pages { declared, read })
    }

    /// The index of the page a reading names, which is now read.
    pub(super) fn read(&mut self, id: &Spanned<String>) -> Result<usize, Problem> {
        let Some(i) = self
            .declared
            .iter()
            .position(|(_, p)| p.id == *id.get_ref())
        else {
            let ids: Vec<&str> = self.declared.iter().map(|(_, p)| p.id.as_str()).collect();
            return problem(
                id.span(),
                format!(
                    "unknown page {}; declared [[page]] ids: {}",
                    Quoted(id.get_ref()),
                    list_or_none(&ids)
                ),
            );
        };
        self.read[i] = true;
        Ok(i)
    }

    /// The id of page `i`.
    pub(super) fn id(&self, i: usize) -> &str {
        &self.declared[i].1.id
    }

    /// The pages, once every one is named by some reading.
    pub(super) fn finish(self) -> Result<Vec<Page>, Problem> {
        let unread = self
            .declared
            .iter()
            .zip(&self.read)
            .find(|(_, read)| !**read);
        if let Some(((id, _), _)) = unread {
            return problem(
                id.span(),
                format!(
                    "page {} is declared, but no code's `readings` names it",
                    Quoted(id.get_ref())
                ),
            );
        }
        Ok(self.declared.into_iter().map(|(_, page)| page).collect())
    }
}
