//! `ovms history` (a summary per record type, or one type's records, streamed) and `ovms protocol`.
//!
//! The server's list is parsed one element at a time ([`each_element`]): rows print as records arrive and
//! memory holds one record (a table, which needs every width, holds its rows). Records' `h_data` is usually
//! the car's CSV (`12.5,1.9,45`). Tables and JSON keep it as one `data` string; `-o csv` splits it into
//! `data1…dataN` cells (N: the most fields of any record; shorter records leave the rest empty), so a
//! spreadsheet gets one cell per value: N must be known before the header, so CSV holds the records' cells
//! (never the server's JSON) until the last one, rather than guess N from the first and drop or misalign
//! values a later record has.

use std::io::{BufReader, Read};
use std::time::{Duration, SystemTime};

use serde::Deserializer as _;
use serde::de::{SeqAccess, Visitor};
use serde_json::Value;
use serde_json::error::Category;

use super::client::{Client, segment};
use super::rows::{HistoryRecordRow, HistorySummaryRow, ProtocolRow};
use super::{Connection, VehicleArg, value, vehicle};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::{Format, Time};

#[derive(clap::Args)]
#[command(
    after_help = "Records print as they arrive (table: once all are in, for the widths). \
-o csv gives time,number,data1..dataN, one cell per value of the car's CSV; N is the most values of any \
record, so CSV prints once the last record is in (it alone holds the records). Without records the CSV \
header is `time,number`."
)]
pub struct HistoryArgs {
    /// [VEHICLE] [TYPE]: a word starting with `*-` (as record types do, e.g. `*-LOG-Trip`) is the TYPE
    #[arg(value_name = "VEHICLE|TYPE", num_args = 0..=2)]
    pub words: Vec<String>,
    /// Only records after TIME: `YYYY-MM-DD` (midnight UTC), `YYYY-MM-DD HH:MM:SS` or
    /// `YYYY-MM-DDTHH:MM:SS` (both UTC: a time without a zone is UTC, as the server stores it), RFC 3339
    /// with `Z` or an offset (`2026-01-10T09:00:00+01:00`), or an age back from now (`90s`, `30m`, `2h`,
    /// `3d`, `1w`)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub since: Option<String>,
}

/// The words' meaning: `[VEHICLE] [TYPE]`.
#[derive(Debug, PartialEq, Eq)]
struct Words {
    vehicle: Option<String>,
    record_type: Option<String>,
}

fn is_type(word: &str) -> bool {
    word.starts_with("*-")
}

/// One word is the TYPE when it starts with `*-`, else the VEHICLE; two words are VEHICLE TYPE (a type
/// first is refused: swapped words would otherwise ask for a vehicle named `*-LOG-Trip`).
fn words(w: &[String]) -> anyhow::Result<Words> {
    let usage = |m: String| -> anyhow::Error {
        Failure::new(Kind::Usage, m)
            .hint(
                "usage: fieldctl ovms history [VEHICLE] [TYPE], e.g. `history DEMO1 '*-LOG-Trip'`",
            )
            .into()
    };
    match w {
        [] => Ok(Words {
            vehicle: None,
            record_type: None,
        }),
        [one] if is_type(one) => Ok(Words {
            vehicle: None,
            record_type: Some(one.clone()),
        }),
        [one] => Ok(Words {
            vehicle: Some(one.clone()),
            record_type: None,
        }),
        [v, t] if is_type(v) && is_type(t) => Err(usage(format!(
            "two record types given ({v}, {t}): history shows one TYPE at a time"
        ))),
        [v, t] if is_type(v) => Err(usage(format!(
            "the VEHICLE comes before the TYPE: `history {t} {v}`"
        ))),
        [v, t] => Ok(Words {
            vehicle: Some(v.clone()),
            record_type: Some(t.clone()),
        }),
        _ => Err(usage("at most two words: [VEHICLE] [TYPE]".into())),
    }
}

