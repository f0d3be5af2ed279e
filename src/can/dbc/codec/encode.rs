//! Values to bits: the user's physical numbers or choice names, checked against each signal's range, bits and
//! multiplexing, then written into a frame of the message's length. Nothing is partial: any error, no bytes.

use anyhow::Result;

use super::bits::{self, Ieee, Layout};
use super::scale::{Decimal, write_float};
use super::{Raw, in_ranges, present, write_physical};
use crate::can::dbc::model::{Message, Signal, nearest};
use crate::error::{Failure, Kind};

/// See [`super::encode`].
pub fn frame(msg: &Message, values: &[(&str, &str)]) -> Result<Vec<u8>> {
    let mut raws: Vec<Raw> = msg.signals.iter().map(start_raw).collect();
    let mut given = vec![false; msg.signals.len()];
    for &(name, text) in values {
        let Some(i) = msg.signals.iter().position(|s| s.name == name) else {
            return Err(unknown(msg, name).into());
        };
        if given[i] {
            return Err(usage(format!("{name} is given twice")).into());
        }
        given[i] = true;
        raws[i] = raw_of_text(&msg.signals[i], text)?;
    }
    let ints = |j: usize| match raws[j] {
        Raw::Int(v) => Some(v),
        Raw::Float(_) => None,
    };
    let mut data = vec![0u8; msg.length];
    for (i, sig) in msg.signals.iter().enumerate() {
        if !present(msg, i, ints) {
            if given[i] {
                return Err(absent(msg, i, &raws));
            }
            continue;
        }
        let written = match (Layout::of(sig), bits::bits_of(sig, raws[i])) {
            (Some(layout), Some(b)) => layout.write(&mut data, b),
            _ => false,
        };
        if !written && given[i] {
            return Err(usage(format!(
                "{} does not fit in {}'s {} bytes (start bit {}, {} bits)",
                sig.name, msg.name, msg.length, sig.start, sig.length
            ))
            .into());
        }
    }
    Ok(data)
}

/// The raw value of a signal not given: `GenSigStartValue` or 0, wrapped into the signal's bits the way a
/// receiver would read them (a start value out of range is the file's problem, not the user's).
fn start_raw(sig: &Signal) -> Raw {
    let start = sig.start_value.unwrap_or(0.0);
    if bits::ieee(sig).is_some() {
        return Raw::Float(start);
    }
    let wrapped = start.round() as i128 as u64 & bits::mask(u32::from(sig.length));
    bits::raw_of(sig, wrapped)
}

/// The raw value of one user text: a choice name of the signal, else a physical number.
fn raw_of_text(sig: &Signal, text: &str) -> Result<Raw> {
    let text = text.trim();
    if let Some(v) = sig.choice_value(text) {
        // As cantools: a choice is the file's own value, no range check.
        let raw = match bits::ieee(sig) {
            Some(_) => Raw::Float(v as f64),
            None => Raw::Int(v),
        };
        return check_bits(sig, text, raw);
    }
    let Some(value) = text.parse::<f64>().ok().filter(|v| v.is_finite()) else {
        return Err(not_a_number(sig, text).into());
    };
    let raw = match bits::ieee(sig) {
        Some(_) => Raw::Float((value - sig.offset) / sig.factor),
        None => Raw::Int(int_raw(sig, text, value)?),
    };
    let in_choices = matches!(raw, Raw::Int(r) if sig.choice(r).is_some());
    if !in_choices && has_range(sig) {
        // cantools' tolerance: a millionth of the factor, for values typed with a rounded last digit.
        let slack = sig.factor.abs() * 1e-6;
        if value < sig.minimum - slack || value > sig.maximum + slack {
            return Err(usage(format!(
                "{}: {text} is outside {}",
                sig.name,
                range_text(sig.minimum, sig.maximum, &sig.unit)
            ))
            .into());
        }
    }
    check_bits(sig, text, raw)
}

/// (value − offset) / factor on decimals when the texts allow, else f64; rounded half to even.
fn int_raw(sig: &Signal, text: &str, value: f64) -> Result<i128> {
    let exact = sig.scaling.exact.as_ref();
    if exact.map_or(sig.factor == 0.0, |e| e.factor == 0) {
        // Every raw value is the offset: take 0 when the user asks for exactly that.
        let offset = exact.map_or(sig.offset, |e| e.offset as f64 / 10f64.powi(e.scale as i32));
        if value == offset {
            return Ok(0);
        }
        return Err(usage(format!(
            "{}: its factor is 0, so its only value is {}",
            sig.name,
            float_text(offset)
        ))
        .into());
    }
    if let (Some(e), Some(d)) = (exact, Decimal::parse(text))
        && let Some(raw) = e.raw(d)
    {
        return Ok(raw);
    }
    let raw = ((value - sig.offset) / sig.factor).round_ties_even();
    if raw.is_finite() && raw.abs() < 1e38 {
        Ok(raw as i128)
    } else {
        Err(too_wide(sig, text).into())
    }
}

