//! Vector ASC, as python-can's `ASCWriter` writes it and its `ASCReader` reads it:
//!
//! ```text
//! date Tue Dec 01 15:20:26.123 2026
//! base hex  timestamps absolute
//! internal events logged
//! Begin Triggerblock Tue Dec 01 15:20:26.120 2026
//!  0.000000 Start of measurement
//!  0.004560 1  123             Rx   d 4 DE AD BE EF
//!  0.005000 2  1F334455x       Rx   r 3
//!  0.006000 1  ErrorFrame
//! End TriggerBlock
//! ```
//!
//! Times are offsets from the trigger block's date (local time, milliseconds); channels count from 1.

use std::fmt::Write as _;
use std::io::BufRead;

use super::time;
use crate::can::frame::{self, Frame};

pub struct Writer {
    created: f64,
    started: Option<f64>,
    last: f64,
}

impl Writer {
    pub fn new(created: f64) -> Writer {
        Writer {
            created,
            started: None,
            last: 0.0,
        }
    }

    pub fn start(&mut self, out: &mut Vec<u8>) {
        let date = time::asc_date(self.created);
        out.extend_from_slice(
            format!("date {date}\nbase hex  timestamps absolute\ninternal events logged\n")
                .as_bytes(),
        );
    }

    /// python-can's `{timestamp: 9.6f} {message}`: a space for the sign, at least 9 wide.
    fn event(&mut self, out: &mut Vec<u8>, ts: f64, message: &str) {
        let ts = ts.max(self.last);
        self.last = ts;
        let offset = ts - self.started.unwrap_or(ts);
        let num = format!(" {:.6}", offset.max(0.0));
        out.extend_from_slice(format!("{num:>9} {message}\n").as_bytes());
    }

    pub fn frame(&mut self, out: &mut Vec<u8>, ts: f64, channel: u32, f: &Frame) {
        if self.started.is_none() {
            // The trigger block starts at the first frame's millisecond, which is all its date can say; offsets
            // from that instant make the frames' absolute times exact to the microsecond when read back.
            let start = (ts * 1000.0).floor() / 1000.0;
            self.started = Some(start);
            self.last = start;
            let date = time::asc_date(start);
            out.extend_from_slice(format!("Begin Triggerblock {date}\n").as_bytes());
            self.event(out, start, "Start of measurement");
        }
        let channel = channel + 1;
        let mut line = String::with_capacity(64);
        if f.error {
            let _ = write!(line, "{channel}  ErrorFrame");
        } else {
            let id = if f.extended {
                format!("{:X}x", f.id)
            } else {
                format!("{:X}", f.id)
            };
            let _ = write!(line, "{channel}  {id:<15} {:<4} ", "Rx");
            if f.rtr {
                let _ = write!(line, "r {:x} ", f.dlc);
            } else {
                let _ = write!(line, "d {:x} ", f.dlc);
                frame::push_hex(&mut line, &f.data, " ");
            }
        }
        self.event(out, ts, &line);
    }

    pub fn finish(&mut self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"End TriggerBlock\n");
    }
}

/// The frames of an ASC log; lines that are not CAN frames (comments, statistics, J1939, …) are skipped.
pub struct Reader<R> {
    input: R,
    line_no: usize,
    base: u32,
    relative: bool,
    start: f64,
    last: f64,
}

impl<R: BufRead> Reader<R> {
    pub fn new(input: R) -> Reader<R> {
        Reader {
            input,
            line_no: 0,
            base: 16,
            relative: false,
            start: 0.0,
            last: 0.0,
        }
    }

