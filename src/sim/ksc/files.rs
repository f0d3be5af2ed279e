//! The simulator's file transfer (specs/ksc-open-api.txt "Files download", "Files upload"; notes "Files").
//!
//! Prefixes: `/FTSF/…` server files (`--files DIR` read-only, and the generated `/FTSF/klsctunnel` unless DIR
//! has one),
//! `/FTUR/<id>` uploads (`PUT`; once every byte of `0..total` arrived, `GET`/`HEAD` serve it at the same path).
//! Only an authenticated caller (session header or a logged-in connection) gets anything.
//!
//! Downloads: no `Range` → 200 with the whole file; `Range: bytes=a-b`, `bytes=a-`, `bytes=-n` → 206 with at
//! most `--file-chunk` bytes and `Content-Range: bytes a-b/total` (or the spec example's `bytes=a-b/total` with
//! `--content-range-style spec`); a start past the end → 416 `bytes */total`. Every second answer is sent
//! chunked, gzip when the client accepts it; `--drop-after N` closes the first answer with a body after N body
//! bytes; `--file-fail-rate P` answers 503 to that fraction of file requests (a fixed pseudo-random sequence,
//! so runs of 503s happen; `--fail-rate` is the API calls' own), with `Retry-After` when `--retry-after` says.
//!
//! Uploads: `Expect: 100-continue` is required (400 without); `Content-Range: bytes a-b/total` (or `a-b/total`,
//! as the spec's example writes it; `bytes */0` for an empty file); a chunk over 1 MiB (`--max-chunk`) → 413
//! and the connection closes; a `Sha256` the server already has → 201 without the body; refusals never read the body
//! (no `100 Continue` is sent). Chunks may come in any order and repeat. A completed file whose SHA-256 differs
//! from the `Sha256` announced → 400, and the upload starts over.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use clap::{Args, ValueEnum};

use super::reply;
use super::{Conn, Ksc};
use crate::sim::http::{Request, Response};

/// The largest chunk an upload may carry (the spec: "should not exceed 1MB").
const MAX_CHUNK: u64 = 1 << 20;
/// Size of the generated `/FTSF/klsctunnel`: a few MiB, not a multiple of any chunk size.
const DEMO_SIZE: usize = (3 << 20) + 4321;

#[derive(Args)]
pub struct FileArgs {
    /// Serve this directory read-only under /FTSF/
    #[arg(long = "files", value_name = "DIR")]
    dir: Option<PathBuf>,
    /// The most bytes one download answer carries (a client asks again for the rest)
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    file_chunk: u64,
    /// How a 206 writes Content-Range: `rfc` (bytes a-b/total) or `spec` (bytes=a-b/total, the spec's example)
    #[arg(long, value_enum, default_value_t = RangeStyle::Rfc)]
    content_range_style: RangeStyle,
    /// That fraction of file requests (downloads and uploads) answer 503
    #[arg(long, value_name = "P", default_value_t = 0.0)]
    file_fail_rate: f64,
    /// Send `Retry-After: SECS` with each 503, of files and API calls (the spec promises none; a server may)
    #[arg(long, value_name = "SECS")]
    retry_after: Option<u64>,
    /// The first download answer with a body closes the connection after this many body bytes
    #[arg(long, value_name = "BYTES")]
    drop_after: Option<usize>,
    /// The largest upload chunk accepted: more → 413 and the connection closes (a server configured lower)
    #[arg(long, value_name = "BYTES", default_value_t = MAX_CHUNK)]
    max_chunk: u64,
    /// Wait this long before answering 100 Continue (body bytes sent meanwhile are logged as early)
    #[arg(long, value_name = "MS", default_value_t = 0)]
    continue_delay: u64,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RangeStyle {
    Rfc,
    Spec,
}

pub struct Files {
    args: FileArgs,
    demo: Arc<Vec<u8>>,
    state: Mutex<Store>,
    /// Requests seen (the fail-rate sequence) and download answers given (chunked, drop).
    requests: AtomicU64,
    answers: AtomicU64,
}

#[derive(Default)]
struct Store {
    /// Completed uploads by decoded path.
    done: HashMap<String, Arc<Vec<u8>>>,
    partial: HashMap<String, Partial>,
}

struct Partial {
    total: u64,
    data: Vec<u8>,
    /// Received ranges, `[start, end)`, sorted and merged.
    have: Vec<(u64, u64)>,
    sha256: Option<String>,
}

impl Files {
    /// A 503, with `Retry-After` when `--retry-after` says (also for the API's `--fail-rate` answers).
    pub fn busy_answer(&self) -> Response {
        let r = reply::status(503, "Server is busy");
        match self.args.retry_after {
            Some(secs) => r.with_header("Retry-After", &secs.to_string()),
            None => r,
        }
    }

