//! `ksc download REMOTE_PATH [FILE]` and `ksc upload FILE REMOTE_PATH` (specs/ksc-open-api.txt "Files
//! download", "Files upload"; notes "Files").
//!
//! Download: `GET` with `Range: bytes=N-` from the bytes already in `FILE.part`; a 206 carries what the server
//! chose to send (`Content-Range: bytes a-b/total`, or the spec example's `bytes=a-b/total`), so we ask again
//! until `total`; a 200 is the whole file. The total must stay the same across answers. A 503 is repeated with
//! backoff, a broken body from where it broke; `FILE.part` becomes `FILE` only when complete, and stays for the
//! next run otherwise. `-` (stdout) and devices are written through, from the start, without a `.part`.
//!
//! Upload: chunks of at most 1 MiB, each `PUT` with `Content-Range: bytes a-b/total`, `Expect: 100-continue`
//! (the transport sends no body before the server's 100, waiting --timeout for it) and `Sha256` of the whole
//! file. A final answer before the body ends that chunk: a 201 then means the server already has the file.
//! 413 → a new connection (the server closes this one) and half the chunk; 503 → the same chunk later.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::ProgressBar;

use super::client::Client;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::files::Destination;
use crate::transport::{Body, Request, StreamResponse};

/// The spec's limit for one upload chunk.
const MAX_CHUNK: u64 = 1 << 20;
/// After this many 413s in a row the chunk is not halved further.
const MIN_CHUNK: u64 = 4 << 10;
/// Answers 503 in a row before giving up (exit 8).
const BUSY_ATTEMPTS: u32 = 6;
/// Broken connections in a row (no byte gained in between) before giving up.
const BROKEN_ATTEMPTS: u32 = 3;

#[derive(clap::Args)]
pub struct DownloadArgs {
    /// The file on the server: /PREFIX/path (e.g. /FTSF/klsctunnel)
    #[arg(value_name = "REMOTE_PATH")]
    pub remote: String,
    /// Where to: a file, a directory (the remote name inside), or - for stdout [default: the remote name]
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct UploadArgs {
    /// The local file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Where on the server: /PREFIX/path (e.g. /FTUR/<id> from NagRdu.GetUrlToUploadFileToHost)
    #[arg(value_name = "REMOTE_PATH")]
    pub remote: String,
}

impl DownloadArgs {
    pub fn prints(&self) -> crate::output::Prints {
        match self.file.as_deref() == Some(Path::new("-")) {
            true => crate::output::Prints::Text,
            false => crate::output::Prints::Nothing,
        }
    }
}

/// A remote path as typed (`/FTSF/some file`), percent-encoded for the request line.
fn remote_path(p: &str) -> anyhow::Result<String> {
    let bad = |why: &str| {
        Failure::new(Kind::Usage, format!("REMOTE_PATH '{p}': {why}"))
            .hint("give the server's path, such as /FTSF/klsctunnel or /FTUR/<id>")
    };
    if !p.starts_with('/') || p.len() < 2 {
        return Err(bad("it must start with / and name a file").into());
    }
    if p.contains(['?', '#']) || p.chars().any(char::is_control) {
        return Err(bad("no ?, # or control characters").into());
    }
    Ok(crate::transport::percent_encode(p, b"/-._~!$&'()*+,;=:@"))
}

/// The last part of a remote path: the file's name here.
fn remote_name(p: &str) -> String {
    match p.rsplit('/').next() {
        Some(n) if !n.is_empty() && n != "." && n != ".." => n.to_owned(),
        _ => "download".to_owned(),
    }
}

/// Waits between busy answers: 0.5 s doubling to 8 s, or the server's `Retry-After` up to 30 s.
struct Backoff {
    delay: Duration,
    busy: u32,
}

impl Backoff {
    fn new() -> Backoff {
        Backoff {
            delay: Duration::from_millis(500),
            busy: 0,
        }
    }

