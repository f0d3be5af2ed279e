//! CAN frames in the forms users already know: cansend's `123#DEADBEEF`, candump's screen lines and its `-L` log
//! format (read by canplayer and python-can), python-can's CSV, and our NDJSON.

use std::fmt::Write as _;

/// Flags of canRead/canWrite (canMSG_*) and of received frames (canMSGERR_*).
pub const MSG_RTR: u64 = 0x1;
pub const MSG_STD: u64 = 0x2;
pub const MSG_EXT: u64 = 0x4;
pub const MSG_ERROR_FRAME: u64 = 0x20;
pub const MSGERR_HW_OVERRUN: u64 = 0x200;
pub const MSGERR_SW_OVERRUN: u64 = 0x400;

/// canOPEN_ACCEPT_LARGE_DLC: without it a device sends and reports a DLC above 8 as 8.
pub const OPEN_ACCEPT_LARGE_DLC: u64 = 0x200;

/// canOPEN_NO_INIT_ACCESS: share the bus as it is configured (no canSetBusParams, no driver mode).
pub const OPEN_NO_INIT_ACCESS: u64 = 0x100;

pub const MAX_STD_ID: u32 = 0x7FF;
pub const MAX_EXT_ID: u32 = 0x1FFF_FFFF;

/// Linux's error-frame id in candump logs (CAN_ERR_FLAG | CAN_ERR_BUSERROR), as python-can writes and reads it.
const LOG_ERROR_ID: &str = "20000080";
const CAN_ERR_FLAG: u32 = 0x2000_0000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub id: u32,
    pub extended: bool,
    pub rtr: bool,
    pub error: bool,
    /// Data length code; equals `data.len()` except for remote requests, which carry no data, and for a raw
    /// DLC 9..15 (can-utils' `_X`), which carries 8 bytes.
    pub dlc: u8,
    pub data: Vec<u8>,
}

/// A bad frame: what is wrong and at which column (1-based) of the text.
#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    pub column: usize,
    pub message: String,
}

impl Frame {
    pub fn data(id: u32, extended: bool, data: &[u8]) -> Frame {
        Frame {
            id,
            extended,
            rtr: false,
            error: false,
            dlc: data.len() as u8,
            data: data.to_vec(),
        }
    }

    /// An error frame as logs carry it: no id, no data (the error class is not kept).
    pub fn error_frame() -> Frame {
        Frame {
            id: 0,
            extended: false,
            rtr: false,
            error: true,
            dlc: 0,
            data: Vec::new(),
        }
    }

    /// canWrite's `flag`.
    pub fn write_flag(&self) -> u64 {
        (if self.extended { MSG_EXT } else { MSG_STD }) | if self.rtr { MSG_RTR } else { 0 }
    }

