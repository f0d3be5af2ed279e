//! The vehicle data endpoints: status, charge, location, tpms (built from the stored S, D, L, W messages the way
//! the server does: message fields as strings or null, D flags as `byte & bit` numbers), protocol and history.

use serde_json::{Map, Value, json};

use super::clock;
use super::messages::Fields;
use super::{Car, Reply};

const STATUS_S: &[&str] = &[
    "soc",
    "units",
    "idealrange",
    "idealrange_max",
    "estimatedrange",
    "mode",
    "chargestate",
    "cac100",
    "soh",
    "cooldown_active",
];
const STATUS_D: &[&str] = &[
    "temperature_pem",
    "temperature_motor",
    "temperature_battery",
    "temperature_charger",
    "temperature_cabin",
    "tripmeter",
    "odometer",
    "speed",
    "parkingtimer",
    "temperature_ambient",
    "staletemps",
    "staleambient",
    "vehicle12v",
    "vehicle12v_ref",
    "vehicle12v_current",
];
const STATUS_FLAGS: &[&str] = &[
    "fl_dooropen",
    "fr_dooropen",
    "cp_dooropen",
    "pilotpresent",
    "charging",
    "handbrake",
    "caron",
    "carlocked",
    "valetmode",
    "bt_open",
    "tr_open",
    "carawake",
    "charging_12v",
    "alarmsounding",
];
const CHARGE_S: &[&str] = &[
    "linevoltage",
    "battvoltage",
    "chargecurrent",
    "chargepower",
    "chargepowerinput",
    "chargerefficiency",
    "chargetype",
    "chargestate",
    "soc",
    "units",
    "idealrange",
    "estimatedrange",
    "mode",
    "chargelimit",
    "chargeduration",
    "chargeb4",
    "chargekwh",
    "chargesubstate",
    "chargetimermode",
    "chargestarttime",
    "chargetimerstale",
    "cac100",
    "soh",
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
    "batt_current",
    "batt_range_speed",
    "charge_kwh_grid",
    "charge_kwh_grid_total",
    "batt_capacity",
];
const CHARGE_D: &[&str] = &[
    "temperature_pem",
    "temperature_motor",
    "temperature_battery",
    "temperature_charger",
    "temperature_ambient",
    "temperature_cabin",
    "staletemps",
    "staleambient",
    "vehicle12v",
    "vehicle12v_ref",
    "vehicle12v_current",
];
const CHARGE_FLAGS: &[&str] = &[
    "cp_dooropen",
    "pilotpresent",
    "charging",
    "caron",
    "carawake",
    "charging_12v",
];
const LOCATION_L: &[&str] = super::messages::L;
const TPMS_W: &[&str] = super::messages::W;

fn paranoid() -> Reply {
    Reply::text(502, "Paranoid vehicles not supported by api\n")
}

/// Adds `m_msgtime_X`/`m_msgage_X` and the named fields of message `code`; false when there is none.
fn add(
    out: &mut Map<String, Value>,
    car: &Car,
    code: char,
    names: &[&str],
    flags: &[&str],
) -> bool {
    let Some(m) = car.message(code) else {
        return false;
    };
    let suffix = code.to_ascii_lowercase();
    out.insert(format!("m_msgtime_{suffix}"), clock::format(m.time).into());
    out.insert(format!("m_msgage_{suffix}"), (clock::now() - m.time).into());
    let f = Fields::new(code, &m.msg);
    for n in names {
        out.insert((*n).into(), f.get(n));
    }
    for n in flags {
        out.insert((*n).into(), f.flag(n));
    }
    true
}

/// One message plus (for status and charge) the D message, which a paranoid car leaves out silently.
fn view(car: &Car, code: char, names: &[&str], d: Option<(&[&str], &[&str])>) -> Reply {
    if car.message(code).is_some() && car.v.paranoid {
        return paranoid();
    }
    let mut out = Map::new();
    add(&mut out, car, code, names, &[]);
    if let Some((names, flags)) = d
        && !car.v.paranoid
    {
        add(&mut out, car, 'D', names, flags);
    }
    Reply::json(200, Value::Object(out))
}

pub fn status(car: &Car) -> Reply {
    view(car, 'S', STATUS_S, Some((STATUS_D, STATUS_FLAGS)))
}

pub fn charge(car: &Car) -> Reply {
    view(car, 'S', CHARGE_S, Some((CHARGE_D, CHARGE_FLAGS)))
}

pub fn location(car: &Car) -> Reply {
    view(car, 'L', LOCATION_L, None)
}

pub fn tpms(car: &Car) -> Reply {
    view(car, 'W', TPMS_W, None)
}

/// Raw records: F first, then S, then the others by code.
pub fn protocol(car: &Car) -> Reply {
    let rank = |c: char| match c {
        'F' => (0, c),
        'S' => (1, c),
        _ => (2, c),
    };
    let mut msgs: Vec<_> = car.v.messages.iter().collect();
    msgs.sort_by_key(|m| rank(m.code));
    let rows: Vec<Value> = msgs
        .iter()
        .map(|m| {
            json!({
                "m_code": m.code.to_string(),
                "m_msg": m.msg,
                "m_msgtime": clock::format(m.time),
                "m_paranoid": i32::from(car.v.paranoid),
                "m_ptoken": car.v.ptoken,
            })
        })
        .collect();
    Reply::json(200, Value::Array(rows))
}

/// `since` as the database compares it: a date alone is midnight; `T` is accepted for the space.
fn since_of(since: Option<&str>) -> String {
    let s = since.unwrap_or("1970-01-01").replace('T', " ");
    if s.len() == 10 {
        format!("{s} 00:00:00")
    } else {
        s
    }
}

/// Summary per record type (ordered by type), or the records of one type ordered by time and number; only
/// records strictly after `since`.
pub fn historical(car: &Car, rtype: Option<&str>, since: Option<&str>) -> Reply {
    let since = since_of(since);
    let mut recs: Vec<_> = car
        .v
        .history
        .iter()
        .filter(|r| r.time.as_str() > since.as_str())
        .collect();
    if let Some(t) = rtype {
        recs.retain(|r| r.rtype == t);
        recs.sort_by(|a, b| (&a.time, a.number).cmp(&(&b.time, b.number)));
        let rows: Vec<Value> = recs
            .iter()
            .map(|r| json!({"h_timestamp": r.time, "h_recordnumber": r.number, "h_data": r.data}))
            .collect();
        return Reply::json(200, Value::Array(rows));
    }
    let mut types: Vec<&str> = recs.iter().map(|r| r.rtype.as_str()).collect();
    types.sort();
    types.dedup();
    let rows: Vec<Value> = types
        .iter()
        .map(|t| {
            let of: Vec<_> = recs.iter().filter(|r| r.rtype == *t).collect();
            let mut numbers: Vec<i64> = of.iter().map(|r| r.number).collect();
            numbers.sort();
            numbers.dedup();
            // SUM(LENGTH(type)+LENGTH(data)+LENGTH(vehicleid)+20): a decimal, which the driver hands over as text
            let size: usize = of
                .iter()
                .map(|r| r.rtype.len() + r.data.len() + car.v.id.len() + 20)
                .sum();
            json!({
                "h_recordtype": t,
                "distinctrecs": numbers.len(),
                "totalrecs": of.len(),
                "totalsize": size.to_string(),
                "first": of.iter().map(|r| &r.time).min(),
                "last": of.iter().map(|r| &r.time).max(),
            })
        })
        .collect();
    Reply::json(200, Value::Array(rows))
}