/// `--since`: `YYYY-MM-DD HH:MM:SS` (UTC, as the server wants it; `YYYY-MM-DD` is midnight), RFC 3339 with
/// `Z` or an offset, or an age back from `now` (`90s`, `30m`, `2h`, `3d`, `1w`). Returns the server's form.
fn since(text: &str, now: SystemTime) -> anyhow::Result<String> {
    let bad = || -> anyhow::Error {
        Failure::new(Kind::Usage, format!("--since {text:?}: not a time"))
            .hint("give `YYYY-MM-DD HH:MM:SS` (UTC), `YYYY-MM-DD`, RFC 3339 (2026-12-01T09:00:00+01:00) or an age (90s, 30m, 2h, 3d, 1w)")
            .into()
    };
    let t = text.trim();
    if t.starts_with('-') {
        return Err(Failure::new(
            Kind::Usage,
            format!("--since {text:?}: an age counts back from now, so it has no sign"),
        )
        .hint(format!("give `--since {}`", t.trim_start_matches('-')))
        .into());
    }
    if let Some(age) = age(t) {
        let at = now.checked_sub(age).ok_or_else(bad)?;
        return Ok(value::server_time(at));
    }
    let t = if t.len() == 10 {
        format!("{t} 00:00:00")
    } else {
        t.to_owned()
    };
    let (clock, offset) = split_offset(&t).ok_or_else(bad)?;
    // Fractions of a second: the server compares whole seconds.
    let clock = match clock.split_once('.') {
        Some((whole, frac)) if !frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit()) => {
            whole
        }
        Some(_) => return Err(bad()),
        None => clock,
    };
    // Exactly the server's shape (seconds included), so a typo never passes as another time.
    let shape = clock.len() == 19
        && clock.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b' ' || b == b'T',
            13 | 16 => b == b':',
            _ => b.is_ascii_digit(),
        });
    let local = value::parse_time(clock).filter(|_| shape).ok_or_else(bad)?;
    let utc = if offset >= 0 {
        local.checked_sub(Duration::from_secs(offset as u64))
    } else {
        local.checked_add(Duration::from_secs(offset.unsigned_abs()))
    }
    .ok_or_else(bad)?;
    Ok(value::server_time(utc))
}

/// `2h` → 2 hours; None when not an age.
fn age(t: &str) -> Option<Duration> {
    // Only a number with its unit (`30d`): a bare number is no time, and a date is not an age.
    let with_unit = t.ends_with(|c: char| c.is_ascii_alphabetic())
        && t.starts_with(|c: char| c.is_ascii_digit());
    with_unit
        .then(|| value::parse_age(t).ok())
        .flatten()
        .map(Duration::from_secs)
}

/// `…Z`, `…+01:00`, `…-0530` → (the clock part, offset seconds east of UTC); a time with no zone is UTC.
fn split_offset(t: &str) -> Option<(&str, i64)> {
    if let Some(clock) = t.strip_suffix(['Z', 'z']) {
        return Some((clock, 0));
    }
    // A sign after the time of day (position 19 or later: the date's dashes come before).
    match t
        .char_indices()
        .skip(19)
        .find(|(_, c)| *c == '+' || *c == '-')
    {
        None => Some((t, 0)),
        Some((at, sign)) => {
            let zone = t[at + 1..].replace(':', "");
            if zone.len() != 4 || !zone.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let (h, m): (i64, i64) = (zone[..2].parse().ok()?, zone[2..].parse().ok()?);
            if h > 23 || m > 59 {
                return None;
            }
            let secs = h * 3600 + m * 60;
            Some((&t[..at], if sign == '-' { -secs } else { secs }))
        }
    }
}

