//! CANlib status codes (`stat`) with their names and CANlib texts, and what each means for the exit code.

use crate::error::{Failure, Kind};

pub const OK: i64 = 0;
pub const ERR_PARAM: i64 = -1;
pub const ERR_NOMSG: i64 = -2;
pub const ERR_NOTFOUND: i64 = -3;
pub const ERR_TXBUFOFL: i64 = -13;
pub const ERR_NOACCESS: i64 = -31;
pub const ERR_DEVICE_FILE: i64 = -33;
pub const ERR_SCRIPT_FAIL: i64 = -39;
pub const ERR_INVALID_PASSWORD: i64 = -128;
pub const ERR_NO_SUCH_FUNCTION: i64 = -129;
pub const ERR_NOT_AUTHORIZED: i64 = -130;
pub const ERR_INVALID_SESSION: i64 = -131;

const TABLE: &[(i64, &str, &str)] = &[
    (0, "canOK", "No error"),
    (-1, "canERR_PARAM", "Error in parameter"),
    (-2, "canERR_NOMSG", "No messages available"),
    (-3, "canERR_NOTFOUND", "Specified device not found"),
    (-4, "canERR_NOMEM", "Out of memory"),
    (-5, "canERR_NOCHANNELS", "No channels available"),
    (-6, "canERR_INTERRUPTED", "Interrupted by signal"),
    (-7, "canERR_TIMEOUT", "Timeout occurred"),
    (-8, "canERR_NOTINITIALIZED", "Library not initialized"),
    (-9, "canERR_NOHANDLES", "No more handles"),
    (-10, "canERR_INVHANDLE", "Handle is invalid"),
    (-12, "canERR_DRIVER", "CAN driver type not supported"),
    (-13, "canERR_TXBUFOFL", "Transmit buffer overflow"),
    (-15, "canERR_HARDWARE", "A hardware error was detected"),
    (
        -19,
        "canERR_NOT_SUPPORTED",
        "Operation not supported by hardware or firmware",
    ),
    (-31, "canERR_NO_ACCESS", "Access denied"),
    (-32, "canERR_NOT_IMPLEMENTED", "Not implemented"),
    (-33, "canERR_DEVICE_FILE", "Device File error"),
    (-34, "canERR_HOST_FILE", "Host File error"),
    (-35, "canERR_DISK", "Disk error"),
    (-36, "canERR_CRC", "CRC error"),
    (-37, "canERR_CONFIG", "Config error"),
    (-39, "canERR_SCRIPT_FAIL", "Script error"),
    (
        -40,
        "canERR_SCRIPT_WRONG_VERSION",
        "Script version mismatch",
    ),
    (
        -41,
        "canERR_SCRIPT_TXE_CONTAINER_VERSION",
        "Script container version mismatch",
    ),
    (
        -42,
        "canERR_SCRIPT_TXE_CONTAINER_FORMAT",
        "Script container format error",
    ),
    (
        -43,
        "canERR_BUFFER_TOO_SMALL",
        "Buffer provided too small to hold data",
    ),
    (-128, "canERR_INVALID_PASSWORD", "Invalid password"),
    (-129, "canERR_NO_SUCH_FUNCTION", "No such function"),
    (-130, "canERR_NOT_AUTHORIZED", "Not authorized"),
    (-131, "canERR_INVALID_SESSION", "Invalid session"),
];

/// `canERR_NOCHANNELS (-5): No channels available`, or `unknown status N`.
pub fn describe(stat: i64) -> String {
    match TABLE.iter().find(|(code, _, _)| *code == stat) {
        Some((_, name, text)) => format!("{name} ({stat}): {text}"),
        None => format!("unknown status {stat}"),
    }
}

/// The error for a non-zero `stat` returned by `function`.
pub fn failure(stat: i64, function: &str) -> Failure {
    match stat {
        ERR_INVALID_PASSWORD | ERR_NOT_AUTHORIZED => {
            Failure::new(Kind::Auth, format!("{function}: {}", describe(stat))).hint(format!(
                "give the device password with {}",
                super::settings::PASSWORD.sources()
            ))
        }
        ERR_NO_SUCH_FUNCTION => Failure::new(
            Kind::Remote,
            format!("this device's firmware does not support {function}"),
        ),
        ERR_SCRIPT_FAIL => Failure::new(Kind::Remote, format!("{function}: {}", describe(stat)))
            .hint("is a script loaded in that slot, and in the state this needs? `fieldctl can script status` shows the slots"),
        _ => Failure::new(Kind::Remote, format!("{function}: {}", describe(stat))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_texts() {
        assert_eq!(
            describe(-5),
            "canERR_NOCHANNELS (-5): No channels available"
        );
        assert_eq!(describe(-77), "unknown status -77");
        assert_eq!(failure(-128, "canInitializeLibrary").kind, Kind::Auth);
        assert_eq!(
            failure(-129, "kvFileGetCount").to_string(),
            "this device's firmware does not support kvFileGetCount"
        );
    }
}
