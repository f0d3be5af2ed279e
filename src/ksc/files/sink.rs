//! Where a download's bytes go.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::local;
use crate::error::{Failure, Kind};
use crate::files::Destination;

/// Where the bytes go: `FILE.part` (resumable, renamed when complete), or stdout / a device from the start.
pub enum Sink {
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
    pub fn open(file: Option<&Path>, name: &str, no_clobber: bool) -> anyhow::Result<Sink> {
        let given = file.unwrap_or(Path::new(name));
        if given == Path::new("-") {
            return Ok(Sink::Through(Destination::open(given, None, false)?));
        }
        // cp's rules: a missing directory, a directory in the way: refused here (exit 10).
        Destination::check(given, Some(name), no_clobber)?;
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
        if let Err(std::fs::TryLockError::WouldBlock) = file.try_lock() {
            return Err(Failure::new(
                Kind::Busy,
                format!("another download into {} is running", part.display()),
            )
            .into());
        }
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
    pub fn len(&self) -> u64 {
        match self {
            Sink::Part { len, .. } => *len,
            Sink::Through(d) => d.written(),
        }
    }

    pub fn shown(&self) -> String {
        match self {
            Sink::Part { shown, .. } => shown.display().to_string(),
            Sink::Through(d) if d.shown() == Path::new("-") => "stdout".into(),
            Sink::Through(d) => d.shown().display().to_string(),
        }
    }

    /// What is left behind when the download stops short.
    pub fn left(&self) -> String {
        match self {
            Sink::Part { len: 0, .. } => "nothing was downloaded".to_owned(),
            Sink::Part { part, len, .. } => format!(
                "{} keeps {len} bytes: run the same download again to resume",
                part.display()
            ),
            Sink::Through(_) => format!("{} got {} bytes", self.shown(), self.len()),
        }
    }

    /// A download that failed before its first byte leaves no empty `.part` behind.
    pub fn discard_if_empty(&self) {
        if let Sink::Part { part, len: 0, .. } = self {
            let _ = std::fs::remove_file(part);
        }
    }

    pub fn write(&mut self, buf: &[u8]) -> anyhow::Result<()> {
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
    pub fn restart(&mut self) -> anyhow::Result<bool> {
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

    pub fn commit(self) -> anyhow::Result<()> {
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
