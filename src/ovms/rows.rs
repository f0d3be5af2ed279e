//! The `ovms` group's table rows (docs/output.md documents each; `output::tests::documented_rows` checks).

#[cfg(test)]
use crate::output::Row;
use crate::output::Time;
use crate::row;

row! {
    /// `ovms vehicles`
    pub struct VehicleRow {
        id: String => ("id", "VEHICLE"),
        car_connected: bool => ("car_connected", "CAR ONLINE"),
        apps: u64 => ("apps", "APPS"),
        batch_clients: u64 => ("batch_clients", "BATCH CLIENTS"),
    }
}

row! {
    /// `ovms connect`
    pub struct ConnectRow {
        id: String => ("id", "VEHICLE"),
        car_connected: bool => ("car_connected", "CAR ONLINE"),
        apps: u64 => ("apps", "APPS"),
        batch_clients: u64 => ("batch_clients", "BATCH CLIENTS"),
        first_peer: bool => ("first_peer", "FIRST PEER"),
        status_time: Option<Time> => ("status_time", "STATUS RECEIVED"),
        status_age: Option<u64> => ("status_age", "STATUS AGE (S)"),
    }
}

row! {
    /// `ovms status`: ranges, speed, odometer and trip in `distance_unit` (`km` or `mi`, speed in
    /// `speed_unit`); temperatures °C; flags as booleans; null for what the car did not send.
    pub struct StatusRow {
        vehicle: String => ("vehicle", "VEHICLE"),
        soc: Option<f64> => ("soc", "SOC (%)"),
        soh: Option<f64> => ("soh", "SOH (%)"),
        distance_unit: Option<&'static str> => ("distance_unit", "DISTANCE UNIT"),
        speed_unit: Option<&'static str> => ("speed_unit", "SPEED UNIT"),
        range_ideal: Option<f64> => ("range_ideal", "IDEAL RANGE"),
        range_ideal_max: Option<f64> => ("range_ideal_max", "IDEAL RANGE AT 100 %"),
        range_estimated: Option<f64> => ("range_estimated", "ESTIMATED RANGE"),
        charge_state: Option<String> => ("charge_state", "CHARGE STATE"),
        charge_mode: Option<String> => ("charge_mode", "CHARGE MODE"),
        charging: Option<bool> => ("charging", "CHARGING"),
        plugged_in: Option<bool> => ("plugged_in", "PLUGGED IN"),
        charge_port_open: Option<bool> => ("charge_port_open", "CHARGE PORT OPEN"),
        car_on: Option<bool> => ("car_on", "CAR ON"),
        awake: Option<bool> => ("awake", "AWAKE"),
        locked: Option<bool> => ("locked", "LOCKED"),
        valet_mode: Option<bool> => ("valet_mode", "VALET MODE"),
        alarm_sounding: Option<bool> => ("alarm_sounding", "ALARM"),
        handbrake: Option<bool> => ("handbrake", "HANDBRAKE"),
        door_fl_open: Option<bool> => ("door_fl_open", "FRONT LEFT DOOR OPEN"),
        door_fr_open: Option<bool> => ("door_fr_open", "FRONT RIGHT DOOR OPEN"),
        bonnet_open: Option<bool> => ("bonnet_open", "BONNET OPEN"),
        trunk_open: Option<bool> => ("trunk_open", "TRUNK OPEN"),
        speed: Option<f64> => ("speed", "SPEED"),
        odometer: Option<f64> => ("odometer", "ODOMETER"),
        trip: Option<f64> => ("trip", "TRIP"),
        parked_seconds: Option<f64> => ("parked_seconds", "PARKED (S)"),
        temperature_ambient: Option<f64> => ("temperature_ambient", "AMBIENT (°C)"),
        temperature_cabin: Option<f64> => ("temperature_cabin", "CABIN (°C)"),
        temperature_battery: Option<f64> => ("temperature_battery", "BATTERY (°C)"),
        temperature_motor: Option<f64> => ("temperature_motor", "MOTOR (°C)"),
        temperature_inverter: Option<f64> => ("temperature_inverter", "INVERTER (°C)"),
        temperature_charger: Option<f64> => ("temperature_charger", "CHARGER (°C)"),
        temperatures_stale: Option<bool> => ("temperatures_stale", "TEMPERATURES STALE"),
        battery_12v_voltage: Option<f64> => ("battery_12v_voltage", "12 V BATTERY (V)"),
        battery_12v_reference: Option<f64> => ("battery_12v_reference", "12 V REFERENCE (V)"),
        battery_12v_current: Option<f64> => ("battery_12v_current", "12 V CURRENT (A)"),
        battery_12v_charging: Option<bool> => ("battery_12v_charging", "12 V CHARGING"),
        status_time: Option<Time> => ("status_time", "STATUS RECEIVED"),
        status_age: Option<u64> => ("status_age", "STATUS AGE (S)"),
        doors_time: Option<Time> => ("doors_time", "DOORS RECEIVED"),
        doors_age: Option<u64> => ("doors_age", "DOORS AGE (S)"),
    }
}

