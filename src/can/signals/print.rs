//! Decoded frames as `decode` and `dump --dbc` print them: the frame's line then ` :: Message(Sig: value unit, …)`
//! (or one signal a line), NDJSON/JSON objects with today's frame fields plus the message, and CSV one row per
//! signal. Written into a caller's buffer with no allocation per frame: this runs a million times a second.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::{BuildHasherDefault, Hasher};

use super::Selection;
use crate::can::dbc::Database;
use crate::can::dbc::codec::{self, Decoded, Decoder, Raw};
use crate::can::dbc::model::{Message, Signal};
use crate::can::frame::{self, Frame};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Out {
    Table,
    Ndjson,
    Json,
    Csv,
}

pub const CSV_HEADER: &str = "timestamp,channel,id,message,signal,value,unit\n";

/// One frame to print.
pub struct Rec<'a> {
    pub frame: &'a Frame,
    /// The timestamp as a JSON number (`1594172461.968006`), None when the input had none.
    pub timestamp: Option<&'a str>,
    pub channel: u32,
    /// canMSG_ flags.
    pub flags: u64,
    /// Table: the frame as its line (the candump text read, or dump's own line), without a newline.
    pub line: &'a str,
}

/// A frame's message and its printed signals.
struct Decoding<'a> {
    msg: &'a Message,
    text: &'a MessageText,
    decoded: &'a [Decoded],
    /// Truncated: (bytes there, bytes the message has).
    cut: Option<(usize, usize)>,
}

pub struct Printer {
    pub db: Database,
    select: Selection,
    pub out: Out,
    multi_line: bool,
    choices: bool,
    units: bool,
    ids: Ids,
    /// Per message: its decoder and its names as printed, prepared once.
    decoders: Vec<Decoder>,
    texts: Vec<MessageText>,
    decoded: Vec<Decoded>,
}

/// A message's names pre-escaped for the output format: a name is escaped once, not on every frame.
#[derive(Default)]
struct MessageText {
    /// Table ` :: Name(`, JSON `,"message":"Name","signals":{`, CSV `Name,` (quoted when needed).
    head: String,
    signals: Vec<SignalText>,
}

#[derive(Default)]
struct SignalText {
    /// Table `Name: `, JSON `"Name":`, CSV `Name,`.
    key: String,
    /// Table ` unit` (empty when none), JSON `"Name":"unit"`, CSV `,unit`.
    unit: String,
}

impl MessageText {
    fn of(msg: &Message, out: Out) -> MessageText {
        let mut head = String::new();
        match out {
            Out::Table => {
                head.push_str(" :: ");
                head.push_str(&msg.name);
                head.push('(');
            }
            Out::Ndjson | Out::Json => {
                head.push_str(",\"message\":");
                json_str(&mut head, &msg.name);
                head.push_str(",\"signals\":{");
            }
            Out::Csv => {
                csv_field(&mut head, &msg.name);
                head.push(',');
            }
        }
        let signals = msg
            .signals
            .iter()
            .map(|sig| {
                let (mut key, mut unit) = (String::new(), String::new());
                match out {
                    Out::Table => {
                        key = format!("{}: ", sig.name);
                        if !sig.unit.is_empty() {
                            unit = format!(" {}", sig.unit);
                        }
                    }
                    Out::Ndjson | Out::Json => {
                        json_str(&mut key, &sig.name);
                        key.push(':');
                        unit.push_str(&key);
                        json_str(&mut unit, &sig.unit);
                    }
                    Out::Csv => {
                        csv_field(&mut key, &sig.name);
                        key.push(',');
                        unit.push(',');
                        csv_field(&mut unit, &sig.unit);
                    }
                }
                SignalText { key, unit }
            })
            .collect();
        MessageText { head, signals }
    }
}

/// (id, extended) → message index: a direct table for standard ids, a small map with a cheap hash for extended
/// ones (SipHash would be a tenth of a frame's time).
struct Ids {
    standard: Vec<u32>,
    extended: HashMap<u32, u32, BuildHasherDefault<IdHasher>>,
}

const NONE: u32 = u32::MAX;

