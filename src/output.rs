//! The only module that writes data to stdout: tables, JSON, NDJSON, CSV and raw text lines, plus the stderr
//! side of the user interface (warnings, notes, progress bars).
//!
//! JSON and CSV field names are a documented contract (docs/output.md). A record is a [`Row`]: one
//! `#[derive(Serialize)]` struct declared with [`row!`], whose declaration also gives its columns, so table
//! headers, CSV headers and JSON keys (in table order) come from one place.

use std::io::{self, IsTerminal, Write};

use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use serde_json::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// aligned columns (`can dump`: candump's screen lines)
    Table,
    /// one JSON document
    Json,
    /// one JSON object a line, streamed
    Ndjson,
    /// RFC 4180 with a header row
    Csv,
    /// candump -L lines (`can dump` only)
    Log,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Csv => "csv",
            Format::Log => "log",
        }
    }
}

/// What a command prints: `-o` is honoured where it applies and refused (exit 2) where it does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prints {
    /// Rows: table, json, ndjson, csv.
    Records,
    /// `can dump`: every format, `log` included (`table` is candump's screen format).
    Frames,
    /// A JSON document as it came (`can raw`): JSON whatever the format; a table or CSV gets a note.
    Json,
    /// Text or bytes that are the data themselves (`script text`, `file get`, `config path`): table only.
    Text,
    /// A server's answer printed as received (`ovms raw`, `ovms status --raw`): usually JSON already, so
    /// `-o json`/`ndjson` (as scripts add out of habit) print it unchanged too; `csv` would need rows.
    Body,
    /// No data on stdout (messages go to stderr): any format but `log`.
    Nothing,
}

impl Prints {
    pub fn accepts(self, format: Format) -> bool {
        match self {
            Prints::Frames => true,
            Prints::Text => format == Format::Table,
            Prints::Body => matches!(format, Format::Table | Format::Json | Format::Ndjson),
            Prints::Records | Prints::Json | Prints::Nothing => format != Format::Log,
        }
    }
}

/// A record type of a table: serialised as the JSON object of the record, shown as `COLUMNS` in tables and
/// CSV. Declare one with [`row!`] rather than by hand, so the struct and its columns cannot drift apart.
pub trait Row: Serialize {
    /// (JSON key, table header), in table order; the JSON keys come out in this order too (serde serialises a
    /// struct's fields in declaration order, and `row!` declares them in column order).
    const COLUMNS: &'static [Column];

    /// The values of the fields, in column order (for table and CSV cells).
    fn cells(&self) -> Vec<Value>;
}

