//! The statements of one file resolved into model messages: references checked (a bad one is a warning and is
//! dropped), attributes applied, multiplexing turned into conditions, bit layouts checked.

use std::collections::HashMap;

use super::syntax::{Mux, Ranges, RawFile, RawSignal, Target, Value};

/// SG_MUL_VAL_ by (message, signal) index: switch name, ranges, line.
type Explicit = HashMap<(usize, usize), (String, Ranges, usize)>;
use crate::can::dbc::codec::Scaling;
use crate::can::dbc::model::{ByteOrder, Message, MuxCondition, Place, Signal, ValueType};

/// CAN FD's largest frame, in bytes: a longer BO_ is clamped to it.
const MAX_LENGTH: usize = 64;

/// CANdb++'s holder of signals that belong to no message: not a frame anyone sends.
const INDEPENDENT_SIGNALS: u32 = 0xC000_0000;

pub struct Built {
    pub messages: Vec<Message>,
    pub nodes: Vec<String>,
}

struct Ctx<'a> {
    file: &'a str,
    /// (line, warning): given out in line order once the file is resolved.
    warnings: Vec<(usize, String)>,
}

impl Ctx<'_> {
    fn warn(&mut self, line: usize, text: String) {
        self.warnings
            .push((line, format!("{}:{line}: {text}", self.file)));
    }

    fn place(&self, line: usize) -> Place {
        Place {
            file: self.file.to_owned(),
            line,
        }
    }
}

pub fn build(file: &str, raw: RawFile, warn: &mut dyn FnMut(String)) -> Built {
    let mut cx = Ctx {
        file,
        warnings: Vec::new(),
    };
    let mut messages: Vec<Message> = Vec::new();
    // Resolved (id, extended) → index in `messages`; the raw multiplexing of each message's signals alongside.
    let mut by_id: HashMap<(u32, bool), usize> = HashMap::new();
    let mut muxes: Vec<Vec<Mux>> = Vec::new();
    for m in raw.messages {
        if m.id == INDEPENDENT_SIGNALS {
            continue;
        }
        let (message, mux) = message(&mut cx, m);
        match by_id.get(&(message.id, message.extended)) {
            Some(&i) => {
                let old = &messages[i];
                cx.warn(
                    message.place.line,
                    format!(
                        "message id {} is defined again ('{}', first '{}' at {}); the later definition is used",
                        hex_id(message.id, message.extended),
                        message.name,
                        old.name,
                        old.place
                    ),
                );
                messages[i] = message;
                muxes[i] = mux;
            }
            None => {
                by_id.insert((message.id, message.extended), messages.len());
                messages.push(message);
                muxes.push(mux);
            }
        }
    }
    let lookup = Lookup { by_id: &by_id };

    for (id, names, line) in raw.senders {
        match lookup.message(&mut cx, &mut messages, id, "BO_TX_BU_", line) {
            Some(m) => {
                for n in names {
                    if n != "Vector__XXX" && !m.senders.contains(&n) {
                        m.senders.push(n);
                    }
                }
            }
            None => continue,
        }
    }
    for (target, text, line) in raw.comments {
        match target {
            Target::Message(id) => {
                if let Some(m) = lookup.message(&mut cx, &mut messages, id, "CM_", line) {
                    m.comment = Some(text);
                }
            }
            Target::Signal(id, name) => {
                if let Some(s) = lookup.signal(&mut cx, &mut messages, id, &name, "CM_", line) {
                    s.comment = Some(text);
                }
            }
            Target::Network | Target::Node(_) | Target::EnvVar(_) => {}
        }
    }
    for (target, pairs, line) in raw.choices {
        if let Target::Signal(id, name) = target
            && let Some(s) = lookup.signal(&mut cx, &mut messages, id, &name, "VAL_", line)
        {
            s.choices = pairs;
        }
    }
    let long = attributes(
        &mut cx,
        &lookup,
        &mut messages,
        raw.defaults,
        raw.attributes,
    );
    for (id, name, kind, line) in raw.value_types {
        if let Some(s) = lookup.signal(&mut cx, &mut messages, id, &name, "SIG_VALTYPE_", line) {
            let (value_type, bits) = match kind {
                1 => (ValueType::Float, 32),
                2 => (ValueType::Double, 64),
                0 => (ValueType::Integer, s.length),
                other => {
                    let text = format!(
                        "SIG_VALTYPE_ {other} of signal '{name}' is not 0, 1 or 2; it is read as an integer"
                    );
                    cx.warn(line, text);
                    continue;
                }
            };
            if s.length != bits {
                let text = format!(
                    "signal '{name}' is an IEEE {} but {} bits long (not {bits}); it is read as an integer",
                    if kind == 1 { "float" } else { "double" },
                    s.length
                );
                cx.warn(line, text);
                continue;
            }
            s.value_type = value_type;
        }
    }
    let mut explicit: Explicit = HashMap::new();
    for (id, name, switch, ranges, line) in raw.mux_values {
        let Some(m) = lookup.message(&mut cx, &mut messages, id, "SG_MUL_VAL_", line) else {
            continue;
        };
        let Some(si) = m.signals.iter().position(|s| s.name == name) else {
            let text = format!(
                "SG_MUL_VAL_ for an unknown signal '{name}' in message '{}' (ignored)",
                m.name
            );
            cx.warn(line, text);
            continue;
        };
        let mi = by_id[&resolve(id)];
        let entry = explicit
            .entry((mi, si))
            .or_insert_with(|| (switch.clone(), Vec::new(), line));
        if entry.0 != switch {
            *entry = (switch, Vec::new(), line);
        }
        entry
            .1
            .extend(ranges.into_iter().map(|(a, b)| (a.min(b), a.max(b))));
    }
    for (mi, m) in messages.iter_mut().enumerate() {
        multiplexing(&mut cx, m, &muxes[mi], mi, &explicit);
        layout(&mut cx, m);
    }
    // Every statement above names things by their short names: the long ones replace them only now.
    let mut nodes = raw.nodes;
    long.apply(&mut messages, &mut nodes);
    for m in &mut messages {
        visible_message(m);
    }
    for n in &mut nodes {
        visible(n, false);
    }
    cx.warnings.sort_by_key(|(line, _)| *line);
    for (_, w) in cx.warnings {
        warn(w);
    }
    Built { messages, nodes }
}

