//! Local files written safely: private (0600) state, and temp-then-rename so no half-written file ever sits
//! under its final name.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Create `path` with mode 0600 (or `mode`), replacing any file there.
pub fn write_private(path: &Path, bytes: &[u8], mode: Option<u32>) -> std::io::Result<()> {
    let _ = std::fs::remove_file(path);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(mode.unwrap_or(0o600));
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Replace `path` atomically with `bytes`, mode 0600.
pub fn replace_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = temp_beside(path);
    write_private(&tmp, bytes, None)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// A temporary name in the same directory (so rename is atomic), hidden and unique to this process.
pub fn temp_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.part", std::process::id()))
}

/// Where fieldctl keeps state between runs (device sessions): `$XDG_STATE_HOME/fieldctl` or the platform's
/// local data dir.
pub fn state_dir() -> anyhow::Result<PathBuf> {
    let base = dirs::state_dir()
        .or_else(dirs::data_local_dir)
        .ok_or_else(|| {
            crate::error::Failure::new(
                crate::error::Kind::Config,
                "cannot find a directory for state files (set HOME)",
            )
        })?;
    let dir = base.join("fieldctl");
    std::fs::create_dir_all(&dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700));
    }
    Ok(dir)
}
