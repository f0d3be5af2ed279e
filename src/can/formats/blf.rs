//! Vector BLF, as python-can's `BLFWriter` writes it and its `BLFReader` reads it: a 144-byte file header
//! (`LOGG`, counts, start and stop as UTC SYSTEMTIME to the millisecond), then LOG_CONTAINER objects whose
//! zlib-compressed payload is a stream of objects (CAN_MESSAGE, CAN_MESSAGE2, CAN_ERROR_EXT, …) that may run
//! on from one container into the next. Object times are nanoseconds after the header's start; channels
//! count from 1. All integers little-endian.

use std::io::{Read, Seek, Write};

use flate2::Compression;
use flate2::read::ZlibDecoder;
use flate2::write::ZlibEncoder;

use super::time;
use crate::can::frame::{self, Frame};

const FILE_HEADER_SIZE: usize = 144;
const FILE_HEADER_FIELDS: usize = 72;
const OBJ_HEADER_BASE: usize = 16;
const OBJ_HEADER_V1: usize = 16;
const OBJ_HEADER_V2: usize = 24;
const CONTAINER_HEADER: usize = 16;
/// Uncompressed bytes per container at most, as python-can and Vector write them.
const MAX_CONTAINER: usize = 128 * 1024;

const CAN_MESSAGE: u32 = 1;
const LOG_CONTAINER: u32 = 10;
const CAN_ERROR_EXT: u32 = 73;
const CAN_MESSAGE2: u32 = 86;
const CAN_FD_MESSAGE: u32 = 100;
const CAN_FD_MESSAGE_64: u32 = 101;

const NO_COMPRESSION: u16 = 0;
const ZLIB_DEFLATE: u16 = 2;
const CAN_MSG_EXT: u32 = 0x8000_0000;
const REMOTE_FLAG: u8 = 0x80;
const TIME_TEN_MICS: u32 = 1;
const TIME_ONE_NANS: u32 = 2;
/// Sizes a damaged file may claim: beyond them it is refused rather than allocated.
const MAX_HEADER: usize = 1 << 16;
const MAX_OBJECT: usize = 64 << 20;

/// Times before 1990 are not wall-clock times: the header's SYSTEMTIME stays zero (as python-can writes it).
const NOT_WALL_CLOCK: f64 = 631_152_000.0;

#[derive(Default)]
pub struct Writer {
    header_written: bool,
    start: Option<f64>,
    stop: f64,
    count: u32,
    /// Objects not yet in a container.
    pending: Vec<u8>,
    uncompressed_size: u64,
    file_size: u64,
}

fn systemtime(ts: Option<f64>) -> [u16; 8] {
    match ts {
        Some(ts) if ts >= NOT_WALL_CLOCK => time::utc_parts(ts).map(|v| v as u16),
        _ => [0; 8],
    }
}

impl Writer {
    fn header(&self) -> Vec<u8> {
        let mut h = Vec::with_capacity(FILE_HEADER_SIZE);
        h.extend_from_slice(b"LOGG");
        h.extend_from_slice(&(FILE_HEADER_SIZE as u32).to_le_bytes());
        // application id 5 (python-can's), version 0.0.0; binlog 2.6.8.1
        h.extend_from_slice(&[5, 0, 0, 0, 2, 6, 8, 1]);
        h.extend_from_slice(&self.file_size.to_le_bytes());
        h.extend_from_slice(
            &self
                .uncompressed_size
                .max(FILE_HEADER_SIZE as u64)
                .to_le_bytes(),
        );
        h.extend_from_slice(&self.count.to_le_bytes());
        h.extend_from_slice(&0u32.to_le_bytes());
        let stop = self.start.map(|_| self.stop);
        for v in systemtime(self.start).iter().chain(&systemtime(stop)) {
            h.extend_from_slice(&v.to_le_bytes());
        }
        h.resize(FILE_HEADER_SIZE, 0);
        h
    }

    fn write_header(&mut self, out: &mut Vec<u8>) {
        if !self.header_written {
            self.header_written = true;
            self.uncompressed_size = FILE_HEADER_SIZE as u64;
            out.extend_from_slice(&self.header());
            self.file_size = FILE_HEADER_SIZE as u64;
        }
    }

