//! The endpoints' fields as typed rows, and those rows as FIELD/VALUE lines for people.
//!
//! Units (docs/ovms-server-notes.md and the car firmware's v2 messages): ranges, speed, trip and odometer in the
//! car's `units` (`K` km, `M` miles); `odometer` and `tripmeter` in tenths of it; `chargekwh` in 1/10 kWh;
//! temperatures °C; tyre pressures in psi (the module sends the v2 W message in psi; for the v3 Y record the
//! server converts its kPa to psi for `*_pressure` and adds `*_pressure_kpa`). `stale*` fields are -1 (no
//! data), 0 (stale) or 1 (current); flags are bitmask numbers, non-zero is true.

use serde_json::Value;

use super::Age;
use crate::output::Time;
use crate::ovms::rows::{ChargeRow, FieldRow, LocationRow, StatusRow, TpmsRow};
use crate::ovms::value::{self, Number, age_words};

const KPA_PER_PSI: f64 = 6.894_757_293_168;

fn num(v: &Value, key: &str) -> Option<Number> {
    Number::read(v.get(key))
}

fn flag(v: &Value, key: &str) -> Option<bool> {
    value::flag(v.get(key))
}

fn text(v: &Value, key: &str) -> Option<String> {
    value::text(v.get(key))
}

/// Tenths of a unit (odometer, trip, 1/10 kWh). A division is correctly rounded, so `"1234567"` is the
/// same f64 as `123456.7`: nothing to tidy.
fn tenths(v: &Value, key: &str) -> Option<Number> {
    value::number(v.get(key)).and_then(|n| Number::new(n / 10.0))
}

/// A `stale*` field: -1 no data (None), 0 stale, above 0 current.
fn stale(v: &Value, key: &str) -> Option<bool> {
    value::number(v.get(key))
        .filter(|n| *n >= 0.0)
        .map(|n| n == 0.0)
}

/// For the FIELD/VALUE lines only (the typed rows keep every digit): no binary noise
/// (`0.30000000000000004`), no `-0`.
fn tidy(x: f64) -> f64 {
    let r = (x * 1000.0).round() / 1000.0;
    if r == 0.0 { 0.0 } else { r }
}

/// (distance unit, speed unit) of the car's `units`.
fn units(u: Option<&str>) -> (Option<&'static str>, Option<&'static str>) {
    value::units(u).unzip()
}

fn age_of(ages: &[Age], code: &str) -> (Option<Time>, Option<u64>) {
    match ages.iter().find(|a| a.code == code) {
        Some(a) => (a.time.map(Time), a.secs),
        None => (None, None),
    }
}

pub fn status_row(id: &str, v: &Value) -> StatusRow {
    let ages = ages(v, super::View::Status);
    let (distance_unit, speed_unit) = units(text(v, "units").as_deref());
    let (status_time, status_age) = age_of(&ages, "s");
    let (doors_time, doors_age) = age_of(&ages, "d");
    StatusRow {
        vehicle: id.to_owned(),
        soc: num(v, "soc"),
        soh: num(v, "soh"),
        distance_unit,
        speed_unit,
        range_ideal: num(v, "idealrange"),
        range_ideal_max: num(v, "idealrange_max"),
        range_estimated: num(v, "estimatedrange"),
        charge_state: text(v, "chargestate"),
        charge_mode: text(v, "mode"),
        charging: flag(v, "charging"),
        plugged_in: flag(v, "pilotpresent"),
        charge_port_open: flag(v, "cp_dooropen"),
        car_on: flag(v, "caron"),
        awake: flag(v, "carawake"),
        locked: flag(v, "carlocked"),
        valet_mode: flag(v, "valetmode"),
        alarm_sounding: flag(v, "alarmsounding"),
        handbrake: flag(v, "handbrake"),
        door_fl_open: flag(v, "fl_dooropen"),
        door_fr_open: flag(v, "fr_dooropen"),
        bonnet_open: flag(v, "bt_open"),
        trunk_open: flag(v, "tr_open"),
        speed: num(v, "speed"),
        odometer: tenths(v, "odometer"),
        trip: tenths(v, "tripmeter"),
        parked_seconds: num(v, "parkingtimer"),
        temperature_ambient: num(v, "temperature_ambient"),
        temperature_cabin: num(v, "temperature_cabin"),
        temperature_battery: num(v, "temperature_battery"),
        temperature_motor: num(v, "temperature_motor"),
        temperature_inverter: num(v, "temperature_pem"),
        temperature_charger: num(v, "temperature_charger"),
        temperatures_stale: stale(v, "staletemps"),
        battery_12v_voltage: num(v, "vehicle12v"),
        battery_12v_reference: num(v, "vehicle12v_ref"),
        battery_12v_current: num(v, "vehicle12v_current"),
        battery_12v_charging: flag(v, "charging_12v"),
        status_time,
        status_age,
        doors_time,
        doors_age,
    }
}