    /// One line: None when it holds no frame.
    fn line(&mut self, line: &str) -> Option<Result<super::Record, String>> {
        let lower = line.to_ascii_lowercase();
        if let Some(rest) = lower.strip_prefix("base ") {
            let mut words = rest.split_whitespace();
            self.base = if words.next() == Some("dec") { 10 } else { 16 };
            self.relative = words.next() == Some("timestamps") && words.next() == Some("relative");
            return None;
        }
        if lower.starts_with("begin triggerblock") {
            let date = line
                .split_whitespace()
                .skip(2)
                .collect::<Vec<_>>()
                .join(" ");
            self.start = time::parse_asc_date(&date).unwrap_or(0.0);
            self.last = self.start;
            return None;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let [ts, channel, third, ..] = words[..] else {
            return None;
        };
        let is_time = ts
            .split_once('.')
            .is_some_and(|(a, b)| digits(a) && digits(b));
        if !is_time {
            return None;
        }
        if channel.eq_ignore_ascii_case("canfd") {
            return Some(Err(
                "CAN FD frames are not supported by the Kvaser REST API".into(),
            ));
        }
        if !digits(channel) {
            return None;
        }
        let offset: f64 = ts.parse().ok()?;
        let ts = if self.relative {
            self.last += offset;
            self.last
        } else {
            self.start + offset
        };
        let iface = format!("can{}", channel.parse::<u32>().ok()?.saturating_sub(1));
        if third
            .get(..10)
            .is_some_and(|t| t.eq_ignore_ascii_case("errorframe"))
        {
            let f = Frame::error_frame();
            return Some(Ok((ts, iface, f)));
        }
        let dir = words.get(3)?;
        if !dir.eq_ignore_ascii_case("rx") && !dir.eq_ignore_ascii_case("tx") {
            return None;
        }
        Some(self.frame(third, &words[4..]).map(|f| (ts, iface, f)))
    }

    fn frame(&self, id: &str, rest: &[&str]) -> Result<Frame, String> {
        let num = |t: &str, what: &str| {
            u32::from_str_radix(t, self.base).map_err(|_| format!("bad {what} '{t}'"))
        };
        let (id_text, extended) = match id.strip_suffix(['x', 'X']) {
            Some(i) => (i, true),
            None => (id, false),
        };
        let id = num(id_text, "CAN id")?;
        let limit = if extended {
            frame::MAX_EXT_ID
        } else {
            frame::MAX_STD_ID
        };
        if id > limit {
            return Err(format!("CAN id 0x{id:X} is above 0x{limit:X}"));
        }
        let Some(kind) = rest.first() else {
            return Err("no d or r after the direction".into());
        };
        let dlc_of = |t: &str| -> Result<u8, String> {
            let n = num(t, "DLC")?;
            u8::try_from(n)
                .ok()
                .filter(|&n| n <= 15)
                .ok_or_else(|| format!("DLC {t} is above 15"))
        };
        if kind.starts_with(['r', 'R']) {
            let dlc = match rest.get(1) {
                Some(d) if digits(d) => dlc_of(d)?,
                _ => 0,
            };
            return Ok(Frame {
                id,
                extended,
                rtr: true,
                error: false,
                dlc,
                data: Vec::new(),
            });
        }
        let dlc = dlc_of(rest.get(1).ok_or("no DLC")?)?;
        let len = usize::from(dlc.min(8));
        let bytes = rest.get(2..).unwrap_or(&[]);
        if bytes.len() < len {
            return Err(format!("DLC {dlc} but {} data bytes", bytes.len()));
        }
        let data = bytes[..len]
            .iter()
            .map(|b| u8::from_str_radix(b, self.base).map_err(|_| format!("bad data byte '{b}'")))
            .collect::<Result<Vec<u8>, String>>()?;
        Ok(Frame {
            id,
            extended,
            rtr: false,
            error: false,
            dlc,
            data,
        })
    }
}

fn digits(t: &str) -> bool {
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<super::Record, String>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = String::new();
        loop {
            buf.clear();
            match self.input.read_line(&mut buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => return Some(Err(format!("line {}: {e}", self.line_no + 1))),
            }
            self.line_no += 1;
            let n = self.line_no;
            if let Some(r) = self.line(buf.trim()) {
                return Some(r.map_err(|e| format!("line {n}: {e}")));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<Result<super::super::Record, String>> {
        Reader::new(text.as_bytes()).collect()
    }

    #[test]
    fn writes_as_python_can_and_reads_back() {
        let mut w = Writer::new(1_796_138_426.0);
        let mut out = Vec::new();
        w.start(&mut out);
        let frames = [
            Frame::data(0x123, false, &[0xDE, 0xAD, 0xBE, 0xEF]),
            Frame {
                id: 0x1F33_4455,
                extended: true,
                rtr: true,
                error: false,
                dlc: 3,
                data: vec![],
            },
            Frame::data(0x7FF, false, &[]),
            Frame::error_frame(),
        ];
        for (i, f) in frames.iter().enumerate() {
            w.frame(
                &mut out,
                1_796_138_426.120_456 + i as f64 * 0.5,
                i as u32 % 2,
                f,
            );
        }
        w.finish(&mut out);
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[1], "base hex  timestamps absolute");
        assert!(lines[3].starts_with("Begin Triggerblock "), "{text}");
        assert_eq!(lines[4], " 0.000000 Start of measurement");
        assert_eq!(
            lines[5],
            " 0.000456 1  123             Rx   d 4 DE AD BE EF"
        );
        assert_eq!(lines[6], " 0.500456 2  1F334455x       Rx   r 3 ");
        assert_eq!(lines[7], " 1.000456 1  7FF             Rx   d 0 ");
        assert_eq!(lines[8], " 1.500456 2  ErrorFrame");
        assert_eq!(lines[9], "End TriggerBlock");
        let back = read(&text);
        assert_eq!(back.len(), 4);
        for (i, r) in back.into_iter().enumerate() {
            let (ts, iface, f) = r.unwrap();
            assert_eq!(f, frames[i]);
            assert_eq!(iface, format!("can{}", i % 2));
            assert!(
                (ts - (1_796_138_426.120_456 + i as f64 * 0.5)).abs() < 2e-6,
                "{ts}"
            );
        }
    }

    #[test]
    fn reads_other_writers_and_names_bad_lines() {
        let text = "date Tue Dec 01 15:20:26 2026\nbase dec  timestamps relative\n// comment\n\
                    Begin Triggerblock Tue Dec 01 15:20:26 2026\n 1.0 1  291 Tx d 2 1 255\n 0.5 1 Statistic: x\n \
                    0.5 CANFD 1 Rx 123 1 0 8 8 11 22 33 44 55 66 77 88\n 0.5 2 J1939TP FEECp 6 0 0 - Rx d 17\n";
        let got = read(text);
        let (ts, iface, f) = got[0].clone().unwrap();
        assert_eq!(
            (iface.as_str(), f),
            ("can0", Frame::data(291, false, &[1, 255]))
        );
        let start = time::parse_asc_date("Tue Dec 01 15:20:26 2026").unwrap();
        assert!((ts - start - 1.0).abs() < 1e-9);
        assert_eq!(
            got[1].clone().unwrap_err(),
            "line 7: CAN FD frames are not supported by the Kvaser REST API"
        );
        assert_eq!(got.len(), 2);
        let bad = read("0.1 1 800 Rx d 1 00\n0.2 1 123 Rx d 4 00\n");
        assert_eq!(
            bad[0].clone().unwrap_err(),
            "line 1: CAN id 0x800 is above 0x7FF"
        );
        assert_eq!(
            bad[1].clone().unwrap_err(),
            "line 2: DLC 4 but 1 data bytes"
        );
        // Any line ends in a frame, an error or nothing, never a panic.
        for junk in [
            "0.1 1 ÄÄÄÄÄÄÄÄÄÄ",
            "0.1 1 x Rx",
            "0.1 1 1 Rx d",
            "0.1 1 1 Rx r ZZ",
            "1.1 99999999999 1 Rx d 1 1",
        ] {
            read(junk);
        }
    }
}