pub fn run(
    ctx: &Context,
    client: &Client,
    conn: &Connection,
    args: HistoryArgs,
) -> anyhow::Result<()> {
    let w = words(&args.words)?;
    // A bad TIME is a usage error before any request.
    let since = args
        .since
        .as_deref()
        .map(|t| since(t, SystemTime::now()))
        .transpose()?;
    let id = vehicle::resolve(
        ctx,
        client,
        conn,
        &VehicleArg {
            id: w.vehicle.clone(),
        },
    )?;
    let mut path = format!("/api/historical/{}", segment(&id));
    if let Some(t) = &w.record_type {
        path.push('/');
        path.push_str(&segment(t));
    }
    let query: Vec<(&str, &str)> = since.iter().map(|s| ("since", s.as_str())).collect();
    let resp = client
        .get_streaming(Some(ctx), &path, &query)
        .map_err(|e| taken_as_vehicle(e, &w))?;
    let read = |each: &mut dyn FnMut(Value) -> anyhow::Result<()>| {
        each_element(resp.reader, &path, client, each)
    };
    let Some(t) = &w.record_type else {
        return summary(ctx, read);
    };
    if records(ctx, read)? == 0 {
        ctx.out.note(&format!("no {t} records for {id}"));
        if !t.starts_with("*-") {
            // Types the server keeps start with `*-`: name the ones this car has (one more call).
            let types: Vec<String> = client
                .get_json(Some(ctx), &format!("/api/historical/{}", segment(&id)))
                .ok()
                .and_then(|v| {
                    v.as_array().map(|a| {
                        a.iter()
                            .filter_map(|r| value::text(r.get("h_recordtype")))
                            .collect()
                    })
                })
                .unwrap_or_default();
            let have = match types.is_empty() {
                true => String::new(),
                false => format!("; {id} has {}", types.join(", ")),
            };
            ctx.out.note(&format!(
                "record types start with `*-` (quote them for the shell: '*-{t}'){have}"
            ));
        }
    }
    Ok(())
}

/// A single word taken as the VEHICLE that the server does not know may have been meant as a TYPE.
fn taken_as_vehicle(e: anyhow::Error, w: &Words) -> anyhow::Error {
    match (&w.vehicle, &w.record_type) {
        (Some(v), None) if crate::error::kind_of(&e) == Kind::NotFound && v.contains('-') => e
            .context(
            Failure::new(Kind::NotFound, format!("no vehicle {v} on this account")).hint(format!(
                "`{v}` was taken as the VEHICLE; record types start with `*-`: `history '*-{v}'`"
            )),
        ),
        _ => e,
    }
}

/// Read the JSON list the server answers one element at a time, handing each to `each` as soon as it is
/// parsed: rows print as the records arrive, and memory holds one record whatever the list's length (the
/// body is never held, so --max-response-bytes does not bound it). Returns how many there were.
fn each_element(
    reader: impl Read,
    path: &str,
    client: &Client,
    each: &mut dyn FnMut(Value) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    /// Hands each element to the callback; the callback's own error waits in `failed`.
    struct Elements<'a> {
        each: &'a mut dyn FnMut(Value) -> anyhow::Result<()>,
        failed: &'a mut Option<anyhow::Error>,
    }
    impl<'de> Visitor<'de> for Elements<'_> {
        type Value = usize;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
            let mut n = 0;
            while let Some(item) = seq.next_element::<Value>()? {
                n += 1;
                if let Err(e) = crate::interrupt::check().and_then(|()| (self.each)(item)) {
                    *self.failed = Some(e);
                    return Err(serde::de::Error::custom("stopped"));
                }
            }
            Ok(n)
        }
    }
    let mut failed = None;
    let mut de = serde_json::Deserializer::from_reader(BufReader::with_capacity(64 << 10, reader));
    let read = de
        .deserialize_seq(Elements {
            each,
            failed: &mut failed,
        })
        .and_then(|n| de.end().map(|()| n));
    let e = match read {
        Ok(n) => return Ok(n),
        Err(e) => e,
    };
    if let Some(f) = failed {
        return Err(f);
    }
    crate::interrupt::check()?;
    Err(match e.classify() {
        Category::Io => {
            let io = std::io::Error::from(e);
            // A server that trickles is a timeout (exit 7); one that breaks off, a connection failure.
            let (kind, how) = match crate::transport::stalled(&io) {
                true => (Kind::Timeout, "stalled"),
                false if io.kind() == std::io::ErrorKind::TimedOut => (Kind::Timeout, "timed out"),
                false => (Kind::Connect, "broke off"),
            };
            Failure::new(
                kind,
                format!(
                    "the answer to GET {path} from {} {how}: {io}",
                    client.server()
                ),
            )
        }
        Category::Data => Failure::new(
            Kind::Malformed,
            format!("GET {path} did not answer a list ({e})"),
        ),
        Category::Syntax | Category::Eof => Failure::new(
            Kind::Malformed,
            format!("the answer to GET {path} is not JSON ({e})"),
        ),
    }
    .into())
}

