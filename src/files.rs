//! Local files written safely, for every group:
//! - [`write_atomic`]: temp-then-rename, private (0600) unless told otherwise — state files, the config file;
//! - [`Lock`]: one exclusive lock between fieldctl processes;
//! - [`Destination`]: where a download or a capture goes, with `cp`'s rules.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::error::{Failure, Kind};

/// Replace `path` atomically with `bytes`: written to a temporary file beside it (mode 0600, or `mode`), synced,
/// then renamed over it. A crash leaves the old file or the new one, never half of one.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: Option<u32>) -> io::Result<()> {
    let tmp = temp_beside(path);
    let written = (|| {
        let mut file = create_new(&tmp, mode.unwrap_or(0o600))?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

fn create_new(path: &Path, mode: u32) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
    #[cfg(not(unix))]
    let _ = mode;
    options.open(path)
}

/// A temporary name in the same directory (so the rename is atomic), hidden and unique to this process.
pub fn temp_beside(path: &Path) -> PathBuf {
    static N: AtomicU32 = AtomicU32::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(
        ".{name}.{}-{}.part",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ))
}

/// An exclusive lock on a file (created 0600), released on drop. [`Lock::remove`] deletes the file while it is
/// still held; a process that was waiting on the deleted file notices and locks the new one, so removing
/// never lets two processes hold "the" lock.
pub struct Lock {
    file: File,
    path: PathBuf,
}