    /// cansend syntax: `123#DEADBEEF`, `5A1#11.22.33`, `1F334455#11` (8 digits: extended), `123#R`, `123#R3`.
    pub fn parse(text: &str) -> Result<Frame, ParseError> {
        let err = |column: usize, message: String| Err(ParseError { column, message });
        let Some(hash) = text.find('#') else {
            return err(
                text.len() + 1,
                "missing '#' between id and data (e.g. 123#DEADBEEF)".into(),
            );
        };
        let id_text = &text[..hash];
        if id_text.is_empty() {
            return err(1, "missing CAN id before '#'".into());
        }
        if let Some(pos) = id_text.find(|c: char| !c.is_ascii_hexdigit()) {
            return err(
                pos + 1,
                format!(
                    "'{}' is not a hex digit in the CAN id",
                    char_at(id_text, pos)
                ),
            );
        }
        // cansend's rule: exactly 3 digits (standard) or 8 (extended); `1#11` and `12#11` are refused there too.
        if id_text.len() != 3 && id_text.len() != 8 {
            return err(
                1,
                format!(
                    "CAN id '{id_text}' has {} hex digits: use 3 for a standard id or 8 for an extended id",
                    id_text.len()
                ),
            );
        }
        let (id, extended) =
            check_id(id_text).map_err(|message| ParseError { column: 1, message })?;
        let rest = &text[hash + 1..];
        let col0 = hash + 2; // column of the first character after '#'
        if rest.starts_with('#') {
            return err(
                col0,
                "CAN FD frames (##) are not supported by the Kvaser REST API".into(),
            );
        }
        if let Some(dlc_text) = rest.strip_prefix(['R', 'r']) {
            // `R8_E`: a remote request with raw DLC 14, as can-utils writes it.
            let (dlc_text, raw) = match dlc_text.split_once('_') {
                Some(("8", raw)) => (
                    "8",
                    Some(raw_dlc(raw).map_err(|m| ParseError {
                        column: col0 + 3,
                        message: m,
                    })?),
                ),
                Some(_) => return err(col0 + 1, "a raw DLC (_X) follows R8 only".into()),
                None => (dlc_text, None),
            };
            let dlc = match dlc_text {
                "" => 0,
                d if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() => {
                    d.parse::<u8>().expect("digit")
                }
                d => match d.parse::<u32>() {
                    Ok(n) => return err(col0 + 1, format!("remote request length {n} is above 8")),
                    Err(_) => {
                        return err(
                            col0 + 1,
                            format!("'{d}' is not a remote request length (0..8)"),
                        );
                    }
                },
            };
            if dlc > 8 {
                return err(col0 + 1, format!("remote request length {dlc} is above 8"));
            }
            return Ok(Frame {
                id,
                extended,
                rtr: true,
                error: false,
                dlc: raw.unwrap_or(dlc),
                data: Vec::new(),
            });
        }
        let mut data = Vec::new();
        let mut high: Option<(u8, usize)> = None;
        let mut raw = None;
        for (i, c) in rest.char_indices() {
            let column = col0 + i;
            if c == '_' && high.is_none() {
                // can-utils' raw DLC: `_X` (9..F) after exactly 8 data bytes, at the end.
                if data.len() != 8 {
                    return err(column, "a raw DLC (_X) follows 8 data bytes only".into());
                }
                raw = Some(raw_dlc(&rest[i + 1..]).map_err(|m| ParseError {
                    column: column + 1,
                    message: m,
                })?);
                break;
            }
            if c == '.' {
                if let Some((_, col)) = high {
                    return err(col, "odd number of hex digits: a byte needs two".into());
                }
                continue;
            }
            let Some(v) = c.to_digit(16) else {
                return err(column, format!("'{c}' is not a hex digit in the data"));
            };
            match high.take() {
                None => high = Some((v as u8, column)),
                Some((h, _)) => {
                    if data.len() == 8 {
                        return err(
                            column - 1,
                            "more than 8 data bytes (classic CAN carries 0..8)".into(),
                        );
                    }
                    data.push(h << 4 | v as u8);
                }
            }
        }
        if let Some((_, col)) = high {
            return err(col, "odd number of hex digits: a byte needs two".into());
        }
        let mut f = Frame::data(id, extended, &data);
        if let Some(dlc) = raw {
            f.dlc = dlc;
        }
        Ok(f)
    }

    #[cfg(test)]
    pub fn compact(&self) -> String {
        let mut s = String::with_capacity(28);
        self.write_compact(&mut s);
        s
    }

    /// `123#DEADBEEF`, `1F334455#11`, `123#R`, `123#R3`; error frames as Linux's `20000080#…`.
    pub fn write_compact(&self, s: &mut String) {
        if self.error {
            s.push_str(LOG_ERROR_ID);
            s.push_str("#0000000000000000");
            return;
        }
        push_hex_id(s, self.id, self.extended);
        s.push('#');
        if self.rtr {
            s.push('R');
            if self.dlc > 0 {
                let _ = write!(s, "{}", self.dlc.min(8));
            }
        } else {
            push_hex(s, &self.data, "");
        }
        if self.dlc > 8 {
            let _ = write!(s, "_{:X}", self.dlc);
        }
    }

