//! Vector and python-can log formats: ASC (text) and BLF (binary) written by `dump` and read by `replay`, and
//! python-can's CSV read by `replay` (`dump` writes it with `Frame::write_csv`). Layouts follow python-can's
//! `ASCWriter`/`ASCReader`, `BLFWriter`/`BLFReader` and `CSVReader`, which the interop tests check both ways.

pub mod asc;
pub mod blf;
pub mod csv;
mod time;

use std::io::{Read, Write};
use std::path::Path;

use super::frame::Frame;
use crate::error::{Failure, Kind};

/// One frame of a log: timestamp in seconds, interface (`can0` for Vector channel 1), frame.
pub type Record = (f64, String, Frame);

/// A log's frames in order; an error names the place (`line 12: …`, `object 40: …`).
pub type Records = Box<dyn Iterator<Item = Result<Record, String>>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogKind {
    Asc,
    Blf,
    Csv,
}

/// By extension first (`.asc`, `.blf`, `.csv`), else by content: BLF's `LOGG` signature, an ASC header line
/// (`date …`, `base hex …`, `Begin Triggerblock …`), python-can's CSV header. None: a candump log (or other text).
pub fn detect(path: &std::path::Path) -> std::io::Result<Option<LogKind>> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("asc") => return Ok(Some(LogKind::Asc)),
        Some("blf") => return Ok(Some(LogKind::Blf)),
        Some("csv") => return Ok(Some(LogKind::Csv)),
        _ => {}
    }
    let mut head = Vec::with_capacity(512);
    std::fs::File::open(path)?
        .take(512)
        .read_to_end(&mut head)?;
    Ok(kind_of(&head))
}

fn kind_of(head: &[u8]) -> Option<LogKind> {
    if head.starts_with(b"LOGG") {
        return Some(LogKind::Blf);
    }
    let text = String::from_utf8_lossy(head);
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())?
        .to_ascii_lowercase();
    if first.starts_with("timestamp,arbitration_id") {
        Some(LogKind::Csv)
    } else if ["date ", "base ", "begin triggerblock"]
        .iter()
        .any(|p| first.starts_with(p))
    {
        Some(LogKind::Asc)
    } else {
        None
    }
}

/// The frames of an ASC, BLF or CSV log, streamed; None for anything else (a candump log, stdin).
pub fn open(file: &str) -> anyhow::Result<Option<Records>> {
    if file == "-" {
        return Ok(None);
    }
    let path = std::path::Path::new(file);
    let cannot = |e: std::io::Error| Failure::new(Kind::Config, format!("cannot read {file}: {e}"));
    let Some(kind) = detect(path).map_err(cannot)? else {
        return Ok(None);
    };
    let f = std::fs::File::open(path).map_err(cannot)?;
    Ok(Some(match kind {
        LogKind::Asc => Box::new(asc::Reader::new(std::io::BufReader::new(f))),
        LogKind::Blf => Box::new(
            blf::Reader::new(std::io::BufReader::new(f))
                .map_err(|e| Failure::new(Kind::Config, format!("{file}: not a BLF file ({e})")))?,
        ),
        LogKind::Csv => Box::new(csv::Reader::new(std::io::BufReader::new(f))),
    }))
}

/// `dump --format asc|blf`: frames are buffered by `frame`; `flush` writes them at the end of a batch (BLF closes
/// a container, so the file can be read while it grows); `finish` ends the log; `close`, once the file is closed,
/// puts BLF's final counts in its header.
pub struct Writer {
    format: Format,
    buf: Vec<u8>,
}

enum Format {
    Asc(asc::Writer),
    Blf(blf::Writer),
}

impl Writer {
    pub fn asc() -> Writer {
        Writer {
            format: Format::Asc(asc::Writer::new(time::unix_now())),
            buf: Vec::new(),
        }
    }

    pub fn blf() -> Writer {
        Writer {
            format: Format::Blf(blf::Writer::default()),
            buf: Vec::new(),
        }
    }

    /// BLF is binary and rewrites its header at the end: a file, never stdout (exit 2).
    pub fn blf_needs_file(file: Option<&Path>) -> anyhow::Result<()> {
        if file.is_none_or(|p| p == Path::new("-")) {
            return Err(Failure::new(
                Kind::Usage,
                "--format blf writes a binary file: give --file PATH",
            )
            .hint("e.g. --format blf --file trip.blf; for stdout use --format asc or log")
            .into());
        }
        Ok(())
    }

