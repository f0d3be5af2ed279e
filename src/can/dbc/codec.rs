//! Bits to values and back (helper dbc-codec).

use super::model::{Message, Signal};

/// A signal's raw value as read from a frame: integers sign-extended when the signal is signed, IEEE signals as
/// their float.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Raw {
    Int(i128),
    Float(f64),
}

/// One present signal of a decoded frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decoded {
    /// Index in `Message::signals`.
    pub signal: usize,
    pub raw: Raw,
}

/// Exact decimal scaling of a signal, computed once from its factor and offset text (see `Signal::scaling`).
#[derive(Clone, Debug, Default)]
pub struct Scaling {}

impl Scaling {
    pub fn of(factor_text: &str, offset_text: &str) -> Scaling {
        let _ = (factor_text, offset_text);
        Scaling {}
    }
}

/// Decodes the signals of `msg` that are present in `data` (multiplexing applied) into `out` (cleared first),
/// in the message's signal order. Returns true when `data` is shorter than the message and a present signal did
/// not fit (it is left out; nothing is read past the data).
pub fn decode(msg: &Message, data: &[u8], out: &mut Vec<Decoded>) -> bool {
    let _ = (msg, data, out);
    todo!("helper dbc-codec")
}

/// Appends the physical value as a JSON-valid number: exact decimal for integer signals, with the precision
/// the factor and offset imply; the shortest round-trip text for IEEE signals (`null` when not finite).
pub fn write_physical(sig: &Signal, raw: Raw, out: &mut String) {
    let _ = (sig, raw, out);
    todo!("helper dbc-codec")
}

/// Encodes `msg` from (signal name, user text) pairs: physical numbers or choice names. Signals not given take
/// `GenSigStartValue` (raw) or 0. Errors are `Kind::Usage` naming the signal and its range, or the nearest names.
pub fn encode(msg: &Message, values: &[(&str, &str)]) -> anyhow::Result<Vec<u8>> {
    let _ = (msg, values);
    todo!("helper dbc-codec")
}