fn summary(
    ctx: &Context,
    read: impl FnOnce(&mut dyn FnMut(Value) -> anyhow::Result<()>) -> anyhow::Result<usize>,
) -> anyhow::Result<()> {
    let mut stream = ctx.out.stream::<HistorySummaryRow>();
    let n = read(&mut |r| {
        stream.push(&HistorySummaryRow {
            record_type: value::text(r.get("h_recordtype")).unwrap_or_default(),
            distinct_records: count(r.get("distinctrecs")),
            total_records: count(r.get("totalrecs")),
            // a decimal the database driver hands over as text on the real server
            total_size: count(r.get("totalsize")),
            first: value::time(r.get("first")).map(Time),
            last: value::time(r.get("last")).map(Time),
        })?;
        Ok(())
    })?;
    stream.finish()?;
    if n == 0 {
        ctx.out.note("no historical records");
    }
    Ok(())
}

fn count(v: Option<&Value>) -> Option<u64> {
    value::number(v).filter(|n| *n >= 0.0).map(|n| n as u64)
}

fn record(r: &Value) -> HistoryRecordRow {
    HistoryRecordRow {
        time: value::time(r.get("h_timestamp")).map(Time),
        number: value::number(r.get("h_recordnumber")).map(|n| n as i64),
        data: value::text(r.get("h_data")).unwrap_or_default(),
    }
}

/// The records of one type, streamed; how many there were.
fn records(
    ctx: &Context,
    read: impl FnOnce(&mut dyn FnMut(Value) -> anyhow::Result<()>) -> anyhow::Result<usize>,
) -> anyhow::Result<usize> {
    let n = if ctx.out.format == Format::Csv {
        records_csv(ctx, read)?
    } else {
        let mut stream = ctx.out.stream::<HistoryRecordRow>();
        let n = read(&mut |r| Ok(stream.push(&record(&r))?))?;
        stream.finish()?;
        n
    };
    Ok(n)
}

/// `time,number,data1,…,dataN`: one cell per value of the car's CSV. N is the most values of any record, so
/// the header waits for the last record: CSV alone holds the records (as their cells, not the server's JSON);
/// every other format streams. Without records the header is `time,number`.
fn records_csv(
    ctx: &Context,
    read: impl FnOnce(&mut dyn FnMut(Value) -> anyhow::Result<()>) -> anyhow::Result<usize>,
) -> anyhow::Result<usize> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut width = 0;
    let n = read(&mut |r| {
        let r = record(&r);
        let mut cells = vec![
            r.time.map(|t| t.rfc3339()).unwrap_or_default(),
            r.number.map(|n| n.to_string()).unwrap_or_default(),
        ];
        cells.extend(split_data(&r.data));
        width = width.max(cells.len() - 2);
        rows.push(cells);
        Ok(())
    })?;
    let mut header = vec!["time".to_owned(), "number".to_owned()];
    header.extend((1..=width).map(|i| format!("data{i}")));
    ctx.out.csv_record(&header)?;
    for mut cells in rows {
        cells.resize(2 + width, String::new());
        ctx.out.csv_record(&cells)?;
    }
    Ok(n)
}

/// The car's CSV as cells: comma-joined values, where a value that starts with `"` is quoted as RFC 4180 has
/// it (`""` inside is one `"`), so a quoted comma stays in its cell. An empty record has no cells.
fn split_data(data: &str) -> Vec<String> {
    let mut cells = Vec::new();
    if data.is_empty() {
        return cells;
    }
    let mut chars = data.chars().peekable();
    loop {
        let mut cell = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    '"' => break,
                    c => cell.push(c),
                }
            }
            // Anything after the closing quote up to the comma belongs to the cell (malformed, kept).
            while let Some(&c) = chars.peek() {
                if c == ',' {
                    break;
                }
                cell.push(c);
                chars.next();
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' {
                    break;
                }
                cell.push(c);
                chars.next();
            }
        }
        cells.push(cell);
        if chars.next().is_none() {
            return cells;
        }
    }
}