impl Ids {
    fn of(db: &Database) -> Ids {
        let mut ids = Ids {
            standard: vec![NONE; frame::MAX_STD_ID as usize + 1],
            extended: HashMap::default(),
        };
        for (&(id, extended), &i) in &db.by_id {
            if extended {
                ids.extended.insert(id, i as u32);
            } else if let Some(slot) = ids.standard.get_mut(id as usize) {
                *slot = i as u32;
            }
        }
        ids
    }

    #[inline]
    fn get(&self, id: u32, extended: bool) -> Option<usize> {
        let i = if extended {
            *self.extended.get(&id)?
        } else {
            *self.standard.get(id as usize)?
        };
        (i != NONE).then_some(i as usize)
    }
}

/// One multiply per id (FxHash's): ids are no attacker's keys here, and the map holds a database's messages.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Printer {
    pub fn new(db: Database, select: Selection, out: Out, args: &super::SignalArgs) -> Printer {
        let decoders = db
            .messages
            .iter()
            .zip(&select.signal)
            .map(|(m, shown)| codec::Decoder::new(m, |i| shown[i]))
            .collect();
        let texts = db
            .messages
            .iter()
            .map(|m| MessageText::of(m, out))
            .collect();
        Printer {
            ids: Ids::of(&db),
            decoders,
            texts,
            db,
            select,
            out,
            multi_line: args.multi_line,
            choices: !args.no_choices,
            units: args.units,
            decoded: Vec::with_capacity(64),
        }
    }

    /// What goes before the first frame (CSV's header).
    pub fn start(&self, out: &mut String) {
        if self.out == Out::Csv {
            out.push_str(CSV_HEADER);
        }
    }

    /// What closes the output once `printed` frames were written (JSON's array).
    pub fn finish(&self, out: &mut String, printed: u64) {
        if self.out == Out::Json {
            out.push_str(if printed == 0 { "[]\n" } else { "\n]\n" });
        }
    }

    /// Appends the frame (its lines, a newline after each); false when it is not printed (`--message`,
    /// `--signals`). `first`: no frame was printed before (JSON opens its array).
    pub fn write(&mut self, out: &mut String, rec: &Rec, first: bool) -> bool {
        let f = rec.frame;
        let found = if f.error || f.rtr {
            None
        } else {
            self.ids.get(f.id, f.extended)
        };
        let Some(index) = found.filter(|&i| self.select.message[i]) else {
            if self.select.only_messages || self.select.only_signals {
                return false;
            }
            self.plain(out, rec, first);
            return true;
        };
        // The scratch buffer is taken out for the frame, so the message can be borrowed from the database meanwhile.
        let mut decoded = std::mem::take(&mut self.decoded);
        let msg = &self.db.messages[index];
        let truncated = self.decoders[index].decode(msg, &f.data, &mut decoded);
        let printed = !(self.select.only_signals && decoded.is_empty());
        if printed {
            let cut = truncated.then_some((f.data.len(), msg.length));
            let frame = Decoding {
                msg,
                text: &self.texts[index],
                decoded: &decoded,
                cut,
            };
            match self.out {
                Out::Table => self.table(out, rec, &frame),
                Out::Ndjson | Out::Json => self.json(out, rec, &frame, first),
                Out::Csv => self.csv(out, rec, &frame),
            }
        }
        self.decoded = decoded;
        printed
    }

    /// A frame with no message: as without a database (CSV has no row for it).
    fn plain(&self, out: &mut String, rec: &Rec, first: bool) {
        match self.out {
            Out::Table => {
                out.push_str(rec.line);
                out.push('\n');
            }
            Out::Ndjson | Out::Json => {
                open_json(out, self.out, first);
                frame_fields(out, rec);
                close_json(out, self.out);
            }
            Out::Csv => {}
        }
    }

    fn table(&self, out: &mut String, rec: &Rec, d: &Decoding) {
        let Decoding {
            msg,
            text,
            decoded,
            cut,
        } = *d;
        out.push_str(rec.line);
        out.push_str(&text.head);
        let n = decoded.len();
        for (k, d) in decoded.iter().enumerate() {
            let (sig, names) = (&msg.signals[d.signal], &text.signals[d.signal]);
            if self.multi_line {
                out.push_str("\n    ");
            } else if k > 0 {
                out.push_str(", ");
            }
            out.push_str(&names.key);
            match choice(sig, d.raw, self.choices) {
                Some(name) => {
                    out.push('\'');
                    out.push_str(name);
                    out.push('\'');
                }
                None => {
                    codec::write_physical_text(sig, d.raw, out);
                    out.push_str(&names.unit);
                }
            }
            if self.multi_line && k + 1 < n {
                out.push(',');
            }
        }
        if self.multi_line {
            out.push('\n');
        }
        out.push(')');
        if let Some((have, want)) = cut {
            let _ = write!(out, " [truncated: {have} of {want} bytes]");
        }
        out.push('\n');
    }

    fn json(&self, out: &mut String, rec: &Rec, d: &Decoding, first: bool) {
        let Decoding {
            msg,
            text,
            decoded,
            cut,
        } = *d;
        open_json(out, self.out, first);
        frame_fields(out, rec);
        out.pop(); // the frame object's `}`: the message goes on in it
        out.push_str(&text.head);
        for (k, d) in decoded.iter().enumerate() {
            let sig = &msg.signals[d.signal];
            if k > 0 {
                out.push(',');
            }
            out.push_str(&text.signals[d.signal].key);
            match choice(sig, d.raw, self.choices) {
                Some(name) => json_str(out, name),
                None => codec::write_physical(sig, d.raw, out),
            }
        }
        out.push('}');
        if self.units {
            out.push_str(",\"units\":{");
            for (k, d) in decoded.iter().enumerate() {
                if k > 0 {
                    out.push(',');
                }
                out.push_str(&text.signals[d.signal].unit);
            }
            out.push('}');
        }
        if cut.is_some() {
            out.push_str(",\"truncated\":true");
        }
        out.push('}');
        close_json(out, self.out);
    }

    fn csv(&self, out: &mut String, rec: &Rec, d: &Decoding) {
        let (msg, text, f) = (d.msg, d.text, rec.frame);
        for d in d.decoded {
            let (sig, names) = (&msg.signals[d.signal], &text.signals[d.signal]);
            out.push_str(rec.timestamp.unwrap_or(""));
            out.push(',');
            codec::push_u64(out, u64::from(rec.channel), 0);
            out.push(',');
            frame::push_hex_id(out, f.id, f.extended);
            out.push(',');
            out.push_str(&text.head);
            out.push_str(&names.key);
            match choice(sig, d.raw, self.choices) {
                Some(name) => csv_field(out, name),
                // A number needs no quoting.
                None => codec::write_physical_text(sig, d.raw, out),
            }
            out.push_str(&names.unit);
            out.push('\n');
        }
    }
}