impl Lock {
    pub fn take(path: &Path) -> io::Result<Lock> {
        loop {
            let mut options = std::fs::OpenOptions::new();
            options.create(true).truncate(false).write(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let file = options.open(path)?;
            file.lock()?;
            if same_file(&file, path) {
                return Ok(Lock {
                    file,
                    path: path.to_owned(),
                });
            }
            // Removed (or replaced) by its holder while we waited: lock what is there now.
        }
    }

    /// Delete the lock file, then release it.
    pub fn remove(self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &File, path: &Path) -> bool {
    path.exists()
}

/// The base directory that `path` lies under and that fieldctl must not create, when it is missing: `HOME`, or
/// the parent of the XDG base directory in `xdg_var` (`XDG_STATE_HOME`, `XDG_CONFIG_HOME`) when that is set
/// outside an existing home. The XDG base itself is created when missing, as the XDG spec asks (and anything
/// below an existing home); a home directory, or a tree above an XDG base elsewhere, never is (a cron job with
/// `HOME=/nonexistent` must not grow one). The answer reads `HOME /nonexistent does not exist`.
pub fn missing_base(path: &Path, xdg_var: &str) -> Option<String> {
    let xdg = std::env::var_os(xdg_var)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let home = dirs::home_dir();
    if let Some(base) = xdg.filter(|b| path.starts_with(b)) {
        // Inside an existing home (`XDG_STATE_HOME=$HOME/.local/state`), anything missing is made.
        if home
            .as_ref()
            .is_some_and(|h| base.starts_with(h) && !missing(h))
        {
            return None;
        }
        let parent = base.parent()?;
        return missing(parent).then(|| {
            format!(
                "{xdg_var} {} cannot be made: {} does not exist",
                base.display(),
                parent.display()
            )
        });
    }
    let home = home.filter(|h| path.starts_with(h))?;
    missing(&home).then(|| format!("HOME {} does not exist", home.display()))
}

fn missing(dir: &Path) -> bool {
    // There, or unusable in some other way (which creating the directory reports).
    matches!(std::fs::metadata(dir), Err(e) if e.kind() == io::ErrorKind::NotFound)
}

/// A local file problem: exit 10, naming the path.
fn local(message: String) -> anyhow::Error {
    Failure::new(Kind::Config, message).into()
}

/// Where a download or a capture is written, like `cp` does it:
/// - `-` is stdout; an existing character or block device, FIFO or socket is written through (never replaced:
///   `/dev/null` stays `/dev/null`);
/// - a symlink is followed: its target is what gets replaced;
/// - a regular file is written beside its final name and renamed over it by [`Destination::commit`], keeping
///   the mode of the file it replaces, so a partial file never sits under the final name;
/// - a missing directory is an error naming it (exit 10); `no_clobber` refuses an existing destination.
///
/// Dropped without `commit`, the partial file is deleted.
pub struct Destination {
    sink: Sink,
    /// What the user sees: the path as given (or joined with the default name).
    shown: PathBuf,
    written: u64,
    /// A write error names the file and is a local file problem (exit 10), for writers that pass io errors
    /// on as they are (a capture); a download names its destination itself.
    name_errors: bool,
    /// Ctrl-C cleans up (deletes the partial file) before exiting; a second one says it is left behind.
    _hold: Option<crate::interrupt::Hold>,
}

enum Sink {
    /// Its errors name stdout and are not local file problems: exit 1 (docs/exit-codes.md).
    Stdout(io::BufWriter<crate::output::Stdout>),
    Through(File),
    Replace {
        file: Option<File>,
        tmp: PathBuf,
        target: PathBuf,
        no_clobber: bool,
    },
}

impl Destination {
    /// `path` may be `-`, a file, or a directory (existing, or written with a trailing `/`) into which
    /// `default_name` goes.
    pub fn open(
        path: &Path,
        default_name: Option<&str>,
        no_clobber: bool,
    ) -> anyhow::Result<Destination> {
        if path == Path::new("-") {
            return Ok(Destination {
                sink: Sink::Stdout(crate::output::buffered_stdout()),
                shown: path.to_owned(),
                written: 0,
                name_errors: false,
                _hold: None,
            });
        }
        let shown = resolve_name(path, default_name)?;
        let target = follow_links(&shown)?;
        match check_target(&shown, &target, no_clobber)? {
            Some(m) if !m.is_file() => {
                let mut options = std::fs::OpenOptions::new();
                options.write(true);
                Self::through(&options, &target, shown)
            }
            existing => {
                let mode = existing.map(|m| mode_bits(&m)).unwrap_or(0o666);
                let tmp = temp_beside(&target);
                let hold =
                    crate::interrupt::Hold::named(format!("the partial file {}", tmp.display()));
                let file = create_new(&tmp, mode)
                    .map_err(|e| local(format!("cannot create {}: {e}", tmp.display())))?;
                Ok(Destination {
                    sink: Sink::Replace {
                        file: Some(file),
                        tmp,
                        target,
                        no_clobber,
                    },
                    shown,
                    written: 0,
                    name_errors: false,
                    _hold: Some(hold),
                })
            }
        }
    }

    /// A capture (`can dump --file`): like [`Destination::open`], except that a regular file is written in
    /// place, so it can be followed (`tail -f`) while it grows. A capture is complete whenever it stops.
    pub fn open_live(path: &Path, no_clobber: bool) -> anyhow::Result<Destination> {
        if path == Path::new("-") {
            return Self::open(path, None, false);
        }
        if path.is_dir() {
            // A capture has no name of its own to take inside a directory.
            return Err(local(format!("{} is a directory", path.display())));
        }
        let shown = resolve_name(path, None)?;
        let target = follow_links(&shown)?;
        check_target(&shown, &target, no_clobber)?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        let mut dest = Self::through(&options, &target, shown)?;
        dest.name_errors = true;
        Ok(dest)
    }

    /// A write error of a file as a local file problem naming it (exit 10), keeping its kind.
    fn named(&self, e: io::Error) -> io::Error {
        if !self.name_errors || matches!(self.sink, Sink::Stdout(_)) {
            return e;
        }
        let what = Failure::new(
            Kind::Config,
            format!("writing {}: {e}", self.shown.display()),
        );
        io::Error::new(e.kind(), what)
    }

    /// Written in place (a device, a FIFO, a capture): opened with `options`, named `shown` in messages.
    fn through(
        options: &std::fs::OpenOptions,
        target: &Path,
        shown: PathBuf,
    ) -> anyhow::Result<Destination> {
        let file = options
            .open(target)
            .map_err(|e| local(format!("cannot write {}: {e}", shown.display())))?;
        Ok(Destination {
            sink: Sink::Through(file),
            shown,
            written: 0,
            name_errors: false,
            _hold: None,
        })
    }

    /// Refuse early, before any remote work, what [`Destination::open`] would refuse. With a directory and no
    /// name yet (it comes from the server), only the directory is checked.
    pub fn check(path: &Path, default_name: Option<&str>, no_clobber: bool) -> anyhow::Result<()> {
        if path == Path::new("-") || (path.is_dir() && default_name.is_none()) {
            return Ok(());
        }
        let shown = resolve_name(path, default_name)?;
        check_target(&shown, &follow_links(&shown)?, no_clobber).map(drop)
    }

    pub fn shown(&self) -> &Path {
        &self.shown
    }

    pub fn written(&self) -> u64 {
        self.written
    }

    /// Finish: flush and sync, then (for a regular file) rename into place.
    pub fn commit(mut self) -> anyhow::Result<u64> {
        let shown = self.shown.clone();
        let werr = |e: io::Error| local(format!("writing {}: {e}", shown.display()));
        match &mut self.sink {
            Sink::Stdout(out) => out.flush()?,
            Sink::Through(f) => f.flush().map_err(werr)?,
            Sink::Replace {
                file,
                tmp,
                target,
                no_clobber,
            } => {
                let f = file.take().expect("committed once");
                f.sync_all().map_err(werr)?;
                drop(f);
                if *no_clobber {
                    // A hard link fails if the name was taken meanwhile: no-clobber without a race.
                    std::fs::hard_link(&*tmp, &*target).map_err(|e| match e.kind() {
                        io::ErrorKind::AlreadyExists => {
                            local(format!("{} already exists (--no-clobber)", shown.display()))
                        }
                        _ => werr(e),
                    })?;
                    let _ = std::fs::remove_file(&*tmp);
                } else {
                    std::fs::rename(&*tmp, &*target).map_err(werr)?;
                }
                // Renamed: nothing left to delete on drop.
                tmp.clear();
            }
        }
        Ok(self.written)
    }
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = match &mut self.sink {
            Sink::Stdout(out) => out.write(buf),
            Sink::Through(f) => f.write(buf),
            Sink::Replace { file, .. } => file.as_mut().expect("open until commit").write(buf),
        }
        .map_err(|e| self.named(e))?;
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.sink {
            Sink::Stdout(out) => out.flush(),
            Sink::Through(f) => f.flush(),
            Sink::Replace { file, .. } => file.as_mut().map_or(Ok(()), |f| f.flush()),
        }
        .map_err(|e| self.named(e))
    }
}

impl Drop for Destination {
    fn drop(&mut self) {
        if let Sink::Replace { file, tmp, .. } = &mut self.sink
            && !tmp.as_os_str().is_empty()
        {
            drop(file.take());
            let _ = std::fs::remove_file(&*tmp);
        }
    }
}

/// `path`, or `default_name` inside it when it is a directory.
fn resolve_name(path: &Path, default_name: Option<&str>) -> anyhow::Result<PathBuf> {
    if path.is_dir() {
        return Ok(path.join(default_name.unwrap_or("download")));
    }
    if is_dir_like(path) {
        return Err(local(format!(
            "directory {} does not exist",
            path.display()
        )));
    }
    Ok(path.to_owned())
}

/// What is at `target` now (None: nothing yet, and its directory exists); refusals name `shown`.
fn check_target(
    shown: &Path,
    target: &Path,
    no_clobber: bool,
) -> anyhow::Result<Option<std::fs::Metadata>> {
    // --no-clobber keeps files: a device or FIFO is written through whatever it says, as cp -n does; a
    // dangling symlink counts as existing (cp -n refuses it too).
    if no_clobber
        && std::fs::symlink_metadata(shown).is_ok_and(|m| m.file_type().is_symlink())
        && !target.exists()
    {
        return Err(local(format!(
            "{} is a symlink to a file that does not exist (--no-clobber)",
            shown.display()
        )));
    }
    match std::fs::metadata(target) {
        Ok(m) if m.is_dir() => Err(local(format!("{} is a directory", shown.display()))),
        Ok(m) if no_clobber && m.is_file() => Err(local(format!(
            "{} already exists (--no-clobber)",
            shown.display()
        ))),
        Ok(m) => Ok(Some(m)),
        Err(_) => {
            let parent = parent_of(target);
            match std::fs::metadata(parent) {
                Ok(m) if m.is_dir() => Ok(None),
                Ok(_) => Err(local(format!("{} is not a directory", parent.display()))),
                Err(_) => Err(local(format!(
                    "directory {} does not exist",
                    parent.display()
                ))),
            }
        }
    }
}

/// `dir/` or `dir/.`: the user means a directory.
fn is_dir_like(path: &Path) -> bool {
    let s = path.as_os_str().to_string_lossy();
    s.ends_with('/') || s.ends_with("/.") || s == "." || s == ".."
}

fn parent_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// The file a chain of symlinks ends at (which may not exist yet, like cp's dangling-link target).
fn follow_links(path: &Path) -> anyhow::Result<PathBuf> {
    let mut p = path.to_owned();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&p)
                    .map_err(|e| local(format!("cannot read the link {}: {e}", p.display())))?;
                p = parent_of(&p).join(link);
            }
            _ => return Ok(p),
        }
    }
    Err(local(format!(
        "{}: too many levels of symlinks",
        path.display()
    )))
}