    /// candump's screen line: `  can0  123   [4]  DE AD BE EF`.
    pub fn write_candump(&self, s: &mut String, iface: &str) {
        if self.error {
            let _ = write!(s, "  {iface}  {LOG_ERROR_ID}   [8]  ERRORFRAME");
            return;
        }
        s.push_str("  ");
        s.push_str(iface);
        s.push_str("  ");
        push_hex_id(s, self.id, self.extended);
        s.push_str("   ");
        // A raw DLC as `candump -8` shows it: `{E}` where the length would be.
        if self.dlc > 8 {
            let _ = write!(s, "{{{:X}}} ", self.dlc);
        } else {
            let _ = write!(s, "[{}] ", self.dlc);
        }
        if self.rtr {
            s.push_str(" remote request");
        } else {
            for b in &self.data {
                let _ = write!(s, " {b:02X}");
            }
        }
    }

    /// python-can's CSV row: `timestamp,arbitration_id,extended,remote,error,dlc,data(base64)`.
    pub fn write_csv(&self, s: &mut String, timestamp: f64) {
        let _ = write!(
            s,
            "{timestamp:.6},0x{:x},{},{},{},{},{}",
            self.id,
            u8::from(self.extended),
            u8::from(self.rtr),
            u8::from(self.error),
            self.dlc,
            base64(&self.data)
        );
    }
}

/// One frame of a candump log (`(1436509052.249713) can0 123#DEADBEEF`, optionally followed by python-can's
/// ` R`/` T`): timestamp, interface, frame. Returns None for lines that are not frames (canplayer skips lines
/// not starting with `(`).
pub fn parse_log_line(line: &str) -> Option<Result<(f64, String, Frame), String>> {
    let whole = line;
    let line = line.trim();
    if !line.starts_with('(') {
        return None;
    }
    let mut parts = line.split_whitespace();
    let (Some(ts), Some(iface), Some(frame)) = (parts.next(), parts.next(), parts.next()) else {
        return Some(Err("expected (TIMESTAMP) INTERFACE FRAME".into()));
    };
    let Some(ts) = ts
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .and_then(|t| t.parse::<f64>().ok())
    else {
        return Some(Err(format!("bad timestamp '{ts}'")));
    };
    // Linux error frames: an 8-digit id with CAN_ERR_FLAG (0x20000000) set, whatever the error class bits.
    let is_error = frame.len() >= 9
        && frame.as_bytes()[8] == b'#'
        && u32::from_str_radix(&frame[..8], 16).is_ok_and(|id| id & CAN_ERR_FLAG != 0);
    if is_error {
        let f = Frame::error_frame();
        return Some(Ok((ts, iface.to_owned(), f)));
    }
    // Columns count in the whole line, as an editor shows them (the frame is a slice of it).
    let at = frame.as_ptr() as usize - whole.as_ptr() as usize;
    Some(match Frame::parse(frame) {
        Ok(f) => Ok((ts, iface.to_owned(), f)),
        Err(e) => Err(format!("column {}: {}", at + e.column, e.message)),
    })
}

/// The hex digit of a raw DLC (`_X`): 9..F.
fn raw_dlc(text: &str) -> Result<u8, String> {
    match u8::from_str_radix(text, 16) {
        Ok(d @ 9..=15) if text.len() == 1 => Ok(d),
        _ => Err(format!(
            "'{text}' is not a raw DLC: _X takes one hex digit 9..F"
        )),
    }
}

