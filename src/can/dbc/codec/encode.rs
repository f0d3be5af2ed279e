//! Values to bits: the user's physical numbers or choice names, checked against each signal's range, bits and
//! multiplexing, then written into a frame of the message's length. Nothing is partial: any error, no bytes.

use anyhow::Result;

use super::bits::{self, Ieee, Layout};
use super::scale::{Decimal, write_float};
use super::{Raw, in_ranges, present, write_physical};
use crate::can::dbc::model::{Message, Signal, suggest};
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
    for (i, &g) in given.iter().enumerate() {
        if g && !present(msg, i, ints) {
            return Err(absent(msg, i, &raws));
        }
    }
    overlapping(msg, &given, ints)?;
    let mut data = vec![0u8; msg.length];
    // Defaults first, given values last: a default that shares bits with a given signal never overwrites it.
    for pass in [false, true] {
        for (i, sig) in msg.signals.iter().enumerate() {
            if given[i] != pass || !present(msg, i, ints) {
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
    }
    Ok(data)
}

/// Two given signals present together that share bits: one would silently overwrite the other.
fn overlapping(msg: &Message, given: &[bool], ints: impl Fn(usize) -> Option<i128>) -> Result<()> {
    let mut owner: Vec<Option<usize>> = vec![None; msg.length.saturating_mul(8)];
    for (i, sig) in msg.signals.iter().enumerate() {
        if !given[i] || !present(msg, i, &ints) {
            continue;
        }
        let Some(layout) = Layout::of(sig) else {
            continue;
        };
        let mut mask = vec![0u8; msg.length];
        if !layout.write(&mut mask, bits::mask(u32::from(sig.length))) {
            continue;
        }
        for (bit, slot) in owner.iter_mut().enumerate() {
            if mask[bit / 8] & (1 << (bit % 8)) == 0 {
                continue;
            }
            if let Some(j) = *slot {
                let other = &msg.signals[j].name;
                return Err(usage(format!(
                    "{other} and {} share bits of {}: give only one of them",
                    sig.name, msg.name
                ))
                .into());
            }
            *slot = Some(i);
        }
    }
    Ok(())
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
    if let Some(v) = choice_value(sig, text) {
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
        Some(_) => Raw::Float(float_raw(sig, text, value)?),
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
                range_text(sig)
            ))
            .into());
        }
    }
    check_bits(sig, text, raw)
}

/// A choice name: exactly as written, else case-insensitively when only one choice matches that way.
fn choice_value(sig: &Signal, text: &str) -> Option<i128> {
    if let Some(v) = sig.choice_value(text) {
        return Some(v);
    }
    let mut matching = sig
        .choices
        .iter()
        .filter(|(_, n)| n.eq_ignore_ascii_case(text) || n.to_lowercase() == text.to_lowercase());
    match (matching.next(), matching.next()) {
        (Some((v, _)), None) => Some(*v),
        _ => None,
    }
}

/// (value − offset) / factor for an IEEE signal: never a non-finite raw from a finite value (no +inf on the bus).
fn float_raw(sig: &Signal, text: &str, value: f64) -> Result<f64> {
    if sig.factor == 0.0 {
        if value == sig.offset {
            return Ok(0.0);
        }
        return Err(only_value(sig, sig.offset).into());
    }
    let raw = (value - sig.offset) / sig.factor;
    if raw.is_finite() {
        Ok(raw)
    } else {
        Err(usage(format!(
            "{}: {text} scales to a raw value beyond a 64-bit float",
            sig.name
        ))
        .into())
    }
}

fn only_value(sig: &Signal, offset: f64) -> Failure {
    usage(format!(
        "{}: its factor is 0, so its only value is {}",
        sig.name,
        float_text(offset)
    ))
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
        return Err(only_value(sig, offset).into());
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
    usage(format!("{} has no signal {name}", msg.name)).hint(suggest(
        name,
        "signals",
        msg.signals.iter().map(|s| s.name.as_str()),
    ))
}

