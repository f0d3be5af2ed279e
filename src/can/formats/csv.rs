//! python-can's CSV, as `dump --format csv` writes it and python-can's `CSVWriter` does:
//! `timestamp,arbitration_id,extended,remote,error,dlc,data` with the id in hex (`0x123`) and the data in
//! base64. No channel column: every frame is on `can0`.

use std::io::BufRead;

use base64::Engine as _;

use crate::can::frame::{self, Frame};

pub struct Reader<R> {
    input: R,
    line_no: usize,
}

impl<R: BufRead> Reader<R> {
    pub fn new(input: R) -> Reader<R> {
        Reader { input, line_no: 0 }
    }
}

fn flag(t: &str) -> Result<bool, String> {
    match t.trim() {
        "1" | "True" | "true" => Ok(true),
        "0" | "False" | "false" => Ok(false),
        other => Err(format!("'{other}' is not 0 or 1")),
    }
}

/// One data row (not the header).
pub fn row(line: &str) -> Result<(f64, Frame), String> {
    let cols: Vec<&str> = line.split(',').collect();
    let [ts, id, ext, rtr, err, dlc, data] = cols[..] else {
        return Err(format!("{} columns, expected 7", cols.len()));
    };
    let ts: f64 = ts
        .trim()
        .parse()
        .map_err(|_| format!("bad timestamp '{ts}'"))?;
    let id_text = id.trim();
    let id = match id_text
        .strip_prefix("0x")
        .or_else(|| id_text.strip_prefix("0X"))
    {
        Some(hex) => u32::from_str_radix(hex, 16),
        None => id_text.parse(),
    }
    .map_err(|_| format!("bad arbitration_id '{id_text}'"))?;
    let (extended, rtr, error) = (flag(ext)?, flag(rtr)?, flag(err)?);
    let dlc: u8 = dlc
        .trim()
        .parse()
        .ok()
        .filter(|&d| d <= 15)
        .ok_or_else(|| format!("bad dlc '{dlc}'"))?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data.trim())
        .map_err(|_| format!("bad base64 data '{data}'"))?;
    if bytes.len() > 8 {
        return Err(format!(
            "{} data bytes: CAN FD frames are not supported",
            bytes.len()
        ));
    }
    let limit = if extended {
        frame::MAX_EXT_ID
    } else {
        frame::MAX_STD_ID
    };
    if !error && id > limit {
        return Err(format!("CAN id 0x{id:X} is above 0x{limit:X}"));
    }
    Ok((
        ts,
        Frame {
            id,
            extended,
            rtr,
            error,
            dlc,
            data: if rtr { Vec::new() } else { bytes },
        },
    ))
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<super::Record, String>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = String::new();
        loop {
            buf.clear();
            self.line_no += 1;
            let n = self.line_no;
            match self.input.read_line(&mut buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => return Some(Err(format!("line {n}: {e}"))),
            }
            let line = buf.trim();
            if line.is_empty() || line.starts_with("timestamp,") {
                continue;
            }
            return Some(
                row(line)
                    .map(|(ts, f)| (ts, "can0".to_owned(), f))
                    .map_err(|e| format!("line {n}: {e}")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_dump_writes() {
        let frames = [
            Frame::data(0x123, false, &[0xDE, 0xAD, 0xBE, 0xEF, 1]),
            Frame::data(0x1F33_4455, true, &[]),
            Frame {
                id: 0x7FF,
                extended: false,
                rtr: true,
                error: false,
                dlc: 3,
                data: vec![],
            },
        ];
        let mut text = String::from("timestamp,arbitration_id,extended,remote,error,dlc,data\n");
        for (i, f) in frames.iter().enumerate() {
            f.write_csv(&mut text, 100.25 + i as f64);
            text.push('\n');
        }
        let got: Vec<_> = Reader::new(text.as_bytes()).map(Result::unwrap).collect();
        for (i, (ts, iface, f)) in got.into_iter().enumerate() {
            assert_eq!(
                (ts, iface.as_str(), &f),
                (100.25 + i as f64, "can0", &frames[i])
            );
        }
        let bad: Vec<_> =
            Reader::new("timestamp,x\n1.0,0x123,0,0,0,1,AA==,9\n".as_bytes()).collect();
        assert_eq!(bad[0].clone().unwrap_err(), "line 2: 8 columns, expected 7");
    }
}
