//! Records whose columns are the attributes named at run time (`--fields a,b,…`, `ksc view`): a typed row
//! cannot declare them, so they are printed here with the output layer's text primitives, in every format:
//! - table: one column per attribute, headed by its name (a table needs every width: it waits for the end,
//!   as typed tables do); cells are sanitized;
//! - json: one array of objects whose keys are the attribute names in `--fields` order;
//! - ndjson: one such object a line, written as it arrives;
//! - csv: a header of the attribute names, then one line a record, written as they arrive.
//!
//! An attribute a record does not have is null (empty in a table or CSV). Values are plain (typed wrappers
//! decoded, datetimes RFC 3339).

use serde_json::{Map, Value};

use crate::output::{Format, Output, sanitize};

pub struct FieldStream<'a> {
    out: &'a Output,
    fields: Vec<String>,
    count: usize,
    /// Table cells, kept for the widths.
    table: Vec<Vec<String>>,
}

impl<'a> FieldStream<'a> {
    pub fn new(out: &'a Output, fields: Vec<String>) -> FieldStream<'a> {
        FieldStream {
            out,
            fields,
            count: 0,
            table: Vec::new(),
        }
    }

    pub fn push(&mut self, record: &Map<String, Value>) -> std::io::Result<()> {
        let first = self.count == 0;
        self.count += 1;
        let values = self
            .fields
            .iter()
            .map(|f| record.get(f).unwrap_or(&Value::Null));
        match self.out.format {
            Format::Json => {
                let body: Vec<String> = self
                    .fields
                    .iter()
                    .zip(values)
                    .map(|(f, v)| format!("    {}: {}", json(&Value::from(f.as_str())), json(v)))
                    .collect();
                let sep = if first { "[\n" } else { ",\n" };
                self.out
                    .text(&format!("{sep}  {{\n{}\n  }}", body.join(",\n")))
            }
            Format::Ndjson => {
                let body: Vec<String> = self
                    .fields
                    .iter()
                    .zip(values)
                    .map(|(f, v)| format!("{}:{}", json(&Value::from(f.as_str())), json(v)))
                    .collect();
                self.out.text(&format!("{{{}}}\n", body.join(",")))
            }
            Format::Csv => {
                if first {
                    self.out.csv_record(&self.fields)?;
                }
                let cells: Vec<String> = values.map(super::value::text).collect();
                self.out.csv_record(&cells)
            }
            Format::Table | Format::Log => {
                let cells = values.map(|v| sanitize(&cell(v)).into_owned()).collect();
                self.table.push(cells);
                Ok(())
            }
        }
    }

    pub fn finish(self) -> std::io::Result<()> {
        match self.out.format {
            Format::Json if self.count == 0 => self.out.text("[]\n"),
            Format::Json => self.out.text("\n]\n"),
            Format::Csv if self.count == 0 => self.out.csv_record(&self.fields),
            Format::Ndjson | Format::Csv => Ok(()),
            Format::Table | Format::Log => {
                if self.table.is_empty() {
                    return Ok(());
                }
                let header: Vec<String> = self
                    .fields
                    .iter()
                    .map(|f| sanitize(f).into_owned())
                    .collect();
                let widths: Vec<usize> = (0..header.len())
                    .map(|i| {
                        std::iter::once(&header)
                            .chain(&self.table)
                            .map(|r| r[i].chars().count())
                            .max()
                            .unwrap_or(0)
                    })
                    .collect();
                for row in std::iter::once(&header).chain(&self.table) {
                    self.out.line(&aligned(row, &widths))?;
                }
                Ok(())
            }
        }
    }
}

/// One table line as the typed tables print piped: a leading space, cells padded to their column's width two
/// spaces apart, no trailing blanks.
fn aligned(row: &[String], widths: &[usize]) -> String {
    let line: Vec<String> = row
        .iter()
        .zip(widths)
        .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
        .collect();
    format!(" {}", line.join("  ")).trim_end().to_owned()
}

/// A table cell: as CSV has it, booleans `yes`/`no` as in every table.
fn cell(v: &Value) -> String {
    match v {
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        other => super::value::text(other),
    }
}

/// Compact JSON, with DEL and C1 controls escaped as the output layer escapes them.
fn json(v: &Value) -> String {
    let s = serde_json::to_string(v).expect("JSON values serialise");
    if !s
        .chars()
        .any(|c| c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c))
    {
        return s;
    }
    s.chars()
        .map(|c| {
            if c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c) {
                format!("\\u{:04x}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn table_lines_are_aligned() {
        let widths = [4, 3];
        assert_eq!(aligned(&["ab".into(), "c".into()], &widths), " ab    c");
        assert_eq!(json(&json!("a\u{9b}b")), "\"a\\u009bb\"");
        assert_eq!(cell(&json!(true)), "yes");
        assert_eq!(cell(&json!(null)), "");
    }
}