    pub fn frame(&mut self, out: &mut Vec<u8>, ts: f64, channel: u32, f: &Frame) {
        if self.start.is_none() {
            // Truncated to the millisecond the header can hold, so object times stay exact offsets from it.
            self.start = Some((ts * 1000.0).floor() / 1000.0);
            self.write_header(out);
        }
        self.stop = ts;
        let start = self.start.unwrap_or(ts);
        let channel = (channel + 1) as u16;
        let id = f.id | if f.extended { CAN_MSG_EXT } else { 0 };
        let mut data = [0u8; 8];
        let n = f.data.len().min(8);
        data[..n].copy_from_slice(&f.data[..n]);
        let mut body = Vec::with_capacity(32);
        let kind = if f.error {
            body.extend_from_slice(&channel.to_le_bytes());
            body.extend_from_slice(&[0; 2 + 4 + 2]); // length, flags, ecc, position
            body.push(f.dlc);
            body.push(0);
            body.extend_from_slice(&0u32.to_le_bytes()); // frame length
            body.extend_from_slice(&id.to_le_bytes());
            body.extend_from_slice(&[0; 4]); // ext flags, padding
            body.extend_from_slice(&data);
            CAN_ERROR_EXT
        } else {
            body.extend_from_slice(&channel.to_le_bytes());
            // Received frames: the direction bit (Tx) stays clear.
            body.push(if f.rtr { REMOTE_FLAG } else { 0 });
            body.push(f.dlc);
            body.extend_from_slice(&id.to_le_bytes());
            body.extend_from_slice(&data);
            CAN_MESSAGE
        };
        let header_size = (OBJ_HEADER_BASE + OBJ_HEADER_V1) as u16;
        let obj_size = u32::from(header_size) + body.len() as u32;
        let p = &mut self.pending;
        p.extend_from_slice(b"LOBJ");
        p.extend_from_slice(&header_size.to_le_bytes());
        p.extend_from_slice(&1u16.to_le_bytes());
        p.extend_from_slice(&obj_size.to_le_bytes());
        p.extend_from_slice(&kind.to_le_bytes());
        p.extend_from_slice(&TIME_ONE_NANS.to_le_bytes());
        p.extend_from_slice(&[0; 4]); // client index, object version
        let ns = ((ts - start) * 1e9).max(0.0) as u64;
        p.extend_from_slice(&ns.to_le_bytes());
        p.extend_from_slice(&body);
        self.count += 1;
        if self.pending.len() >= MAX_CONTAINER {
            self.flush(out);
        }
    }

    /// The pending objects as compressed containers.
    pub fn flush(&mut self, out: &mut Vec<u8>) {
        for chunk in self.pending.chunks(MAX_CONTAINER) {
            let mut z = ZlibEncoder::new(Vec::new(), Compression::default());
            z.write_all(chunk).expect("writing to memory");
            let packed = z.finish().expect("writing to memory");
            let obj_size = (OBJ_HEADER_BASE + CONTAINER_HEADER + packed.len()) as u32;
            let at = out.len();
            out.extend_from_slice(b"LOBJ");
            out.extend_from_slice(&(OBJ_HEADER_BASE as u16).to_le_bytes());
            out.extend_from_slice(&1u16.to_le_bytes());
            out.extend_from_slice(&obj_size.to_le_bytes());
            out.extend_from_slice(&LOG_CONTAINER.to_le_bytes());
            out.extend_from_slice(&ZLIB_DEFLATE.to_le_bytes());
            out.extend_from_slice(&[0; 6]);
            out.extend_from_slice(&(chunk.len() as u32).to_le_bytes());
            out.extend_from_slice(&[0; 4]);
            out.extend_from_slice(&packed);
            // python-can's padding: obj_size % 4 bytes (its reader skips the same).
            out.resize(out.len() + obj_size as usize % 4, 0);
            self.file_size += (out.len() - at) as u64;
            self.uncompressed_size += (OBJ_HEADER_BASE + CONTAINER_HEADER + chunk.len()) as u64;
        }
        self.pending.clear();
    }

    /// The last container; a log without frames is a header alone.
    pub fn finish(&mut self, out: &mut Vec<u8>) {
        self.write_header(out);
        self.flush(out);
    }

    /// The header again with the final size, object count and stop time, in place (regular files only).
    pub fn rewrite_header(&self, path: &std::path::Path) -> std::io::Result<()> {
        if !std::fs::metadata(path)?.is_file() {
            return Ok(());
        }
        let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
        f.seek(std::io::SeekFrom::Start(0))?;
        f.write_all(&self.header())
    }
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}

/// The frames of a BLF file, one container in memory at a time.
pub struct Reader<R> {
    input: R,
    start: f64,
    /// Uncompressed objects of the current container(s), from `pos` on not yet read.
    data: Vec<u8>,
    pos: usize,
    objects: usize,
    done: bool,
}