    /// A 503: wait and go on, or the failure after [`BUSY_ATTEMPTS`].
    fn busy(
        &mut self,
        client: &Client,
        what: &str,
        retry_after: Option<&str>,
        left: &str,
    ) -> anyhow::Result<()> {
        self.busy += 1;
        if self.busy >= BUSY_ATTEMPTS {
            return Err(Failure::new(
                Kind::Busy,
                format!(
                    "{what}: {} is busy (HTTP 503, {} times in a row)",
                    client.server(),
                    self.busy
                ),
            )
            .hint(format!("try again later; {left}"))
            .into());
        }
        let asked = crate::transport::status::retry_after(retry_after)
            .filter(|d| *d <= Duration::from_secs(30));
        let wait = asked.unwrap_or(self.delay);
        client.transport().note(&format!(
            "503: {what} again in {} ms (attempt {})",
            wait.as_millis(),
            self.busy + 1
        ));
        crate::interrupt::sleep(wait);
        crate::interrupt::check()?;
        self.delay = (self.delay * 2).min(Duration::from_secs(8));
        Ok(())
    }

    fn answered(&mut self) {
        self.busy = 0;
        self.delay = Duration::from_millis(500);
    }
}

/// A `Content-Range`: the range `a-b` (inclusive) and the total, each `None` for `*`.
type ContentRange = (Option<(u64, u64)>, Option<u64>);

/// `bytes a-b/total`, `bytes=a-b/total` (the spec's example), `a-b/total`, `bytes */total`: the range
/// (`None` for `*`) and the total (`None` for `*`).
fn parse_content_range(v: &str) -> Option<ContentRange> {
    let v = v.trim();
    let v = v
        .strip_prefix("bytes")
        .map(|r| r.trim_start_matches([' ', '=']))
        .unwrap_or(v);
    let (range, total) = v.split_once('/')?;
    let total = match total.trim() {
        "*" => None,
        t => Some(t.parse().ok()?),
    };
    let range = match range.trim() {
        "*" => None,
        r => {
            let (a, b) = r.split_once('-')?;
            let (a, b): (u64, u64) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
            if b < a || total.is_some_and(|t| b >= t) {
                return None;
            }
            Some((a, b))
        }
    };
    Some((range, total))
}

/// Where the bytes go: `FILE.part` (resumable, renamed when complete), or stdout / a device from the start.
enum Sink {
    Part {
        file: File,
        part: PathBuf,
        target: PathBuf,
        shown: PathBuf,
        len: u64,
    },
    Through(Destination),
}

impl Sink {
    fn open(file: Option<&Path>, name: &str) -> anyhow::Result<Sink> {
        let given = file.unwrap_or(Path::new(name));
        if given == Path::new("-") {
            return Ok(Sink::Through(Destination::open(given, None, false)?));
        }
        // cp's rules: a missing directory, a directory in the way: refused here (exit 10).
        Destination::check(given, Some(name), false)?;
        let shown = if given.is_dir() {
            given.join(name)
        } else {
            given.to_owned()
        };
        // a symlink: its target is what gets the file
        let target = match std::fs::symlink_metadata(&shown) {
            Ok(m) if m.file_type().is_symlink() => {
                std::fs::canonicalize(&shown).unwrap_or(shown.clone())
            }
            _ => shown.clone(),
        };
        if std::fs::metadata(&target).is_ok_and(|m| !m.is_file()) {
            // a device or FIFO: written through, never renamed over
            return Ok(Sink::Through(Destination::open(&target, None, false)?));
        }
        let mut part_name = target.file_name().unwrap_or_default().to_owned();
        part_name.push(".part");
        let part = target.with_file_name(part_name);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&part)
            .map_err(|e| local(format!("cannot write {}: {e}", part.display())))?;
        let len = file.metadata()?.len();
        Ok(Sink::Part {
            file,
            part,
            target,
            shown,
            len,
        })
    }

    /// Bytes already there (what a `Range` asks after).
    fn len(&self) -> u64 {
        match self {
            Sink::Part { len, .. } => *len,
            Sink::Through(d) => d.written(),
        }
    }

    fn shown(&self) -> String {
        match self {
            Sink::Part { shown, .. } => shown.display().to_string(),
            Sink::Through(d) if d.shown() == Path::new("-") => "stdout".into(),
            Sink::Through(d) => d.shown().display().to_string(),
        }
    }

    /// What is left behind when the download stops short.
    fn left(&self) -> String {
        match self {
            Sink::Part { part, len, .. } => format!(
                "{} keeps {len} bytes: run the same download again to resume",
                part.display()
            ),
            Sink::Through(_) => format!("{} got {} bytes", self.shown(), self.len()),
        }
    }

