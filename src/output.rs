//! The only module that writes data to stdout: tables, JSON, NDJSON, CSV and raw text lines, plus the stderr
//! side of the user interface (warnings, notes, progress bars).
//!
//! JSON and CSV field names are a documented contract (docs/output.md): callers pass records as JSON objects
//! with stable keys, and a column list that says which keys a table or CSV shows, in order.

use std::io::{self, IsTerminal, Write};

use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// A column of a table or CSV: the record's JSON key and the table header.
pub type Column = (&'static str, &'static str);

#[derive(Clone, Debug)]
pub struct Output {
    pub format: Format,
    stdout_tty: bool,
    pub quiet: bool,
    progress: bool,
    pub color: bool,
}

impl Output {
    pub fn new(format: Format, color: ColorChoice, quiet: bool, no_progress: bool) -> Self {
        let stderr_tty = io::stderr().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                stderr_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        Output {
            format,
            stdout_tty: io::stdout().is_terminal(),
            quiet,
            progress: stderr_tty && !quiet && !no_progress,
            color,
        }
    }

    /// A list of records. Tables and CSV show `columns`; JSON is one array, NDJSON one object a line.
    pub fn list(&self, columns: &[Column], rows: &[Value]) -> io::Result<()> {
        let mut stream = self.stream(columns);
        for row in rows {
            stream.push(row)?;
        }
        stream.finish()
    }

    /// One record. A table shows it as KEY/VALUE lines; CSV as a header and one row.
    pub fn object(&self, columns: &[Column], record: &Value) -> io::Result<()> {
        match self.format {
            Format::Table => {
                let mut table = self.new_table();
                for (key, header) in columns {
                    table.add_row(vec![header.to_string(), cell(record.get(*key))]);
                }
                write_stdout(format!("{table}\n").as_bytes())
            }
            Format::Json => write_stdout(format!("{}\n", pretty(record)).as_bytes()),
            _ => self.list(columns, std::slice::from_ref(record)),
        }
    }

    /// Records as they arrive: NDJSON and CSV lines are written (and flushed) at once; a table waits for
    /// `finish` because it needs every width; JSON streams one array.
    pub fn stream<'a>(&'a self, columns: &'a [Column]) -> RecordStream<'a> {
        RecordStream {
            out: self,
            columns,
            count: 0,
            table: None,
        }
    }

    /// A line of text that is itself the data (candump lines, script output): escaped on a terminal.
    pub fn line(&self, text: &str) -> io::Result<()> {
        let text = if self.stdout_tty {
            sanitize(text)
        } else {
            text.into()
        };
        write_stdout(format!("{text}\n").as_bytes())
    }

    /// Text that is itself the data, as it comes (script output): on a terminal, controls other than newline
    /// and tab are escaped.
    pub fn text(&self, text: &str) -> io::Result<()> {
        if !self.stdout_tty {
            return write_stdout(text.as_bytes());
        }
        let safe: String = text
            .split_inclusive(['\n', '\t'])
            .map(|part| {
                let (body, end) = part.split_at(part.len() - part.ends_with(['\n', '\t']) as usize);
                format!("{}{end}", sanitize(body))
            })
            .collect();
        write_stdout(safe.as_bytes())
    }

    fn new_table(&self) -> Table {
        let mut table = Table::new();
        if self.stdout_tty {
            table.load_preset(presets::UTF8_HORIZONTAL_ONLY);
            table.set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            // Piped tables stay plain and aligned so `grep` and `awk` work on them.
            table.load_preset(presets::NOTHING);
        }
        table
    }

    /// A warning on stderr (shown even with --quiet: it is about safety, not progress).
    pub fn warn(&self, message: &str) {
        let (y, r) = if self.color {
            ("\x1b[1;33m", "\x1b[0m")
        } else {
            ("", "")
        };
        eprintln!("fieldctl: {y}warning:{r} {}", sanitize(message));
    }

    /// An informational message on stderr, silenced by --quiet.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            eprintln!("{}", sanitize(message));
        }
    }

    /// A progress bar on stderr, drawn only on a terminal and without --quiet/--no-progress.
    pub fn progress(&self, total: Option<u64>, what: &str) -> ProgressBar {
        if !self.progress {
            return ProgressBar::hidden();
        }
        let bar = match total {
            Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr())
                .with_style(
                    ProgressStyle::with_template(
                        "{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
                    )
                    .expect("static template")
                    .progress_chars("=> "),
                ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template("{spinner} {msg} {bytes} {bytes_per_sec}")
                    .expect("static template"),
            ),
        };
        bar.set_message(what.to_string());
        bar
    }
}

pub struct RecordStream<'a> {
    out: &'a Output,
    columns: &'a [Column],
    count: usize,
    table: Option<Table>,
}