/// CANdb++'s long names (`SystemSignalLongSymbol` …): DBC names are 32 characters at most, so CANdb++ keeps the
/// real name in an attribute; as cantools, that name is the one fieldctl uses everywhere.
#[derive(Default)]
struct LongNames {
    /// (message index, signal index, long name).
    signals: Vec<(usize, usize, String)>,
    messages: Vec<(usize, String)>,
    /// short → long.
    nodes: HashMap<String, String>,
}

impl LongNames {
    fn apply(self, messages: &mut [Message], nodes: &mut [String]) {
        for (mi, si, name) in self.signals {
            messages[mi].signals[si].name = name;
        }
        for (mi, name) in self.messages {
            messages[mi].name = name;
        }
        if self.nodes.is_empty() {
            return;
        }
        let long = |n: &mut String| {
            if let Some(l) = self.nodes.get(n.as_str()) {
                n.clone_from(l);
            }
        };
        nodes.iter_mut().for_each(long);
        for m in messages {
            m.senders.iter_mut().for_each(long);
            for s in &mut m.signals {
                s.receivers.iter_mut().for_each(long);
            }
        }
    }
}

/// Text from a file is untrusted: C0 and C1 control characters (and DEL) would reach the terminal from any
/// printer. Each is replaced at load by its visible escape `\u{1b}`; a comment keeps its line breaks (CRLF as
/// `\n`), a name, unit or choice name (one-line table cells) keeps none.
fn visible(text: &mut String, keep_newlines: bool) {
    let bad = |c: char| c.is_control() && !(keep_newlines && c == '\n');
    if keep_newlines && text.contains('\r') {
        *text = text.replace("\r\n", "\n");
    }
    if !text.chars().any(bad) {
        return;
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if bad(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    *text = out;
}

fn visible_message(m: &mut Message) {
    visible(&mut m.name, false);
    m.senders.iter_mut().for_each(|n| visible(n, false));
    if let Some(c) = &mut m.comment {
        visible(c, true);
    }
    for s in &mut m.signals {
        visible(&mut s.name, false);
        visible(&mut s.unit, false);
        s.receivers.iter_mut().for_each(|n| visible(n, false));
        s.choices.iter_mut().for_each(|(_, n)| visible(n, false));
        if let Some(c) = &mut s.comment {
            visible(c, true);
        }
    }
}

struct Lookup<'a> {
    by_id: &'a HashMap<(u32, bool), usize>,
}

impl Lookup<'_> {
    fn message<'m>(
        &self,
        cx: &mut Ctx,
        messages: &'m mut [Message],
        id: u32,
        statement: &str,
        line: usize,
    ) -> Option<&'m mut Message> {
        match self.by_id.get(&resolve(id)) {
            Some(&i) => Some(&mut messages[i]),
            None => {
                if id != INDEPENDENT_SIGNALS {
                    cx.warn(
                        line,
                        format!("{statement} for an unknown message {id} (ignored)"),
                    );
                }
                None
            }
        }
    }

    fn signal<'m>(
        &self,
        cx: &mut Ctx,
        messages: &'m mut [Message],
        id: u32,
        name: &str,
        statement: &str,
        line: usize,
    ) -> Option<&'m mut Signal> {
        let m = self.message(cx, messages, id, statement, line)?;
        let found = m.signals.iter().position(|s| s.name == name);
        match found {
            Some(i) => Some(&mut m.signals[i]),
            None => {
                let text = format!(
                    "{statement} for an unknown signal '{name}' in message '{}' (ignored)",
                    m.name
                );
                cx.warn(line, text);
                None
            }
        }
    }
}