pub fn charge_row(id: &str, v: &Value) -> ChargeRow {
    let ages = ages(v, super::View::Charge);
    let (distance_unit, _) = units(text(v, "units").as_deref());
    let (status_time, status_age) = age_of(&ages, "s");
    let (doors_time, doors_age) = age_of(&ages, "d");
    ChargeRow {
        vehicle: id.to_owned(),
        soc: num(v, "soc"),
        distance_unit,
        range_ideal: num(v, "idealrange"),
        range_estimated: num(v, "estimatedrange"),
        charging: flag(v, "charging"),
        plugged_in: flag(v, "pilotpresent"),
        charge_port_open: flag(v, "cp_dooropen"),
        charge_state: text(v, "chargestate"),
        charge_substate: text(v, "chargesubstate"),
        charge_mode: text(v, "mode"),
        charge_type: text(v, "chargetype"),
        line_voltage: num(v, "linevoltage"),
        charge_current: num(v, "chargecurrent"),
        charge_current_limit: num(v, "chargelimit"),
        charge_power: num(v, "chargepower"),
        charge_power_input: num(v, "chargepowerinput"),
        charger_efficiency: num(v, "chargerefficiency"),
        battery_voltage: num(v, "battvoltage"),
        battery_current: num(v, "batt_current"),
        // Minutes in the protocol (S message: "charge duration (minutes)"), like `charge_etr_*`.
        charge_minutes: num(v, "chargeduration"),
        charged_kwh: tenths(v, "chargekwh"),
        grid_kwh: num(v, "charge_kwh_grid"),
        grid_kwh_total: num(v, "charge_kwh_grid_total"),
        limit_soc: num(v, "charge_limit_soc"),
        limit_range: num(v, "charge_limit_range"),
        minutes_to_full: num(v, "charge_etr_full"),
        minutes_to_limit: num(v, "charge_etr_limit"),
        minutes_to_soc_limit: num(v, "charge_etr_soc"),
        minutes_to_range_limit: num(v, "charge_etr_range"),
        timer: flag(v, "chargetimermode"),
        timer_start: num(v, "chargestarttime"),
        battery_capacity_kwh: num(v, "batt_capacity"),
        cac: num(v, "cac100"),
        soh: num(v, "soh"),
        temperature_battery: num(v, "temperature_battery"),
        temperature_charger: num(v, "temperature_charger"),
        temperature_ambient: num(v, "temperature_ambient"),
        battery_12v_voltage: num(v, "vehicle12v"),
        battery_12v_charging: flag(v, "charging_12v"),
        status_time,
        status_age,
        doors_time,
        doors_age,
    }
}

/// Whether the location has values in the car's unit (speed, trip), which only /api/status names.
pub fn location_needs_units(v: &Value) -> bool {
    num(v, "speed").is_some() || num(v, "tripmeter").is_some()
}

pub fn location_row(id: &str, v: &Value, car_units: Option<&str>) -> LocationRow {
    let ages = ages(v, super::View::Location);
    let (distance_unit, speed_unit) = units(car_units);
    let (location_time, location_age) = age_of(&ages, "l");
    let (latitude, longitude) = (num(v, "latitude"), num(v, "longitude"));
    LocationRow {
        vehicle: id.to_owned(),
        latitude,
        longitude,
        map_url: map_url(latitude, longitude),
        direction: num(v, "direction"),
        altitude: num(v, "altitude"),
        gps_lock: flag(v, "gpslock"),
        gps_stale: stale(v, "stalegps"),
        distance_unit,
        speed_unit,
        speed: num(v, "speed"),
        trip: tenths(v, "tripmeter"),
        drive_mode: text(v, "drivemode"),
        power: num(v, "power"),
        energy_used: num(v, "energyused"),
        energy_recovered: num(v, "energyrecd"),
        location_time,
        location_age,
    }
}

