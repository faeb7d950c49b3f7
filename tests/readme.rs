//! The README's claims about the catalogs, checked against the library.

use errcat::{AnyError, Kind, System};

const README: &str = include_str!("../README.md");

/// The rows of the table between `<!-- kinds:start -->` and `<!-- kinds:end -->`.
fn kinds_table() -> Vec<Vec<String>> {
    let start = README
        .find("<!-- kinds:start -->")
        .expect("README has a kinds table");
    let end = README
        .find("<!-- kinds:end -->")
        .expect("the kinds table ends");
    README[start..end]
        .lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| kind"))
        .map(|line| {
            line.trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn kinds_table_matches_the_catalogs() {
    let rows = kinds_table();
    let names: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
    let expected: Vec<&str> = Kind::ALL.iter().map(|kind| kind.name()).collect();
    assert_eq!(names, expected, "one row per kind, in Kind::ALL order");
    for row in &rows {
        let kind = Kind::from_name(&row[0]).expect("a kind name");
        let mut total = 0;
        for (column, system) in System::ALL.iter().enumerate() {
            let count = AnyError::iter()
                .filter(|e| e.system() == *system && e.kind() == kind)
                .count();
            total += count;
            assert_eq!(
                row[column + 1],
                count.to_string(),
                "README: {kind} codes of {system}"
            );
        }
        assert_eq!(row[5], total.to_string(), "README: all {kind} codes");
    }
}
