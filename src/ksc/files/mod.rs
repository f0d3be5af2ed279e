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

mod download;
mod sink;
mod upload;

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::client::Client;
use crate::error::{Failure, Kind};

pub use download::download;
pub use upload::upload;

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
    /// Refuse to overwrite an existing local file (a FILE.part is still resumed)
    #[arg(long)]
    pub no_clobber: bool,
}

#[derive(clap::Args)]
pub struct UploadArgs {
    /// The local file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Where on the server: /PREFIX/path (e.g. /FTUR/<id>, the upload URL a method such as
    /// NagRdu.GetUrlToUploadFileToHost returns on a real server)
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

fn local(message: String) -> anyhow::Error {
    Failure::new(Kind::Config, message).into()
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

#[cfg(test)]
mod tests {
    use super::*;

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