/// Range check of an id of 1..=8 hex digits (8: extended), with the message a user needs: a standard id
/// above 0x7FF is told to use 8 digits, an 8-digit id above 0x1FFFFFFF is told that limit. Shared by frames and
/// by the filter options of `dump` (which, like candump's, also take shorter ids).
pub fn check_id(digits: &str) -> Result<(u32, bool), String> {
    if digits.is_empty() || digits.len() > 8 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(format!("'{digits}' is not a CAN id in hex"));
    }
    let id = u32::from_str_radix(digits, 16).expect("checked hex, at most 8 digits");
    let extended = digits.len() == 8;
    if !extended && id > MAX_STD_ID {
        return Err(format!(
            "standard id 0x{id:X} is above 0x7FF; write extended ids with 8 hex digits ({id:08X})"
        ));
    }
    if extended && id > MAX_EXT_ID {
        return Err(format!("extended id 0x{id:X} is above 0x1FFFFFFF"));
    }
    Ok((id, extended))
}

fn char_at(s: &str, byte: usize) -> char {
    s[byte..].chars().next().unwrap_or('?')
}

/// The id as candump writes it: 3 hex digits for a standard id, 8 for an extended one (more if it has more).
pub fn push_hex_id(s: &mut String, id: u32, extended: bool) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let width = if extended { 8 } else { 3 };
    let needed = (32 - id.leading_zeros()).div_ceil(4) as usize;
    for k in (0..width.max(needed)).rev() {
        s.push(char::from(HEX[(id >> (4 * k) & 0xF) as usize]));
    }
}

pub fn push_hex(s: &mut String, bytes: &[u8], sep: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
        }
        s.push(HEX[usize::from(b >> 4)] as char);
        s.push(HEX[usize::from(b & 15)] as char);
    }
}

fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bad(text: &str) -> (usize, String) {
        let e = Frame::parse(text).unwrap_err();
        (e.column, e.message)
    }

    #[test]
    fn parses_cansend_syntax() {
        assert_eq!(
            Frame::parse("123#DEADBEEF").unwrap(),
            Frame::data(0x123, false, &[0xDE, 0xAD, 0xBE, 0xEF])
        );
        assert_eq!(
            Frame::parse("5A1#11.2233.44556677.88").unwrap().data,
            [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88]
        );
        assert_eq!(
            Frame::parse("5AA#").unwrap(),
            Frame::data(0x5AA, false, &[])
        );
        assert_eq!(
            Frame::parse("1F334455#11").unwrap(),
            Frame::data(0x1F334455, true, &[0x11])
        );
        let r = Frame::parse("123#R").unwrap();
        assert!(r.rtr && r.dlc == 0 && r.data.is_empty());
        let r = Frame::parse("00000123#R3").unwrap();
        assert!(r.rtr && r.extended && r.dlc == 3 && r.id == 0x123);
    }

    #[test]
    fn rejects_bad_frames_with_column() {
        assert_eq!(bad("800#11").0, 1);
        assert!(bad("800#11").1.contains("above 0x7FF"));
        assert!(bad("1234#11").1.contains("3 for a standard id or 8"));
        assert!(bad("1#11").1.contains("has 1 hex digits"));
        assert!(bad("12#11").1.contains("has 2 hex digits"));
        assert!(
            bad("20000000#11")
                .1
                .contains("extended id 0x20000000 is above 0x1FFFFFFF")
        );
        assert!(bad("3FFFFFFF#11").1.contains("above 0x1FFFFFFF"));
        assert_eq!(
            bad("123#112233445566778899"),
            (
                21,
                "more than 8 data bytes (classic CAN carries 0..8)".into()
            )
        );
        assert_eq!(
            bad("123#ABC"),
            (7, "odd number of hex digits: a byte needs two".into())
        );
        assert_eq!(
            bad("123#A.BC"),
            (5, "odd number of hex digits: a byte needs two".into())
        );
        assert_eq!(
            bad("123#DEXD"),
            (7, "'X' is not a hex digit in the data".into())
        );
        assert_eq!(
            bad("1G3#00"),
            (2, "'G' is not a hex digit in the CAN id".into())
        );
        assert!(
            bad("123#R9")
                .1
                .contains("remote request length 9 is above 8")
        );
        assert!(bad("123#R12").1.contains("above 8"));
        assert_eq!(bad("123DEAD").0, 8);
        assert!(bad("123##1").1.contains("CAN FD"));
    }

    #[test]
    fn formats_like_can_utils() {
        let f = Frame::data(0x123, false, &[0xDE, 0xAD, 0xBE, 0xEF]);
        assert_eq!(f.compact(), "123#DEADBEEF");
        let mut s = String::new();
        f.write_candump(&mut s, "can0");
        assert_eq!(s, "  can0  123   [4]  DE AD BE EF");
        let mut s = String::new();
        Frame::parse("1F334455#R2")
            .unwrap()
            .write_candump(&mut s, "can1");
        assert_eq!(s, "  can1  1F334455   [2]  remote request");
        assert_eq!(Frame::parse("00000001#").unwrap().compact(), "00000001#");
        let raw = Frame::parse("123#11.22.33.44.55.66.77.88_e").unwrap();
        assert_eq!((raw.dlc, raw.data.len()), (14, 8));
        assert_eq!(raw.compact(), "123#1122334455667788_E");
        let mut s = String::new();
        raw.write_candump(&mut s, "can0");
        assert_eq!(s, "  can0  123   {E}  11 22 33 44 55 66 77 88");
        assert_eq!(Frame::parse("123#R8_F").unwrap().compact(), "123#R8_F");
        let mut s = String::new();
        f.write_csv(&mut s, 1.5);
        assert_eq!(s, "1.500000,0x123,0,0,0,4,3q2+7w==");
    }

    #[test]
    fn reads_log_lines_from_candump_and_python_can() {
        let (ts, iface, f) = parse_log_line("(1436509052.249713) can0 123#DEADBEEF")
            .unwrap()
            .unwrap();
        assert_eq!(
            (ts, iface.as_str(), f.compact()),
            (1436509052.249713, "can0", "123#DEADBEEF".into())
        );
        let (_, _, f) = parse_log_line("(0.000000) vcan0 00000123#R T")
            .unwrap()
            .unwrap();
        assert!(f.rtr && f.extended);
        let (_, _, f) = parse_log_line("(1.0) can0 20000080#0000000000000000")
            .unwrap()
            .unwrap();
        assert!(f.error);
        let (_, _, f) = parse_log_line("(1.0) can0 2000000C#0004000000000000")
            .unwrap()
            .unwrap();
        assert!(f.error, "any error class");
        assert!(parse_log_line("# comment").is_none());
        assert!(parse_log_line("(x) can0 123#").unwrap().is_err());
        // A bad character is reported at its column in the line, as an editor counts.
        let e = parse_log_line("  (1.0) can0 123#XY").unwrap().unwrap_err();
        assert!(e.starts_with("column 18: "), "{e}");
    }

    /// parse(format(f)) == f over many random frames (a small xorshift generator keeps this dependency-free).
    #[test]
    fn property_parse_of_compact_is_identity() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..20_000 {
            let extended = next() % 2 == 0;
            let id = if extended {
                (next() as u32) & MAX_EXT_ID
            } else {
                (next() as u32) & MAX_STD_ID
            };
            let frame = if next() % 5 == 0 {
                Frame {
                    id,
                    extended,
                    rtr: true,
                    error: false,
                    dlc: (next() % 9) as u8,
                    data: Vec::new(),
                }
            } else {
                let len = (next() % 9) as usize;
                let data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
                let mut f = Frame::data(id, extended, &data);
                if len == 8 && next() % 2 == 0 {
                    f.dlc = 9 + (next() % 7) as u8; // can-utils' raw DLC `_X`
                }
                f
            };
            let text = frame.compact();
            assert_eq!(Frame::parse(&text).unwrap(), frame, "{text}");
            let line = format!("(1.000000) can0 {text}");
            assert_eq!(parse_log_line(&line).unwrap().unwrap().2, frame);
        }
    }
}
