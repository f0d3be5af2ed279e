//! Server-side result sets read page by page: a `HostGroup.FindHosts`/`FindGroups` chunk accessor, a
//! `SrvView` iterator, an `EventProcessing` iterator. One loop for all three: pages are read with
//! [`Client::read`] (503 repeated) and handed to the caller record by record as they arrive — nothing is
//! kept, so memory does not grow with the size of the set — with a progress bar of the total; the set is
//! released on the server ALWAYS, after the last page, an error, or Ctrl-C (the loop checks for it between
//! pages; a page in flight fails with `Interrupted`).
//!
//! Sessions: a set is server-side state with its own lifetime (`lMaxLifeTime`/`lifetimeSec`), not part of
//! the session that made it (KSC's accessors are released or time out; nothing says a session's end takes
//! them along). When the session expires mid-listing, the client starts a new one and repeats the page
//! request, and the set is read on where it was.

use serde_json::{Map, Value, json};

use super::client::Client;
use super::value;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::interrupt::Hold;

/// Seconds a set may live on the server (`lMaxLifeTime`, `lifetimeSec`): a listing through a slow pipe
/// has time, and a set this run could not release (kill -9) does not stay much longer.
pub const LIFETIME: i64 = 3600;

/// The `--help` of the commands that stream a set (hosts, view, events): what grows with the set.
pub const STREAMING: &str = "JSON, NDJSON and CSV are written page by page (memory does not grow with the \
                             number of records); a table (the default) holds every row until the last, for \
                             the widths.";

/// Records per page when `--chunk` is not given.
pub const DEFAULT_CHUNK: u32 = 500;

/// How one kind of set is read and released.
pub struct Source {
    /// Names the set in messages: `host list`.
    pub what: &'static str,
    /// The parameter that names the set: `strAccessor`, `wstrIteratorId`, `strIteratorId`.
    pub id_param: &'static str,
    /// The method that counts the records, when the create call does not say.
    pub count: &'static str,
    /// The method that reads a page.
    pub range: &'static str,
    /// The page's end is `nCount` (a ChunkAccessor) rather than an exclusive `nEnd`.
    pub counted: bool,
    /// Where the records are in the page's answer: output parameter, then its array.
    pub array: (&'static str, &'static str),
    pub release: &'static str,
}

pub const CHUNKS: Source = Source {
    what: "chunk accessor",
    id_param: "strAccessor",
    count: "ChunkAccessor.GetItemsCount",
    range: "ChunkAccessor.GetItemsChunk",
    counted: true,
    array: ("pChunk", "KLCSP_ITERATOR_ARRAY"),
    release: "ChunkAccessor.Release",
};

pub const VIEW: Source = Source {
    what: "view iterator",
    id_param: "wstrIteratorId",
    count: "SrvView.GetRecordCount",
    range: "SrvView.GetRecordRange",
    counted: false,
    array: ("pRecords", "KLCSP_ITERATOR_ARRAY"),
    release: "SrvView.ReleaseIterator",
};

pub const EVENTS: Source = Source {
    what: "event iterator",
    id_param: "strIteratorId",
    count: "EventProcessing.GetRecordCount",
    range: "EventProcessing.GetRecordRange",
    counted: false,
    array: ("pParamsEvents", "KLEVP_EVENT_RANGE_ARRAY"),
    release: "EventProcessing.ReleaseIterator",
};

/// How to read a set this run has just made.
pub struct Read<'a> {
    pub chunk: u32,
    /// The record count, when the create call answered it (FindHosts' `PxgRetVal`); else it is asked.
    pub total: Option<u64>,
    /// Read at most this many records.
    pub limit: Option<u64>,
    /// The progress bar's message (`hosts`); None: no bar (a lookup).
    pub progress: Option<&'static str>,
    /// The attributes `--fields` asked for: each that no record of the first page has is warned about.
    pub check: Option<&'a [String]>,
}

