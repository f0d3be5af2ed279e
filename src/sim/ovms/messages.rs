//! The car's protocol messages as the server stores them: one CSV line per message code, its fields in the
//! order the v2/v3 protocol sends them (read from the server's `split` of each code). A scenario names fields by
//! their API names; this module turns them into the CSV the car would have sent.

use serde_json::{Map, Value};

/// Status message: charge state, ranges, SOC. `chargestate_n`/`mode_n` are the numeric codes the API drops.
pub const S: &[&str] = &[
    "soc",
    "units",
    "linevoltage",
    "chargecurrent",
    "chargestate",
    "mode",
    "idealrange",
    "estimatedrange",
    "chargelimit",
    "chargeduration",
    "chargeb4",
    "chargekwh",
    "chargesubstate",
    "chargestate_n",
    "mode_n",
    "chargetimermode",
    "chargestarttime",
    "chargetimerstale",
    "cac100",
    "charge_etr_full",
    "charge_etr_limit",
    "charge_limit_range",
    "charge_limit_soc",
    "cooldown_active",
    "cooldown_tbattery",
    "cooldown_timelimit",
    "charge_estimate",
    "charge_etr_range",
    "charge_etr_soc",
    "idealrange_max",
    "chargetype",
    "chargepower",
    "battvoltage",
    "soh",
    "chargepowerinput",
    "chargerefficiency",
    "batt_current",
    "batt_range_speed",
    "charge_kwh_grid",
    "charge_kwh_grid_total",
    "batt_capacity",
];

/// Doors/environment message; `doors1`…`doors5` are bytes of flag bits (see [`D_FLAGS`]).
pub const D: &[&str] = &[
    "doors1",
    "doors2",
    "lockunlock",
    "temperature_pem",
    "temperature_motor",
    "temperature_battery",
    "tripmeter",
    "odometer",
    "speed",
    "parkingtimer",
    "temperature_ambient",
    "doors3",
    "staletemps",
    "staleambient",
    "vehicle12v",
    "doors4",
    "vehicle12v_ref",
    "doors5",
    "temperature_charger",
    "vehicle12v_current",
    "temperature_cabin",
];

/// Flags of the D message: API name, the doors byte that holds it, its bit. The API answers `byte & bit`.
pub const D_FLAGS: &[(&str, &str, u32)] = &[
    ("fl_dooropen", "doors1", 0x01),
    ("fr_dooropen", "doors1", 0x02),
    ("cp_dooropen", "doors1", 0x04),
    ("pilotpresent", "doors1", 0x08),
    ("charging", "doors1", 0x10),
    ("handbrake", "doors1", 0x40),
    ("caron", "doors1", 0x80),
    ("carlocked", "doors2", 0x08),
    ("valetmode", "doors2", 0x10),
    ("bt_open", "doors2", 0x40),
    ("tr_open", "doors2", 0x80),
    ("carawake", "doors3", 0x02),
    ("alarmsounding", "doors4", 0x04),
    ("charging_12v", "doors5", 0x10),
];

/// Location message.
pub const L: &[&str] = &[
    "latitude",
    "longitude",
    "direction",
    "altitude",
    "gpslock",
    "stalegps",
    "speed",
    "tripmeter",
    "drivemode",
    "power",
    "energyused",
    "energyrecd",
    "invpower",
    "invefficiency",
];

/// TPMS message (v2 `W`).
pub const W: &[&str] = &[
    "fr_pressure",
    "fr_temperature",
    "rr_pressure",
    "rr_temperature",
    "fl_pressure",
    "fl_temperature",
    "rl_pressure",
    "rl_temperature",
    "staletpms",
];

/// Firmware message: only `/api/protocol` shows it.
pub const F: &[&str] = &[
    "version",
    "vin",
    "gsm_signal",
    "canwrite",
    "vehicle_type",
    "gsm_lock",
    "service_range",
    "service_time",
    "hardware",
    "modem_mode",
];

pub const CODES: &[char] = &['S', 'D', 'L', 'W', 'F'];

pub fn fields(code: char) -> &'static [&'static str] {
    match code {
        'S' => S,
        'D' => D,
        'L' => L,
        'W' => W,
        _ => F,
    }
}

/// The message codes that hold a field, for an error message.
fn holders(name: &str) -> Vec<char> {
    CODES
        .iter()
        .copied()
        .filter(|&c| fields(c).contains(&name) || (c == 'D' && is_flag(name)))
        .collect()
}

fn is_flag(name: &str) -> bool {
    D_FLAGS.iter().any(|(n, _, _)| *n == name)
}