/// A DBC id as written to (CAN id, extended), for BO_ and every statement that refers to a message. Bit 31
/// marks an extended id; files in the wild often leave it out of ids that only an extended frame can carry
/// (J1939's), so a "standard" id above 0x7FF is that extended id too: `BO_ 3000` and `BO_ 2147486648` are one.
fn resolve(written: u32) -> (u32, bool) {
    if written & 0x8000_0000 != 0 || written > 0x7FF {
        (written & 0x1FFF_FFFF, true)
    } else {
        (written, false)
    }
}

/// The id as candump writes it: 3 hex digits for a standard id, 8 for an extended one.
pub fn hex_id(id: u32, extended: bool) -> String {
    let mut s = String::with_capacity(8);
    crate::can::frame::push_hex_id(&mut s, id, extended);
    s
}

fn message(cx: &mut Ctx, m: super::syntax::RawMessage) -> (Message, Vec<Mux>) {
    let (id, extended) = resolve(m.id);
    if m.id & 0x8000_0000 == 0 && extended {
        let text = format!(
            "message '{}' has the standard id {:#X}, above 0x7FF: treated as extended id {}",
            m.name,
            m.id,
            hex_id(id, true)
        );
        cx.warn(m.line, text);
    }
    let length = match usize::try_from(m.length) {
        Ok(n) if n <= MAX_LENGTH => n,
        _ => {
            let text = format!(
                "message '{}' is {} bytes long, more than CAN FD's {MAX_LENGTH}: read as {MAX_LENGTH}",
                m.name, m.length
            );
            cx.warn(m.line, text);
            MAX_LENGTH
        }
    };
    let mut signals: Vec<Signal> = Vec::with_capacity(m.signals.len());
    let mut muxes = Vec::with_capacity(m.signals.len());
    for s in m.signals {
        if let Some(first) = signals.iter().find(|f| f.name == s.name) {
            let text = format!(
                "signal '{}' of message '{}' is defined again (first at line {}); the first is used",
                s.name, m.name, first.place.line
            );
            cx.warn(s.line, text);
            continue;
        }
        if s.length == 0 || s.length > 64 {
            let text = format!(
                "signal '{}' is {} bits long (1 to 64 are possible); it is left out",
                s.name, s.length
            );
            cx.warn(s.line, text);
            continue;
        }
        if s.start > u64::from(u16::MAX) {
            cx.warn(
                s.line,
                format!(
                    "signal '{}' starts at bit {}, beyond any frame; it is left out",
                    s.name, s.start
                ),
            );
            continue;
        }
        muxes.push(s.mux);
        signals.push(signal(cx, s));
    }
    let message = Message {
        id,
        extended,
        name: m.name,
        length,
        senders: m
            .sender
            .into_iter()
            .filter(|s| s != "Vector__XXX")
            .collect(),
        cycle_time: None,
        comment: None,
        signals,
        place: cx.place(m.line),
    };
    (message, muxes)
}