impl<R: Read> Reader<R> {
    pub fn new(mut input: R) -> Result<Reader<R>, String> {
        let mut h = [0u8; FILE_HEADER_FIELDS];
        input
            .read_exact(&mut h)
            .map_err(|_| "shorter than a BLF header".to_owned())?;
        if &h[..4] != b"LOGG" {
            return Err("no LOGG signature".into());
        }
        let size = u32_at(&h, 4) as usize;
        if size > MAX_HEADER {
            return Err(format!("a header of {size} bytes"));
        }
        let mut rest = vec![0u8; size.saturating_sub(FILE_HEADER_FIELDS)];
        input
            .read_exact(&mut rest)
            .map_err(|_| "shorter than its header".to_owned())?;
        let st: Vec<u32> = (0..8).map(|i| u32::from(u16_at(&h, 40 + 2 * i))).collect();
        let start =
            time::from_utc_parts(i64::from(st[0]), st[1], st[3], st[4], st[5], st[6], st[7])
                .unwrap_or(0.0);
        Ok(Reader {
            input,
            start,
            data: Vec::new(),
            pos: 0,
            objects: 0,
            done: false,
        })
    }

    /// The next top-level container's objects appended; false at the end of the file.
    fn more(&mut self) -> Result<bool, String> {
        loop {
            let mut base = [0u8; OBJ_HEADER_BASE];
            match self.input.read_exact(&mut base) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(false),
                Err(e) => return Err(e.to_string()),
            }
            if &base[..4] != b"LOBJ" {
                return Err("no LOBJ signature where an object should start".into());
            }
            let size = u32_at(&base, 8) as usize;
            let kind = u32_at(&base, 12);
            if size > MAX_OBJECT {
                return Err(format!("an object of {size} bytes"));
            }
            let mut body = vec![0u8; size.saturating_sub(OBJ_HEADER_BASE)];
            self.input
                .read_exact(&mut body)
                .map_err(|_| "the file ends inside an object".to_owned())?;
            let mut pad = vec![0u8; size % 4];
            let _ = self.input.read_exact(&mut pad);
            if kind != LOG_CONTAINER || body.len() < CONTAINER_HEADER {
                continue;
            }
            let payload = &body[CONTAINER_HEADER..];
            self.data.drain(..self.pos);
            self.pos = 0;
            match u16_at(&body, 0) {
                NO_COMPRESSION => self.data.extend_from_slice(payload),
                ZLIB_DEFLATE => {
                    ZlibDecoder::new(payload)
                        .take(MAX_OBJECT as u64)
                        .read_to_end(&mut self.data)
                        .map_err(|e| format!("a container does not inflate: {e}"))?;
                }
                m => return Err(format!("unknown compression method {m}")),
            }
            return Ok(true);
        }
    }

    /// The object at `pos` if it is whole: Ok(None) when more data is needed.
    fn object(&mut self) -> Result<Option<Option<super::Record>>, String> {
        let d = &self.data;
        // Objects start on a signature within the next 8 bytes (padding varies by writer).
        let Some(skip) = (0..8).find(|&i| d.get(self.pos + i..self.pos + i + 4) == Some(b"LOBJ"))
        else {
            if self.pos + 8 + 4 > d.len() {
                return Ok(None);
            }
            return Err("no LOBJ signature where an object should start".into());
        };
        let pos = self.pos + skip;
        if pos + OBJ_HEADER_BASE > d.len() {
            return Ok(None);
        }
        let header_size = usize::from(u16_at(d, pos + 4));
        let version = u16_at(d, pos + 6);
        let size = u32_at(d, pos + 8) as usize;
        let kind = u32_at(d, pos + 12);
        if size < OBJ_HEADER_BASE || header_size > size {
            return Err(format!("object of {size} bytes"));
        }
        if pos + size > d.len() {
            return Ok(None);
        }
        self.pos = pos + size;
        self.objects += 1;
        let h = pos + OBJ_HEADER_BASE;
        let (flags, ticks, min) = match version {
            1 => (u32_at(d, h), u64_at(d, h + 8), OBJ_HEADER_V1),
            2 => (u32_at(d, h), u64_at(d, h + 8), OBJ_HEADER_V2),
            _ => return Ok(Some(None)),
        };
        let factor = if flags == TIME_TEN_MICS { 1e-5 } else { 1e-9 };
        let ts = ticks as f64 * factor + self.start;
        let Some(b) = d.get(pos + header_size.max(OBJ_HEADER_BASE + min)..pos + size) else {
            return Err(format!("object of type {kind} too short"));
        };
        let need = |n: usize| {
            if b.len() < n {
                Err(format!("object of type {kind} too short"))
            } else {
                Ok(())
            }
        };
        let iface = |ch: u16| format!("can{}", ch.saturating_sub(1));
        let classic = |id: u32, rtr: bool, dlc: u8, data: &[u8]| {
            let n = usize::from(dlc).min(8).min(data.len());
            Frame {
                id: id & frame::MAX_EXT_ID,
                extended: id & CAN_MSG_EXT != 0,
                rtr,
                error: false,
                dlc,
                data: if rtr { Vec::new() } else { data[..n].to_vec() },
            }
        };
        let record = match kind {
            CAN_MESSAGE | CAN_MESSAGE2 => {
                need(16)?;
                let f = classic(u32_at(b, 4), b[2] & REMOTE_FLAG != 0, b[3], &b[8..16]);
                Some((ts, iface(u16_at(b, 0)), f))
            }
            CAN_ERROR_EXT => {
                need(32)?;
                let (dlc, id) = (b[10], u32_at(b, 16));
                let n = usize::from(dlc).min(8);
                let f = Frame {
                    id: id & frame::MAX_EXT_ID,
                    extended: id & CAN_MSG_EXT != 0,
                    rtr: false,
                    error: true,
                    dlc,
                    data: b[24..24 + n].to_vec(),
                };
                Some((ts, iface(u16_at(b, 0)), f))
            }
            CAN_FD_MESSAGE => {
                need(84)?;
                if b[13] & 1 != 0 {
                    return Err("CAN FD frames are not supported by the Kvaser REST API".into());
                }
                let valid = usize::from(b[14]).min(64);
                let f = classic(
                    u32_at(b, 4),
                    b[2] & REMOTE_FLAG != 0,
                    b[3],
                    &b[20..20 + valid],
                );
                Some((ts, iface(u16_at(b, 0)), f))
            }
            CAN_FD_MESSAGE_64 => {
                need(40)?;
                let fd_flags = u32_at(b, 12);
                if fd_flags & 0x1000 != 0 {
                    return Err("CAN FD frames are not supported by the Kvaser REST API".into());
                }
                let valid = usize::from(b[2]).min(b.len() - 40);
                let f = classic(u32_at(b, 4), fd_flags & 0x10 != 0, b[1], &b[40..40 + valid]);
                Some((ts, iface(u16::from(b[0])), f))
            }
            _ => None,
        };
        Ok(Some(record))
    }
}