    fn drain(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        out.write_all(&self.buf)?;
        self.buf.clear();
        out.flush()
    }

    /// What goes first, before any frame.
    pub fn start(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        if let Format::Asc(w) = &mut self.format {
            w.start(&mut self.buf)
        }
        self.drain(out)
    }

    /// `channel` is the device's (0-based); Vector logs count from 1, as python-can writes them.
    pub fn frame(&mut self, ts: f64, channel: u32, f: &Frame) {
        match &mut self.format {
            Format::Asc(w) => w.frame(&mut self.buf, ts, channel, f),
            Format::Blf(w) => w.frame(&mut self.buf, ts, channel, f),
        }
    }

    pub fn flush(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        if let Format::Blf(w) = &mut self.format {
            w.flush(&mut self.buf)
        }
        if self.buf.is_empty() {
            return Ok(());
        }
        self.drain(out)
    }

    pub fn finish(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        match &mut self.format {
            Format::Asc(w) => w.finish(&mut self.buf),
            Format::Blf(w) => w.finish(&mut self.buf),
        }
        self.drain(out)
    }

    /// With the file closed: BLF's header gets its final size, object count and stop time (a FIFO keeps the
    /// header written at the start, which readers accept).
    pub fn close(&self, path: Option<&Path>) -> std::io::Result<()> {
        match (&self.format, path) {
            (Format::Blf(w), Some(p)) => w.rewrite_header(p),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Logs python-can wrote (tests/cli/can_formats.rs's WRITE_PY, 200 frames) and what python-can reads from
    /// them (its READ_PY): we read the same frames, channels and timestamps (to the microsecond).
    #[test]
    fn reads_what_python_can_reads() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/can/formats/testdata");
        for kind in ["asc", "blf", "csv"] {
            let log = dir.join(format!("python-can.{kind}"));
            let want = std::fs::read_to_string(dir.join(format!("python-can.{kind}.txt"))).unwrap();
            let got: Vec<Record> = open(log.to_str().unwrap())
                .unwrap()
                .unwrap()
                .map(Result::unwrap)
                .collect();
            let want: Vec<Vec<&str>> = want.lines().map(|l| l.split('|').collect()).collect();
            assert_eq!(got.len(), want.len(), "{kind}");
            // ASC dates are local time: a reader in another zone than the writer's sees every time shifted alike.
            let shift = got[0].0 - want[0][0].parse::<f64>().unwrap();
            assert!(
                (shift - (shift / 900.0).round() * 900.0).abs() < 1e-6,
                "{kind}: {shift}"
            );
            for (i, ((ts, iface, f), w)) in got.iter().zip(&want).enumerate() {
                let wts: f64 = w[0].parse().unwrap();
                assert!((ts - shift - wts).abs() < 1e-6, "{kind} {i}: {ts} vs {wts}");
                let channel = if w[1] == "None" { "0" } else { w[1] };
                assert_eq!(iface, &format!("can{channel}"), "{kind} {i}");
                let mut data = String::new();
                crate::can::frame::push_hex(&mut data, &f.data, "");
                // An ASC ErrorFrame carries no id: python-can gives it Message's default (extended).
                let ext = if f.error && kind == "asc" {
                    true
                } else {
                    f.extended
                };
                let mine = [
                    format!("{:X}", f.id),
                    u8::from(ext).to_string(),
                    u8::from(f.rtr).to_string(),
                    u8::from(f.error).to_string(),
                    f.dlc.to_string(),
                    data,
                ];
                assert_eq!(mine.to_vec(), w[2..].to_vec(), "{kind} {i}");
            }
        }
    }

    #[test]
    fn detects_by_content() {
        assert_eq!(kind_of(b"LOGG\x90\0\0\0"), Some(LogKind::Blf));
        assert_eq!(
            kind_of(b"date Tue Dec 01 15:20:26.123 2026\nbase hex  timestamps absolute\n"),
            Some(LogKind::Asc)
        );
        assert_eq!(
            kind_of(b"timestamp,arbitration_id,extended,remote,error,dlc,data\n"),
            Some(LogKind::Csv)
        );
        assert_eq!(kind_of(b"(1.000000) can0 123#11\n"), None);
        assert_eq!(kind_of(b""), None);
    }
}