row! {
    /// `ovms charge`
    pub struct ChargeRow {
        vehicle: String => ("vehicle", "VEHICLE"),
        soc: Option<f64> => ("soc", "SOC (%)"),
        distance_unit: Option<&'static str> => ("distance_unit", "DISTANCE UNIT"),
        range_ideal: Option<f64> => ("range_ideal", "IDEAL RANGE"),
        range_estimated: Option<f64> => ("range_estimated", "ESTIMATED RANGE"),
        charging: Option<bool> => ("charging", "CHARGING"),
        plugged_in: Option<bool> => ("plugged_in", "PLUGGED IN"),
        charge_port_open: Option<bool> => ("charge_port_open", "CHARGE PORT OPEN"),
        charge_state: Option<String> => ("charge_state", "CHARGE STATE"),
        charge_substate: Option<String> => ("charge_substate", "SUBSTATE"),
        charge_mode: Option<String> => ("charge_mode", "CHARGE MODE"),
        charge_type: Option<String> => ("charge_type", "CHARGE TYPE"),
        line_voltage: Option<f64> => ("line_voltage", "LINE (V)"),
        charge_current: Option<f64> => ("charge_current", "CURRENT (A)"),
        charge_current_limit: Option<f64> => ("charge_current_limit", "CURRENT LIMIT (A)"),
        charge_power: Option<f64> => ("charge_power", "POWER (KW)"),
        charge_power_input: Option<f64> => ("charge_power_input", "INPUT POWER (KW)"),
        charger_efficiency: Option<f64> => ("charger_efficiency", "EFFICIENCY (%)"),
        battery_voltage: Option<f64> => ("battery_voltage", "BATTERY (V)"),
        battery_current: Option<f64> => ("battery_current", "BATTERY (A)"),
        charge_seconds: Option<f64> => ("charge_seconds", "CHARGING FOR (S)"),
        charged_kwh: Option<f64> => ("charged_kwh", "CHARGED (KWH)"),
        grid_kwh: Option<f64> => ("grid_kwh", "FROM GRID (KWH)"),
        grid_kwh_total: Option<f64> => ("grid_kwh_total", "FROM GRID, TOTAL (KWH)"),
        limit_soc: Option<f64> => ("limit_soc", "SOC LIMIT (%)"),
        limit_range: Option<f64> => ("limit_range", "RANGE LIMIT"),
        minutes_to_full: Option<f64> => ("minutes_to_full", "TO FULL (MIN)"),
        minutes_to_limit: Option<f64> => ("minutes_to_limit", "TO LIMIT (MIN)"),
        minutes_to_soc_limit: Option<f64> => ("minutes_to_soc_limit", "TO SOC LIMIT (MIN)"),
        minutes_to_range_limit: Option<f64> => ("minutes_to_range_limit", "TO RANGE LIMIT (MIN)"),
        timer: Option<bool> => ("timer", "TIMER"),
        timer_start: Option<f64> => ("timer_start", "TIMER START"),
        battery_capacity_kwh: Option<f64> => ("battery_capacity_kwh", "CAPACITY (KWH)"),
        cac: Option<f64> => ("cac", "CAC (AH)"),
        soh: Option<f64> => ("soh", "SOH (%)"),
        temperature_battery: Option<f64> => ("temperature_battery", "BATTERY (°C)"),
        temperature_charger: Option<f64> => ("temperature_charger", "CHARGER (°C)"),
        temperature_ambient: Option<f64> => ("temperature_ambient", "AMBIENT (°C)"),
        battery_12v_voltage: Option<f64> => ("battery_12v_voltage", "12 V BATTERY (V)"),
        battery_12v_charging: Option<bool> => ("battery_12v_charging", "12 V CHARGING"),
        status_time: Option<Time> => ("status_time", "STATUS RECEIVED"),
        status_age: Option<u64> => ("status_age", "STATUS AGE (S)"),
        doors_time: Option<Time> => ("doors_time", "DOORS RECEIVED"),
        doors_age: Option<u64> => ("doors_age", "DOORS AGE (S)"),
    }
}

