//! The `ovms` group's table rows (docs/output.md documents each; `output::tests::documented_rows` checks).

#[cfg(test)]
use crate::output::Row;
use crate::output::Time;
use crate::ovms::value::Number;
use crate::row;

row! {
    /// `ovms vehicles`
    pub struct VehicleRow {
        vehicle: String => ("vehicle", "VEHICLE"),
        car_connected: bool => ("car_connected", "CAR ONLINE"),
        apps: u64 => ("apps", "APPS"),
        batch_clients: u64 => ("batch_clients", "BATCH CLIENTS"),
    }
}

row! {
    /// `ovms connect`
    pub struct ConnectRow {
        vehicle: String => ("vehicle", "VEHICLE"),
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
        soc: Option<Number> => ("soc", "SOC %"),
        soh: Option<Number> => ("soh", "SOH %"),
        distance_unit: Option<&'static str> => ("distance_unit", "DISTANCE UNIT"),
        speed_unit: Option<&'static str> => ("speed_unit", "SPEED UNIT"),
        range_ideal: Option<Number> => ("range_ideal", "IDEAL RANGE"),
        range_ideal_max: Option<Number> => ("range_ideal_max", "IDEAL RANGE AT 100 %"),
        range_estimated: Option<Number> => ("range_estimated", "ESTIMATED RANGE"),
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
        speed: Option<Number> => ("speed", "SPEED"),
        odometer: Option<Number> => ("odometer", "ODOMETER"),
        trip: Option<Number> => ("trip", "TRIP"),
        parked_seconds: Option<Number> => ("parked_seconds", "PARKED (S)"),
        temperature_ambient: Option<Number> => ("temperature_ambient", "AMBIENT (°C)"),
        temperature_cabin: Option<Number> => ("temperature_cabin", "CABIN (°C)"),
        temperature_battery: Option<Number> => ("temperature_battery", "BATTERY (°C)"),
        temperature_motor: Option<Number> => ("temperature_motor", "MOTOR (°C)"),
        temperature_inverter: Option<Number> => ("temperature_inverter", "INVERTER (°C)"),
        temperature_charger: Option<Number> => ("temperature_charger", "CHARGER (°C)"),
        temperatures_stale: Option<bool> => ("temperatures_stale", "TEMPERATURES STALE"),
        battery_12v_voltage: Option<Number> => ("battery_12v_voltage", "12 V BATTERY (V)"),
        battery_12v_reference: Option<Number> => ("battery_12v_reference", "12 V REFERENCE (V)"),
        battery_12v_current: Option<Number> => ("battery_12v_current", "12 V CURRENT (A)"),
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
        soc: Option<Number> => ("soc", "SOC %"),
        distance_unit: Option<&'static str> => ("distance_unit", "DISTANCE UNIT"),
        range_ideal: Option<Number> => ("range_ideal", "IDEAL RANGE"),
        range_estimated: Option<Number> => ("range_estimated", "ESTIMATED RANGE"),
        charging: Option<bool> => ("charging", "CHARGING"),
        plugged_in: Option<bool> => ("plugged_in", "PLUGGED IN"),
        charge_port_open: Option<bool> => ("charge_port_open", "CHARGE PORT OPEN"),
        charge_state: Option<String> => ("charge_state", "CHARGE STATE"),
        charge_substate: Option<String> => ("charge_substate", "SUBSTATE"),
        charge_mode: Option<String> => ("charge_mode", "CHARGE MODE"),
        charge_type: Option<String> => ("charge_type", "CHARGE TYPE"),
        line_voltage: Option<Number> => ("line_voltage", "LINE (V)"),
        charge_current: Option<Number> => ("charge_current", "CURRENT (A)"),
        charge_current_limit: Option<Number> => ("charge_current_limit", "CURRENT LIMIT (A)"),
        charge_power: Option<Number> => ("charge_power", "POWER (KW)"),
        charge_power_input: Option<Number> => ("charge_power_input", "INPUT POWER (KW)"),
        charger_efficiency: Option<Number> => ("charger_efficiency", "EFFICIENCY %"),
        battery_voltage: Option<Number> => ("battery_voltage", "BATTERY (V)"),
        battery_current: Option<Number> => ("battery_current", "BATTERY (A)"),
        charge_minutes: Option<Number> => ("charge_minutes", "CHARGING FOR (MIN)"),
        charged_kwh: Option<Number> => ("charged_kwh", "CHARGED (KWH)"),
        grid_kwh: Option<Number> => ("grid_kwh", "FROM GRID (KWH)"),
        grid_kwh_total: Option<Number> => ("grid_kwh_total", "FROM GRID, TOTAL (KWH)"),
        limit_soc: Option<Number> => ("limit_soc", "SOC LIMIT %"),
        limit_range: Option<Number> => ("limit_range", "RANGE LIMIT"),
        minutes_to_full: Option<Number> => ("minutes_to_full", "TO FULL (MIN)"),
        minutes_to_limit: Option<Number> => ("minutes_to_limit", "TO LIMIT (MIN)"),
        minutes_to_soc_limit: Option<Number> => ("minutes_to_soc_limit", "TO SOC LIMIT (MIN)"),
        minutes_to_range_limit: Option<Number> => ("minutes_to_range_limit", "TO RANGE LIMIT (MIN)"),
        timer: Option<bool> => ("timer", "TIMER"),
        timer_start: Option<Number> => ("timer_start", "TIMER START"),
        battery_capacity_kwh: Option<Number> => ("battery_capacity_kwh", "CAPACITY (KWH)"),
        cac: Option<Number> => ("cac", "CAC (AH)"),
        soh: Option<Number> => ("soh", "SOH %"),
        temperature_battery: Option<Number> => ("temperature_battery", "BATTERY (°C)"),
        temperature_charger: Option<Number> => ("temperature_charger", "CHARGER (°C)"),
        temperature_ambient: Option<Number> => ("temperature_ambient", "AMBIENT (°C)"),
        battery_12v_voltage: Option<Number> => ("battery_12v_voltage", "12 V BATTERY (V)"),
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
        latitude: Option<Number> => ("latitude", "LATITUDE"),
        longitude: Option<Number> => ("longitude", "LONGITUDE"),
        map_url: Option<String> => ("map_url", "MAP"),
        direction: Option<Number> => ("direction", "DIRECTION (°)"),
        altitude: Option<Number> => ("altitude", "ALTITUDE (M)"),
        gps_lock: Option<bool> => ("gps_lock", "GPS LOCK"),
        gps_stale: Option<bool> => ("gps_stale", "GPS STALE"),
        distance_unit: Option<&'static str> => ("distance_unit", "DISTANCE UNIT"),
        speed_unit: Option<&'static str> => ("speed_unit", "SPEED UNIT"),
        speed: Option<Number> => ("speed", "SPEED"),
        trip: Option<Number> => ("trip", "TRIP"),
        drive_mode: Option<String> => ("drive_mode", "DRIVE MODE"),
        power: Option<Number> => ("power", "POWER (KW)"),
        energy_used: Option<Number> => ("energy_used", "ENERGY USED (KWH)"),
        energy_recovered: Option<Number> => ("energy_recovered", "ENERGY RECOVERED (KWH)"),
        location_time: Option<Time> => ("location_time", "LOCATION RECEIVED"),
        location_age: Option<u64> => ("location_age", "LOCATION AGE (S)"),
    }
}

