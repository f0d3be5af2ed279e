//! The device's own reader of candump `-L` logs (for `--replay`): `(1436509052.249713) can0 123#DEADBEEF`,
//! optionally followed by python-can's ` R`/` T`. Written apart from the client's reader, so a parse bug shared
//! by both cannot hide.

use super::canlib::{MAX_EXT_ID, MAX_STD_ID, MSG_ERROR_FRAME, MSG_EXT, MSG_RTR, MSG_STD};

/// Linux's CAN_ERR_FLAG: an 8-digit id with this bit set is an error frame, whatever the class bits.
const LINUX_ERR_FLAG: u32 = 0x2000_0000;

/// One frame of a log line, as it would appear on the bus: canMSG flags, not candump notation.
#[derive(Debug, PartialEq)]
pub struct LogFrame {
    pub timestamp: f64,
    pub id: u32,
    pub flag: u64,
    pub dlc: u8,
    pub data: Vec<u8>,
}

/// None for lines that are not frames (canplayer skips lines not starting with `(`), else the frame or what is
/// wrong with the line.
pub fn read_line(line: &str) -> Option<Result<LogFrame, String>> {
    let line = line.trim();
    let rest = line.strip_prefix('(')?;
    Some(frame_of(rest))
}

fn frame_of(rest: &str) -> Result<LogFrame, String> {
    let (stamp, rest) = rest
        .split_once(')')
        .ok_or("expected (TIMESTAMP) INTERFACE FRAME")?;
    let timestamp: f64 = stamp
        .trim()
        .parse()
        .map_err(|_| format!("bad timestamp '({stamp})'"))?;
    let mut words = rest.split_whitespace();
    let (Some(_iface), Some(text)) = (words.next(), words.next()) else {
        return Err("expected (TIMESTAMP) INTERFACE FRAME".into());
    };
    let (id_text, payload) = text
        .split_once('#')
        .ok_or_else(|| format!("'{text}' has no '#' between id and data"))?;
    let id = u32::from_str_radix(id_text, 16)
        .ok()
        .filter(|_| !id_text.is_empty() && id_text.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(|| format!("bad CAN id '{id_text}'"))?;
    let extended = match id_text.len() {
        1..=3 => false,
        8 => true,
        _ => return Err(format!("CAN id '{id_text}' needs 3 or 8 hex digits")),
    };
    if extended && id & LINUX_ERR_FLAG != 0 {
        return Ok(LogFrame {
            timestamp,
            id: 0,
            flag: MSG_ERROR_FRAME,
            dlc: 0,
            data: Vec::new(),
        });
    }
    let limit = if extended { MAX_EXT_ID } else { MAX_STD_ID };
    if id > limit {
        return Err(format!("CAN id 0x{id:X} is above 0x{limit:X}"));
    }
    let base = if extended { MSG_EXT } else { MSG_STD };
    if payload.starts_with('#') {
        return Err("CAN FD frames (##) are not supported".into());
    }
    if let Some(len) = payload.strip_prefix(['R', 'r']) {
        let dlc = match len {
            "" => 0,
            _ => len
                .parse::<u8>()
                .ok()
                .filter(|n| *n <= 8 && len.len() == 1)
                .ok_or_else(|| format!("bad remote request length '{len}'"))?,
        };
        return Ok(LogFrame {
            timestamp,
            id,
            flag: base | MSG_RTR,
            dlc,
            data: Vec::new(),
        });
    }
    // can-utils' raw DLC: `_X` (9..F) after 8 data bytes.
    let (payload, raw_dlc) = match payload.split_once('_') {
        Some((p, x)) => match u8::from_str_radix(x, 16) {
            Ok(d @ 9..=15) if x.len() == 1 => (p, Some(d)),
            _ => return Err(format!("bad raw DLC '_{x}' (9..F)")),
        },
        None => (payload, None),
    };
    let digits: Vec<u8> = payload.bytes().filter(|b| *b != b'.').collect();
    if !digits.len().is_multiple_of(2) {
        return Err(format!("odd number of hex digits in '{payload}'"));
    }
    let data = digits
        .chunks(2)
        .map(|pair| {
            std::str::from_utf8(pair)
                .ok()
                .and_then(|p| u8::from_str_radix(p, 16).ok())
                .ok_or_else(|| format!("bad data '{payload}'"))
        })
        .collect::<Result<Vec<u8>, String>>()?;
    if data.len() > 8 {
        return Err(format!(
            "{} data bytes: classic CAN carries 0..8",
            data.len()
        ));
    }
    if raw_dlc.is_some() && data.len() != 8 {
        return Err("a raw DLC (_X) follows 8 data bytes only".into());
    }
    Ok(LogFrame {
        timestamp,
        id,
        flag: base,
        dlc: raw_dlc.unwrap_or(data.len() as u8),
        data,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(line: &str) -> LogFrame {
        read_line(line).unwrap().unwrap()
    }

    #[test]
    fn reads_candump_and_python_can_lines() {
        assert_eq!(
            frame("(1436509052.249713) can0 123#DEADBEEF"),
            LogFrame {
                timestamp: 1436509052.249713,
                id: 0x123,
                flag: 2,
                dlc: 4,
                data: vec![0xDE, 0xAD, 0xBE, 0xEF],
            }
        );
        let f = frame("(0.5) vcan0 00000123#R3 T");
        assert_eq!((f.id, f.flag, f.dlc, f.data.len()), (0x123, 4 | 1, 3, 0));
        let f = frame("(1.0) can1 300#R");
        assert_eq!((f.flag, f.dlc), (2 | 1, 0));
        let f = frame("(1.0) can0 5A1#11.22.33");
        assert_eq!((f.flag, f.data), (2, vec![0x11, 0x22, 0x33]));
        let f = frame("(1.0) can0 1FFFFFFF#");
        assert_eq!((f.id, f.flag, f.dlc), (0x1FFF_FFFF, 4, 0));
    }

    #[test]
    fn linux_error_frames_of_any_class() {
        for line in [
            "(1.0) can0 20000080#0000000000000000",
            "(1.0) can0 2000000C#0004000000000000",
        ] {
            let f = frame(line);
            assert_eq!((f.id, f.flag, f.dlc), (0, 0x20, 0), "{line}");
        }
    }

    #[test]
    fn skips_non_frames_and_rejects_bad_frames() {
        assert!(read_line("# comment").is_none());
        assert!(read_line("").is_none());
        for bad in [
            "(x) can0 123#",
            "(1.0) can0",
            "(1.0) can0 123DEAD",
            "(1.0) can0 800#11",
            "(1.0) can0 1234#11",
            "(1.0) can0 123#ABC",
            "(1.0) can0 123#DEXD",
            "(1.0) can0 123#112233445566778899",
            "(1.0) can0 123#R9",
            "(1.0) can0 123##1",
            "(1.0) can0 G23#00",
        ] {
            assert!(read_line(bad).unwrap().is_err(), "{bad}");
        }
    }
}