fn signal(cx: &Ctx, s: RawSignal) -> Signal {
    Signal {
        scaling: Scaling::of(&s.factor, &s.offset),
        factor: s.factor.parse().unwrap_or(1.0),
        offset: s.offset.parse().unwrap_or(0.0),
        factor_text: s.factor,
        offset_text: s.offset,
        name: s.name,
        start: s.start as u16,
        length: s.length as u16,
        byte_order: if s.motorola {
            ByteOrder::Motorola
        } else {
            ByteOrder::Intel
        },
        signed: s.signed,
        value_type: ValueType::Integer,
        minimum: s.minimum,
        maximum: s.maximum,
        unit: s.unit,
        receivers: s.receivers,
        choices: Vec::new(),
        start_value: None,
        is_multiplexor: matches!(s.mux, Mux::Switch | Mux::SwitchWhen(_)),
        mux: None,
        comment: None,
        place: cx.place(s.line),
    }
}

fn attributes(
    cx: &mut Ctx,
    lookup: &Lookup,
    messages: &mut [Message],
    defaults: Vec<(String, Value)>,
    attributes: Vec<(String, Target, Value, usize)>,
) -> LongNames {
    let mut long = LongNames::default();
    let default = |name: &str| {
        defaults
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| match v {
                Value::Number(n) => Some(*n),
                Value::Text(t) => t.trim().parse().ok(),
            })
    };
    let cycle = default("GenMsgCycleTime");
    let start = default("GenSigStartValue");
    for m in messages.iter_mut() {
        m.cycle_time = cycle_time(cycle);
        for s in &mut m.signals {
            s.start_value = start;
        }
    }
    for (name, target, value, line) in attributes {
        let number = match &value {
            Value::Number(n) => Some(*n),
            Value::Text(t) => t.trim().parse().ok(),
        };
        let text = match &value {
            Value::Text(t) if !t.is_empty() => Some(t.clone()),
            _ => None,
        };
        match target {
            Target::Message(id) => {
                if lookup.message(cx, messages, id, "BA_", line).is_none() {
                    continue;
                }
                let mi = lookup.by_id[&resolve(id)];
                match (name.as_str(), text) {
                    ("GenMsgCycleTime", _) => messages[mi].cycle_time = cycle_time(number),
                    ("SystemMessageLongSymbol", Some(t)) => long.messages.push((mi, t)),
                    _ => {}
                }
            }
            Target::Signal(id, sig) => {
                if lookup.signal(cx, messages, id, &sig, "BA_", line).is_none() {
                    continue;
                }
                let mi = lookup.by_id[&resolve(id)];
                let si = messages[mi].signals.iter().position(|s| s.name == sig);
                let Some(si) = si else { continue };
                match (name.as_str(), text) {
                    ("GenSigStartValue", _) => messages[mi].signals[si].start_value = number,
                    ("SystemSignalLongSymbol", Some(t)) => long.signals.push((mi, si, t)),
                    _ => {}
                }
            }
            Target::Node(node) => {
                if let ("SystemNodeLongSymbol", Some(t)) = (name.as_str(), text) {
                    long.nodes.insert(node, t);
                }
            }
            Target::Network | Target::EnvVar(_) => {}
        }
    }
    long
}

fn cycle_time(ms: Option<f64>) -> Option<u64> {
    ms.filter(|&ms| ms >= 0.5 && ms.is_finite())
        .map(|ms| ms.round() as u64)
}

