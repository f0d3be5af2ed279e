//! `ksc upload`: 1 MiB chunks, each sent only after the server's `100 Continue` (see the parent module).

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::ProgressBar;

use super::{BROKEN_ATTEMPTS, Backoff, UploadArgs, local, refused, remote_path, with_left};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::ksc::client::Client;
use crate::transport::{Body, Request};

/// The spec's limit for one upload chunk.
const MAX_CHUNK: u64 = 1 << 20;
/// After this many 413s in a row the chunk is not halved further.
const MIN_CHUNK: u64 = 4 << 10;

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