impl<R: Read> Iterator for Reader<R> {
    type Item = Result<super::Record, String>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.object() {
                Ok(Some(Some(r))) => return Some(Ok(r)),
                Ok(Some(None)) => {}
                Ok(None) => match self.more() {
                    Ok(true) => {}
                    Ok(false) => self.done = true,
                    Err(e) => {
                        self.done = true;
                        return Some(Err(format!("after object {}: {e}", self.objects)));
                    }
                },
                Err(e) => {
                    self.done = true;
                    return Some(Err(format!("object {}: {e}", self.objects + 1)));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_across_containers() {
        let mut w = Writer::default();
        let mut out = Vec::new();
        let t0 = 1_796_138_426.120_456;
        let mut frames = Vec::new();
        for i in 0..6000u32 {
            let f = match i % 5 {
                0 => Frame::data(i % 0x800, false, &i.to_le_bytes()[..(i % 5) as usize]),
                1 => Frame::data(0x1000_0000 + i, true, &[1, 2, 3, 4, 5, 6, 7, 8]),
                2 => Frame {
                    id: 0x123,
                    extended: false,
                    rtr: true,
                    error: false,
                    dlc: (i % 9) as u8,
                    data: vec![],
                },
                3 => Frame::error_frame(),
                _ => Frame::data(0x7FF, false, &[]),
            };
            w.frame(&mut out, t0 + f64::from(i) * 0.000_137, i % 3, &f);
            frames.push(f);
            if i % 1000 == 999 {
                w.flush(&mut out);
            }
        }
        w.finish(&mut out);
        assert_eq!(w.count, 6000);
        assert_eq!(w.file_size, out.len() as u64);
        let got: Vec<_> = Reader::new(&out[..]).unwrap().map(Result::unwrap).collect();
        assert_eq!(got.len(), 6000);
        for (i, (ts, iface, f)) in got.into_iter().enumerate() {
            assert_eq!(f, frames[i]);
            assert_eq!(iface, format!("can{}", i % 3));
            assert!((ts - (t0 + i as f64 * 0.000_137)).abs() < 2e-6, "{i} {ts}");
        }
        assert!(Reader::new(&b"LOGX"[..]).is_err());
        // Damaged files end in an error, never a panic.
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..300 {
            let mut bad = out.clone();
            for _ in 0..4 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let at = (x % bad.len() as u64) as usize;
                bad[at] = (x >> 32) as u8;
            }
            bad.truncate(bad.len() - (x % 64) as usize);
            if let Ok(r) = Reader::new(&bad[..]) {
                r.for_each(drop);
            }
        }
        let mut cut = out.clone();
        cut.truncate(out.len() - 10);
        assert!(Reader::new(&cut[..]).unwrap().any(|r| r.is_err()));
    }
}