/// Declare a row type: each field with its JSON key and table header.
///
/// ```ignore
/// row! {
///     /// `can file ls`
///     pub struct FileRow {
///         name: String => ("name", "NAME"),
///     }
/// }
/// ```
#[macro_export]
macro_rules! row {
    ($(#[$meta:meta])* $vis:vis struct $name:ident {
        $($(#[doc = $doc:literal])* $field:ident : $ty:ty => ($key:literal, $header:literal)),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(serde::Serialize, Debug, Clone)]
        $vis struct $name {
            $($(#[doc = $doc])* #[serde(rename = $key)] pub $field: $ty,)*
        }
        impl $crate::output::Row for $name {
            const COLUMNS: &'static [$crate::output::Column] = &[$(($key, $header)),*];

            fn cells(&self) -> Vec<serde_json::Value> {
                vec![$(serde_json::to_value(&self.$field).expect("row fields serialise to JSON")),*]
            }
        }
    };
}

/// A point in time in a row: RFC 3339 UTC in JSON, CSV and tables (`2026-12-01T09:04:26Z`, with milliseconds
/// when there are any). Frame timestamps are not `Time`s: they stay float epoch seconds as in candump.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Time(pub std::time::SystemTime);

impl Time {
    pub fn rfc3339(&self) -> String {
        let d = self
            .0
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let secs = d.as_secs();
        let (days, rest) = (secs / 86_400, secs % 86_400);
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        let (h, m, s) = (rest / 3600, rest % 3600 / 60, rest % 60);
        let millis = d.subsec_millis();
        let frac = if millis == 0 {
            String::new()
        } else {
            format!(".{millis:03}")
        };
        format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}{frac}Z")
    }
}

impl Serialize for Time {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.rfc3339())
    }
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
    /// The format was asked for on the command line (`-o`, `--json`), not taken from FIELDCTL_OUTPUT or the
    /// default.
    pub format_explicit: bool,
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
            format_explicit: false,
            stdout_tty: io::stdout().is_terminal(),
            quiet,
            progress: stderr_tty && !quiet && !no_progress,
            color,
        }
    }

    /// A list of rows: a table, one JSON array, one NDJSON object a line, or CSV.
    pub fn rows<R: Row>(&self, rows: &[R]) -> io::Result<()> {
        let mut stream = self.stream();
        for row in rows {
            stream.push(row)?;
        }
        stream.finish()
    }

    /// One row: a table shows it as HEADER/VALUE lines; JSON as one object; CSV as a header and one row.
    pub fn row<R: Row>(&self, row: &R) -> io::Result<()> {
        match self.format {
            Format::Table => {
                let mut table = self.new_table();
                for ((_, header), value) in R::COLUMNS.iter().zip(row.cells()) {
                    table.add_row(vec![header.to_string(), cell(&value)]);
                }
                write_stdout(format!("{table}\n").as_bytes())
            }
            Format::Json => write_stdout(format!("{}\n", pretty(row)).as_bytes()),
            _ => self.rows(std::slice::from_ref(row)),
        }
    }

    /// Rows as they arrive: NDJSON and CSV lines are written (and flushed) at once; a table waits for
    /// `finish` because it needs every width; JSON streams one array.
    pub fn stream<R: Row>(&self) -> RecordStream<'_, R> {
        RecordStream {
            lines: self.lines(),
            row: std::marker::PhantomData,
        }
    }

    fn lines(&self) -> Lines<'_> {
        Lines {
            out: self,
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
        self.bar(
            total,
            what,
            "{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            "{spinner} {msg} {bytes} {bytes_per_sec}",
        )
    }

    /// A progress bar counting records (`hosts [==>  ] 300/1000 eta 2s`), its first frame included.
    pub fn progress_records(&self, total: Option<u64>, what: &str) -> ProgressBar {
        self.bar(
            total,
            what,
            "{msg} [{bar:30}] {pos}/{len} eta {eta}",
            "{spinner} {msg} {pos}",
        )
    }

    fn bar(&self, total: Option<u64>, what: &str, counted: &str, open: &str) -> ProgressBar {
        if !self.progress {
            return ProgressBar::hidden();
        }
        // The style is set before the first draw: a bar must never show another unit first.
        let style = match total {
            Some(_) => ProgressStyle::with_template(counted)
                .expect("static template")
                .progress_chars("=> "),
            None => ProgressStyle::with_template(open).expect("static template"),
        };
        let bar =
            ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr()).with_style(style);
        bar.set_message(what.to_string());
        bar
    }
}

pub struct RecordStream<'a, R> {
    lines: Lines<'a>,
    row: std::marker::PhantomData<fn(&R)>,
}

impl<R: Row> RecordStream<'_, R> {
    pub fn push(&mut self, row: &R) -> io::Result<()> {
        self.lines.push(
            &Columns::Declared(R::COLUMNS),
            || row.cells(),
            |p| if p { pretty(row) } else { compact(row) },
        )
    }

    pub fn finish(self) -> io::Result<()> {
        self.lines.finish(&Columns::Declared(R::COLUMNS))
    }

    /// How the listing that fed the stream ended: on success [`Self::finish`]; on an error or Ctrl-C what was
    /// printed is left well-formed (a JSON array is closed, as `can dump` closes its own) and the error stays.
    pub fn end<T>(self, result: anyhow::Result<T>) -> anyhow::Result<T> {
        let cols = Columns::Declared(R::COLUMNS);
        self.lines.end(&cols, result)
    }
}