    pub fn new(args: FileArgs) -> Result<Files, String> {
        if !(0.0..=1.0).contains(&args.file_fail_rate) {
            return Err("--file-fail-rate: expected a fraction from 0 to 1".into());
        }
        if args.file_chunk == 0 {
            return Err("--file-chunk: expected bytes > 0".into());
        }
        if let Some(dir) = &args.dir
            && !dir.is_dir()
        {
            return Err(format!("--files: {} is not a directory", dir.display()));
        }
        Ok(Files {
            args,
            demo: Arc::new(demo_bytes(DEMO_SIZE)),
            state: Mutex::new(Store::default()),
            requests: AtomicU64::new(0),
            answers: AtomicU64::new(0),
        })
    }

    pub fn continue_delay(&self) -> Duration {
        Duration::from_millis(self.args.continue_delay)
    }

    /// The next value of a fixed pseudo-random sequence decides whether this request finds the server busy.
    fn busy(&self) -> bool {
        let n = self.requests.fetch_add(1, Ordering::SeqCst);
        let x = splitmix(n ^ 0x5eed);
        (x >> 11) as f64 / (1u64 << 53) as f64 <= self.args.file_fail_rate
            && self.args.file_fail_rate > 0.0
    }

    /// A file by decoded path: uploads, then `--files DIR` (a `klsctunnel` there wins), then the demo file.
    fn find(&self, path: &str) -> Option<Arc<Vec<u8>>> {
        if let Some(f) = self.state.lock().unwrap().done.get(path) {
            return Some(f.clone());
        }
        let rest = path.strip_prefix("/FTSF/")?;
        let from_dir = self
            .args
            .dir
            .as_deref()
            .and_then(|dir| inside(dir, rest))
            .and_then(|p| std::fs::read(p).ok());
        match from_dir {
            Some(f) => Some(Arc::new(f)),
            None => (rest == "klsctunnel").then(|| self.demo.clone()),
        }
    }
}

/// `rest` as a file under `dir`, refusing anything that could leave it (`..`, absolute parts, symlinks out).
fn inside(dir: &Path, rest: &str) -> Option<PathBuf> {
    let mut p = dir.to_path_buf();
    for part in rest.split('/') {
        if part.is_empty() || part == "." || part == ".." || part.contains('\\') {
            return None;
        }
        p.push(part);
    }
    let real = p.canonicalize().ok()?;
    (real.starts_with(dir.canonicalize().ok()?) && real.is_file()).then_some(real)
}

/// Every request not under `/api/`.
pub fn handle(ksc: &Ksc, req: &mut Request, conn: &mut Conn) -> Response {
    let files = &ksc.files;
    let method = req.method.clone();
    if !matches!(method.as_str(), "GET" | "HEAD" | "PUT") {
        return reply::status(405, "Method Not Allowed").with_header("Allow", "GET, HEAD, PUT");
    }
    if let Err(resp) = ksc.caller(req, conn) {
        return resp;
    }
    let Some(path) = decode_path(&req.path) else {
        return reply::status(400, "Malformed path");
    };
    if files.busy() {
        return files.busy_answer();
    }
    if method == "PUT" {
        upload(files, req, &path)
    } else {
        download(files, req, &path)
    }
}

fn download(files: &Files, req: &Request, path: &str) -> Response {
    let Some(file) = files.find(path) else {
        return reply::status(404, "File not found");
    };
    let total = file.len() as u64;
    let (status, start, end) = match req.header("range") {
        None => (200, 0, total),
        Some(range) => match parse_range(range, total) {
            Err(()) => return reply::status(400, "Malformed Range"),
            Ok(None) => {
                return reply::status(416, "Range Not Satisfiable")
                    .with_header("Content-Range", &format!("bytes */{total}"));
            }
            Ok(Some((a, b))) => (206, a, b.min(a + files.args.file_chunk)),
        },
    };
    let mut body = file[start as usize..end as usize].to_vec();
    let mut resp = Response::new(status, "application/octet-stream", Vec::new());
    if status == 206 {
        let sep = match files.args.content_range_style {
            RangeStyle::Rfc => " ",
            RangeStyle::Spec => "=",
        };
        let range = format!("bytes{sep}{start}-{}/{total}", end - 1);
        resp = resp.with_header("Content-Range", &range);
    }
    if accepts_gzip(req.header("accept-encoding")) {
        let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let _ = z.write_all(&body);
        body = z.finish().unwrap_or_default();
        resp = resp.with_header("Content-Encoding", "gzip");
    }
    resp.body = body;
    if req.method == "GET" && !resp.body.is_empty() {
        let n = files.answers.fetch_add(1, Ordering::SeqCst);
        resp.chunked = n % 2 == 1;
        if n == 0 {
            resp.drop_after = files.args.drop_after;
        }
    }
    resp
}

/// `bytes=a-b`, `bytes=a-`, `bytes=-n` (the first range of a list): `[start, end)`, or `None` when it starts
/// past the end.
fn parse_range(v: &str, total: u64) -> Result<Option<(u64, u64)>, ()> {
    let spec = v.trim().strip_prefix("bytes=").ok_or(())?;
    let first = spec.split(',').next().unwrap_or("").trim();
    let (a, b) = first.split_once('-').ok_or(())?;
    let num = |s: &str| s.trim().parse::<u64>().map_err(|_| ());
    if a.trim().is_empty() {
        let n = num(b)?;
        if n == 0 || total == 0 {
            return Ok(None);
        }
        return Ok(Some((total - n.min(total), total)));
    }
    let start = num(a)?;
    let end = if b.trim().is_empty() {
        total
    } else {
        let last = num(b)?;
        if last < start {
            return Err(());
        }
        (last + 1).min(total)
    };
    Ok((start < total).then_some((start, end)))
}

fn accepts_gzip(v: Option<&str>) -> bool {
    v.is_some_and(|v| {
        v.split(',').any(|c| {
            let mut parts = c.split(';');
            let name = parts.next().unwrap_or("").trim();
            let q0 = parts.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
            name.eq_ignore_ascii_case("gzip") && !q0
        })
    })
}

fn upload(files: &Files, req: &mut Request, path: &str) -> Response {
    if path.strip_prefix("/FTSF/").is_some() {
        return reply::status(403, "Server files are read-only");
    }
    if path.strip_prefix("/FTUR/").is_none_or(str::is_empty) {
        return reply::status(404, "Uploads go to /FTUR/<id>");
    }
    if !req
        .header("expect")
        .is_some_and(|v| v.eq_ignore_ascii_case("100-continue"))
    {
        return reply::status(400, "Expect: 100-continue is required");
    }
    let Some(range) = req.header("content-range").and_then(parse_content_range) else {
        return reply::status(400, "Content-Range: expected bytes a-b/total");
    };
    let (start, end, total) = range;
    let declared: Option<u64> = req.header("content-length").and_then(|v| v.parse().ok());
    let limit = files.args.max_chunk;
    let too_big = end - start > limit || declared.is_some_and(|n| n > limit);
    if too_big {
        let mut r = reply::status(
            413,
            &format!("The chunk exceeds the limit of {limit} bytes"),
        );
        r.close = true;
        return r;
    }
    let sha = req.header("sha256").map(|s| s.trim().to_ascii_lowercase());
    if let Some(sha) = &sha {
        let mut store = files.state.lock().unwrap();
        let known = store.done.values().find(|f| &hex_sha256(f) == sha).cloned();
        if let Some(f) = known.filter(|f| f.len() as u64 == total) {
            store.done.insert(path.to_owned(), f);
            store.partial.remove(path);
            return reply::status(201, "Already there");
        }
    }
    let encoded = req
        .header("content-encoding")
        .map(|v| v.trim().to_ascii_lowercase())
        .filter(|v| v != "identity");
    if encoded.is_none() && declared.is_some_and(|n| n != end - start) {
        return reply::status(400, "Content-Length differs from the Content-Range");
    }
    if !matches!(encoded.as_deref(), None | Some("gzip" | "deflate")) {
        return reply::status(415, "Content-Encoding: gzip or deflate only");
    }
    let Ok(raw) = req.body() else {
        let mut r = reply::status(400, "Bad request body");
        r.close = true;
        return r;
    };
    let body = match decode(encoded.as_deref(), raw) {
        Some(b) => b,
        None => return reply::status(400, "Malformed compressed body"),
    };
    if body.len() as u64 != end - start {
        return reply::status(400, "The body differs from the Content-Range");
    }
    store_chunk(files, path, (start, end, total), body, sha)
}

fn decode(encoding: Option<&str>, raw: Vec<u8>) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let ok = match encoding {
        None => return Some(raw),
        Some("gzip") => flate2::read::GzDecoder::new(&raw[..])
            .take(MAX_CHUNK + 1)
            .read_to_end(&mut out),
        _ => flate2::read::DeflateDecoder::new(&raw[..])
            .take(MAX_CHUNK + 1)
            .read_to_end(&mut out),
    };
    ok.ok().map(|_| out)
}

