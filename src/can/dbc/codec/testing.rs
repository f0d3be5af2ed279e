//! Signals and messages built directly, for tests (no parser).

use super::Scaling;
use crate::can::dbc::model::{ByteOrder, Message, MuxCondition, Place, Signal, ValueType};

/// An unsigned integer signal with factor 1, offset 0 and no range.
pub fn signal(name: &str, start: u16, length: u16, byte_order: ByteOrder) -> Signal {
    Signal {
        name: name.to_string(),
        start,
        length,
        byte_order,
        signed: false,
        value_type: ValueType::Integer,
        factor: 1.0,
        offset: 0.0,
        factor_text: "1".to_string(),
        offset_text: "0".to_string(),
        scaling: Scaling::of("1", "0"),
        minimum: 0.0,
        maximum: 0.0,
        unit: String::new(),
        receivers: Vec::new(),
        choices: Vec::new(),
        start_value: None,
        is_multiplexor: false,
        mux: None,
        comment: None,
        place: Place::default(),
    }
}

pub fn signed(mut sig: Signal) -> Signal {
    sig.signed = true;
    sig
}

/// Factor and offset as a DBC writes them.
pub fn scaled(mut sig: Signal, factor: &str, offset: &str) -> Signal {
    sig.factor = factor.parse().unwrap_or(f64::NAN);
    sig.offset = offset.parse().unwrap_or(f64::NAN);
    sig.factor_text = factor.to_string();
    sig.offset_text = offset.to_string();
    sig.scaling = Scaling::of(factor, offset);
    sig
}

pub fn ranged(mut sig: Signal, minimum: f64, maximum: f64, unit: &str) -> Signal {
    sig.minimum = minimum;
    sig.maximum = maximum;
    sig.unit = unit.to_string();
    sig
}

pub fn with_choices(mut sig: Signal, choices: &[(i128, &str)]) -> Signal {
    sig.choices = choices.iter().map(|&(v, n)| (v, n.to_string())).collect();
    sig
}

/// Present when signal `switch` has a raw value in one of `ranges`.
pub fn under(mut sig: Signal, switch: usize, ranges: &[(u64, u64)]) -> Signal {
    sig.mux = Some(MuxCondition {
        switch,
        ranges: ranges.to_vec(),
    });
    sig
}

pub fn multiplexor(mut sig: Signal) -> Signal {
    sig.is_multiplexor = true;
    sig
}

pub fn message(name: &str, length: usize, signals: Vec<Signal>) -> Message {
    Message {
        id: 0x1F0,
        extended: false,
        name: name.to_string(),
        length,
        senders: Vec::new(),
        cycle_time: None,
        comment: None,
        signals,
        place: Place::default(),
    }
}

/// cantools' motohawk.dbc ExampleMessage (tests/files/dbc/motohawk.dbc):
/// `Temperature : 0|12@0- (0.01,250) [229.52|270.47] "degK"`, `AverageRadius : 6|6@0+ (0.1,0) [0|5] "m"`,
/// `Enable : 7|1@0+ (1,0) [0|0] "-"` with `VAL_ 496 Enable 0 "Disabled" 1 "Enabled"`.
pub fn motohawk() -> Message {
    use ByteOrder::Motorola;
    message(
        "ExampleMessage",
        8,
        vec![
            ranged(
                scaled(
                    signed(signal("Temperature", 0, 12, Motorola)),
                    "0.01",
                    "250",
                ),
                229.52,
                270.47,
                "degK",
            ),
            ranged(
                scaled(signal("AverageRadius", 6, 6, Motorola), "0.1", "0"),
                0.0,
                5.0,
                "m",
            ),
            with_choices(
                ranged(signal("Enable", 7, 1, Motorola), 0.0, 0.0, "-"),
                &[(0, "Disabled"), (1, "Enabled")],
            ),
        ],
    )
}

pub fn float(mut sig: Signal, value_type: ValueType) -> Signal {
    sig.value_type = value_type;
    sig
}