/// Records whose columns are named at run time (`ksc hosts --fields a,b`, `ksc view`): a row type cannot
/// declare them. Keys and headers are the names as given (JSON objects keep their order); a name a record
/// lacks is null. Without names, the first record's keys (sorted) are the columns.
pub struct FieldStream<'a> {
    lines: Lines<'a>,
    fields: Option<Vec<String>>,
}

impl<'a> FieldStream<'a> {
    pub fn new(out: &'a Output, fields: Option<Vec<String>>) -> FieldStream<'a> {
        FieldStream {
            lines: out.lines(),
            fields,
        }
    }

    pub fn push(&mut self, record: &serde_json::Map<String, Value>) -> io::Result<()> {
        let fields = self.fields.get_or_insert_with(|| {
            let mut keys: Vec<String> = record.keys().cloned().collect();
            keys.sort();
            keys
        });
        let get = |f: &String| record.get(f).unwrap_or(&Value::Null);
        let ordered = Ordered(fields.iter().map(|f| (f.as_str(), get(f))).collect());
        self.lines.push(
            &Columns::Named(fields),
            || fields.iter().map(|f| get(f).clone()).collect(),
            |p| {
                if p {
                    pretty(&ordered)
                } else {
                    compact(&ordered)
                }
            },
        )
    }

    /// As [`RecordStream::end`].
    pub fn end<T>(self, result: anyhow::Result<T>) -> anyhow::Result<T> {
        let fields = self.fields.unwrap_or_default();
        self.lines.end(&Columns::Named(&fields), result)
    }
}

/// An object whose keys keep the given order (serde_json's Map sorts them).
struct Ordered<'v>(Vec<(&'v str, &'v Value)>);

impl Serialize for Ordered<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// A stream's columns: a row type's, or names given at run time (their own headers).
enum Columns<'c> {
    Declared(&'static [Column]),
    Named(&'c [String]),
}

impl Columns<'_> {
    fn keys(&self) -> Vec<String> {
        match self {
            Columns::Declared(c) => c.iter().map(|(k, _)| k.to_string()).collect(),
            Columns::Named(n) => n.to_vec(),
        }
    }

    fn headers(&self) -> Vec<String> {
        match self {
            Columns::Declared(c) => c.iter().map(|(_, h)| h.to_string()).collect(),
            Columns::Named(n) => n.iter().map(|h| sanitize(h).into_owned()).collect(),
        }
    }
}

/// The format half of a stream, shared by [`RecordStream`] and [`FieldStream`]: NDJSON and CSV lines are
/// written (and flushed) at once; a table waits for `finish` because it needs every width; JSON streams one
/// array.
struct Lines<'a> {
    out: &'a Output,
    count: usize,
    table: Option<Table>,
}

impl Lines<'_> {
    /// One record: its cells (tables, CSV) and its JSON (`true`: pretty), each made only when needed.
    fn push(
        &mut self,
        cols: &Columns,
        cells: impl FnOnce() -> Vec<Value>,
        json: impl FnOnce(bool) -> String,
    ) -> io::Result<()> {
        let first = self.count == 0;
        self.count += 1;
        match self.out.format {
            Format::Table | Format::Log => {
                let table = self.table.get_or_insert_with(|| {
                    let mut t = self.out.new_table();
                    t.set_header(cols.headers());
                    t
                });
                table.add_row(cells().iter().map(cell));
                Ok(())
            }
            Format::Json => {
                let sep = if first { "[\n" } else { ",\n" };
                let body = json(true).replace('\n', "\n  ");
                write_stdout(format!("{sep}  {body}").as_bytes())
            }
            Format::Ndjson => write_stdout(format!("{}\n", json(false)).as_bytes()),
            Format::Csv => {
                let mut text = String::new();
                if first {
                    text.push_str(&csv_line(cols.keys().into_iter()));
                }
                let tty = self.out.stdout_tty;
                text.push_str(&csv_line(cells().iter().map(|value| {
                    let v = csv_value(value);
                    // On a terminal, a server's control characters are shown escaped, never interpreted.
                    if tty { sanitize(&v).into_owned() } else { v }
                })));
                write_stdout(text.as_bytes())
            }
        }
    }

    fn finish(self, cols: &Columns) -> io::Result<()> {
        match self.out.format {
            Format::Table | Format::Log => match self.table {
                Some(table) => write_stdout(format!("{table}\n").as_bytes()),
                None => Ok(()),
            },
            Format::Json if self.count == 0 => write_stdout(b"[]\n"),
            Format::Json => write_stdout(b"\n]\n"),
            Format::Csv if self.count == 0 && !cols.keys().is_empty() => {
                write_stdout(csv_line(cols.keys().into_iter()).as_bytes())
            }
            _ => Ok(()),
        }
    }

    fn end<T>(self, cols: &Columns, result: anyhow::Result<T>) -> anyhow::Result<T> {
        match result {
            Ok(v) => {
                self.finish(cols)?;
                Ok(v)
            }
            Err(e) => {
                // An opened array is closed; the buffered table is dropped (its widths are unknown). A write
                // that fails now (the pipe that broke) changes nothing: the first error is the one to report.
                if self.out.format == Format::Json && self.count > 0 {
                    let _ = write_stdout(b"\n]\n");
                }
                Err(e)
            }
        }
    }
}