    fn write(&mut self, buf: &[u8]) -> anyhow::Result<()> {
        match self {
            Sink::Part {
                file, part, len, ..
            } => {
                file.write_all(buf)
                    .map_err(|e| local(format!("writing {}: {e}", part.display())))?;
                *len += buf.len() as u64;
                Ok(())
            }
            Sink::Through(d) => d.write_all(buf).map_err(|e| {
                if e.kind() == std::io::ErrorKind::BrokenPipe || d.shown() == Path::new("-") {
                    anyhow::Error::from(e)
                } else {
                    local(format!("writing {}: {e}", d.shown().display()))
                }
            }),
        }
    }

    /// The server sent the whole file again (a 200): start over.
    fn restart(&mut self) -> anyhow::Result<bool> {
        match self {
            Sink::Part {
                file, part, len, ..
            } => {
                file.set_len(0)
                    .map_err(|e| local(format!("writing {}: {e}", part.display())))?;
                *len = 0;
                Ok(true)
            }
            Sink::Through(d) => Ok(d.written() == 0),
        }
    }

    fn commit(self) -> anyhow::Result<()> {
        match self {
            Sink::Part {
                file, part, target, ..
            } => {
                file.sync_all()
                    .map_err(|e| local(format!("writing {}: {e}", part.display())))?;
                drop(file);
                std::fs::rename(&part, &target).map_err(|e| {
                    local(format!(
                        "renaming {} to {}: {e}",
                        part.display(),
                        target.display()
                    ))
                })
            }
            Sink::Through(d) => d.commit().map(drop),
        }
    }
}

fn local(message: String) -> anyhow::Error {
    Failure::new(Kind::Config, message).into()
}

