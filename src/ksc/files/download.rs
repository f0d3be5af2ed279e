//! `ksc download`: ranges asked one after another into `FILE.part` until the total (see the parent module).

use std::io::Read;
use std::time::Duration;

use indicatif::ProgressBar;

use super::sink::Sink;
use super::{BROKEN_ATTEMPTS, Backoff, DownloadArgs, refused, remote_name, remote_path, with_left};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::ksc::client::Client;
use crate::transport::StreamResponse;

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

pub fn download(ctx: &Context, client: &Client, args: DownloadArgs) -> anyhow::Result<()> {
    let path = remote_path(&args.remote)?;
    let mut sink = Sink::open(
        args.file.as_deref(),
        &remote_name(&args.remote),
        args.no_clobber,
    )?;
    let mut bar = None;
    let fetched = fetch(ctx, client, &args.remote, &path, &mut sink, &mut bar);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if let Err(e) = fetched {
        sink.discard_if_empty();
        return Err(e);
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

/// Ask for what is missing until the total is there.
fn fetch(
    ctx: &Context,
    client: &Client,
    remote: &str,
    path: &str,
    sink: &mut Sink,
    bar: &mut Option<ProgressBar>,
) -> anyhow::Result<()> {
    let what = format!("GET {remote}");
    let mut total: Option<u64> = None;
    let mut backoff = Backoff::new();
    let mut broken = 0;
    loop {
        let offset = sink.len();
        if total == Some(offset) {
            break;
        }
        crate::interrupt::check()?;
        // from the start too: a server that sends all at once answers 200, else 206 with its chunk
        let req = client
            .file_request("GET", path)
            .header("Range", &format!("bytes={offset}-"));
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
                body(ctx, &what, resp, sink, None, bar, total)
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
                body(ctx, &what, resp, sink, Some((a, b)), bar, total)
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
                // counted while no byte comes in between
                broken = if sink.len() > offset { 1 } else { broken + 1 };
                if broken >= BROKEN_ATTEMPTS {
                    return Err(with_left(e, sink.left()));
                }
                client.transport().note(&format!("{e:#}; resuming"));
            }
        }
    }
    Ok(())
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
                let kind = if crate::interrupt::interrupted() {
                    Kind::Interrupted
                } else if crate::transport::stalled(&e) {
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
}
