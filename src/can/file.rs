//! `can file …`: the device's flash file system (ls, get, put, rm, format).

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use super::api::CanApi;
use super::bus::with_channel;
use super::rows::FileRow;
use super::session::{OpenOptions, with_session};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::interrupt;
use clap::{Args, Subcommand};
use indicatif::ProgressBar;

#[derive(Args)]
pub struct FileArgs {
    #[command(subcommand)]
    command: FileCommand,
}

#[derive(Subcommand)]
enum FileCommand {
    /// List the files on the device
    Ls,
    /// Copy a file from the device (like cp; LOCAL may be a directory or `-` for stdout)
    Get {
        /// e.g. F:/myscript.txe
        device_file: String,
        /// Default: the name the device gives (Content-Disposition), in the current directory
        local: Option<PathBuf>,
        /// Refuse to overwrite an existing local file
        #[arg(long)]
        no_clobber: bool,
    },
    /// Copy a local file (or stdin, `-`) to the device
    Put {
        /// The local file; `-` reads stdin (then DEVICE_FILE is needed)
        local: PathBuf,
        /// Default: F:/<basename of LOCAL>
        device_file: Option<String>,
        /// Refuse to replace a file of that name on the device
        #[arg(long)]
        no_clobber: bool,
    },
    /// Delete a file on the device
    Rm {
        /// e.g. F:/myscript.txe
        device_file: String,
    },
    /// Erase every file on the device (asks on a terminal; needs --yes otherwise)
    Format {
        /// Do not ask (needed when stdin or stderr is not a terminal)
        #[arg(long)]
        yes: bool,
    },
}

impl FileArgs {
    /// What the command prints, for `-o` (`get` writes the file's bytes).
    pub fn prints(&self) -> crate::output::Prints {
        match self.command {
            FileCommand::Ls => crate::output::Prints::Records,
            FileCommand::Get { .. } => crate::output::Prints::Text,
            _ => crate::output::Prints::Nothing,
        }
    }
}

/// The longest device file name fieldctl sends, drive prefix included. The REST spec names no limit; the
/// devices' flash file system takes short names, and 64 bytes is far above any name a device lists.
pub const MAX_DEVICE_NAME: usize = 64;

/// Refuse a device file name no device takes, before anything is sent: empty, longer than
/// [`MAX_DEVICE_NAME`] bytes, with a control character (a newline would end the request's query), or with a
/// `..` component (the file system has no directories to climb out of).
pub fn check_device_name(name: &str) -> anyhow::Result<()> {
    let bad = |why: String| -> anyhow::Result<()> {
        Err(
            Failure::new(Kind::Usage, format!("device file {name:?}: {why}"))
                .hint("device files are named like F:/myscript.txe")
                .into(),
        )
    };
    let bare = name.strip_prefix("F:/").unwrap_or(name);
    if bare.is_empty() {
        return bad("the name is empty".into());
    }
    if name.len() > MAX_DEVICE_NAME {
        return bad(format!(
            "{} bytes long; device file names take at most {MAX_DEVICE_NAME}",
            name.len()
        ));
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return bad(format!(
            "control character U+{:04X} in the name",
            u32::from(c)
        ));
    }
    if name.split(['/', '\\']).any(|part| part == "..") {
        return bad("'..' in a device file name".into());
    }
    Ok(())
}

/// `-` as the local file of an upload: stdin.
fn is_stdin(path: &Path) -> bool {
    path == Path::new("-")
}

/// Refuse what cannot be uploaded (missing, a directory) before any session is opened.
pub fn check_upload(path: &Path) -> anyhow::Result<()> {
    if is_stdin(path) {
        if std::io::stdin().is_terminal() {
            // Typing a device file at a prompt is never meant: say what `-` reads instead of hanging.
            return Err(
                Failure::new(Kind::Usage, "`-` uploads stdin, which is a terminal")
                    .hint("pipe the content in, e.g. `cat FILE | fieldctl can file put - F:/NAME`")
                    .into(),
            );
        }
        return Ok(());
    }
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => Ok(()),
        Ok(_) => Err(Failure::new(
            Kind::Config,
            format!("{} is not a regular file", path.display()),
        )
        .into()),
        Err(e) => {
            Err(Failure::new(Kind::Config, format!("cannot read {}: {e}", path.display())).into())
        }
    }
}

/// A local file to upload: its exact length and a reader that drives a progress bar (the transport stops any
/// request body at Ctrl-C).
pub fn open_upload(
    ctx: &Context,
    path: &Path,
) -> anyhow::Result<(u64, Box<dyn Read + Send>, ProgressBar)> {
    if is_stdin(path) {
        // The request needs its Content-Length: stdin is read whole first (device files are small).
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::new(Kind::Config, format!("cannot read stdin: {e}")))?;
        let len = bytes.len() as u64;
        let bar = ctx.out.progress(Some(len), "uploading stdin");
        return Ok((
            len,
            Box::new(bar.wrap_read(std::io::Cursor::new(bytes))),
            bar,
        ));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| Failure::new(Kind::Config, format!("cannot read {}: {e}", path.display())))?;
    let len = file.metadata()?.len();
    let bar = ctx
        .out
        .progress(Some(len), &format!("uploading {}", path.display()));
    Ok((len, Box::new(bar.wrap_read(file)), bar))
}