/// Why signal `i` is not sent under these values: its whole chain of conditions, outermost first, in physical
/// values, and the first that fails (its switch is present: every condition outside it holds).
fn absent(msg: &Message, i: usize, raws: &[Raw]) -> anyhow::Error {
    let name = &msg.signals[i].name;
    // (switch index, ranges), innermost first.
    let mut chain = Vec::new();
    let mut at = i;
    while let Some(cond) = &msg.signals[at].mux {
        if chain.len() > msg.signals.len() {
            return usage(format!(
                "{name} is never sent: its multiplexing conditions form a cycle"
            ))
            .into();
        }
        if cond.switch >= msg.signals.len() {
            return usage(format!("{name} is never sent (its multiplexor is missing)")).into();
        }
        chain.push((cond.switch, cond.ranges.as_slice()));
        at = cond.switch;
    }
    chain.reverse();
    let wanted: Vec<String> = chain
        .iter()
        .map(|&(s, r)| when_text(&msg.signals[s], r))
        .collect();
    let mut text = format!("{name} is sent only when {}", wanted.join(" and "));
    for (k, &(s, ranges)) in chain.iter().enumerate() {
        let holds = matches!(raws[s], Raw::Int(v) if in_ranges(ranges, v));
        if holds {
            continue;
        }
        let switch = &msg.signals[s];
        text.push_str(&format!(
            "; {} is {}",
            switch.name,
            value_text(switch, raws[s])
        ));
        if let Some(&(inner, _)) = chain.get(k + 1) {
            text.push_str(&format!(", so {} is not sent", msg.signals[inner].name));
        }
        break;
    }
    let give: Vec<String> = chain
        .iter()
        .map(|&(s, r)| {
            let lo = r.first().map_or(0, |&(lo, _)| lo);
            let sw = &msg.signals[s];
            format!("{}={}", sw.name, physical_text(sw, i128::from(lo)))
        })
        .collect();
    usage(text)
        .hint(format!("give {} to send {name}", give.join(" ")))
        .into()
}

/// A switch's value as the user gives it: physical, with its choice name.
fn value_text(sig: &Signal, raw: Raw) -> String {
    let mut out = String::new();
    write_physical(sig, raw, &mut out);
    if let Raw::Int(v) = raw
        && let Some(name) = sig.choice(v)
    {
        out.push_str(&format!(" ({name})"));
    }
    out
}

fn physical_text(sig: &Signal, raw: i128) -> String {
    let mut out = String::new();
    write_physical(sig, Raw::Int(raw), &mut out);
    out
}

/// `Mux=2`, or `Mux in 1, 3..5`, in physical values.
fn when_text(switch: &Signal, ranges: &[(u64, u64)]) -> String {
    let value = |v: u64| physical_text(switch, i128::from(v));
    let parts: Vec<String> = ranges
        .iter()
        .map(|&(lo, hi)| {
            if lo == hi {
                value(lo)
            } else {
                format!("{}..{}", value(lo), value(hi))
            }
        })
        .collect();
    match ranges {
        [(lo, hi)] if lo == hi => format!("{}={}", switch.name, value(*lo)),
        _ => format!("{} in {}", switch.name, parts.join(", ")),
    }
}

/// `MIN..MAX UNIT`; a bound that is the physical value of the bits' first or last raw value is printed exactly
/// from it (`18446744073709551615`, not the f64's 1.8446744073709552e19), other whole bounds as integers.
fn range_text(sig: &Signal) -> String {
    let (lo, hi) = bits::int_range(sig);
    let bound = |f: f64| {
        if bits::ieee(sig).is_none() {
            for raw in [lo, hi] {
                if super::physical(sig, Raw::Int(raw)) == f {
                    return physical_text(sig, raw);
                }
            }
        }
        if f.fract() == 0.0 && f.abs() < 1e30 {
            format!("{f:.0}")
        } else {
            float_text(f)
        }
    };
    format!(
        "{}..{}{}",
        bound(sig.minimum),
        bound(sig.maximum),
        unit_suffix(&sig.unit)
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
