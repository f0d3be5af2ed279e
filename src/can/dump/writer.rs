//! The writing half of a dump: a thread that turns queued frames into lines and writes them, so a slow reader
//! of stdout never stops the polling that keeps the device session alive.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::thread::JoinHandle;

use super::{Clock, DumpFormat, LineFormat, to_frame};
use crate::can::api::RawMsg;

/// Frames queued between the device and the output, by default: about 11 s of a saturated 1 Mbit/s bus.
pub const DEFAULT_BUFFER: usize = 100_000;

/// What the writer did: frames written, and how it ended.
pub struct Written {
    pub frames: u64,
    pub result: anyhow::Result<()>,
}

pub struct Writer {
    pub sink: Box<dyn Write + Send>,
    pub lines: LineFormat,
    pub clock: Clock,
    pub count: Option<u64>,
    /// Set when the writer stops early (--count reached, output failed): the poller stops too.
    pub done: Arc<AtomicBool>,
}

impl Writer {
    pub fn spawn(self, rx: Receiver<RawMsg>) -> JoinHandle<Written> {
        std::thread::spawn(move || self.run(rx))
    }

    fn run(mut self, rx: Receiver<RawMsg>) -> Written {
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
        Written { frames, result }
    }

    fn write_all(&mut self, rx: &Receiver<RawMsg>, frames: &mut u64) -> anyhow::Result<()> {
        if self.lines.format == DumpFormat::Csv {
            self.sink
                .write_all(b"timestamp,arbitration_id,extended,remote,error,dlc,data\n")?;
            self.sink.flush()?;
        }
        let mut text = String::with_capacity(64 << 10);
        // Block for one frame, then take what else is queued; write and flush that batch.
        while let Ok(first) = rx.recv() {
            text.clear();
            let mut next = Some(first);
            while let Some(m) = next {
                let ts = self.clock.timestamp(m.time);
                self.lines
                    .write(&mut text, &to_frame(&m), ts, m.flag, *frames == 0);
                *frames += 1;
                if self.count.is_some_and(|c| *frames >= c) {
                    self.sink.write_all(text.as_bytes())?;
                    self.sink.flush()?;
                    return Ok(());
                }
                next = if text.len() < 60 << 10 {
                    rx.try_recv().ok()
                } else {
                    None
                };
            }
            self.sink.write_all(text.as_bytes())?;
            self.sink.flush()?;
        }
        Ok(())
    }
}
