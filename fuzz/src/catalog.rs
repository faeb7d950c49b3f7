//! Arbitrary text through the catalog generator: it returns generated code
//! that parses as Rust, with well-formed doc attributes, or an error that
//! points inside the text, and never panics.

use errcat_codegen as codegen;

/// Runs the target's checks on one input.
pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match codegen::generate("fuzz.toml", text) {
        Ok(source) => {
            assert!(source.starts_with("// @generated"));
            let file = syn::parse_file(&source)
                .unwrap_or_else(|e| panic!("accepted output that is not Rust: {e}\n{source}"));
            check_docs(&file.attrs);
            for item in &file.items {
                check_item(item);
            }
        }
        Err(error) => {
            assert!(
                error.line >= 1 && error.line <= text.lines().count().max(1) + 1,
                "{error}"
            );
            assert!(error.column >= 1, "{error}");
            assert!(!error.problem.is_empty());
        }
    }
}

/// Every `doc` attribute is `#[doc = "..."]` or `#[doc(alias = "...")]` with
/// a string that a doc comment can hold (no carriage return).
fn check_docs(attrs: &[syn::Attribute]) {
    for attr in attrs.iter().filter(|a| a.path().is_ident("doc")) {
        match &attr.meta {
            syn::Meta::NameValue(value) => {
                let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) = &value.value
                else {
                    panic!("a doc attribute that is not a string");
                };
                assert!(
                    !text.value().contains('\r'),
                    "a carriage return in a doc comment"
                );
            }
            syn::Meta::List(list) => {
                let alias: syn::MetaNameValue = list.parse_args().expect("doc(alias = \"...\")");
                assert!(alias.path.is_ident("alias"), "doc({})", list.tokens);
            }
            syn::Meta::Path(_) => panic!("a bare #[doc]"),
        }
    }
}

/// The doc attributes of an item and of what it holds.
fn check_item(item: &syn::Item) {
    match item {
        syn::Item::Enum(item) => {
            check_docs(&item.attrs);
            for variant in &item.variants {
                check_docs(&variant.attrs);
            }
        }
        syn::Item::Impl(item) => {
            check_docs(&item.attrs);
            for inner in &item.items {
                if let syn::ImplItem::Fn(f) = inner {
                    check_docs(&f.attrs);
                }
            }
        }
        syn::Item::Struct(item) => {
            check_docs(&item.attrs);
            for field in &item.fields {
                check_docs(&field.attrs);
            }
        }
        syn::Item::Static(item) => check_docs(&item.attrs),
        syn::Item::Const(item) => check_docs(&item.attrs),
        _ => {}
    }
}
