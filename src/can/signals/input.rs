//! The lines `can decode` reads: candump -L (`(1594172461.968006) vcan0 1F0#0000000000001BC1`, python-can's
//! trailing ` R`/` T`), candump's screen lines (`  vcan0  1F0   [8]  80 4A 0F 00 00 00 00 00`, with `-t`
//! timestamps, `-x` columns, `-a` ASCII, colour), python-can CSV rows, and lines decoded before (` :: …` is
//! dropped and the frame decoded again; a multi-line decode's continuation lines and its `)` are dropped, as
//! `cantools decode` does). One parser reused for every line: no allocation per line on the common paths.

use std::fmt::Write as _;

use super::channel_of;
use crate::can::formats::csv;
use crate::can::frame::{self, Frame};

/// Linux's CAN_ERR_FLAG: an 8-digit id with it set is an error frame.
const CAN_ERR_FLAG: u32 = 0x2000_0000;

#[derive(Debug, PartialEq, Eq)]
pub enum Kind {
    /// A frame, in `LineParser::frame` (and its echo, timestamp, channel).
    Frame,
    /// A continuation of a multi-line decode: dropped (its frame was decoded again).
    Skip,
    /// A blank line or a python-can CSV header: table output passes it through, other formats ignore it.
    Blank,
    /// Not a frame: table output passes it through, other formats count it.
    Other,
}

pub struct LineParser {
    pub frame: Frame,
    /// Table: the frame part of the line as read (colour, trailing blanks and an old ` :: …` removed), or the
    /// candump -L line of a CSV row.
    pub echo: String,
    /// A JSON number, empty when the line had no timestamp.
    pub ts: String,
    pub channel: u32,
    /// Inside a multi-line decode: lines up to its `)` are dropped.
    multi: bool,
    plain: String,
}

impl Default for LineParser {
    fn default() -> Self {
        LineParser {
            frame: Frame::data(0, false, &[]),
            echo: String::with_capacity(128),
            ts: String::with_capacity(32),
            channel: 0,
            multi: false,
            plain: String::with_capacity(128),
        }
    }
}

impl LineParser {
    pub fn parse(&mut self, line: &str) -> Kind {
        if line.contains('\x1b') {
            let mut plain = std::mem::take(&mut self.plain);
            strip_ansi(line, &mut plain);
            let kind = self.parse_plain(&plain);
            self.plain = plain;
            kind
        } else {
            self.parse_plain(line)
        }
    }

    /// A record of an ASC/BLF/CSV log.
    pub fn record(&mut self, ts: f64, iface: &str, f: Frame) {
        self.frame = f;
        self.ts.clear();
        let _ = write!(self.ts, "{ts:.6}");
        self.echo.clear();
        self.echo.push('(');
        self.echo.push_str(&self.ts);
        self.echo.push_str(") ");
        self.echo.push_str(iface);
        self.echo.push(' ');
        self.frame.write_compact(&mut self.echo);
        self.channel = channel_of(iface);
    }

    fn parse_plain(&mut self, line: &str) -> Kind {
        let line = line.trim_end();
        let (part, decoded) = match line.find(" ::") {
            Some(i) => (line[..i].trim_end(), Some(line[i + 3..].trim())),
            None => (line, None),
        };
        if self.frame_line(part) {
            // `… :: Message(` or cantools' `… ::` then `Message(`: the signals follow on lines of their own.
            self.multi = decoded.is_some_and(|d| d.is_empty() || d.ends_with('('));
            self.echo.clear();
            self.echo.push_str(part);
            return Kind::Frame;
        }
        if self.multi {
            if line.trim_start().starts_with(')') {
                self.multi = false;
            }
            return Kind::Skip;
        }
        if line.trim().is_empty() || line.starts_with("timestamp,arbitration_id") {
            return Kind::Blank;
        }
        if line.as_bytes()[0].is_ascii_digit()
            && line.contains(',')
            && let Ok((ts, f)) = csv::row(line)
        {
            self.record(ts, "can0", f);
            return Kind::Frame;
        }
        Kind::Other
    }