/// `mN` and SG_MUL_VAL_ into `Signal::mux`; loops (a switch that depends on itself) are warned and cut.
fn multiplexing(cx: &mut Ctx, m: &mut Message, muxes: &[Mux], mi: usize, explicit: &Explicit) {
    let plain: Vec<usize> = (0..muxes.len())
        .filter(|&i| muxes[i] == Mux::Switch)
        .collect();
    let mut warned_ambiguous = false;
    for (si, &raw) in muxes.iter().enumerate() {
        if let Some((switch, ranges, line)) = explicit.get(&(mi, si)) {
            match m.signals.iter().position(|s| &s.name == switch) {
                Some(w) if w == si => {
                    let text = format!(
                        "SG_MUL_VAL_ makes signal '{switch}' its own multiplexor (ignored)"
                    );
                    cx.warn(*line, text);
                }
                Some(w) => {
                    m.signals[w].is_multiplexor = true;
                    m.signals[si].mux = Some(MuxCondition {
                        switch: w,
                        ranges: ranges.clone(),
                    });
                    continue;
                }
                None => {
                    let text = format!(
                        "SG_MUL_VAL_ names an unknown multiplexor '{switch}' in message '{}' (ignored)",
                        m.name
                    );
                    cx.warn(*line, text);
                }
            }
        }
        let (Mux::When(n) | Mux::SwitchWhen(n)) = raw else {
            continue;
        };
        let switch = match plain.as_slice() {
            [] => {
                let text = format!(
                    "signal '{}' is multiplexed (m{n}) but message '{}' has no multiplexor (M); it is always decoded",
                    m.signals[si].name, m.name
                );
                cx.warn(m.signals[si].place.line, text);
                continue;
            }
            [one] => *one,
            [first, ..] => {
                if !warned_ambiguous {
                    warned_ambiguous = true;
                    let names: Vec<&str> =
                        plain.iter().map(|&i| m.signals[i].name.as_str()).collect();
                    let text = format!(
                        "message '{}' has several multiplexors ({}) and no SG_MUL_VAL_: mN signals follow '{}'",
                        m.name,
                        names.join(", "),
                        names[0]
                    );
                    cx.warn(m.place.line, text);
                }
                *first
            }
        };
        m.signals[si].mux = Some(MuxCondition {
            switch,
            ranges: vec![(n, n)],
        });
    }
    // A chain of switches that comes back to a signal would recurse for ever in the codec.
    for si in 0..m.signals.len() {
        let mut at = si;
        for _ in 0..=m.signals.len() {
            match &m.signals[at].mux {
                Some(c) => at = c.switch,
                None => break,
            }
            if at == si {
                let s = &mut m.signals[si];
                s.mux = None;
                let text = format!(
                    "the multiplexing of signal '{}' loops back to itself (it is always decoded)",
                    s.name
                );
                cx.warn(s.place.line, text);
                break;
            }
        }
    }
}

/// The frame bits a signal uses, in DBC numbering (byte = bit / 8): Intel upwards from the start bit,
/// Motorola from its most significant bit down each byte and on to the next byte's bit 7.
pub fn bits(s: &Signal) -> Vec<usize> {
    let mut out = Vec::with_capacity(usize::from(s.length));
    let mut pos = usize::from(s.start);
    for _ in 0..s.length {
        out.push(pos);
        pos = match s.byte_order {
            ByteOrder::Intel => pos + 1,
            ByteOrder::Motorola if pos % 8 == 0 => pos + 15,
            ByteOrder::Motorola => pos - 1,
        };
    }
    out
}

/// Signals that do not fit the message, and signals that may be present together and share bits.
fn layout(cx: &mut Ctx, m: &Message) {
    let maps: Vec<Vec<u64>> = m
        .signals
        .iter()
        .map(|s| {
            let mut map = Vec::new();
            for b in bits(s) {
                if map.len() <= b / 64 {
                    map.resize(b / 64 + 1, 0);
                }
                map[b / 64] |= 1u64 << (b % 64);
            }
            map
        })
        .collect();
    for (s, b) in m.signals.iter().zip(&maps) {
        let last = b.len() * 64 - 1 - b.last().map_or(0, |w| w.leading_zeros() as usize);
        if m.length.checked_mul(8).is_none_or(|bits| last >= bits) {
            let text = format!(
                "signal '{}' does not fit message '{}' of {} bytes",
                s.name, m.name, m.length
            );
            cx.warn(s.place.line, text);
        }
    }
    for j in 1..m.signals.len() {
        for i in 0..j {
            let shared = maps[i].iter().zip(&maps[j]).any(|(a, b)| a & b != 0);
            if shared && together(m, i, j) {
                let (a, b) = (&m.signals[i], &m.signals[j]);
                let text = format!(
                    "signals '{}' and '{}' of message '{}' overlap",
                    a.name, b.name, m.name
                );
                cx.warn(b.place.line, text);
            }
        }
    }
}

/// Whether two signals can be present in one frame: not when both depend on the same switch with value
/// ranges that have nothing in common.
fn together(m: &Message, a: usize, b: usize) -> bool {
    let conditions = |mut at: usize| {
        let mut out = Vec::new();
        while let Some(c) = &m.signals[at].mux {
            if out.len() > m.signals.len() {
                break;
            }
            out.push(c);
            at = c.switch;
        }
        out
    };
    let (ca, cb) = (conditions(a), conditions(b));
    !ca.iter().any(|x| {
        cb.iter().any(|y| {
            x.switch == y.switch
                && !x
                    .ranges
                    .iter()
                    .any(|(l1, h1)| y.ranges.iter().any(|(l2, h2)| l1 <= h2 && l2 <= h1))
        })
    })
}