/// The CSV of one scenario message table. `age` and `raw` are handled by the caller; `raw` wins if given.
pub fn build_csv(code: char, table: &Map<String, Value>) -> Result<String, String> {
    if let Some(raw) = table.get("raw") {
        let Some(raw) = raw.as_str() else {
            return Err(format!("message {code}: `raw` must be a string"));
        };
        if let Some(other) = table.keys().find(|k| *k != "raw" && *k != "age") {
            return Err(format!(
                "message {code}: `raw` gives the whole message, `{other}` cannot be added to it"
            ));
        }
        return Ok(raw.to_owned());
    }
    let names = fields(code);
    let mut values = vec![String::new(); names.len()];
    let mut bits: Vec<(usize, u32)> = Vec::new();
    for (key, value) in table {
        if key == "age" {
            continue;
        }
        if code == 'D' && is_flag(key) {
            let Some(on) = value.as_bool() else {
                return Err(format!("message D: flag `{key}` must be true or false"));
            };
            let (_, byte, bit) = D_FLAGS.iter().find(|(n, _, _)| n == key).unwrap();
            if on {
                bits.push((names.iter().position(|n| n == byte).unwrap(), *bit));
            }
            continue;
        }
        let Some(i) = names.iter().position(|n| n == key) else {
            let elsewhere = holders(key);
            return Err(if elsewhere.is_empty() {
                format!("message {code} has no field `{key}`")
            } else {
                let list: Vec<String> = elsewhere.iter().map(|c| c.to_string()).collect();
                format!(
                    "message {code} has no field `{key}` (it is in the {} message)",
                    list.join(", ")
                )
            });
        };
        values[i] = match value {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return Err(format!("message {code}: `{key}` must be a string")),
        };
    }
    for (i, bit) in bits {
        let byte = leading_int(&values[i]) as u32 | bit;
        values[i] = byte.to_string();
    }
    Ok(values.join(","))
}

/// The fields the server sees: Perl's `split /,/` drops trailing empty fields, so a field after the last
/// non-empty one is missing (JSON null), an empty one before it is `""`.
pub fn split(msg: &str) -> Vec<&str> {
    let mut parts: Vec<&str> = msg.split(',').collect();
    while parts.last().is_some_and(|p| p.is_empty()) {
        parts.pop();
    }
    parts
}

/// Perl's numeric value of a string: its leading integer, 0 when there is none.
pub fn leading_int(s: &str) -> i64 {
    let s = s.trim_start();
    let (sign, digits) = match s.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, s.strip_prefix('+').unwrap_or(s)),
    };
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    sign * digits[..end].parse::<i64>().unwrap_or(0)
}

/// One stored message, read by field name.
pub struct Fields<'a> {
    code: char,
    parts: Vec<&'a str>,
}

impl<'a> Fields<'a> {
    pub fn new(code: char, msg: &'a str) -> Self {
        Fields {
            code,
            parts: split(msg),
        }
    }

    /// A field as the API answers it: a string, or null when the car's message stopped before it.
    pub fn get(&self, name: &str) -> Value {
        let i = fields(self.code)
            .iter()
            .position(|n| *n == name)
            .expect("known field");
        match self.parts.get(i) {
            Some(s) => Value::String((*s).to_owned()),
            None => Value::Null,
        }
    }

    /// A D flag: its bitmask value, 0 when the byte is missing or empty.
    pub fn flag(&self, name: &str) -> Value {
        let (_, byte, bit) = D_FLAGS
            .iter()
            .find(|(n, _, _)| *n == name)
            .expect("known flag");
        let i = D.iter().position(|n| n == byte).unwrap();
        let v = self.parts.get(i).map_or(0, |s| leading_int(s));
        Value::from(v & i64::from(*bit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn named_fields_become_csv_in_protocol_order() {
        let t = json!({"units": "K", "soc": "85", "age": 3});
        let csv = build_csv('S', t.as_object().unwrap()).unwrap();
        assert!(csv.starts_with("85,K,,"), "{csv}");
        let f = Fields::new('S', &csv);
        assert_eq!(f.get("soc"), "85");
        assert_eq!(
            f.get("linevoltage"),
            Value::Null,
            "trailing empties dropped"
        );
        let f = Fields::new('S', "85,,K");
        assert_eq!(f.get("units"), "");
    }

    #[test]
    fn flags_set_bits_of_their_byte() {
        let t = json!({"charging": true, "caron": true, "carlocked": true, "doors3": "2"});
        let csv = build_csv('D', t.as_object().unwrap()).unwrap();
        let f = Fields::new('D', &csv);
        assert_eq!(f.flag("charging"), 16);
        assert_eq!(f.flag("caron"), 128);
        assert_eq!(f.flag("carlocked"), 8);
        assert_eq!(f.flag("carawake"), 2);
        assert_eq!(f.flag("charging_12v"), 0);
    }

    #[test]
    fn unknown_fields_name_their_message() {
        let t = json!({"latitude": "1"});
        let e = build_csv('S', t.as_object().unwrap()).unwrap_err();
        assert_eq!(
            e,
            "message S has no field `latitude` (it is in the L message)"
        );
        let t = json!({"nope": "1"});
        assert_eq!(
            build_csv('W', t.as_object().unwrap()).unwrap_err(),
            "message W has no field `nope`"
        );
        assert_eq!(leading_int("12abc"), 12);
        assert_eq!(leading_int(""), 0);
    }
}