row! {
    /// `ovms location`
    pub struct LocationRow {
        vehicle: String => ("vehicle", "VEHICLE"),
        latitude: Option<f64> => ("latitude", "LATITUDE"),
        longitude: Option<f64> => ("longitude", "LONGITUDE"),
        map_url: Option<String> => ("map_url", "MAP"),
        direction: Option<f64> => ("direction", "DIRECTION (°)"),
        altitude: Option<f64> => ("altitude", "ALTITUDE (M)"),
        gps_lock: Option<bool> => ("gps_lock", "GPS LOCK"),
        gps_stale: Option<bool> => ("gps_stale", "GPS STALE"),
        distance_unit: Option<&'static str> => ("distance_unit", "DISTANCE UNIT"),
        speed_unit: Option<&'static str> => ("speed_unit", "SPEED UNIT"),
        speed: Option<f64> => ("speed", "SPEED"),
        trip: Option<f64> => ("trip", "TRIP"),
        drive_mode: Option<String> => ("drive_mode", "DRIVE MODE"),
        power: Option<f64> => ("power", "POWER (KW)"),
        energy_used: Option<f64> => ("energy_used", "ENERGY USED (KWH)"),
        energy_recovered: Option<f64> => ("energy_recovered", "ENERGY RECOVERED (KWH)"),
        location_time: Option<Time> => ("location_time", "LOCATION RECEIVED"),
        location_age: Option<u64> => ("location_age", "LOCATION AGE (S)"),
    }
}

row! {
    /// `ovms tpms`
    pub struct TpmsRow {
        vehicle: String => ("vehicle", "VEHICLE"),
        fl_pressure_kpa: Option<f64> => ("fl_pressure_kpa", "FRONT LEFT (KPA)"),
        fl_pressure_psi: Option<f64> => ("fl_pressure_psi", "FRONT LEFT (PSI)"),
        fl_temperature: Option<f64> => ("fl_temperature", "FRONT LEFT (°C)"),
        fr_pressure_kpa: Option<f64> => ("fr_pressure_kpa", "FRONT RIGHT (KPA)"),
        fr_pressure_psi: Option<f64> => ("fr_pressure_psi", "FRONT RIGHT (PSI)"),
        fr_temperature: Option<f64> => ("fr_temperature", "FRONT RIGHT (°C)"),
        rl_pressure_kpa: Option<f64> => ("rl_pressure_kpa", "REAR LEFT (KPA)"),
        rl_pressure_psi: Option<f64> => ("rl_pressure_psi", "REAR LEFT (PSI)"),
        rl_temperature: Option<f64> => ("rl_temperature", "REAR LEFT (°C)"),
        rr_pressure_kpa: Option<f64> => ("rr_pressure_kpa", "REAR RIGHT (KPA)"),
        rr_pressure_psi: Option<f64> => ("rr_pressure_psi", "REAR RIGHT (PSI)"),
        rr_temperature: Option<f64> => ("rr_temperature", "REAR RIGHT (°C)"),
        stale: Option<bool> => ("stale", "STALE"),
        tpms_time: Option<Time> => ("tpms_time", "TPMS RECEIVED"),
        tpms_age: Option<u64> => ("tpms_age", "TPMS AGE (S)"),
    }
}