/// `ovms protocol`: streamed like history's records.
pub fn protocol(ctx: &Context, client: &Client, id: &str) -> anyhow::Result<()> {
    let path = format!("/api/protocol/{}", segment(id));
    let resp = client.get_streaming(Some(ctx), &path, &[])?;
    let mut stream = ctx.out.stream::<ProtocolRow>();
    let n = each_element(resp.reader, &path, client, &mut |r| {
        stream.push(&ProtocolRow {
            time: value::time(r.get("m_msgtime")).map(Time),
            code: value::text(r.get("m_code")).unwrap_or_default(),
            paranoid: value::flag(r.get("m_paranoid")).unwrap_or(false),
            ptoken: value::text(r.get("m_ptoken")),
            message: r
                .get("m_msg")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
        })?;
        Ok(())
    })?;
    stream.finish()?;
    if n == 0 {
        ctx.out.note(&format!("{id} has sent no messages"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(words: &[&str]) -> anyhow::Result<Words> {
        super::words(&words.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn words_are_vehicle_then_type() {
        let t = |v: Option<&str>, r: Option<&str>| Words {
            vehicle: v.map(Into::into),
            record_type: r.map(Into::into),
        };
        assert_eq!(w(&[]).unwrap(), t(None, None));
        assert_eq!(w(&["DEMO1"]).unwrap(), t(Some("DEMO1"), None));
        assert_eq!(w(&["*-LOG-Trip"]).unwrap(), t(None, Some("*-LOG-Trip")));
        assert_eq!(
            w(&["DEMO1", "*-LOG-Trip"]).unwrap(),
            t(Some("DEMO1"), Some("*-LOG-Trip"))
        );
        // two words: the second is the TYPE, whatever it looks like
        assert_eq!(
            w(&["DEMO1", "Trip"]).unwrap(),
            t(Some("DEMO1"), Some("Trip"))
        );
        assert!(w(&["*-LOG-Trip", "DEMO1"]).is_err());
        assert!(w(&["*-A", "*-B"]).is_err());
    }

    #[test]
    fn since_takes_the_servers_form_rfc3339_and_ages() {
        let now = value::parse_time("2026-12-01 12:00:00").unwrap();
        let s = |t: &str| since(t, now).map_err(|e| e.to_string());
        assert_eq!(s("2026-11-30 10:00:00").unwrap(), "2026-11-30 10:00:00");
        assert_eq!(s("2026-11-30").unwrap(), "2026-11-30 00:00:00");
        assert_eq!(s("2026-11-30T10:00:00Z").unwrap(), "2026-11-30 10:00:00");
        assert_eq!(
            s("2026-11-30T10:00:00.250Z").unwrap(),
            "2026-11-30 10:00:00"
        );
        assert_eq!(
            s("2026-11-30T10:00:00+02:00").unwrap(),
            "2026-11-30 08:00:00"
        );
        assert_eq!(
            s("2026-11-30T23:30:00-0100").unwrap(),
            "2026-12-01 00:30:00"
        );
        assert_eq!(s("2h").unwrap(), "2026-12-01 10:00:00");
        assert_eq!(s("3d").unwrap(), "2026-11-28 12:00:00");
        assert_eq!(s("90s").unwrap(), "2026-12-01 11:58:30");
        for bad in [
            "",
            "yesterday",
            "2h30",
            "2026-11-30 10:00",
            "2026-13-01 00:00:00",
            "2026-11-30 10:00:00+25:00",
            "-2h",
            "2 h",
            "2026-11-30X10:00:00",
        ] {
            assert!(s(bad).is_err(), "{bad:?} was taken");
        }
    }

    #[test]
    fn data_splits_into_cells() {
        assert_eq!(split_data("12.5,1.9,45"), ["12.5", "1.9", "45"]);
        assert_eq!(split_data("a,,b"), ["a", "", "b"]);
        assert!(split_data("").is_empty());
        assert_eq!(split_data("a,"), ["a", ""]);
        // A quoted value keeps its comma and its doubled quotes as one.
        assert_eq!(split_data(r#"a,"b,c",d"#), ["a", "b,c", "d"]);
        assert_eq!(split_data(r#""say ""hi""",2"#), [r#"say "hi""#, "2"]);
        assert_eq!(split_data(r#""open"#), ["open"]);
    }
}