/// Upload `local` with `send(len, body)` and check the reply. Ctrl-C stops the body; then `undo` deals with
/// what reached the device (and says what it did) and the run ends with exit 130. A second Ctrl-C exits at
/// once, saying `remote` (what the upload leaves on the device while it runs) is left behind.
pub fn upload(
    ctx: &Context,
    local: &Path,
    remote: String,
    send: impl FnOnce(u64, Box<dyn Read + Send>) -> anyhow::Result<()>,
    undo: impl FnOnce() -> anyhow::Result<String>,
) -> anyhow::Result<u64> {
    let hold = interrupt::Hold::named(remote.clone());
    let (len, reader, bar) = open_upload(ctx, local)?;
    let result = send(len, reader);
    bar.finish_and_clear();
    if interrupt::interrupted() {
        let what = match undo() {
            Ok(done) => done,
            Err(e) => format!("{remote} may be left on the device: removing it failed: {e:#}"),
        };
        drop(hold);
        return Err(Failure::new(
            Kind::Interrupted,
            format!(
                "interrupted: the upload of {} stopped; {what}",
                local.display()
            ),
        )
        .into());
    }
    result?;
    Ok(len)
}

/// Whether the device has a file of this name (names as kvFileGetName gives them, `F:/x`).
fn on_device(api: &CanApi, sid: &str, hnd: i64, name: &str) -> anyhow::Result<bool> {
    for n in 0..api.file_count(sid, hnd)? {
        if api.file_name(sid, hnd, n)?.name.eq_ignore_ascii_case(name) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `can file put`: an existing file of the name is replaced (refused with --no-clobber). An interrupted upload
/// removes a file it created; one that was there before stays (the device may have kept the old content or
/// taken part of the new: fieldctl cannot tell, and deleting it would lose the old one for sure).
fn put(
    ctx: &Context,
    api: &CanApi,
    sid: &str,
    hnd: i64,
    local: &Path,
    name: &str,
    no_clobber: bool,
) -> anyhow::Result<()> {
    let existed = on_device(api, sid, hnd, name)?;
    if existed && no_clobber {
        return Err(Failure::new(
            Kind::Config,
            format!("{name} is already on the device (--no-clobber)"),
        )
        .hint("leave out --no-clobber to replace it, or give another DEVICE_FILE")
        .into());
    }
    let remote = if existed {
        format!("{name} on the device, perhaps partly replaced")
    } else {
        format!("the partial file {name} on the device")
    };
    let len = upload(
        ctx,
        local,
        remote,
        |len, body| api.file_upload(sid, hnd, name, len, body),
        || {
            if existed {
                return Ok(format!(
                    "{name} was on the device before and is left as the device has it now: check it, it may be incomplete"
                ));
            }
            match api.file_delete(sid, hnd, name) {
                // Not found (-33): nothing of it reached the flash.
                Ok(()) => Ok(format!(
                    "the partial file {name} was removed from the device"
                )),
                Err(e) if crate::error::kind_of(&e) == Kind::NotFound => {
                    Ok(format!("nothing of {name} reached the device"))
                }
                Err(e) => Err(e),
            }
        },
    )?;
    ctx.out
        .note(&format!("{} → {name} ({len} bytes)", local.display()));
    Ok(())
}

pub fn run(ctx: &Context, api: &CanApi, opts: &OpenOptions, args: FileArgs) -> anyhow::Result<()> {
    match &args.command {
        FileCommand::Format { yes } => confirm_format(*yes, &api.address().to_string())?,
        FileCommand::Put {
            local, device_file, ..
        } => {
            check_upload(local)?;
            match device_file {
                Some(name) => check_device_name(name)?,
                None if is_stdin(local) => {
                    return Err(Failure::new(
                        Kind::Usage,
                        "file put -: give the DEVICE_FILE to write stdin to (e.g. F:/data.bin)",
                    )
                    .into());
                }
                None => check_device_name(&put_name(local))?,
            }
        }
        FileCommand::Rm { device_file } => check_device_name(device_file)?,
        // A destination that cannot be written is refused before the device is touched.
        FileCommand::Get {
            local: Some(local),
            no_clobber,
            device_file,
        } => {
            check_device_name(device_file)?;
            crate::files::Destination::check(local, None, *no_clobber)?
        }
        FileCommand::Get { device_file, .. } => check_device_name(device_file)?,
        _ => {}
    }
    with_session(api, opts, |s| {
        let sid = s.id.as_str();
        with_channel(api, sid, 0, |hnd| {
            match &args.command {
                FileCommand::Ls => {
                    let mut rows = Vec::new();
                    for n in 0..api.file_count(sid, hnd)? {
                        interrupt::check()?;
                        let entry = api.file_name(sid, hnd, n)?;
                        rows.push(FileRow { name: entry.name });
                    }
                    ctx.out.rows(&rows)?;
                }
                FileCommand::Get {
                    device_file,
                    local,
                    no_clobber,
                } => get(
                    ctx,
                    api,
                    sid,
                    hnd,
                    device_file,
                    local.as_deref(),
                    *no_clobber,
                )?,
                FileCommand::Put {
                    local,
                    device_file,
                    no_clobber,
                } => {
                    let name = device_file.clone().unwrap_or_else(|| put_name(local));
                    put(ctx, api, sid, hnd, local, &name, *no_clobber)?;
                }
                FileCommand::Rm { device_file } => {
                    api.file_delete(sid, hnd, device_file)?;
                }
                FileCommand::Format { .. } => {
                    api.file_format(sid, hnd)?;
                    ctx.out.note("the device's file system was formatted");
                }
            }
            interrupt::check()
        })
    })
}

/// `put`'s default device name: F:/<basename of LOCAL>.
fn put_name(local: &Path) -> String {
    let base = local
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!("F:/{base}")
}

fn confirm_format(yes: bool, host: &str) -> anyhow::Result<()> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(Failure::new(
            Kind::Usage,
            "refusing to erase every file on the device without --yes",
        )
        .into());
    }
    eprint!("Erase every file on the device at {host}? [y/N] ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    if matches!(answer.trim(), "y" | "Y" | "yes") {
        Ok(())
    } else {
        Err(Failure::new(Kind::Usage, "not formatted").into())
    }
}

