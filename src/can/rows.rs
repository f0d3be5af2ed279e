//! The records `can` commands print: one row type per table (docs/output.md documents each; a test below fails
//! when a row and the doc disagree).

use serde_json::Value;

#[cfg(test)]
use crate::output::{Column, Row};
use crate::row;

row! {
    /// `can status`
    pub struct StatusRow {
        state: String => ("state", "STATE"),
        usage: u64 => ("usage", "USAGE"),
        ip: Option<String> => ("ip", "HOLDER IP"),
        timeout: Option<u64> => ("timeout", "SECONDS LEFT"),
    }
}

row! {
    /// `can timer`
    pub struct TimerRow {
        time: u64 => ("time", "TIME"),
    }
}

row! {
    /// `can ioctl`
    pub struct IoctlRow {
        func: u32 => ("func", "FUNC"),
        stat: i64 => ("stat", "STAT"),
        buf: Option<Value> => ("buf", "BUF"),
    }
}

row! {
    /// `can script status`
    pub struct ScriptStatusRow {
        slot: u32 => ("slot", "SLOT"),
        state: &'static str => ("state", "STATE"),
        loaded: bool => ("loaded", "LOADED"),
        running: bool => ("running", "RUNNING"),
        status: u64 => ("status", "STATUS"),
    }
}

row! {
    /// `can envvar get`
    pub struct EnvvarRow {
        name: String => ("name", "NAME"),
        kind: &'static str => ("type", "TYPE"),
        size: usize => ("size", "SIZE"),
        /// A number, or lower-case hex for data envvars.
        value: Value => ("value", "VALUE"),
        /// Data as UTF-8 when it is.
        text: Option<String> => ("text", "TEXT"),
    }
}

row! {
    /// `can file ls`
    pub struct FileRow {
        name: String => ("name", "NAME"),
    }
}

row! {
    /// A frame of `can dump -o ndjson|json`. The dump loop writes these lines by hand for speed; a test pins
    /// that it writes exactly this row.
    #[allow(dead_code)] // built in tests only: the hot path formats the same fields itself
    pub struct FrameRow {
        /// Float epoch seconds, as candump and python-can.
        timestamp: f64 => ("timestamp", "TIMESTAMP"),
        channel: u32 => ("channel", "CHANNEL"),
        id: u32 => ("id", "ID"),
        extended: bool => ("extended", "EXTENDED"),
        rtr: bool => ("rtr", "RTR"),
        error: bool => ("error", "ERROR"),
        dlc: u8 => ("dlc", "DLC"),
        /// Upper-case hex.
        data: String => ("data", "DATA"),
        /// canMSG_/canMSGERR_ bits.
        flags: u64 => ("flags", "FLAGS"),
    }
}

row! {
    /// `can dbc show FILE`
    pub struct DbcMessageRow {
        /// Hex as candump writes it: 3 digits standard, 8 extended.
        id: String => ("id", "ID"),
        name: String => ("name", "NAME"),
        length: usize => ("length", "LENGTH"),
        senders: String => ("senders", "SENDERS"),
        cycle_time: Option<u64> => ("cycle_time", "CYCLE MS"),
        signals: usize => ("signals", "SIGNALS"),
    }
}

row! {
    /// `can dbc show FILE MESSAGE`
    pub struct DbcSignalRow {
        name: String => ("name", "NAME"),
        start: u16 => ("start", "START"),
        length: u16 => ("length", "LENGTH"),
        byte_order: &'static str => ("byte_order", "BYTE ORDER"),
        signed: bool => ("signed", "SIGNED"),
        value_type: &'static str => ("type", "TYPE"),
        /// As written in the file.
        factor: String => ("factor", "FACTOR"),
        offset: String => ("offset", "OFFSET"),
        minimum: Value => ("min", "MIN"),
        maximum: Value => ("max", "MAX"),
        unit: String => ("unit", "UNIT"),
        choices: Option<String> => ("choices", "CHOICES"),
        multiplexing: Option<String> => ("multiplexing", "MULTIPLEXING"),
    }
}

#[cfg(test)]
/// Every documented `can` row, by the command that prints it (as docs/output.md names it).
pub const DOCUMENTED: [(&str, &[Column]); 9] = [
    ("can status", StatusRow::COLUMNS),
    ("can timer", TimerRow::COLUMNS),
    ("can ioctl", IoctlRow::COLUMNS),
    ("can script status", ScriptStatusRow::COLUMNS),
    ("can envvar get", EnvvarRow::COLUMNS),
    ("can file ls", FileRow::COLUMNS),
    ("can dump -o ndjson", FrameRow::COLUMNS),
    ("can dbc show FILE", DbcMessageRow::COLUMNS),
    ("can dbc show FILE MESSAGE", DbcSignalRow::COLUMNS),
];
