//! The writing half of a dump: a thread that turns queued frames into lines and writes them, so a slow reader
//! of stdout never stops the polling that keeps the device session alive.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::thread::JoinHandle;

use super::{DumpFormat, LineFormat, Rx, Stamps, to_frame};
use crate::can::formats;
use crate::can::signals::print::{Printer, Rec};

/// Frames queued between the device and the output, by default: about 11 s of a saturated 1 Mbit/s bus.
pub const DEFAULT_BUFFER: usize = 100_000;

/// What the writer did: frames written, and how it ended.
/// Frames written (and flushed) together at most.
const MAX_BATCH: usize = 4096;

pub struct Written {
    pub frames: u64,
    pub result: anyhow::Result<()>,
}

pub struct Writer {
    pub sink: Box<dyn Write + Send>,
    pub lines: LineFormat,
    pub stamps: Stamps,
    /// `--format asc|blf`: these write the frames instead of `lines`.
    pub vector: Option<formats::Writer>,
    /// `--dbc`: frames decoded here, off the polling thread, and printed by this instead of `lines`.
    pub printer: Option<Printer>,
    /// `--file` (BLF's header is rewritten there once the file is closed).
    pub path: Option<std::path::PathBuf>,
    pub count: Option<u64>,
    /// Set when the writer stops early (--count reached, output failed): the poller stops too.
    pub done: Arc<AtomicBool>,
}

impl Writer {
    pub fn spawn(self, rx: Receiver<Rx>) -> JoinHandle<Written> {
        std::thread::spawn(move || self.run(rx))
    }

    fn run(mut self, rx: Receiver<Rx>) -> Written {
        let mut frames = 0;
        let mut result = self.write_all(&rx, &mut frames);
        self.done.store(true, Ordering::SeqCst);
        if self.lines.format == DumpFormat::Json {
            // Close the array however the dump ended, so what was written is one JSON document.
            let end: &[u8] = if frames == 0 { b"[]\n" } else { b"\n]\n" };
            let closed = self.sink.write_all(end).and_then(|()| self.sink.flush());
            if result.is_ok() {
                result = closed.map_err(Into::into);
            }
        }
        if let Some(v) = &mut self.vector {
            // However the dump ended, the log is ended too: an interrupted ASC or BLF dump is a complete log.
            let closed = v.finish(&mut self.sink).and_then(|()| {
                // BLF's header is rewritten through a new handle: this one must be flushed and closed first.
                self.sink = Box::new(std::io::sink());
                v.close(self.path.as_deref())
            });
            if result.is_ok() {
                result = closed.map_err(Into::into);
            }
        }
        Written { frames, result }
    }

    fn write_all(&mut self, rx: &Receiver<Rx>, frames: &mut u64) -> anyhow::Result<()> {
        if let Some(p) = &self.printer {
            let mut head = String::new();
            p.start(&mut head);
            self.sink.write_all(head.as_bytes())?;
            self.sink.flush()?;
        } else if self.lines.format == DumpFormat::Csv {
            self.sink
                .write_all(b"timestamp,arbitration_id,extended,remote,error,dlc,data\n")?;
            self.sink.flush()?;
        }
        if let Some(v) = &mut self.vector {
            v.start(&mut self.sink)?;
        }
        let mut text = String::with_capacity(64 << 10);
        let (mut line, mut stamp) = (String::with_capacity(128), String::with_capacity(32));
        // Block for one frame, then take what else is queued; write and flush that batch.
        while let Ok(first) = rx.recv() {
            text.clear();
            let mut next = Some(first);
            let mut batch = 0;
            while let Some(got) = next {
                let ts = self.stamps.stamp(got.absolute, got.device);
                let f = to_frame(&got.msg);
                let first = *frames == 0;
                let printed = match (&mut self.vector, &mut self.printer) {
                    (Some(v), _) => {
                        v.frame(ts, got.channel, &f);
                        true
                    }
                    (None, Some(p)) => {
                        // The frame part of a table line is today's line.
                        line.clear();
                        if p.out == crate::can::signals::print::Out::Table {
                            self.lines
                                .write(&mut line, &f, ts, got.channel, got.msg.flag, first);
                            line.pop();
                        }
                        stamp.clear();
                        let _ = std::fmt::Write::write_fmt(&mut stamp, format_args!("{ts:.6}"));
                        let rec = Rec {
                            frame: &f,
                            timestamp: Some(&stamp),
                            channel: got.channel,
                            flags: got.msg.flag,
                            line: &line,
                        };
                        p.write(&mut text, &rec, first)
                    }
                    (None, None) => {
                        self.lines
                            .write(&mut text, &f, ts, got.channel, got.msg.flag, first);
                        true
                    }
                };
                // --count counts printed frames: those --message or --signals leave out do not count.
                if !printed {
                    next = rx.try_recv().ok();
                    continue;
                }
                *frames += 1;
                batch += 1;
                if self.count.is_some_and(|c| *frames >= c) {
                    self.write_batch(&text)?;
                    return Ok(());
                }
                // A batch stays small (about 60 KiB of text; a few thousand frames in one BLF container).
                next = if text.len() < 60 << 10 && batch < MAX_BATCH {
                    rx.try_recv().ok()
                } else {
                    None
                };
            }
            self.write_batch(&text)?;
        }
        Ok(())
    }

    /// A batch's lines, or Vector's buffered frames (BLF: one container), written and flushed.
    fn write_batch(&mut self, text: &str) -> std::io::Result<()> {
        if let Some(v) = &mut self.vector {
            return v.flush(&mut self.sink);
        }
        self.sink.write_all(text.as_bytes())?;
        self.sink.flush()
    }
}