    /// A candump -L or screen line (`part` has no decoded suffix); fills frame, timestamp and channel.
    fn frame_line(&mut self, part: &str) -> bool {
        let mut rest = part.trim_start();
        self.ts.clear();
        if let Some(inner) = rest.strip_prefix('(') {
            let Some(close) = inner.find(')') else {
                return false;
            };
            push_number(&mut self.ts, &inner[..close]);
            rest = &inner[close + 1..];
        }
        let mut tokens = rest.split_ascii_whitespace();
        let Some(iface) = tokens.next() else {
            return false;
        };
        let Some(mut next) = tokens.next() else {
            return false;
        };
        let ok = if next.contains('#') {
            // python-can's direction after the frame; nothing else may follow.
            let tail = tokens.next();
            matches!(tail, None | Some("R" | "T")) && tokens.next().is_none() && self.compact(next)
        } else {
            // candump -x: `RX - -` / `TX B E` between the interface and the id.
            if next == "RX" || next == "TX" {
                let (_, _) = (tokens.next(), tokens.next());
                next = match tokens.next() {
                    Some(t) => t,
                    None => return false,
                };
            }
            self.screen(next, &mut tokens)
        };
        if ok {
            self.channel = channel_of(iface);
        }
        ok
    }

    /// `1F0#0000000000001BC1` on the fast path; anything rarer (`R`, dots, a raw DLC) through `Frame::parse`.
    fn compact(&mut self, text: &str) -> bool {
        let Some((id_text, data)) = text.split_once('#') else {
            return false;
        };
        let Some((id, extended)) = parse_id(id_text) else {
            return false;
        };
        if extended && id & CAN_ERR_FLAG != 0 {
            self.frame = Frame::error_frame();
            return true;
        }
        let f = &mut self.frame;
        f.data.clear();
        let bytes = data.as_bytes();
        if bytes.len() % 2 == 0 && bytes.len() <= 16 {
            let all_hex = bytes.chunks(2).all(|p| match (hex(p[0]), hex(p[1])) {
                (Some(h), Some(l)) => {
                    f.data.push(h << 4 | l);
                    true
                }
                _ => false,
            });
            if all_hex {
                (f.id, f.extended, f.rtr, f.error) = (id, extended, false, false);
                f.dlc = f.data.len() as u8;
                return true;
            }
        }
        match Frame::parse(text) {
            Ok(parsed) => {
                self.frame = parsed;
                true
            }
            Err(_) => false,
        }
    }

    /// `1F0   [8]  80 4A 0F 00 00 00 00 00` (then maybe `-a`'s ASCII), `[3]  remote request`, `ERRORFRAME`.
    fn screen<'a>(&mut self, id_text: &str, tokens: &mut impl Iterator<Item = &'a str>) -> bool {
        let Some((id, extended)) = parse_id(id_text) else {
            return false;
        };
        let Some(len) = tokens.next() else {
            return false;
        };
        let dlc = match len.as_bytes() {
            [b'[', d @ b'0'..=b'8', b']'] => d - b'0',
            // candump -8's raw DLC: `{E}`.
            [b'{', d, b'}'] => match hex(*d) {
                Some(d @ 9..=15) => d,
                _ => return false,
            },
            _ => return false,
        };
        let f = &mut self.frame;
        (f.id, f.extended, f.rtr, f.error, f.dlc) = (id, extended, false, false, dlc);
        f.data.clear();
        let mut first = tokens.next();
        if first == Some("remote") {
            f.rtr = true;
            return tokens.next() == Some("request");
        }
        if first == Some("ERRORFRAME") || (extended && id & CAN_ERR_FLAG != 0) {
            self.frame = Frame::error_frame();
            return true;
        }
        for _ in 0..dlc.min(8) {
            match first.take().or_else(|| tokens.next()).map(str::as_bytes) {
                Some(&[h, l]) => match (hex(h), hex(l)) {
                    (Some(h), Some(l)) => f.data.push(h << 4 | l),
                    _ => return false,
                },
                _ => return false,
            }
        }
        true
    }
}