/// An OpenStreetMap link with a marker; none for 0,0 (what a car without a GPS fix sends).
fn map_url(lat: Option<Number>, lon: Option<Number>) -> Option<String> {
    let (lat, lon) = (lat?.get(), lon?.get());
    if (lat == 0.0 && lon == 0.0) || lat.abs() > 90.0 || lon.abs() > 180.0 {
        return None;
    }
    Some(format!(
        "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"
    ))
}

pub fn tpms_row(id: &str, v: &Value) -> TpmsRow {
    let ages = ages(v, super::View::Tpms);
    let (tpms_time, tpms_age) = age_of(&ages, "w");
    // kPa as the server gives it for a v3 Y record, else from the psi of `*_pressure`.
    let wheel = |w: &str| {
        let psi = num(v, &format!("{w}_pressure"));
        // A conversion, to the 0.1 kPa a tyre sensor resolves (the server's own `*_pressure_kpa` as is).
        let kpa = num(v, &format!("{w}_pressure_kpa")).or_else(|| {
            psi.and_then(|p| Number::new((p.get() * KPA_PER_PSI * 10.0).round() / 10.0))
        });
        (kpa, psi, num(v, &format!("{w}_temperature")))
    };
    let (fl, fr, rl, rr) = (wheel("fl"), wheel("fr"), wheel("rl"), wheel("rr"));
    TpmsRow {
        vehicle: id.to_owned(),
        fl_pressure_kpa: fl.0,
        fl_pressure_psi: fl.1,
        fl_temperature: fl.2,
        fr_pressure_kpa: fr.0,
        fr_pressure_psi: fr.1,
        fr_temperature: fr.2,
        rl_pressure_kpa: rl.0,
        rl_pressure_psi: rl.1,
        rl_temperature: rl.2,
        rr_pressure_kpa: rr.0,
        rr_pressure_psi: rr.1,
        rr_temperature: rr.2,
        stale: stale(v, "staletpms"),
        tpms_time,
        tpms_age,
    }
}

fn ages(v: &Value, view: super::View) -> Vec<Age> {
    super::Reading {
        body: Vec::new(),
        json: v.clone(),
    }
    .ages(view)
}

// ---- FIELD/VALUE lines for people: only what the car sent. ----

struct Lines(Vec<FieldRow>);

impl Lines {
    fn new(id: &str) -> Lines {
        Lines(vec![FieldRow {
            field: "vehicle".into(),
            value: id.to_owned(),
        }])
    }

    fn add(&mut self, field: &str, value: Option<String>) {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            self.0.push(FieldRow {
                field: field.to_owned(),
                value,
            });
        }
    }

    fn yes_no(&mut self, field: &str, b: Option<bool>) {
        self.add(field, b.map(|b| if b { "yes" } else { "no" }.to_owned()));
    }

    fn temp(&mut self, field: &str, t: Option<Number>, stale: Option<bool>) {
        self.add(
            field,
            t.map(|t| format!("{} °C{}", n(t), stale_note(stale))),
        );
    }

    fn updated(&mut self, ages: &[Age]) {
        let known: Vec<&Age> = ages.iter().filter(|a| a.secs.is_some()).collect();
        let value = match known.as_slice() {
            [] if ages.is_empty() => "never: the server has no data from the car".to_owned(),
            [] => "unknown".to_owned(),
            [one] => age_words(one.secs.unwrap_or(0)),
            many if many.iter().all(|a| {
                age_words(a.secs.unwrap_or(0)) == age_words(many[0].secs.unwrap_or(0))
            }) =>
            {
                age_words(many[0].secs.unwrap_or(0))
            }
            many => many
                .iter()
                .map(|a| format!("{} {}", a.what, age_words(a.secs.unwrap_or(0))))
                .collect::<Vec<_>>()
                .join(", "),
        };
        self.add("updated", Some(value));
    }
}