/// Write and flush at once: output that streams must reach a pipe as it happens.
fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        // Keep the kind (a broken pipe is a quiet exit 0) and say what failed.
        .map_err(stdout_error)
}

impl Output {
    /// One JSON document as it came from a peer (`can raw`): one line with `-o ndjson`, else pretty-printed
    /// (with a note when a table or CSV was asked for).
    pub fn json_document(&self, v: &Value) -> io::Result<()> {
        match self.format {
            Format::Ndjson => write_stdout(format!("{}\n", compact(v)).as_bytes()),
            Format::Json => write_stdout(format!("{}\n", pretty(v)).as_bytes()),
            other => {
                if self.format_explicit {
                    self.note(&format!(
                        "fieldctl: this command prints the JSON reply as it is; -o {} does not apply",
                        other.name()
                    ));
                }
                write_stdout(format!("{}\n", pretty(v)).as_bytes())
            }
        }
    }
}

impl Output {
    /// One CSV line of cells a row type cannot declare (`ovms history TYPE -o csv`: as many data columns as
    /// the records have): quoted as RFC 4180, escaped on a terminal like [`RecordStream`]'s CSV.
    pub fn csv_record(&self, cells: &[String]) -> io::Result<()> {
        let tty = self.stdout_tty;
        let line = csv_line(cells.iter().map(|c| {
            if tty {
                sanitize(c).into_owned()
            } else {
                c.clone()
            }
        }));
        write_stdout(line.as_bytes())
    }
}

/// Raw bytes to stdout (a downloaded file sent to `-`).
pub fn write_raw(bytes: &[u8]) -> io::Result<()> {
    write_stdout(bytes)
}

/// A buffered stdout for high-rate line output (candump) and downloads to `-`: the caller flushes once per
/// batch. A failed write says it was stdout (`writing to stdout: No space left on device`, exit 1) and keeps
/// its kind (a broken pipe is a quiet exit 0).
pub fn buffered_stdout() -> io::BufWriter<Stdout> {
    io::BufWriter::with_capacity(64 * 1024, Stdout(io::stdout()))
}

/// stdout whose errors name it; see [`buffered_stdout`].
pub struct Stdout(io::Stdout);

fn stdout_error(e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("writing to stdout: {e}"))
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf).map_err(stdout_error)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush().map_err(stdout_error)
    }
}

/// Pretty JSON of a row (its fields in declaration order) or of a value.
fn pretty(v: &impl Serialize) -> String {
    escape_json_controls(serde_json::to_string_pretty(v).expect("rows and JSON values serialise"))
}

