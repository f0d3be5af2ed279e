//! A CAN database as fieldctl uses it: messages and their signals, with everything decoding and encoding need
//! resolved at load time (multiplexing as conditions on signal indices, choices, start values, cycle times).

use std::collections::HashMap;

/// Where a definition was read: file and 1-based line, for warnings and `dbc show`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub line: usize,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

#[derive(Debug, Default)]
pub struct Database {
    /// In file order (files in the order given); a later file's message with the same id replaced the earlier.
    pub messages: Vec<Message>,
    pub nodes: Vec<String>,
    /// (id, extended) → index in `messages`.
    pub by_id: HashMap<(u32, bool), usize>,
}

impl Database {
    pub fn find(&self, id: u32, extended: bool) -> Option<&Message> {
        self.by_id.get(&(id, extended)).map(|&i| &self.messages[i])
    }

    pub fn message(&self, name: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.name == name)
    }

    /// Rebuilds `by_id` after `messages` changed.
    pub fn index(&mut self) {
        self.by_id = self
            .messages
            .iter()
            .enumerate()
            .map(|(i, m)| ((m.id, m.extended), i))
            .collect();
    }
}

#[derive(Clone, Debug)]
pub struct Message {
    /// The CAN id without DBC's bit 31 (which is `extended`).
    pub id: u32,
    pub extended: bool,
    pub name: String,
    /// Bytes, as declared on the BO_ line.
    pub length: usize,
    /// The BO_ transmitter, then BO_TX_BU_'s (`Vector__XXX` left out).
    pub senders: Vec<String>,
    /// `GenMsgCycleTime` in ms (the message's own BA_, else the BA_DEF_DEF_ default; 0 and absent are None).
    pub cycle_time: Option<u64>,
    pub comment: Option<String>,
    pub signals: Vec<Signal>,
    pub place: Place,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ByteOrder {
    /// `@1`: little-endian, start bit = least significant bit.
    Intel,
    /// `@0`: big-endian, start bit = most significant bit in DBC's sawtooth numbering.
    Motorola,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    Integer,
    /// SIG_VALTYPE_ 1: IEEE single (the signal is 32 bits).
    Float,
    /// SIG_VALTYPE_ 2: IEEE double (the signal is 64 bits).
    Double,
}

/// A signal is present when its multiplexor is present and the multiplexor's raw value is in one of `ranges`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MuxCondition {
    /// Index of the multiplexor signal in `Message::signals`.
    pub switch: usize,
    /// Inclusive raw value ranges (`mN` is N-N; SG_MUL_VAL_ gives several).
    pub ranges: Vec<(u64, u64)>,
}

#[derive(Clone, Debug)]
pub struct Signal {
    pub name: String,
    pub start: u16,
    /// 1..=64 bits.
    pub length: u16,
    pub byte_order: ByteOrder,
    pub signed: bool,
    pub value_type: ValueType,
    pub factor: f64,
    pub offset: f64,
    /// Factor and offset as written in the file: decimal scaling is exact from these (no 5.800000000000001).
    pub factor_text: String,
    pub offset_text: String,
    /// Computed once from the two texts by `codec::Scaling::of` when the signal is read.
    pub scaling: super::codec::Scaling,
    pub minimum: f64,
    pub maximum: f64,
    pub unit: String,
    pub receivers: Vec<String>,
    /// `VAL_`: raw value → name, in file order.
    pub choices: Vec<(i128, String)>,
    /// `GenSigStartValue` (raw), if set for the signal or defaulted by BA_DEF_DEF_.
    pub start_value: Option<f64>,
    /// `M` (or `mNM`): other signals depend on this one's value.
    pub is_multiplexor: bool,
    /// `mN` or SG_MUL_VAL_: present only under this condition.
    pub mux: Option<MuxCondition>,
    pub comment: Option<String>,
    pub place: Place,
}

impl Signal {
    /// The choice name of a raw value.
    pub fn choice(&self, raw: i128) -> Option<&str> {
        self.choices
            .iter()
            .find(|(v, _)| *v == raw)
            .map(|(_, n)| n.as_str())
    }

    /// The raw value of a choice name.
    pub fn choice_value(&self, name: &str) -> Option<i128> {
        self.choices
            .iter()
            .find(|(_, n)| n == name)
            .map(|(v, _)| *v)
    }
}

/// Up to three names nearest to `wanted` (edit distance, case-insensitive), for "did you mean" messages.
pub fn nearest<'a>(wanted: &str, names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted = wanted.to_ascii_lowercase();
    let mut scored: Vec<(usize, &str)> = names
        .map(|n| (distance(&wanted, &n.to_ascii_lowercase()), n))
        .collect();
    scored.sort();
    // A third of the name: `Nope` is not near `Wide` (2 edits of 4), `EngineSped` is near `EngineSpeed`.
    let limit = (wanted.chars().count() / 3).max(1);
    scored
        .into_iter()
        .filter(|(d, _)| *d <= limit)
        .take(3)
        .map(|(_, n)| n)
        .collect()
}

/// The hint for an unknown name: the nearest names, else what exists (`its messages: A, B, … (12 in all)`).
pub fn suggest<'a>(
    wanted: &str,
    what: &str,
    names: impl Iterator<Item = &'a str> + Clone,
) -> String {
    let near = nearest(wanted, names.clone());
    if !near.is_empty() {
        return format!("did you mean {}?", near.join(", "));
    }
    let all: Vec<&str> = names.collect();
    let shown = all.iter().take(8).copied().collect::<Vec<_>>().join(", ");
    if all.len() > 8 {
        format!("its {what}: {shown}, … ({} in all)", all.len())
    } else {
        format!("its {what}: {shown}")
    }
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_names() {
        let names = ["EngineSpeed", "EngineTemp", "VehicleSpeed", "Gear"];
        assert_eq!(
            nearest("enginespeed", names.iter().copied())[0],
            "EngineSpeed"
        );
        assert_eq!(
            nearest("EngineSped", names.iter().copied())[0],
            "EngineSpeed"
        );
        assert!(nearest("Zzzzzzzzzzzzzz", names.iter().copied()).is_empty());
        // Short names: a third of the length, at least one edit.
        assert!(nearest("Nope", ["Wide"].into_iter()).is_empty());
        assert_eq!(nearest("Geer", names.iter().copied()), ["Gear"]);
    }

    #[test]
    fn nothing_near_lists_what_exists() {
        let names: Vec<String> = (0..10).map(|i| format!("Msg{i}")).collect();
        let hint = suggest("Zzzzzz", "messages", names.iter().map(String::as_str));
        assert_eq!(
            hint,
            "its messages: Msg0, Msg1, Msg2, Msg3, Msg4, Msg5, Msg6, Msg7, … (10 in all)"
        );
        assert_eq!(
            suggest("Wid", "signals", ["Wide", "B"].into_iter()),
            "did you mean Wide?"
        );
        assert_eq!(
            suggest("Nope", "signals", ["Wide", "B"].into_iter()),
            "its signals: Wide, B"
        );
    }
}
