//! `errcat [SYSTEM] CODE` and `errcat explain [SYSTEM] CODE`: everything the
//! catalog says about a code.

use std::io::{self, Write};

use errcat::{AnyError, System};

use crate::catalog;
use crate::error::CliResult;
use crate::format::{terminal_width, wrap};
use crate::query;

/// The width of the label column, `"HTTP status sent: "` included.
const LABEL_WIDTH: usize = 18;

/// The narrowest a wrapped value gets, however narrow the terminal.
const MIN_VALUE_WIDTH: usize = 30;

/// Explains what `code` (a number, name or symbol) means in `system`, or in
/// every system that defines it.
pub fn run(out: &mut dyn Write, system: Option<System>, code: &str) -> CliResult {
    let found = query::resolve(system, code)?;
    let width = terminal_width();
    if found.len() > 1 {
        let systems: Vec<&str> = found.iter().map(|e| e.system().id()).collect();
        writeln!(
            out,
            "{}: {} entries ({})\n",
            code.trim(),
            found.len(),
            systems.join(", ")
        )?;
    }
    for (i, &error) in found.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_explanation(out, error, width)?;
    }
    Ok(())
}

/// Like [`run`], as a JSON array of the entries found.
pub fn run_json(out: &mut dyn Write, system: Option<System>, code: &str) -> CliResult {
    let found = query::resolve(system, code)?;
    crate::json::entries_json(out, &found)?;
    Ok(())
}

/// The labelled facts of one entry, in the order they are shown.
pub fn facts(error: AnyError) -> Vec<(String, String)> {
    let entry = error.entry();
    let mut facts: Vec<(String, String)> = Vec::new();
    let mut add = |label: &str, value: String| facts.push((label.to_string(), value));
    let yes_no = |flag: bool| if flag { "yes" } else { "no" }.to_string();
    let system = error.system();
    add("system", format!("{} — {}", system.id(), system.title()));
    add("code", crate::format::code_text(error));
    add("name", entry.name.to_string());
    add("message", error.to_string());
    if entry.category.title == entry.category.name {
        add("category", entry.category.title.to_string());
    } else {
        let (title, name) = (entry.category.title, entry.category.name);
        add("category", format!("{title} ({name})"));
    }
    add("kind", entry.kind.name().to_string());
    add("retryable", yes_no(entry.is_retryable));
    add("HTTP status", entry.http_status().to_string());
    if let Some(status) = entry.wire_http_status {
        add("HTTP status sent", status.to_string());
    }
    if let Some(description) = entry.description {
        add("description", description.to_string());
    }
    if let Some(basis) = entry.basis {
        add("basis", basis.to_string());
    }
    let extras = catalog::extras(error);
    if let Some(scope) = &extras.scope {
        let values = if scope.values.is_empty() {
            crate::catalog::Scope::EVERYWHERE.to_string()
        } else {
            scope.values.join(", ")
        };
        add(scope.key, values);
        for (on, meaning) in &scope.meanings {
            add(&format!("on {on}"), (*meaning).to_string());
        }
    }
    if let Some(explanation) = extras.explanation {
        add("explanation", explanation.to_string());
    }
    for reading in entry.other_readings {
        add("other reading", crate::catalog::describe_reading(reading));
    }
    if let Some(symbol) = entry.upstream_symbol {
        add("symbol", symbol.to_string());
    }
    if !extras.former_symbols.is_empty() {
        add("former symbols", extras.former_symbols.join(", "));
    }
    add("source", entry.provenance.describe().to_string());
    if entry.is_success() {
        add(
            "success",
            "yes: this code reports that the request succeeded".to_string(),
        );
    }
    facts
}

/// Writes the facts of one entry as `label: value` lines, values wrapped to
/// `width` columns under each other.
pub fn write_explanation(out: &mut dyn Write, error: AnyError, width: usize) -> io::Result<()> {
    let value_width = width.saturating_sub(LABEL_WIDTH).max(MIN_VALUE_WIDTH);
    for (label, value) in facts(error) {
        let label = format!("{label}:");
        let indent = LABEL_WIDTH.max(label.len() + 1);
        let lines = wrap(&value, value_width);
        let mut lines = lines.iter();
        match lines.next() {
            Some(first) => writeln!(out, "{label:<indent$}{first}")?,
            None => writeln!(out, "{label}")?,
        }
        for line in lines {
            writeln!(out, "{:indent$}{line}", "")?;
        }
    }
    Ok(())
}
