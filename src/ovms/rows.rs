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
    /// `ovms vehicles --status`
    pub struct FleetRow {
        id: String => ("id", "VEHICLE"),
        car_connected: bool => ("car_connected", "CAR ONLINE"),
        soc: Option<serde_json::Number> => ("soc", "SOC %"),
        range: Option<serde_json::Number> => ("range", "RANGE"),
        ideal_range: Option<serde_json::Number> => ("ideal_range", "IDEAL RANGE"),
        range_unit: Option<String> => ("range_unit", "UNIT"),
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
    ("ovms vehicles --status", FleetRow::COLUMNS),
    ("ovms protocol", ProtocolRow::COLUMNS),
    ("ovms history", HistorySummaryRow::COLUMNS),
    ("ovms history TYPE", HistoryRecordRow::COLUMNS),
];