/// 3 hex digits (standard) or 8 (extended), as candump writes them.
fn parse_id(text: &str) -> Option<(u32, bool)> {
    if (text.len() != 3 && text.len() != 8) || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let id = u32::from_str_radix(text, 16).ok()?;
    let extended = text.len() == 8;
    // An 8-digit error id is kept for the caller to see; other ids above their limit are no frames.
    let limit = if extended {
        frame::MAX_EXT_ID
    } else {
        frame::MAX_STD_ID
    };
    (id <= limit || (extended && id & CAN_ERR_FLAG != 0)).then_some((id, extended))
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// A timestamp as a JSON number: `000.000000` → `0.000000`; left empty when it is not a plain decimal
/// (`-t A`'s dates).
fn push_number(out: &mut String, text: &str) {
    let text = text.trim();
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || (text.contains('.') && frac.is_empty()) {
        return;
    }
    let int = int.trim_start_matches('0');
    out.push_str(if int.is_empty() { "0" } else { int });
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
}

/// The line without its colour (ANSI CSI sequences: ESC `[` … final byte).
fn strip_ansi(line: &str, out: &mut String) {
    out.clear();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        if chars.clone().next() == Some('[') {
            chars.next();
            for c in chars.by_ref() {
                if ('\x40'..='\x7e').contains(&c) {
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> (Kind, LineParser) {
        let mut p = LineParser::default();
        let k = p.parse(line);
        (k, p)
    }

    fn frame_of(line: &str) -> LineParser {
        let (k, p) = parse(line);
        assert_eq!(k, Kind::Frame, "{line}");
        p
    }

    #[test]
    fn candump_log_lines() {
        let p = frame_of("(1594172461.968006) vcan0 1F0#0000000000001BC1\n");
        assert_eq!(
            p.frame,
            Frame::data(0x1F0, false, &[0, 0, 0, 0, 0, 0, 0x1B, 0xC1])
        );
        assert_eq!((p.ts.as_str(), p.channel), ("1594172461.968006", 0));
        assert_eq!(p.echo, "(1594172461.968006) vcan0 1F0#0000000000001BC1");
        let p = frame_of("(1.5) can3 00000456#0203 R");
        assert_eq!(p.frame, Frame::data(0x456, true, &[2, 3]));
        assert_eq!(p.channel, 3);
        let p = frame_of("(1.5) can0 123#R3");
        assert!(p.frame.rtr && p.frame.dlc == 3);
        let p = frame_of("(1.5) can0 5A1#11.22");
        assert_eq!(p.frame.data, [0x11, 0x22]);
        assert!(frame_of("(0.1) can0 20000080#0000000000000000").frame.error);
        for bad in [
            "(1.5) can0 123#0",
            "(1.5) can0 800#00",
            "(1.5) can0 98FEF100#00",
            "(1.5) can0 123#00 extra",
            "(1.5 can0 123#00",
            "(1.5) can0",
        ] {
            assert_eq!(parse(bad).0, Kind::Other, "{bad}");
        }
    }

    #[test]
    fn candump_screen_lines() {
        let p = frame_of("  vcan0  1F0   [8]  80 4A 0F 00 00 00 00 00");
        assert_eq!(p.frame.data, [0x80, 0x4A, 0x0F, 0, 0, 0, 0, 0]);
        assert_eq!((p.ts.as_str(), p.channel), ("", 0));
        assert_eq!(p.echo, "  vcan0  1F0   [8]  80 4A 0F 00 00 00 00 00");
        let p = frame_of(" (1594172461.968006)  vcan1  1F0   [2]  80 4A  ");
        assert_eq!((p.ts.as_str(), p.channel), ("1594172461.968006", 1));
        assert_eq!(p.echo, " (1594172461.968006)  vcan1  1F0   [2]  80 4A");
        assert_eq!(frame_of(" (000.000000)  can0  123   [0] ").ts, "0.000000");
        assert_eq!(frame_of(" (012.250000)  can0  123   [0] ").ts, "12.250000");
        let p = frame_of("  can0  TX - -  12345678   [1]  AA");
        assert!(p.frame.extended && p.frame.id == 0x1234_5678);
        frame_of("  can0  RX B E  123   [1]  AA   '.'");
        let p = frame_of("  can0  123   [3]  remote request");
        assert!(p.frame.rtr && p.frame.dlc == 3 && p.frame.data.is_empty());
        assert!(frame_of("  can0  20000080   [8]  ERRORFRAME").frame.error);
        let p = frame_of("\x1b[1;32m  can0\x1b[0m  1F0   [1]  \x1b[31m80\x1b[0m");
        assert_eq!(p.frame.data, [0x80]);
        assert_eq!(p.echo, "  can0  1F0   [1]  80");
        for bad in [
            "  can0  1F0   [2]  80",
            "  can0  1F0   [9]  80",
            "hello world",
            "  can0  1F0",
        ] {
            assert_eq!(parse(bad).0, Kind::Other, "{bad}");
        }
    }

    #[test]
    fn decoded_lines_are_decoded_again() {
        let mut p = LineParser::default();
        assert_eq!(
            p.parse("(1.0) can0 1F0#80 :: ExampleMessage(Enable: 'Enabled')"),
            Kind::Frame
        );
        assert_eq!(p.echo, "(1.0) can0 1F0#80");
        // Ours (` :: Message(`) and cantools' (` ::` then `Message(`) multi-line forms.
        for head in [
            "(1.0) can0 1F0#80 :: ExampleMessage(",
            "(1.0) can0 1F0#80 ::",
        ] {
            assert_eq!(p.parse(head), Kind::Frame);
            for cont in ["ExampleMessage(", "    Enable: 'Enabled',", "    A: 1 m"] {
                assert_eq!(p.parse(cont), Kind::Skip, "{cont}");
            }
            assert_eq!(p.parse(") [truncated: 1 of 8 bytes]"), Kind::Skip);
            assert_eq!(p.parse("    Enable: 1"), Kind::Other);
        }
    }

    #[test]
    fn csv_rows_and_others() {
        let mut p = LineParser::default();
        assert_eq!(
            p.parse("timestamp,arbitration_id,extended,remote,error,dlc,data"),
            Kind::Blank
        );
        assert_eq!(p.parse("1.25,0x1f0,0,0,0,2,gEo="), Kind::Frame);
        assert_eq!(p.frame, Frame::data(0x1F0, false, &[0x80, 0x4A]));
        assert_eq!(p.echo, "(1.250000) can0 1F0#804A");
        assert_eq!(p.ts, "1.250000");
        assert_eq!(p.parse(""), Kind::Blank);
        assert_eq!(p.parse(" \r"), Kind::Blank);
        // CRLF lines decode.
        assert_eq!(p.parse("(1.0) can0 1F0#80\r"), Kind::Frame);
        assert_eq!(p.echo, "(1.0) can0 1F0#80");
        assert_eq!(p.parse("1,2,3"), Kind::Other);
    }

    #[test]
    fn timestamps_as_json_numbers() {
        let n = |t: &str| {
            let mut s = String::new();
            push_number(&mut s, t);
            s
        };
        assert_eq!(n("1594172461.968006"), "1594172461.968006");
        assert_eq!(n("000.000000"), "0.000000");
        assert_eq!(n("2020-07-08 01:41:01.968006"), "");
        assert_eq!(n("1."), "");
        assert_eq!(n("7"), "7");
    }
}