/// A number as people write it: `312.5`, `85`, never `85.0`; to 3 decimals.
fn n(x: impl Into<f64>) -> String {
    format!("{}", tidy(x.into()))
}

fn with_unit(x: Option<Number>, unit: Option<&str>) -> Option<String> {
    let x = x?;
    Some(match unit {
        Some(u) => format!("{} {u}", n(x)),
        None => n(x),
    })
}

fn stale_note(stale: Option<bool>) -> &'static str {
    if stale == Some(true) { " (stale)" } else { "" }
}

/// Seconds in words (the group's one formatter, `value::duration_words`).
fn duration(secs: impl Into<f64>) -> String {
    value::duration_words(secs.into().max(0.0) as u64)
}

fn join(parts: impl IntoIterator<Item = Option<String>>) -> Option<String> {
    let parts: Vec<String> = parts.into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn range(ideal: Option<Number>, estimated: Option<Number>, unit: Option<&str>) -> Option<String> {
    join([
        with_unit(ideal, unit).map(|r| format!("{r} ideal")),
        with_unit(estimated, unit).map(|r| format!("{r} estimated")),
    ])
}

fn state_mode(state: &Option<String>, mode: &Option<String>) -> Option<String> {
    match (state, mode) {
        (Some(s), Some(m)) => Some(format!("{s} ({m} mode)")),
        (Some(s), None) => Some(s.clone()),
        (None, Some(m)) => Some(format!("{m} mode")),
        (None, None) => None,
    }
}

fn battery_12v(
    volts: Option<Number>,
    reference: Option<Number>,
    amps: Option<Number>,
) -> Option<String> {
    let v = volts?;
    let extra = join([
        reference.map(|r| format!("reference {} V", n(r))),
        amps.map(|a| format!("{} A", n(a))),
    ]);
    Some(match extra {
        Some(e) => format!("{} V ({e})", n(v)),
        None => format!("{} V", n(v)),
    })
}

pub fn status_lines(r: &StatusRow, ages: &[Age]) -> Vec<FieldRow> {
    let mut l = Lines::new(&r.vehicle);
    let unit = r.distance_unit;
    l.add("SOC", r.soc.map(|s| format!("{} %", n(s))));
    l.add("range", range(r.range_ideal, r.range_estimated, unit));
    l.add("full range", with_unit(r.range_ideal_max, unit));
    l.add("battery health", r.soh.map(|s| format!("{} % SOH", n(s))));
    l.yes_no("charging", r.charging);
    l.add("charge state", state_mode(&r.charge_state, &r.charge_mode));
    l.yes_no("plugged in", r.plugged_in);
    l.yes_no("charge port open", r.charge_port_open);
    l.yes_no("car on", r.car_on);
    l.yes_no("awake", r.awake);
    l.yes_no("locked", r.locked);
    l.yes_no("valet mode", r.valet_mode);
    l.yes_no("alarm sounding", r.alarm_sounding);
    l.yes_no("handbrake", r.handbrake);
    l.yes_no("front left door open", r.door_fl_open);
    l.yes_no("front right door open", r.door_fr_open);
    l.yes_no("bonnet open", r.bonnet_open);
    l.yes_no("trunk open", r.trunk_open);
    l.add("speed", with_unit(r.speed, r.speed_unit));
    l.add("odometer", with_unit(r.odometer, unit));
    l.add("trip", with_unit(r.trip, unit));
    if r.car_on != Some(true) {
        l.add(
            "parked for",
            r.parked_seconds.filter(|s| *s > 0.0).map(duration),
        );
    }
    let stale = r.temperatures_stale;
    l.temp("ambient", r.temperature_ambient, stale);
    l.temp("cabin", r.temperature_cabin, stale);
    l.temp("battery temperature", r.temperature_battery, stale);
    l.temp("motor temperature", r.temperature_motor, stale);
    l.temp("inverter temperature", r.temperature_inverter, stale);
    l.temp("charger temperature", r.temperature_charger, stale);
    l.add(
        "12 V battery",
        battery_12v(
            r.battery_12v_voltage,
            r.battery_12v_reference,
            r.battery_12v_current,
        ),
    );
    l.yes_no("12 V charging", r.battery_12v_charging);
    l.updated(ages);
    l.0
}

pub fn charge_lines(r: &ChargeRow, ages: &[Age]) -> Vec<FieldRow> {
    let mut l = Lines::new(&r.vehicle);
    let unit = r.distance_unit;
    l.add("SOC", r.soc.map(|s| format!("{} %", n(s))));
    l.add("range", range(r.range_ideal, r.range_estimated, unit));
    l.yes_no("charging", r.charging);
    l.yes_no("plugged in", r.plugged_in);
    l.yes_no("charge port open", r.charge_port_open);
    l.add(
        "charge state",
        state_mode(&r.charge_state, &r.charge_mode).map(|s| match &r.charge_substate {
            Some(sub) => format!("{s}, substate {sub}"),
            None => s,
        }),
    );
    l.add("charge type", r.charge_type.clone().filter(|t| t != "0"));
    l.add(
        "supply",
        join([
            r.line_voltage.map(|v| format!("{} V", n(v))),
            r.charge_current.map(|a| format!("{} A", n(a))),
            r.charge_current_limit.map(|a| format!("limit {} A", n(a))),
        ]),
    );
    l.add(
        "power",
        r.charge_power.map(|p| {
            match join([
                r.charge_power_input.map(|i| format!("input {} kW", n(i))),
                r.charger_efficiency
                    .map(|e| format!("{} % efficient", n(e))),
            ]) {
                Some(extra) => format!("{} kW ({extra})", n(p)),
                None => format!("{} kW", n(p)),
            }
        }),
    );
    l.add(
        "battery",
        join([
            r.battery_voltage.map(|v| format!("{} V", n(v))),
            r.battery_current.map(|a| format!("{} A", n(a))),
        ]),
    );
    let mins = |m: Option<Number>| m.filter(|m| *m > 0.0).map(|m| duration(m.get() * 60.0));
    l.add("charging for", mins(r.charge_minutes));
    l.add("charged", r.charged_kwh.map(|k| format!("{} kWh", n(k))));
    l.add(
        "from the grid",
        join([
            r.grid_kwh.map(|k| format!("{} kWh", n(k))),
            r.grid_kwh_total.map(|k| format!("{} kWh in total", n(k))),
        ]),
    );
    // 0 is "no limit" in the car's messages.
    l.add(
        "limits",
        join([
            r.limit_soc
                .filter(|s| *s > 0.0)
                .map(|s| format!("SOC {} %", n(s))),
            with_unit(r.limit_range.filter(|x| *x > 0.0), unit).map(|x| format!("range {x}")),
        ]),
    );
    l.add("time to full", mins(r.minutes_to_full));
    l.add("time to limit", mins(r.minutes_to_limit));
    l.add("time to SOC limit", mins(r.minutes_to_soc_limit));
    l.add("time to range limit", mins(r.minutes_to_range_limit));
    l.add(
        "timer",
        r.timer.map(|on| match (on, r.timer_start) {
            (true, Some(start)) => format!("yes (start {})", n(start)),
            (true, None) => "yes".into(),
            (false, _) => "no".into(),
        }),
    );
    l.add(
        "capacity",
        r.battery_capacity_kwh.map(|k| format!("{} kWh", n(k))),
    );
    l.add("CAC", r.cac.map(|c| format!("{} Ah", n(c))));
    l.add("battery health", r.soh.map(|s| format!("{} % SOH", n(s))));
    l.temp("battery temperature", r.temperature_battery, None);
    l.temp("charger temperature", r.temperature_charger, None);
    l.temp("ambient", r.temperature_ambient, None);
    l.add(
        "12 V battery",
        battery_12v(r.battery_12v_voltage, None, None),
    );
    l.yes_no("12 V charging", r.battery_12v_charging);
    l.updated(ages);
    l.0
}

pub fn location_lines(r: &LocationRow, ages: &[Age]) -> Vec<FieldRow> {
    let mut l = Lines::new(&r.vehicle);
    l.add(
        "position",
        match (r.latitude, r.longitude) {
            // Coordinates keep every digit the car sent (six decimals).
            (Some(lat), Some(lon)) => Some(format!(
                "{}, {}{}",
                lat.get(),
                lon.get(),
                stale_note(r.gps_stale)
            )),
            _ => None,
        },
    );
    l.add("map", r.map_url.clone());
    l.add("direction", r.direction.map(|d| format!("{}°", n(d))));
    l.add("altitude", r.altitude.map(|a| format!("{} m", n(a))));
    l.yes_no("GPS lock", r.gps_lock);
    l.add("speed", with_unit(r.speed, r.speed_unit));
    l.add("trip", with_unit(r.trip, r.distance_unit));
    l.add("drive mode", r.drive_mode.clone());
    l.add("power", r.power.map(|p| format!("{} kW", n(p))));
    l.add(
        "energy used",
        r.energy_used.map(|e| format!("{} kWh", n(e))),
    );
    l.add(
        "energy recovered",
        r.energy_recovered.map(|e| format!("{} kWh", n(e))),
    );
    l.updated(ages);
    l.0
}

pub fn tpms_lines(r: &TpmsRow, ages: &[Age]) -> Vec<FieldRow> {
    let mut l = Lines::new(&r.vehicle);
    let wheel = |kpa: Option<Number>, psi: Option<Number>, temp: Option<Number>| {
        join([
            match (kpa, psi) {
                (Some(k), Some(p)) => Some(format!("{} kPa ({} psi)", n(k), n(p))),
                (Some(k), None) => Some(format!("{} kPa", n(k))),
                (None, Some(p)) => Some(format!("{} psi", n(p))),
                (None, None) => None,
            },
            temp.map(|t| format!("{} °C", n(t))),
        ])
        .map(|s| format!("{s}{}", stale_note(r.stale)))
    };
    l.add(
        "front left",
        wheel(r.fl_pressure_kpa, r.fl_pressure_psi, r.fl_temperature),
    );
    l.add(
        "front right",
        wheel(r.fr_pressure_kpa, r.fr_pressure_psi, r.fr_temperature),
    );
    l.add(
        "rear left",
        wheel(r.rl_pressure_kpa, r.rl_pressure_psi, r.rl_temperature),
    );
    l.add(
        "rear right",
        wheel(r.rr_pressure_kpa, r.rr_pressure_psi, r.rr_temperature),
    );
    l.updated(ages);
    l.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lines(rows: Vec<FieldRow>) -> Vec<(String, String)> {
        rows.into_iter().map(|r| (r.field, r.value)).collect()
    }

    fn get<'a>(l: &'a [(String, String)], field: &str) -> Option<&'a str> {
        l.iter().find(|(f, _)| f == field).map(|(_, v)| v.as_str())
    }

    #[test]
    fn status_reads_strings_bitmasks_and_tenths() {
        let v = json!({"soc":"85","units":"M","idealrange":"194.2","estimatedrange":"",
            "charging":16,"carlocked":0,"odometer":"1234567","tripmeter":"125","speed":"-0",
            "staletemps":"0","temperature_ambient":"12","m_msgage_s":30,"m_msgtime_s":"2026-01-01 10:00:00"});
        let r = status_row("C", &v);
        assert_eq!(r.soc.map(Number::get), Some(85.0));
        assert_eq!(r.distance_unit, Some("mi"));
        assert_eq!(r.speed_unit, Some("mph"));
        assert_eq!(r.range_ideal.map(Number::get), Some(194.2));
        assert_eq!(r.range_estimated, None);
        assert_eq!(r.charging, Some(true));
        assert_eq!(r.locked, Some(false));
        assert_eq!(r.handbrake, None);
        assert_eq!(r.odometer.map(Number::get), Some(123456.7));
        assert_eq!(r.trip.map(Number::get), Some(12.5));
        assert_eq!(r.speed.map(Number::get), Some(0.0));
        assert_eq!(r.temperatures_stale, Some(true));
        assert_eq!(r.status_age, Some(30));
        assert_eq!(r.doors_age, None);
        let l = lines(status_lines(&r, &ages(&v, super::super::View::Status)));
        assert_eq!(get(&l, "SOC"), Some("85 %"));
        assert_eq!(get(&l, "range"), Some("194.2 mi ideal"));
        assert_eq!(get(&l, "odometer"), Some("123456.7 mi"));
        assert_eq!(get(&l, "speed"), Some("0 mph"));
        assert_eq!(get(&l, "charging"), Some("yes"));
        assert_eq!(get(&l, "locked"), Some("no"));
        assert_eq!(get(&l, "ambient"), Some("12 °C (stale)"));
        assert_eq!(get(&l, "updated"), Some("30 s ago"));
        assert_eq!(get(&l, "handbrake"), None);
    }

    #[test]
    fn an_empty_car_has_nulls_and_says_so() {
        let v = json!({});
        let r = status_row("C", &v);
        assert_eq!(r.soc, None);
        assert_eq!(r.distance_unit, None);
        let json = serde_json::to_value(&r).unwrap();
        assert!(
            json.as_object()
                .unwrap()
                .iter()
                .all(|(k, v)| k == "vehicle" || v.is_null())
        );
        let l = lines(status_lines(&r, &[]));
        assert_eq!(l.len(), 2);
        assert!(get(&l, "updated").unwrap().starts_with("never"));
        let t = lines(tpms_lines(&tpms_row("C", &v), &[]));
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn tyres_in_kpa_from_psi_and_locations_get_a_map() {
        let r = tpms_row(
            "C",
            &json!({"fl_pressure":"33.4","fl_temperature":"14","staletpms":"1",
            "fr_pressure": 30.0, "fr_pressure_kpa": "206.8"}),
        );
        assert_eq!(r.fl_pressure_kpa.map(Number::get), Some(230.3));
        assert_eq!(r.fl_pressure_psi.map(Number::get), Some(33.4));
        assert_eq!(r.fr_pressure_kpa.map(Number::get), Some(206.8));
        assert_eq!(r.stale, Some(false));
        assert_eq!(r.rr_pressure_kpa, None);
        let l = lines(tpms_lines(&r, &[]));
        assert_eq!(get(&l, "front left"), Some("230.3 kPa (33.4 psi), 14 °C"));
        let loc = location_row(
            "C",
            &json!({"latitude":"51.500729","longitude":"-0.124625","tripmeter":"125","speed":"3.5"}),
            Some("K"),
        );
        assert_eq!(
            loc.map_url.as_deref(),
            Some(
                "https://www.openstreetmap.org/?mlat=51.500729&mlon=-0.124625#map=16/51.500729/-0.124625"
            )
        );
        assert_eq!(loc.trip.map(Number::get), Some(12.5));
        assert_eq!(loc.speed_unit, Some("km/h"));
        let none = location_row("C", &json!({"latitude":"0","longitude":"0"}), None);
        assert_eq!(none.map_url, None);
    }

    #[test]
    fn charge_in_tenths_of_kwh_and_words() {
        let r = charge_row(
            "C",
            &json!({"chargekwh":"115","chargeduration":"65","charge_etr_full":"55",
            "chargepower":"3.6","batt_range_speed":"","charge_limit_soc":"0"}),
        );
        assert_eq!(r.charged_kwh.map(Number::get), Some(11.5));
        let l = lines(charge_lines(&r, &[]));
        assert_eq!(get(&l, "charged"), Some("11.5 kWh"));
        assert_eq!(get(&l, "charging for"), Some("1 h 5 min"));
        assert_eq!(get(&l, "time to full"), Some("55 min"));
        assert_eq!(get(&l, "power"), Some("3.6 kW"));
        assert_eq!(get(&l, "limits"), None);
        assert_eq!(duration(2.0 * 86_400.0 + 7200.0), "2 days 2 h");
        assert_eq!(duration(86_400.0 + 23.0 * 3600.0), "1 day 23 h");
        // no rounding in the typed row, only in the lines
        let r = charge_row("C", &json!({"chargepower":"2.71239"}));
        assert_eq!(serde_json::to_value(&r).unwrap()["charge_power"], 2.71239);
        assert_eq!(
            get(&lines(charge_lines(&r, &[])), "power"),
            Some("2.712 kW")
        );
    }
}