/// Read the set `id` to its end (or `limit`), each record with its typed wrappers decoded; release it
/// whatever happens. How many records were handed over.
pub fn read_all(
    ctx: &Context,
    client: &Client,
    src: &Source,
    id: &str,
    how: Read,
    each: &mut dyn FnMut(Map<String, Value>) -> anyhow::Result<()>,
) -> anyhow::Result<u64> {
    let hold = Hold::named(format!("the {} {id} on {}", src.what, client.server()));
    let result = pages(ctx, client, src, id, &how, each);
    let released = client
        .read(src.release, json!({ src.id_param: id }))
        .map(drop);
    drop(hold);
    crate::interrupt::after_cleanup(result, released)
}

fn pages(
    ctx: &Context,
    client: &Client,
    src: &Source,
    id: &str,
    how: &Read,
    each: &mut dyn FnMut(Map<String, Value>) -> anyhow::Result<()>,
) -> anyhow::Result<u64> {
    let total = match how.total {
        Some(t) => t,
        None => count(client, src, id)?,
    };
    let total = how.limit.map_or(total, |l| l.min(total));
    let bar = match how.progress {
        Some(what) => ctx.out.progress_records(Some(total), what),
        None => indicatif::ProgressBar::hidden(),
    };
    let mut done = 0u64;
    while done < total {
        crate::interrupt::check()?;
        let n = u64::from(how.chunk).min(total - done);
        let end = if src.counted { n } else { done + n };
        let end_param = if src.counted { "nCount" } else { "nEnd" };
        let out = client.read(
            src.range,
            json!({ src.id_param: id, "nStart": done, end_param: end }),
        )?;
        let records = records(src, out)?;
        if let (0, Some(asked)) = (done, how.check) {
            super::fields::check_first_page(ctx, asked, &records);
        }
        if records.is_empty() {
            // The set is shorter than it said (records went away): what there was is all there is.
            break;
        }
        for r in records {
            if done == total {
                break;
            }
            each(r)?;
            done += 1;
        }
        bar.set_position(done);
    }
    bar.finish_and_clear();
    Ok(done)
}

fn count(client: &Client, src: &Source, id: &str) -> anyhow::Result<u64> {
    let out = client.read(src.count, json!({ src.id_param: id }))?;
    value::ret(&out)
        .map(value::plain)
        .and_then(|v| v.as_u64())
        .ok_or_else(|| {
            Failure::new(
                Kind::Malformed,
                format!(
                    "{}: {} answered no record count",
                    src.count,
                    client.server()
                ),
            )
            .into()
        })
}

/// The page's records as plain objects.
fn records(src: &Source, mut out: Map<String, Value>) -> anyhow::Result<Vec<Map<String, Value>>> {
    let (param, array) = src.array;
    let items = match out.remove(param).map(|v| value::plain(&v)) {
        // An empty page may come as a null or empty container.
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Object(mut m)) => match m.remove(array) {
            None | Some(Value::Null) => return Ok(Vec::new()),
            Some(Value::Array(items)) => items,
            Some(_) => return Err(malformed(src, "not an array")),
        },
        Some(_) => return Err(malformed(src, "not a container")),
    };
    items
        .into_iter()
        .map(|item| match item {
            Value::Object(m) => Ok(m),
            _ => Err(malformed(src, "a record that is not a container")),
        })
        .collect()
}

fn malformed(src: &Source, what: &str) -> anyhow::Error {
    Failure::new(
        Kind::Malformed,
        format!("{}: {}.{}: {what}", src.range, src.array.0, src.array.1),
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_plain_and_empty_pages_are_empty() {
        let out = json!({"PxgRetVal": 1, "pChunk": {"KLCSP_ITERATOR_ARRAY": [
            {"type": "params", "value": {"n": {"type": "long", "value": 5}}}
        ]}});
        let Value::Object(out) = out else { panic!() };
        assert_eq!(
            records(&CHUNKS, out).unwrap(),
            vec![json!({"n": 5}).as_object().unwrap().clone()]
        );
        let Value::Object(out) = json!({"pChunk": null}) else {
            panic!()
        };
        assert!(records(&CHUNKS, out).unwrap().is_empty());
        let Value::Object(out) = json!({"pChunk": {"KLCSP_ITERATOR_ARRAY": 3}}) else {
            panic!()
        };
        assert!(records(&CHUNKS, out).is_err());
    }
}
