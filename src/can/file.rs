//! `can file …`: the device's flash file system (ls, get, put, rm, format).

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use indicatif::ProgressBar;
use serde_json::json;

use super::api::{self, CanApi, Download};
use super::bus::with_channel;
use super::session::{OpenOptions, with_session};
use super::status;
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::interrupt;

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
    /// Copy a local file to the device
    Put {
        local: PathBuf,
        /// Default: F:/<basename of LOCAL>
        device_file: Option<String>,
    },
    /// Delete a file on the device
    Rm { device_file: String },
    /// Erase every file on the device (asks on a terminal; needs --yes otherwise)
    Format {
        #[arg(long)]
        yes: bool,
    },
}

/// Refuse what cannot be uploaded (missing, a directory) before any session is opened.
pub fn check_upload(path: &Path) -> anyhow::Result<()> {
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

/// A local file to upload: its exact length and a reader that drives a progress bar and stops at Ctrl-C.
pub fn open_upload(
    ctx: &Context,
    path: &Path,
) -> anyhow::Result<(u64, Box<dyn Read + Send>, ProgressBar)> {
    let file = std::fs::File::open(path)
        .map_err(|e| Failure::new(Kind::Config, format!("cannot read {}: {e}", path.display())))?;
    let len = file.metadata()?.len();
    let bar = ctx
        .out
        .progress(Some(len), &format!("uploading {}", path.display()));
    Ok((len, Box::new(interrupt::Reader(bar.wrap_read(file))), bar))
}

/// An upload: `function` (kvFileCopyToDevice, kvScriptLoadFile) with `params`, the body from `local`;
/// `remote` names what it leaves on the device while it runs.
pub struct Upload<'a> {
    pub function: &'a str,
    pub params: &'a [(&'a str, String)],
    pub local: &'a Path,
    pub remote: String,
}

/// Upload and check the reply. Ctrl-C stops the body; then `undo` removes what reached the device and the run
/// ends with exit 130. A second Ctrl-C exits at once, saying `remote` is left behind.
pub fn upload(
    ctx: &Context,
    api: &CanApi,
    sid: &str,
    up: Upload,
    undo: impl FnOnce() -> anyhow::Result<()>,
) -> anyhow::Result<u64> {
    let Upload {
        function,
        params,
        local,
        remote,
    } = up;
    let hold = interrupt::Hold::named(remote.clone());
    let (len, reader, bar) = open_upload(ctx, local)?;
    let result = api.upload(sid, function, params, len, reader);
    bar.finish_and_clear();
    if interrupt::interrupted() {
        // Whatever reached the device is incomplete (or replaced an older file): it goes.
        let undone = undo();
        drop(hold);
        let what = match undone {
            Ok(()) => format!("{remote} was removed"),
            Err(e) => format!("{remote} may be left on the device: removing it failed: {e:#}"),
        };
        return Err(Failure::new(
            Kind::Interrupted,
            format!(
                "interrupted: the upload of {} stopped; {what}",
                local.display()
            ),
        )
        .into());
    }
    api::check(&result?, function)?;
    Ok(len)
}

pub fn run(ctx: &Context, api: &CanApi, opts: &OpenOptions, args: FileArgs) -> anyhow::Result<()> {
    match &args.command {
        FileCommand::Format { yes } => confirm_format(*yes, &api.address().to_string())?,
        FileCommand::Put { local, .. } => check_upload(local)?,
        // A destination that cannot be written is refused before the device is touched.
        FileCommand::Get {
            local: Some(local),
            no_clobber,
            ..
        } => crate::files::Destination::check(local, None, *no_clobber)?,
        _ => {}
    }
    with_session(api, opts, |s| {
        let sid = s.id.as_str();
        with_channel(api, sid, 0, |hnd| {
            let h = ("hnd", hnd.to_string());
            match &args.command {
                FileCommand::Ls => {
                    let r = api.ok(Some(sid), "kvFileGetCount", std::slice::from_ref(&h))?;
                    let count = api::field_u64(&r, "count", "kvFileGetCount")?;
                    let mut rows = Vec::new();
                    for n in 0..count {
                        interrupt::check()?;
                        let r = api.ok(
                            Some(sid),
                            "kvFileGetName",
                            &[h.clone(), ("fileNo", n.to_string())],
                        )?;
                        let name = r.get("name").and_then(|v| v.as_str()).ok_or_else(|| {
                            Failure::new(Kind::Malformed, "kvFileGetName: the reply has no 'name'")
                        })?;
                        rows.push(json!({"name": name}));
                    }
                    ctx.out.list(&[("name", "NAME")], &rows)?;
                }
                FileCommand::Get {
                    device_file,
                    local,
                    no_clobber,
                } => get(
                    ctx,
                    api,
                    sid,
                    &h,
                    device_file,
                    local.as_deref(),
                    *no_clobber,
                )?,
                FileCommand::Put { local, device_file } => {
                    let name = match device_file {
                        Some(n) => n.clone(),
                        None => {
                            let base = local
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default();
                            format!("F:/{base}")
                        }
                    };
                    let params = [h.clone(), ("deviceFileName", name.clone())];
                    let len = upload(
                        ctx,
                        api,
                        sid,
                        Upload {
                            function: "kvFileCopyToDevice",
                            params: &params,
                            local,
                            remote: format!("the partial file {name} on the device"),
                        },
                        || {
                            let r = api.call(Some(sid), "kvFileDelete", &params)?;
                            match api::stat_of(&r, "kvFileDelete")? {
                                // -33: nothing of it reached the flash.
                                status::OK | status::ERR_DEVICE_FILE => Ok(()),
                                stat => Err(status::failure(stat, "kvFileDelete").into()),
                            }
                        },
                    )?;
                    ctx.out
                        .note(&format!("{} → {name} ({len} bytes)", local.display()));
                }
                FileCommand::Rm { device_file } => {
                    api.ok_device_file(
                        sid,
                        "kvFileDelete",
                        &[h.clone(), ("deviceFileName", device_file.clone())],
                        device_file,
                    )?;
                }
                FileCommand::Format { .. } => {
                    api.ok(Some(sid), "kvFileDiskFormat", std::slice::from_ref(&h))?;
                    ctx.out.note("the device's file system was formatted");
                }
            }
            interrupt::check()
        })
    })
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
    h: &(&str, String),
    device_file: &str,
    local: Option<&Path>,
    no_clobber: bool,
) -> anyhow::Result<()> {
    let params = [h.clone(), ("deviceFileName", device_file.to_owned())];
    let mut resp = match api.download(sid, "kvFileCopyFromDevice", &params)? {
        Download::Reply(reply) => {
            api::check_device_file(&reply, "kvFileCopyFromDevice", device_file)?;
            return Err(Failure::new(
                Kind::Malformed,
                "kvFileCopyFromDevice: stat 0 but no file in the reply",
            )
            .into());
        }
        Download::File(resp) => resp,
    };
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
            Failure::new(
                Kind::Connect,
                format!(
                    "download of {device_file} into {shown} broke off after {} bytes: {e}",
                    dest.written()
                ),
            )
        })?;
        if n == 0 {
            break;
        }
        dest.write_all(&buf[..n]).map_err(|e| {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
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