/// One-line JSON of a row or a value.
fn compact(v: &impl Serialize) -> String {
    escape_json_controls(serde_json::to_string(v).expect("rows and JSON values serialise"))
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
/// Booleans read `yes`/`no` in every table (JSON and CSV keep `true`/`false` for programs).
fn cell(v: &Value) -> String {
    match v {
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        other => sanitize(&csv_value(other)).into_owned(),
    }
}

/// A cell's text: strings as they are, null empty, anything else as compact JSON.
fn csv_value(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
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

    /// Every row type of every group, by the command that prints it (as docs/output.md names it). A new group
    /// adds its `DOCUMENTED` list here.
    fn documented_rows() -> Vec<(&'static str, &'static [Column])> {
        [
            &crate::can::rows::DOCUMENTED[..],
            crate::ovms::rows::DOCUMENTED,
            crate::ksc::rows::DOCUMENTED,
            &crate::profile::DOCUMENTED[..],
        ]
        .concat()
    }

    /// The field lists of docs/output.md's table: `| `COMMAND` | `a`, `b`, … | meaning |`.
    fn documented_fields() -> Vec<(String, Vec<String>)> {
        let doc = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/output.md"));
        doc.lines()
            .filter_map(|line| {
                let cells: Vec<&str> = line.strip_prefix("| `")?.split(" | ").collect();
                let command = cells[0].trim_end_matches('`').to_owned();
                let fields = cells
                    .get(1)?
                    .split(',')
                    .map(|f| f.trim().trim_matches('`').to_owned())
                    .collect();
                Some((command, fields))
            })
            .collect()
    }

    #[test]
    fn rows_match_docs_output_md() {
        let doc = documented_fields();
        for (command, columns) in documented_rows() {
            let keys: Vec<&str> = columns.iter().map(|(k, _)| *k).collect();
            let documented = doc
                .iter()
                .find(|(c, _)| c == command)
                .unwrap_or_else(|| panic!("docs/output.md does not document `{command}`"));
            assert_eq!(
                documented.1, keys,
                "docs/output.md lists other fields (or another order) for `{command}` than its row type"
            );
        }
    }

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

    crate::row! {
        struct Sample {
            zeta: u32 => ("zeta", "Z"),
            alpha: Option<String> => ("alpha", "A"),
            kind: &'static str => ("type", "TYPE"),
        }
    }

    #[test]
    fn json_keys_and_cells_follow_the_columns() {
        let r = Sample {
            zeta: 1,
            alpha: None,
            kind: "x\u{9b}",
        };
        assert_eq!(compact(&r), r#"{"zeta":1,"alpha":null,"type":"x\u009b"}"#);
        assert_eq!(
            pretty(&r),
            "{\n  \"zeta\": 1,\n  \"alpha\": null,\n  \"type\": \"x\\u009b\"\n}"
        );
        assert_eq!(
            r.cells(),
            [Value::from(1), Value::Null, Value::from("x\u{9b}")]
        );
        assert_eq!(
            r.cells().iter().map(cell).collect::<Vec<_>>(),
            ["1", "", "x\\u{9b}"]
        );
        // tables say yes/no; CSV keeps the booleans
        assert_eq!(cell(&Value::Bool(true)), "yes");
        assert_eq!(cell(&Value::Bool(false)), "no");
        assert_eq!(csv_value(&Value::Bool(true)), "true");
    }

    #[test]
    fn times_are_rfc3339_utc() {
        let t = |secs: u64, ms: u64| {
            Time(
                std::time::UNIX_EPOCH
                    + std::time::Duration::from_secs(secs)
                    + std::time::Duration::from_millis(ms),
            )
            .rfc3339()
        };
        assert_eq!(t(0, 0), "1970-01-01T00:00:00Z");
        assert_eq!(t(951_782_400, 0), "2000-02-29T00:00:00Z");
        assert_eq!(t(1_436_509_052, 249), "2015-07-10T06:17:32.249Z");
        assert_eq!(
            serde_json::to_string(&Time(std::time::UNIX_EPOCH)).unwrap(),
            r#""1970-01-01T00:00:00Z""#
        );
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(
            csv_line(["a".into(), "b,c".into(), "d\"e".into()].into_iter()),
            "a,\"b,c\",\"d\"\"e\"\r\n"
        );
    }
}