/// The choice name of an integer value, unless `--no-choices`.
fn choice(sig: &Signal, raw: Raw, choices: bool) -> Option<&str> {
    match raw {
        Raw::Int(v) if choices && !sig.choices.is_empty() => sig.choice(v),
        _ => None,
    }
}

fn open_json(out: &mut String, format: Out, first: bool) {
    if format == Out::Json {
        out.push_str(if first { "[\n  " } else { ",\n  " });
    }
}

fn close_json(out: &mut String, format: Out) {
    if format == Out::Ndjson {
        out.push('\n');
    }
}

/// `rows::FrameRow`'s fields in its order, as one object (`timestamp` null when the input had none).
pub fn frame_fields(out: &mut String, rec: &Rec) {
    // Pushed piece by piece: `write!` with seven arguments is a third of an NDJSON line's time.
    let f = rec.frame;
    let flag = |b: bool| if b { "true" } else { "false" };
    out.push_str("{\"timestamp\":");
    out.push_str(rec.timestamp.unwrap_or("null"));
    out.push_str(",\"channel\":");
    codec::push_u64(out, u64::from(rec.channel), 0);
    out.push_str(",\"id\":");
    codec::push_u64(out, u64::from(f.id), 0);
    out.push_str(",\"extended\":");
    out.push_str(flag(f.extended));
    out.push_str(",\"rtr\":");
    out.push_str(flag(f.rtr));
    out.push_str(",\"error\":");
    out.push_str(flag(f.error));
    out.push_str(",\"dlc\":");
    codec::push_u64(out, u64::from(f.dlc), 0);
    out.push_str(",\"data\":\"");
    frame::push_hex(out, &f.data, "");
    out.push_str("\",\"flags\":");
    codec::push_u64(out, rec.flags, 0);
    out.push('}');
}