fn check_bits(sig: &Signal, text: &str, raw: Raw) -> Result<Raw> {
    match bits::bits_of(sig, raw) {
        Some(_) => Ok(raw),
        None => Err(too_wide(sig, text).into()),
    }
}

/// DBC's `[0|0]` means "no range".
fn has_range(sig: &Signal) -> bool {
    !(sig.minimum == 0.0 && sig.maximum == 0.0)
}

fn too_wide(sig: &Signal, text: &str) -> Failure {
    if bits::ieee(sig) == Some(Ieee::Single) {
        return usage(format!(
            "{}: {text} does not fit in a 32-bit float",
            sig.name
        ));
    }
    let (lo, hi) = bits::int_range(sig);
    let (mut a, mut b) = (String::new(), String::new());
    write_physical(sig, Raw::Int(lo), &mut a);
    write_physical(sig, Raw::Int(hi), &mut b);
    if super::physical(sig, Raw::Int(lo)) > super::physical(sig, Raw::Int(hi)) {
        std::mem::swap(&mut a, &mut b);
    }
    let kind = if sig.signed { "signed" } else { "unsigned" };
    let unit = unit_suffix(&sig.unit);
    usage(format!(
        "{}: {text} does not fit in {} {kind} bits ({a}..{b}{unit})",
        sig.name, sig.length
    ))
}

fn not_a_number(sig: &Signal, text: &str) -> Failure {
    if sig.choices.is_empty() {
        return usage(format!("{}: '{text}' is not a number", sig.name));
    }
    let names: Vec<String> = sig.choices.iter().map(|(_, n)| format!("'{n}'")).collect();
    usage(format!(
        "{}: '{text}' is neither a number nor one of its choices: {}",
        sig.name,
        names.join(", ")
    ))
}

fn unknown(msg: &Message, name: &str) -> Failure {
    if msg.signals.is_empty() {
        return usage(format!("{} has no signals (not even {name})", msg.name));
    }
    let near = nearest(name, msg.signals.iter().map(|s| s.name.as_str()));
    let failure = usage(format!("{} has no signal {name}", msg.name));
    if near.is_empty() {
        let all: Vec<&str> = msg.signals.iter().map(|s| s.name.as_str()).collect();
        failure.hint(format!("its signals: {}", all.join(", ")))
    } else {
        failure.hint(format!("did you mean {}?", near.join(", ")))
    }
}

/// Why signal `i` is not sent under these values: the first condition on its chain of multiplexors that fails.
fn absent(msg: &Message, i: usize, raws: &[Raw]) -> anyhow::Error {
    let mut why = Vec::new();
    let mut at = i;
    for _ in 0..=msg.signals.len() {
        let sig = &msg.signals[at];
        let Some(cond) = &sig.mux else { break };
        let Some(switch) = msg.signals.get(cond.switch) else {
            why.push(format!(
                "{} is never sent (its multiplexor is missing)",
                sig.name
            ));
            return usage(why.join(", and ")).into();
        };
        let wanted = when_text(&switch.name, &cond.ranges);
        why.push(format!("{} is sent only when {wanted}", sig.name));
        match raws[cond.switch] {
            Raw::Int(v) if in_ranges(&cond.ranges, v) => at = cond.switch,
            raw => {
                let is = match raw {
                    Raw::Int(v) => match switch.choice(v) {
                        Some(name) => format!("{v} ({name})"),
                        None => v.to_string(),
                    },
                    Raw::Float(f) => float_text(f),
                };
                let (lo, _) = cond.ranges.first().copied().unwrap_or((0, 0));
                return usage(format!("{}; {} is {is}", why.join(", and "), switch.name))
                    .hint(format!("give {}={lo} to send {}", switch.name, sig.name))
                    .into();
            }
        }
    }
    usage(format!(
        "{} is never sent: its multiplexing conditions form a cycle",
        msg.signals[i].name
    ))
    .into()
}

/// `Mux=2`, or `Mux in 1, 3..5`.
fn when_text(switch: &str, ranges: &[(u64, u64)]) -> String {
    let parts: Vec<String> = ranges
        .iter()
        .map(|&(lo, hi)| {
            if lo == hi {
                lo.to_string()
            } else {
                format!("{lo}..{hi}")
            }
        })
        .collect();
    match ranges {
        [(lo, hi)] if lo == hi => format!("{switch}={lo}"),
        _ => format!("{switch} in {}", parts.join(", ")),
    }
}

fn range_text(min: f64, max: f64, unit: &str) -> String {
    format!(
        "{}..{}{}",
        float_text(min),
        float_text(max),
        unit_suffix(unit)
    )
}

fn float_text(v: f64) -> String {
    let mut s = String::new();
    write_float(v, &mut s);
    s
}

fn unit_suffix(unit: &str) -> String {
    if unit.is_empty() {
        String::new()
    } else {
        format!(" {unit}")
    }
}

fn usage(message: String) -> Failure {
    Failure::new(Kind::Usage, message)
}