fn store_chunk(
    files: &Files,
    path: &str,
    (start, end, total): (u64, u64, u64),
    body: Vec<u8>,
    sha: Option<String>,
) -> Response {
    let mut store = files.state.lock().unwrap();
    let part = store
        .partial
        .entry(path.to_owned())
        .or_insert_with(|| Partial {
            total,
            data: Vec::new(),
            have: Vec::new(),
            sha256: None,
        });
    if part.total != total {
        return reply::status(400, "The total differs from this upload's earlier chunks");
    }
    if part.data.len() < end as usize {
        part.data.resize(end as usize, 0);
    }
    part.data[start as usize..end as usize].copy_from_slice(&body);
    if end > start {
        part.have.push((start, end));
    }
    part.have = merged(std::mem::take(&mut part.have));
    if sha.is_some() {
        part.sha256 = sha;
    }
    if total == 0 || part.have == [(0, total)] {
        let part = store.partial.remove(path).expect("present");
        if let Some(want) = &part.sha256
            && *want != hex_sha256(&part.data)
        {
            return reply::status(400, "The file's SHA-256 differs from the Sha256 header");
        }
        store.done.insert(path.to_owned(), Arc::new(part.data));
    }
    reply::status(201, "Created")
}

fn merged(mut ranges: Vec<(u64, u64)>) -> Vec<(u64, u64)> {
    ranges.sort_unstable();
    let mut out: Vec<(u64, u64)> = Vec::with_capacity(ranges.len());
    for (a, b) in ranges {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// `bytes a-b/total`, `a-b/total` (the spec's example), `bytes */0` (empty file): `[start, end)` and total.
fn parse_content_range(v: &str) -> Option<(u64, u64, u64)> {
    let v = v.trim();
    let v = v.strip_prefix("bytes ").unwrap_or(v).trim();
    let (range, total) = v.split_once('/')?;
    let total: u64 = total.trim().parse().ok()?;
    if range.trim() == "*" {
        return (total == 0).then_some((0, 0, 0));
    }
    let (a, b) = range.split_once('-')?;
    let (a, b): (u64, u64) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
    (a <= b && b < total).then_some((a, b + 1, total))
}

/// The path percent-decoded (`+` stays itself in a path); `None` when not UTF-8.
fn decode_path(p: &str) -> Option<String> {
    let b = p.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).ok()
}

fn hex_sha256(data: &[u8]) -> String {
    let d = ring::digest::digest(&ring::digest::SHA256, data);
    d.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

fn splitmix(n: u64) -> u64 {
    let mut z = n.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The same bytes every run: tests compare a download with a SHA-256 of their own making.
fn demo_bytes(n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(n + 8);
    let mut i = 0u64;
    while out.len() < n {
        out.extend_from_slice(&splitmix(i).to_le_bytes());
        i += 1;
    }
    out.truncate(n);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("bytes=0-99", 1024), Ok(Some((0, 100))));
        assert_eq!(parse_range("bytes=1000-", 1024), Ok(Some((1000, 1024))));
        assert_eq!(parse_range("bytes=1000-5000", 1024), Ok(Some((1000, 1024))));
        assert_eq!(parse_range("bytes=-24", 1024), Ok(Some((1000, 1024))));
        assert_eq!(parse_range("bytes=1024-", 1024), Ok(None));
        assert_eq!(parse_range("bytes=0-", 0), Ok(None));
        assert_eq!(parse_range("bytes=5-1", 1024), Err(()));
        assert_eq!(parse_range("items=0-1", 1024), Err(()));
    }

    #[test]
    fn content_ranges() {
        assert_eq!(parse_content_range("bytes 0-4/20"), Some((0, 5, 20)));
        assert_eq!(parse_content_range("0-4/20"), Some((0, 5, 20)));
        assert_eq!(parse_content_range("bytes */0"), Some((0, 0, 0)));
        assert_eq!(parse_content_range("bytes 0-20/20"), None);
        assert_eq!(parse_content_range("bytes 0-4/*"), None);
    }

    #[test]
    fn merging_and_paths() {
        assert_eq!(merged(vec![(5, 9), (0, 5), (2, 3)]), vec![(0, 9)]);
        assert_eq!(merged(vec![(6, 9), (0, 5)]), vec![(0, 5), (6, 9)]);
        assert_eq!(decode_path("/FTUR/a%20b+c").as_deref(), Some("/FTUR/a b+c"));
        assert_eq!(decode_path("/x%2").as_deref(), Some("/x%2"));
        assert!(accepts_gzip(Some("gzip, deflate")));
        assert!(!accepts_gzip(Some("identity")));
        assert!(!accepts_gzip(Some("gzip;q=0")));
    }
}