row! {
    /// The readable tables of `ovms status|charge|location|tpms` (-o table only: their layout is no contract;
    /// the other formats print the typed rows above).
    pub struct FieldRow {
        field: String => ("field", "FIELD"),
        value: String => ("value", "VALUE"),
    }
}

row! {
    /// `ovms token list`: a token is a credential, so only its first 8 hex digits show (enough for `token delete`)
    pub struct TokenRow {
        token_prefix: String => ("token_prefix", "TOKEN"),
        application: Option<String> => ("application", "APPLICATION"),
        purpose: Option<String> => ("purpose", "PURPOSE"),
        permit: Option<String> => ("permit", "PERMIT"),
        created: Option<Time> => ("created", "CREATED"),
        refreshed: Option<Time> => ("refreshed", "REFRESHED"),
        last_used: Option<Time> => ("last_used", "LAST USED"),
    }
}

row! {
    /// `ovms token create`: the one time the whole token is shown
    pub struct TokenCreatedRow {
        token: String => ("token", "TOKEN"),
        owner: String => ("owner", "OWNER"),
        application: String => ("application", "APPLICATION"),
        purpose: String => ("purpose", "PURPOSE"),
        permit: String => ("permit", "PERMIT"),
    }
}

row! {
    /// `ovms vehicles --status`
    pub struct FleetRow {
        id: String => ("id", "VEHICLE"),
        car_connected: bool => ("car_connected", "CAR ONLINE"),
        soc: Option<serde_json::Number> => ("soc", "SOC %"),
        range_estimated: Option<serde_json::Number> => ("range_estimated", "RANGE"),
        range_ideal: Option<serde_json::Number> => ("range_ideal", "IDEAL RANGE"),
        distance_unit: Option<String> => ("distance_unit", "UNIT"),
        charging: Option<bool> => ("charging", "CHARGING"),
        locked: Option<bool> => ("locked", "LOCKED"),
        data_age: Option<u64> => ("data_age", "DATA AGE (S)"),
        note: Option<String> => ("note", "NOTE"),
    }
}

row! {
    /// `ovms protocol`
    pub struct ProtocolRow {
        time: Option<Time> => ("time", "RECEIVED"),
        code: String => ("code", "CODE"),
        paranoid: bool => ("paranoid", "PARANOID"),
        ptoken: Option<String> => ("ptoken", "PTOKEN"),
        message: String => ("message", "MESSAGE"),
    }
}

row! {
    /// `ovms history`
    pub struct HistorySummaryRow {
        record_type: String => ("type", "TYPE"),
        distinct_records: Option<u64> => ("distinct_records", "DISTINCT"),
        total_records: Option<u64> => ("total_records", "RECORDS"),
        total_size: Option<u64> => ("total_size", "SIZE (BYTES)"),
        first: Option<Time> => ("first", "FIRST"),
        last: Option<Time> => ("last", "LAST"),
    }
}

row! {
    /// `ovms history TYPE`
    pub struct HistoryRecordRow {
        time: Option<Time> => ("time", "TIME"),
        number: Option<i64> => ("number", "NUMBER"),
        data: String => ("data", "DATA"),
    }
}

#[cfg(test)]
/// Every row type of the group with its columns, for the documentation test.
pub const DOCUMENTED: &[(&str, &[crate::output::Column])] = &[
    ("ovms vehicles", VehicleRow::COLUMNS),
    ("ovms connect", ConnectRow::COLUMNS),
    ("ovms status", StatusRow::COLUMNS),
    ("ovms charge", ChargeRow::COLUMNS),
    ("ovms location", LocationRow::COLUMNS),
    ("ovms tpms", TpmsRow::COLUMNS),
    ("ovms token list", TokenRow::COLUMNS),
    ("ovms token create", TokenCreatedRow::COLUMNS),
    ("ovms vehicles --status", FleetRow::COLUMNS),
    ("ovms protocol", ProtocolRow::COLUMNS),
    ("ovms history", HistorySummaryRow::COLUMNS),
    ("ovms history TYPE", HistoryRecordRow::COLUMNS),
];