pub fn download(ctx: &Context, client: &Client, args: DownloadArgs) -> anyhow::Result<()> {
    let path = remote_path(&args.remote)?;
    let what = format!("GET {}", args.remote);
    let mut sink = Sink::open(args.file.as_deref(), &remote_name(&args.remote))?;
    let mut total: Option<u64> = None;
    let mut bar: Option<ProgressBar> = None;
    let mut backoff = Backoff::new();
    let mut broken = 0;
    loop {
        let offset = sink.len();
        if total == Some(offset) {
            break;
        }
        crate::interrupt::check()?;
        let mut req = client.file_request("GET", &path);
        if offset > 0 || total.is_some() {
            req.set_header("Range", &format!("bytes={offset}-"));
        } else {
            // from the start too: a server that sends all at once answers 200, else 206 with its chunk
            req.set_header("Range", "bytes=0-");
        }
        let resp = match client.send_streaming(req) {
            Ok(r) => r,
            Err(e) if crate::error::is_transient(&e) && broken + 1 < BROKEN_ATTEMPTS => {
                broken += 1;
                client
                    .transport()
                    .note(&format!("{what}: {e:#}; trying again"));
                crate::interrupt::sleep(Duration::from_millis(250 << broken));
                continue;
            }
            Err(e) => return Err(with_left(e, sink.left())),
        };
        let got = match resp.status {
            503 => {
                backoff.busy(client, &what, resp.header("retry-after"), &sink.left())?;
                continue;
            }
            416 => {
                let t = resp
                    .header("content-range")
                    .and_then(parse_content_range)
                    .and_then(|(_, t)| t);
                match t {
                    Some(t) if t == offset => break,
                    Some(t) if t < offset => {
                        return Err(Failure::new(
                            Kind::Malformed,
                            format!(
                                "{what}: the file on {} has {t} bytes, fewer than the {offset} already here",
                                client.server()
                            ),
                        )
                        .hint(format!("{}; delete it to download anew", sink.left()))
                        .into());
                    }
                    _ => {
                        return Err(Failure::new(
                            Kind::Malformed,
                            format!("{what}: 416 for bytes={offset}- with no usable Content-Range"),
                        )
                        .into());
                    }
                }
            }
            200 => {
                if offset > 0 && !sink.restart()? {
                    return Err(Failure::new(
                        Kind::Malformed,
                        format!(
                            "{what}: the server sent the whole file again after {offset} bytes"
                        ),
                    )
                    .into());
                }
                let whole =
                    resp.header("content-encoding").is_none() && resp.content_length.is_some();
                let t = resp.content_length.filter(|_| whole);
                check_total(&what, &mut total, t)?;
                body(ctx, &what, resp, &mut sink, None, &mut bar, total)
            }
            206 => {
                let Some((Some((a, b)), t)) =
                    resp.header("content-range").and_then(parse_content_range)
                else {
                    return Err(Failure::new(
                        Kind::Malformed,
                        format!(
                            "{what}: a 206 without a usable Content-Range ({})",
                            resp.header("content-range").unwrap_or("none")
                        ),
                    )
                    .into());
                };
                check_total(&what, &mut total, t)?;
                if a > offset || b < offset {
                    return Err(Failure::new(
                        Kind::Malformed,
                        format!("{what}: asked for bytes from {offset}, the server sent {a}-{b}"),
                    )
                    .into());
                }
                body(ctx, &what, resp, &mut sink, Some((a, b)), &mut bar, total)
            }
            _ => {
                let head = resp.into_head(4096)?;
                return Err(refused(client, &what, &head).into());
            }
        };
        backoff.answered();
        match got {
            Ok(Some(n)) if total.is_none() => {
                // a 200 of unknown length read to its end: complete
                total = Some(n);
            }
            Ok(_) => broken = 0,
            Err(e) if interrupted_or_local(&e) => return Err(with_left(e, sink.left())),
            Err(e) => {
                broken += 1;
                if broken >= BROKEN_ATTEMPTS {
                    return Err(with_left(e, sink.left()));
                }
                client.transport().note(&format!("{e:#}; resuming"));
            }
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let shown = sink.shown();
    let n = sink.len();
    let to_stdout = shown == "stdout";
    sink.commit()?;
    if !to_stdout {
        ctx.out
            .note(&format!("{} → {shown} ({n} bytes)", args.remote));
    }
    Ok(())
}

/// What a file request's refusal means: 404 is a missing file here, not a missing method.
fn refused(client: &Client, what: &str, resp: &crate::transport::Response) -> Failure {
    if resp.status == 404 {
        return Failure::new(
            Kind::NotFound,
            format!("{what}: {} has no such file (HTTP 404)", client.server()),
        );
    }
    client.judge(what, resp).unwrap_or_else(|| {
        Failure::new(
            Kind::Malformed,
            format!("{what}: unexpected status {}", resp.status),
        )
    })
}

/// The error, saying what the transfer leaves behind (as its hint).
fn with_left(e: anyhow::Error, left: String) -> anyhow::Error {
    match e.downcast::<Failure>() {
        Ok(f) => f.hint(left).into(),
        Err(e) => e.context(left),
    }
}

fn interrupted_or_local(e: &anyhow::Error) -> bool {
    crate::interrupt::interrupted()
        || matches!(
            crate::error::kind_of(e),
            Kind::Config | Kind::Malformed | Kind::Interrupted
        )
        || crate::error::is_broken_pipe(e)
}

/// Every answer must name the same total.
fn check_total(what: &str, total: &mut Option<u64>, t: Option<u64>) -> anyhow::Result<()> {
    match (*total, t) {
        (Some(a), Some(b)) if a != b => Err(Failure::new(
            Kind::Malformed,
            format!("{what}: the file's size changed on the server ({a} bytes, now {b})"),
        )
        .hint("delete the .part file to download anew")
        .into()),
        (None, Some(b)) => {
            *total = Some(b);
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Read one answer's body into the sink: `range` for a 206 (bytes before the offset skipped); `None` reads
/// to the end (a 200). `Ok(Some(n))`: read to a clean end, `n` bytes in the sink; `Ok(None)`: the range came
/// whole; `Err`: the body broke off (what came is kept).
fn body(
    ctx: &Context,
    what: &str,
    resp: StreamResponse,
    sink: &mut Sink,
    range: Option<(u64, u64)>,
    bar: &mut Option<ProgressBar>,
    total: Option<u64>,
) -> anyhow::Result<Option<u64>> {
    let to_stdout = sink.shown() == "stdout";
    let bar = bar.get_or_insert_with(|| match to_stdout {
        true => ProgressBar::hidden(),
        false => ctx
            .out
            .progress(total, &format!("downloading {}", sink.shown())),
    });
    let deflate = resp
        .header("content-encoding")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("deflate"));
    let mut reader: Box<dyn Read + Send> = match deflate {
        true => Box::new(flate2::read::ZlibDecoder::new(resp.reader)),
        false => resp.reader,
    };
    let (mut skip, mut want) = match range {
        Some((a, b)) => (sink.len() - a, Some(b + 1 - sink.len())),
        None => (0, None),
    };
    let mut buf = vec![0u8; 64 << 10];
    loop {
        crate::interrupt::check()?;
        let n = match reader.read(&mut buf) {
            Ok(n) => n,
            Err(e) => {
                let stalled = crate::transport::stalled(&e);
                let kind = if stalled {
                    Kind::Timeout
                } else {
                    Kind::Connect
                };
                return Err(Failure::new(
                    kind,
                    format!("{what}: the answer broke off at byte {}: {e}", sink.len()),
                )
                .into());
            }
        };
        if n == 0 {
            break;
        }
        let mut chunk = &buf[..n];
        let s = skip.min(chunk.len() as u64) as usize;
        chunk = &chunk[s..];
        skip -= s as u64;
        if let Some(w) = want.as_mut() {
            if chunk.len() as u64 > *w {
                return Err(Failure::new(
                    Kind::Malformed,
                    format!("{what}: the answer is longer than its Content-Range"),
                )
                .into());
            }
            *w -= chunk.len() as u64;
        }
        sink.write(chunk)?;
        bar.set_position(sink.len());
    }
    match want {
        Some(0) => Ok(None),
        Some(_) => Err(Failure::new(
            Kind::Connect,
            format!("{what}: the answer ended early at byte {}", sink.len()),
        )
        .into()),
        None => Ok(Some(sink.len())),
    }
}

/// A chunk's body: says whether the transport read it (it does only after `100 Continue`), and moves the
/// progress bar.
struct ChunkBody {
    data: std::io::Cursor<Vec<u8>>,
    read: Arc<AtomicBool>,
    bar: ProgressBar,
    base: u64,
}

impl Read for ChunkBody {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.read.store(true, Ordering::SeqCst);
        let n = self.data.read(buf)?;
        self.bar.set_position(self.base + self.data.position());
        Ok(n)
    }
}

fn sha256_of(file: &mut File, path: &Path) -> anyhow::Result<String> {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    let mut buf = vec![0u8; 256 << 10];
    loop {
        crate::interrupt::check()?;
        let n = file
            .read(&mut buf)
            .map_err(|e| local(format!("reading {}: {e}", path.display())))?;
        if n == 0 {
            break;
        }
        ctx.update(&buf[..n]);
    }
    Ok(ctx
        .finish()
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Refused before anything is sent: a missing file or a directory.
pub fn check_upload(args: &UploadArgs) -> anyhow::Result<()> {
    remote_path(&args.remote)?;
    match std::fs::metadata(&args.file) {
        Ok(m) if m.is_file() => Ok(()),
        Ok(_) => Err(local(format!(
            "{} is not a regular file",
            args.file.display()
        ))),
        Err(e) => Err(local(format!("cannot read {}: {e}", args.file.display()))),
    }
}

pub fn upload(ctx: &Context, client: &Client, args: UploadArgs) -> anyhow::Result<()> {
    check_upload(&args)?;
    let path = remote_path(&args.remote)?;
    let what = format!("PUT {}", args.remote);
    let shown = args.file.display().to_string();
    let mut file =
        File::open(&args.file).map_err(|e| local(format!("cannot read {shown}: {e}")))?;
    let total = file.metadata()?.len();
    let sha = sha256_of(&mut file, &args.file)?;
    let bar = ctx.out.progress(Some(total), &format!("uploading {shown}"));
    let mut chunk = MAX_CHUNK;
    let mut offset = 0;
    let mut backoff = Backoff::new();
    let mut broken = 0;
    // a 401 (an expired session) is repeated with a body the client can replay after authenticating again
    let mut replayable = false;
    let left = |offset: u64| format!("{offset} of {total} bytes uploaded");
    loop {
        let n = chunk.min(total - offset);
        let mut data = vec![0u8; n as usize];
        file.seek(SeekFrom::Start(offset))
            .and_then(|_| file.read_exact(&mut data))
            .map_err(|e| local(format!("reading {shown}: {e}")))?;
        let range = match total {
            0 => "bytes */0".to_owned(),
            _ => format!("bytes {offset}-{}/{total}", offset + n - 1),
        };
        let read = Arc::new(AtomicBool::new(false));
        let body = match replayable {
            true => Body::Bytes {
                content_type: "application/octet-stream".into(),
                data,
            },
            false => Body::Reader {
                content_type: "application/octet-stream".into(),
                len: n,
                reader: Box::new(ChunkBody {
                    data: std::io::Cursor::new(data),
                    read: read.clone(),
                    bar: bar.clone(),
                    base: offset,
                }),
            },
        };
        let req: Request = client
            .file_request("PUT", &path)
            .header("Expect", "100-continue")
            .header("Content-Range", &range)
            .header("Sha256", &sha)
            .body(body);
        let resp = match client.send(req) {
            Ok(r) => r,
            // the login connection is gone (closed after a 413, say): log in again, which needs a body the
            // client can replay
            Err(e) if crate::transport::was_dropped(&e) && !replayable => {
                replayable = true;
                continue;
            }
            Err(e)
                if !crate::interrupt::interrupted()
                    && broken + 1 < BROKEN_ATTEMPTS
                    && matches!(crate::error::kind_of(&e), Kind::Connect | Kind::Timeout) =>
            {
                broken += 1;
                client
                    .transport()
                    .note(&format!("{what}: {e:#}; sending {range} again"));
                crate::interrupt::sleep(Duration::from_millis(250 << broken));
                continue;
            }
            Err(e) => {
                bar.finish_and_clear();
                return Err(with_left(e, left(offset)));
            }
        };
        match resp.status {
            200 | 201 | 204 => {
                backoff.answered();
                broken = 0;
                let detect = !replayable;
                replayable = false;
                // answered before the body was asked for: the server has the file already
                if resp.status == 201 && detect && n > 0 && !read.load(Ordering::SeqCst) {
                    bar.finish_and_clear();
                    ctx.out.note(&format!(
                        "{shown} → {} (the server already has it: {total} bytes, SHA-256 {sha})",
                        args.remote
                    ));
                    return Ok(());
                }
                offset += n;
                bar.set_position(offset);
                if offset >= total {
                    break;
                }
            }
            401 if !replayable => replayable = true,
            413 if chunk > MIN_CHUNK => {
                chunk = (chunk / 2).max(MIN_CHUNK);
                client.transport().note(&format!(
                    "413: {what}: the server refused {n} bytes; chunks of {chunk} from now on"
                ));
            }
            503 => backoff.busy(client, &what, resp.header("retry-after"), &left(offset))?,
            413 => {
                bar.finish_and_clear();
                return Err(Failure::new(
                    Kind::Remote,
                    format!(
                        "{what} ({range}): {} refuses even chunks of {n} bytes (HTTP 413)",
                        client.server()
                    ),
                )
                .into());
            }
            _ => {
                bar.finish_and_clear();
                let f = refused(client, &format!("{what} ({range})"), &resp);
                return Err(with_left(f.into(), left(offset)));
            }
        }
    }
    bar.finish_and_clear();
    ctx.out
        .note(&format!("{shown} → {} ({total} bytes)", args.remote));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_ranges_in_every_spelling() {
        let r = |v| parse_content_range(v);
        assert_eq!(r("bytes 0-99/1024"), Some((Some((0, 99)), Some(1024))));
        assert_eq!(r("bytes=0-2/1024"), Some((Some((0, 2)), Some(1024))));
        assert_eq!(r("0-4/20"), Some((Some((0, 4)), Some(20))));
        assert_eq!(r("bytes */1024"), Some((None, Some(1024))));
        assert_eq!(r("bytes 0-9/*"), Some((Some((0, 9)), None)));
        assert_eq!(r("bytes 0-1024/1024"), None);
        assert_eq!(r("bytes 5-1/9"), None);
        assert_eq!(r("bytes"), None);
    }

    #[test]
    fn remote_paths_and_names() {
        assert_eq!(remote_path("/FTSF/klsctunnel").unwrap(), "/FTSF/klsctunnel");
        assert_eq!(remote_path("/FTSF/a b%").unwrap(), "/FTSF/a%20b%25");
        assert!(remote_path("FTSF/x").is_err());
        assert!(remote_path("/x?y").is_err());
        assert_eq!(remote_name("/FTSF/dir/klsctunnel"), "klsctunnel");
        assert_eq!(remote_name("/FTUR/"), "download");
    }
}
