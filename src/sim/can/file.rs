//! The device's flash file system: kvFileGetCount, kvFileGetName, kvFileDelete, kvFileDiskFormat and the two
//! copies (a download answered as raw bytes; an upload that must be application/octet-stream and fit the flash).

use serde_json::json;

use super::canlib::*;
use super::http::Response;
use super::{Answer, Device, Params, Reply, Upload, fields, ok};

/// The longest name this device's file system takes, `F:/` included (the client's limit is the same).
pub(super) const MAX_NAME: usize = 64;

/// A device file name as the strict device takes it: `F:/` and a flat name of at most [`MAX_NAME`] bytes,
/// without control characters or `..`; anything else is canERR_DEVICE_FILE.
pub(super) fn device_name<'a>(p: &'a Params, key: &str) -> Result<&'a str, i64> {
    let name = p.str(key)?;
    let Some(bare) = name.strip_prefix("F:/") else {
        return Err(ERR_DEVICE_FILE); // this device has built-in flash: names start with F:/
    };
    let bad = bare.is_empty()
        || name.len() > MAX_NAME
        || name.chars().any(char::is_control)
        || bare
            .split(['/', '\\'])
            .any(|part| part == ".." || part.is_empty());
    if bad {
        return Err(ERR_DEVICE_FILE);
    }
    Ok(name)
}

impl Device {
    /// kvFile*.
    pub(super) fn file_function(&mut self, function: &str, p: &Params, upload: &Upload) -> Reply {
        match function {
            "kvFileGetCount" => {
                self.handle(p)?;
                fields(&[("count", json!(self.files.len()))])
            }
            "kvFileGetName" => {
                self.handle(p)?;
                let n = p.uint("fileNo")? as usize;
                let name = self.files.keys().nth(n).ok_or(ERR_PARAM)?;
                fields(&[("name", json!(name))])
            }
            "kvFileDelete" => {
                self.handle(p)?;
                let name = device_name(p, "deviceFileName")?;
                self.files.remove(name).ok_or(ERR_DEVICE_FILE)?;
                ok()
            }
            "kvFileDiskFormat" => {
                self.handle(p)?;
                self.files.clear();
                ok()
            }
            "kvFileCopyFromDevice" => {
                self.handle(p)?;
                let name = device_name(p, "deviceFileName")?;
                let bytes = self.files.get(name).ok_or(ERR_DEVICE_FILE)?;
                let resp = Response::new(200, "application/octet-stream", bytes.clone())
                    .with_header(
                        "Content-Disposition",
                        &format!("attachment; filename=\"{name}\""),
                    );
                Ok(Answer::Raw(resp))
            }
            "kvFileCopyToDevice" => {
                self.handle(p)?;
                if !upload.octet_stream {
                    return Err(ERR_PARAM);
                }
                let name = device_name(p, "deviceFileName")?.to_owned();
                let used: u64 = self
                    .files
                    .iter()
                    .filter(|(k, _)| **k != name)
                    .map(|(_, v)| v.len() as u64)
                    .sum();
                if used + upload.body.len() as u64 > self.flash_size {
                    return Err(ERR_DISK);
                }
                self.files.insert(name, upload.body.clone());
                ok()
            }
            _ => Err(ERR_NO_SUCH_FUNCTION),
        }
    }
}