/// The local name for a download: the device's name for it (Content-Disposition), without the drive or any
/// directory part, so a device cannot write outside the target directory.
fn default_name(disposition: Option<&str>, device_file: &str) -> String {
    let from_header = disposition.and_then(|d| {
        let idx = d.find("filename=")?;
        Some(
            d[idx + 9..]
                .split(';')
                .next()?
                .trim()
                .trim_matches('"')
                .to_owned(),
        )
    });
    let raw = from_header
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| device_file.to_owned());
    let base = raw.rsplit(['/', '\\', ':']).next().unwrap_or("").to_owned();
    if base.is_empty() || base == "." || base == ".." {
        "device-file".into()
    } else {
        base
    }
}

fn get(
    ctx: &Context,
    api: &CanApi,
    sid: &str,
    hnd: i64,
    device_file: &str,
    local: Option<&Path>,
    no_clobber: bool,
) -> anyhow::Result<()> {
    let mut resp = api.file_download(sid, hnd, device_file)?;
    let expected = resp.content_length;
    let name = default_name(resp.header("content-disposition"), device_file);
    let to_stdout = local == Some(Path::new("-"));
    let mut dest = match local {
        Some(p) => crate::files::Destination::open(p, Some(&name), no_clobber)?,
        None => crate::files::Destination::open(Path::new(&name), None, no_clobber)?,
    };
    let shown = match to_stdout {
        true => "stdout".to_owned(),
        false => dest.shown().display().to_string(),
    };
    let bar = match to_stdout {
        true => indicatif::ProgressBar::hidden(),
        false => ctx
            .out
            .progress(expected, &format!("downloading {device_file}")),
    };
    let mut buf = vec![0u8; 64 << 10];
    loop {
        interrupt::check()?;
        let n = resp.reader.read(&mut buf).map_err(|e| {
            // A peer that trickles is a timeout (exit 7), not a broken connection.
            let stalled = crate::transport::stalled(&e);
            let (kind, how) = match stalled {
                true => (Kind::Timeout, "stalled"),
                false => (Kind::Connect, "broke off"),
            };
            let written = dest.written();
            let f = Failure::new(
                kind,
                format!("download of {device_file} into {shown} {how} after {written} bytes: {e}"),
            );
            match stalled {
                true => f.hint("raise --timeout if the link is this slow"),
                false => f,
            }
        })?;
        if n == 0 {
            break;
        }
        dest.write_all(&buf[..n]).map_err(|e| {
            if to_stdout || e.kind() == std::io::ErrorKind::BrokenPipe {
                anyhow::Error::from(e)
            } else {
                Failure::new(Kind::Config, format!("writing {shown}: {e}")).into()
            }
        })?;
        bar.set_position(dest.written());
    }
    bar.finish_and_clear();
    let total = dest.written();
    if let Some(len) = expected.filter(|&l| l != total) {
        return Err(Failure::new(
            Kind::Malformed,
            format!("{device_file}: got {total} of {len} bytes"),
        )
        .into());
    }
    dest.commit()?;
    if !to_stdout {
        ctx.out
            .note(&format!("{device_file} → {shown} ({total} bytes)"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn download_names_stay_in_the_target_directory() {
        assert_eq!(
            default_name(Some("attachment; filename=\"F:/myscript.txe\""), "F:/x"),
            "myscript.txe"
        );
        assert_eq!(
            default_name(Some("attachment; filename=\"F:/../../etc/passwd\""), "F:/x"),
            "passwd"
        );
        assert_eq!(default_name(None, "F:/logs/a.kmf"), "a.kmf");
        assert_eq!(
            default_name(Some("attachment; filename=\"F:/..\""), "F:/x"),
            "device-file"
        );
    }
}