row! {
    /// `ovms tpms`
    pub struct TpmsRow {
        vehicle: String => ("vehicle", "VEHICLE"),
        fl_pressure_kpa: Option<Number> => ("fl_pressure_kpa", "FRONT LEFT (KPA)"),
        fl_pressure_psi: Option<Number> => ("fl_pressure_psi", "FRONT LEFT (PSI)"),
        fl_temperature: Option<Number> => ("fl_temperature", "FRONT LEFT (°C)"),
        fr_pressure_kpa: Option<Number> => ("fr_pressure_kpa", "FRONT RIGHT (KPA)"),
        fr_pressure_psi: Option<Number> => ("fr_pressure_psi", "FRONT RIGHT (PSI)"),
        fr_temperature: Option<Number> => ("fr_temperature", "FRONT RIGHT (°C)"),
        rl_pressure_kpa: Option<Number> => ("rl_pressure_kpa", "REAR LEFT (KPA)"),
        rl_pressure_psi: Option<Number> => ("rl_pressure_psi", "REAR LEFT (PSI)"),
        rl_temperature: Option<Number> => ("rl_temperature", "REAR LEFT (°C)"),
        rr_pressure_kpa: Option<Number> => ("rr_pressure_kpa", "REAR RIGHT (KPA)"),
        rr_pressure_psi: Option<Number> => ("rr_pressure_psi", "REAR RIGHT (PSI)"),
        rr_temperature: Option<Number> => ("rr_temperature", "REAR RIGHT (°C)"),
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
        vehicle: String => ("vehicle", "VEHICLE"),
        car_connected: bool => ("car_connected", "CAR ONLINE"),
        soc: Option<Number> => ("soc", "SOC %"),
        range_estimated: Option<Number> => ("range_estimated", "ESTIMATED RANGE"),
        range_ideal: Option<Number> => ("range_ideal", "IDEAL RANGE"),
        distance_unit: Option<&'static str> => ("distance_unit", "DISTANCE UNIT"),
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