impl RecordStream<'_> {
    pub fn push(&mut self, record: &Value) -> io::Result<()> {
        let first = self.count == 0;
        self.count += 1;
        match self.out.format {
            Format::Table => {
                let table = self.table.get_or_insert_with(|| {
                    let mut t = self.out.new_table();
                    t.set_header(self.columns.iter().map(|(_, h)| h.to_string()));
                    t
                });
                table.add_row(self.columns.iter().map(|(k, _)| cell(record.get(*k))));
                Ok(())
            }
            Format::Json => {
                let sep = if first { "[\n" } else { ",\n" };
                let body = pretty(record).replace('\n', "\n  ");
                write_stdout(format!("{sep}  {body}").as_bytes())
            }
            Format::Ndjson => write_stdout(format!("{}\n", compact(record)).as_bytes()),
            Format::Csv => {
                let mut text = String::new();
                if first {
                    text.push_str(&csv_line(self.columns.iter().map(|(k, _)| k.to_string())));
                }
                let tty = self.out.stdout_tty;
                text.push_str(&csv_line(self.columns.iter().map(|(k, _)| {
                    let v = csv_value(record.get(*k));
                    // On a terminal, a server's control characters are shown escaped, never interpreted.
                    if tty { sanitize(&v).into_owned() } else { v }
                })));
                write_stdout(text.as_bytes())
            }
        }
    }

    pub fn finish(self) -> io::Result<()> {
        match self.out.format {
            Format::Table => match self.table {
                Some(table) => write_stdout(format!("{table}\n").as_bytes()),
                None => Ok(()),
            },
            Format::Json if self.count == 0 => write_stdout(b"[]\n"),
            Format::Json => write_stdout(b"\n]\n"),
            Format::Csv if self.count == 0 => {
                write_stdout(csv_line(self.columns.iter().map(|(k, _)| k.to_string())).as_bytes())
            }
            _ => Ok(()),
        }
    }
}

/// Write and flush at once: output that streams must reach a pipe as it happens.
fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|e| {
            // Keep the kind (a broken pipe is a quiet exit 0) and say what failed.
            io::Error::new(e.kind(), format!("writing to stdout: {e}"))
        })
}

/// One JSON document as it came from a peer (`can raw`), pretty-printed.
pub fn write_json(v: &Value) -> io::Result<()> {
    write_stdout(format!("{}\n", pretty(v)).as_bytes())
}

/// Raw bytes to stdout (a downloaded file sent to `-`).
pub fn write_raw(bytes: &[u8]) -> io::Result<()> {
    write_stdout(bytes)
}

/// A buffered stdout for high-rate line output (candump): the caller flushes once per batch.
pub fn buffered_stdout() -> io::BufWriter<io::Stdout> {
    io::BufWriter::with_capacity(64 * 1024, io::stdout())
}

fn pretty(v: &Value) -> String {
    escape_json_controls(serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string()))
}

fn compact(v: &Value) -> String {
    escape_json_controls(v.to_string())
}

/// serde_json escapes C0 controls but leaves DEL and C1 (U+009B can start a terminal escape) raw. They can only
/// occur inside strings, where `\u00XX` means the same: escape them always.
fn escape_json_controls(json: String) -> String {
    if !json
        .chars()
        .any(|c| c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c))
    {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Table cells never hold raw control characters, on a terminal or not: they would break the layout.
fn cell(v: Option<&Value>) -> String {
    let text = match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    sanitize(&text).into_owned()
}

fn csv_value(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// One RFC 4180 line.
fn csv_line(fields: impl Iterator<Item = String>) -> String {
    let mut line = fields
        .map(|f| {
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f
            }
        })
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// Escape control characters (C0, DEL, C1) that came from a server, so they cannot drive the terminal.
pub fn sanitize(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            // \n, \t and \u{1b} forms: unambiguous and copy-pasteable.
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out.into()
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_escapes_terminal_controls() {
        assert_eq!(sanitize("ok"), "ok");
        assert_eq!(sanitize("a\x1b[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(sanitize("x\ny"), "x\\ny");
        assert_eq!(sanitize("\u{9b}"), "\\u{9b}");
    }

    #[test]
    fn json_never_carries_raw_del_or_c1() {
        let v = serde_json::json!({"ip": "1.2.3.4\u{1b}[31m\u{7f}\u{9b}2J"});
        let text = compact(&v);
        assert_eq!(text, r#"{"ip":"1.2.3.4\u001b[31m\u007f\u009b2J"}"#);
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), v);
        assert!(!pretty(&v).chars().any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(
            csv_line(["a".into(), "b,c".into(), "d\"e".into()].into_iter()),
            "a,\"b,c\",\"d\"\"e\"\r\n"
        );
    }
}