/// A JSON string: names and units come from a file, so quotes, backslashes and control characters are escaped.
pub fn json_str(out: &mut String, s: &str) {
    out.push('"');
    if !s.bytes().any(|b| b == b'"' || b == b'\\' || b < b' ') {
        out.push_str(s);
        out.push('"');
        return;
    }
    let mut rest = s;
    while let Some(i) = rest.find(|c: char| c == '"' || c == '\\' || c < ' ') {
        out.push_str(&rest[..i]);
        let c = rest.as_bytes()[i];
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\r' => out.push_str("\\r"),
            _ => {
                let _ = write!(out, "\\u{c:04x}");
            }
        }
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out.push('"');
}

/// RFC 4180: quoted when it holds a comma, quote or line break.
fn csv_field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// The flags a frame read from a log stands for (a log keeps no others): canMSG_STD/EXT, RTR, ERROR_FRAME.
pub fn log_flags(f: &Frame) -> u64 {
    if f.error {
        frame::MSG_ERROR_FRAME
    } else {
        f.write_flag()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::can::signals::{SignalArgs, testdb};

    pub fn printer(out: Out, args: &SignalArgs) -> Printer {
        let db = testdb::db();
        let select = Selection::new(&db, args).unwrap();
        Printer::new(db, select, out, args)
    }

    fn print(p: &mut Printer, frame: &Frame, ts: Option<&str>) -> (bool, String) {
        let mut s = String::new();
        let line = "(1.000000) vcan1 1F0#8004000000000201";
        let rec = Rec {
            frame,
            timestamp: ts,
            channel: 1,
            flags: log_flags(frame),
            line,
        };
        let printed = p.write(&mut s, &rec, true);
        (printed, s)
    }

    fn example() -> Frame {
        Frame::data(0x1F0, false, &[0x80, 4, 0, 0, 0, 0, 2, 1])
    }

    #[test]
    fn table_single_and_multi_line() {
        let mut p = printer(Out::Table, &SignalArgs::default());
        assert_eq!(
            print(&mut p, &example(), None).1,
            "(1.000000) vcan1 1F0#8004000000000201 :: ExampleMessage(Enable: 'Enabled', \
             AverageRadius: 4 m, Temperature: 258 degK)\n"
        );
        let args = SignalArgs {
            multi_line: true,
            no_choices: true,
            ..Default::default()
        };
        let mut p = printer(Out::Table, &args);
        assert_eq!(
            print(&mut p, &example(), None).1,
            "(1.000000) vcan1 1F0#8004000000000201 :: ExampleMessage(\n    Enable: 128,\n    \
             AverageRadius: 4 m,\n    Temperature: 258 degK\n)\n"
        );
    }

    #[test]
    fn truncated_and_unknown_frames() {
        let mut p = printer(Out::Table, &SignalArgs::default());
        let short = Frame::data(0x1F0, false, &[0, 9, 0]);
        assert!(print(&mut p, &short, None).1.ends_with(
            ":: ExampleMessage(Enable: 'Disabled', AverageRadius: 9 m) [truncated: 3 of 8 bytes]\n"
        ));
        let other = Frame::data(0x123, false, &[1]);
        assert_eq!(
            print(&mut p, &other, None).1,
            "(1.000000) vcan1 1F0#8004000000000201\n"
        );
        // A remote request of a known id is a frame, not a message's data.
        let mut rtr = example();
        rtr.rtr = true;
        rtr.data.clear();
        assert!(!print(&mut p, &rtr, None).1.contains("::"));
        let empty = Frame::data(0x1234_5678, true, &[]);
        assert!(print(&mut p, &empty, None).1.ends_with(":: Empty()\n"));
    }

    #[test]
    fn ndjson_is_the_frame_row_and_the_message() {
        let args = SignalArgs {
            units: true,
            ..Default::default()
        };
        let mut p = printer(Out::Ndjson, &args);
        let (_, s) = print(&mut p, &example(), Some("1.500000"));
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        // In the row's order (serde_json's map sorts them: their places in the text are compared).
        let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_by_key(|k| s.find(&format!("\"{k}\":")).unwrap());
        use crate::output::Row as _;
        let mut want: Vec<&str> = crate::can::rows::FrameRow::COLUMNS
            .iter()
            .map(|c| c.0)
            .collect();
        want.extend(["message", "signals", "units"]);
        assert_eq!(keys, want);
        assert_eq!(v["timestamp"], 1.5);
        assert_eq!(v["signals"]["Enable"], "Enabled");
        assert_eq!(v["signals"]["Temperature"], 258);
        assert_eq!(v["units"]["Enable"], "");
        assert_eq!(v["flags"], 2);
        let (_, s) = print(&mut p, &Frame::data(0x1F0, false, &[1]), None);
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["timestamp"], serde_json::Value::Null);
        assert_eq!(v["truncated"], true);
        // No message: today's fields only.
        let (_, s) = print(&mut p, &Frame::data(0x7FF, false, &[1]), None);
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert!(v.get("message").is_none() && v["data"] == "01");
    }

    #[test]
    fn csv_rows_one_per_signal_and_filters() {
        let args = SignalArgs {
            signals: vec!["Temperature".into(), "Enable".into()],
            ..Default::default()
        };
        let mut p = printer(Out::Csv, &args);
        let (printed, s) = print(&mut p, &example(), Some("1.500000"));
        assert!(printed);
        assert_eq!(
            s,
            "1.500000,1,1F0,ExampleMessage,Enable,Enabled,\n1.500000,1,1F0,ExampleMessage,Temperature,258,degK\n"
        );
        // Neither selected signal fits in one byte: not printed; nor is a frame of no message.
        assert!(!print(&mut p, &Frame::data(0x1F0, false, &[]), None).0);
        assert!(!print(&mut p, &Frame::data(0x100, false, &[]), None).0);
        let args = SignalArgs {
            messages: vec!["Empty".into()],
            ..Default::default()
        };
        let mut p = printer(Out::Table, &args);
        assert!(!print(&mut p, &example(), None).0);
        let (printed, s) = print(&mut p, &Frame::data(0x1234_5678, true, &[]), None);
        assert!(printed && s.ends_with(":: Empty()\n"));
    }

    #[test]
    fn a_signal_left_out_by_signals_still_marks_a_short_frame_truncated() {
        let args = SignalArgs {
            signals: vec!["AverageRadius".into()],
            ..Default::default()
        };
        let mut p = printer(Out::Table, &args);
        let (_, s) = print(&mut p, &Frame::data(0x1F0, false, &[0, 9, 0]), None);
        assert!(
            s.ends_with(":: ExampleMessage(AverageRadius: 9 m) [truncated: 3 of 8 bytes]\n"),
            "{s}"
        );
        // Standard and extended ids are told apart by the index.
        let mut p = printer(Out::Table, &SignalArgs::default());
        assert!(
            !print(&mut p, &Frame::data(0x1F0, true, &[0; 8]), None)
                .1
                .contains("::")
        );
        assert!(
            !print(&mut p, &Frame::data(0x1234_5678, false, &[]), None)
                .1
                .contains("::")
        );
    }

    #[test]
    fn strings_are_escaped() {
        let mut s = String::new();
        codec::push_u64(&mut s, 0, 0);
        codec::push_u64(&mut s, u64::MAX, 0);
        assert_eq!(s, "018446744073709551615");
        let mut s = String::new();
        json_str(&mut s, "plain");
        assert_eq!(s, "\"plain\"");
        let mut s = String::new();
        json_str(&mut s, "a\"b\\c\u{1}é");
        assert_eq!(s, r#""a\"b\\c\u0001é""#);
        let mut s = String::new();
        csv_field(&mut s, "x,\"y\"");
        assert_eq!(s, r#""x,""y""""#);
    }
}
