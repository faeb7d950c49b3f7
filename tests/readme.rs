//! The README's claims about the catalogs, checked against the library.

use errcat::{AnyError, Kind, System};

const README: &str = include_str!("../README.md");

/// The header and rows of the table between `<!-- kinds:start -->` and
/// `<!-- kinds:end -->`.
fn kinds_table() -> (Vec<String>, Vec<Vec<String>>) {
    let start = README
        .find("<!-- kinds:start -->")
        .expect("README has a kinds table");
    let end = README
        .find("<!-- kinds:end -->")
        .expect("the kinds table ends");
    let cells = |line: &str| -> Vec<String> {
        line.trim_matches('|')
            .split('|')
            .map(|cell| cell.trim().to_string())
            .collect()
    };
    let lines: Vec<&str> = README[start..end]
        .lines()
        .filter(|line| line.starts_with("| "))
        .collect();
    let header = cells(lines.first().expect("a header row"));
    (header, lines[1..].iter().map(|line| cells(line)).collect())
}

/// Every system the table has a column for: its counts are right, and the
/// last column is their sum. (A catalog added to data/ and not yet in the
/// README does not fail this test; the README names errcat's own systems.)
#[test]
fn kinds_table_matches_the_catalogs() {
    let (header, rows) = kinds_table();
    assert_eq!(header.first().map(String::as_str), Some("kind"));
    assert_eq!(header.last().map(String::as_str), Some("all"));
    let systems: Vec<System> = header[1..header.len() - 1]
        .iter()
        .map(|id| {
            id.parse()
                .unwrap_or_else(|e| panic!("README: column {id}: {e}"))
        })
        .collect();
    assert!(
        systems.len() >= 4,
        "README: the kinds table names {} systems",
        systems.len()
    );
    let names: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
    let expected: Vec<&str> = Kind::ALL.iter().map(|kind| kind.name()).collect();
    assert_eq!(names, expected, "one row per kind, in Kind::ALL order");
    for row in &rows {
        assert_eq!(row.len(), header.len(), "README: the {} row", row[0]);
        let kind = Kind::from_name(&row[0]).expect("a kind name");
        let mut total = 0;
        for (column, system) in systems.iter().enumerate() {
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
        assert_eq!(
            row[header.len() - 1],
            total.to_string(),
            "README: all {kind} codes"
        );
    }
}