#[cfg(unix)]
fn mode_bits(m: &std::fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    m.permissions().mode() & 0o7777
}

#[cfg(not(unix))]
fn mode_bits(_: &std::fs::Metadata) -> u32 {
    0o666
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("fieldctl-files-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn a_second_lock_waits_until_the_first_is_removed() {
        let d = dir("lock");
        let path = d.join("x.lock");
        let first = Lock::take(&path).unwrap();
        let p2 = path.clone();
        let waiter = std::thread::spawn(move || {
            let second = Lock::take(&p2).unwrap();
            assert!(p2.exists(), "the second lock holds a file that exists");
            drop(second);
        });
        first.remove();
        waiter.join().unwrap();
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn atomic_writes_are_private_and_leave_no_temp() {
        let d = dir("atomic");
        let path = d.join("s.json");
        write_atomic(&path, b"one", None).unwrap();
        write_atomic(&path, b"two", None).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        assert_eq!(mode_bits(&std::fs::metadata(&path).unwrap()), 0o600);
        assert_eq!(std::fs::read_dir(&d).unwrap().count(), 1);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn an_uncommitted_destination_leaves_nothing() {
        let d = dir("dest");
        let path = d.join("out.bin");
        let mut dest = Destination::open(&path, None, false).unwrap();
        dest.write_all(b"part").unwrap();
        assert!(!path.exists(), "never a partial file under the final name");
        drop(dest);
        assert_eq!(std::fs::read_dir(&d).unwrap().count(), 0);
        let _ = std::fs::remove_dir_all(&d);
    }
}
