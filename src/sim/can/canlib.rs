//! The CANlib constants the simulated device speaks, written out here from docs/kvaser-constants.md and the
//! spec, not borrowed from the client: a wrong value on either side then shows up as a disagreement in a test.
//! The whole table is here, pinned by the test below, though the device does not use every value.
#![allow(dead_code)]

// Status codes (stat).
pub const OK: i64 = 0;
pub const ERR_PARAM: i64 = -1;
pub const ERR_NOMSG: i64 = -2;
pub const ERR_NOTFOUND: i64 = -3;
pub const ERR_NOMEM: i64 = -4;
pub const ERR_NOCHANNELS: i64 = -5;
pub const ERR_INTERRUPTED: i64 = -6;
pub const ERR_TIMEOUT: i64 = -7;
pub const ERR_NOTINITIALIZED: i64 = -8;
pub const ERR_NOHANDLES: i64 = -9;
pub const ERR_INVHANDLE: i64 = -10;
pub const ERR_DRIVER: i64 = -12;
pub const ERR_TXBUFOFL: i64 = -13;
pub const ERR_HARDWARE: i64 = -15;
pub const ERR_NOT_SUPPORTED: i64 = -19;
pub const ERR_NO_ACCESS: i64 = -31;
pub const ERR_NOT_IMPLEMENTED: i64 = -32;
pub const ERR_DEVICE_FILE: i64 = -33;
pub const ERR_HOST_FILE: i64 = -34;
pub const ERR_DISK: i64 = -35;
pub const ERR_CRC: i64 = -36;
pub const ERR_CONFIG: i64 = -37;
pub const ERR_SCRIPT_FAIL: i64 = -39;
pub const ERR_SCRIPT_WRONG_VERSION: i64 = -40;
pub const ERR_SCRIPT_TXE_CONTAINER_VERSION: i64 = -41;
pub const ERR_SCRIPT_TXE_CONTAINER_FORMAT: i64 = -42;
pub const ERR_BUFFER_TOO_SMALL: i64 = -43;
pub const ERR_INVALID_PASSWORD: i64 = -128;
pub const ERR_NO_SUCH_FUNCTION: i64 = -129;
pub const ERR_NOT_AUTHORIZED: i64 = -130;
pub const ERR_INVALID_SESSION: i64 = -131;

// canMSG_* flags of canRead/canWrite.
pub const MSG_RTR: u64 = 0x1;
pub const MSG_STD: u64 = 0x2;
pub const MSG_EXT: u64 = 0x4;
pub const MSG_WAKEUP: u64 = 0x8;
pub const MSG_NERR: u64 = 0x10;
pub const MSG_ERROR_FRAME: u64 = 0x20;
pub const MSG_TXACK: u64 = 0x40;
pub const MSG_TXRQ: u64 = 0x80;

// canMSGERR_* bits on received frames.
pub const MSGERR_HW_OVERRUN: u64 = 0x200;
pub const MSGERR_SW_OVERRUN: u64 = 0x400;
pub const MSGERR_STUFF: u64 = 0x800;
pub const MSGERR_FORM: u64 = 0x1000;
pub const MSGERR_CRC: u64 = 0x2000;
pub const MSGERR_BIT0: u64 = 0x4000;
pub const MSGERR_BIT1: u64 = 0x8000;

pub const MAX_STD_ID: u32 = 0x7FF;
pub const MAX_EXT_ID: u32 = 0x1FFF_FFFF;

// canBITRATE_*: canSetBusParams' predefined `freq` values, 1M (-1) down to 10K (-9).
pub const BITRATE_1M: i64 = -1;
pub const BITRATE_500K: i64 = -2;
pub const BITRATE_250K: i64 = -3;
pub const BITRATE_125K: i64 = -4;
pub const BITRATE_100K: i64 = -5;
pub const BITRATE_62K: i64 = -6;
pub const BITRATE_50K: i64 = -7;
pub const BITRATE_83K: i64 = -8;
pub const BITRATE_10K: i64 = -9;

// canOPEN_* flags of canOpenChannel.
pub const OPEN_EXCLUSIVE: u64 = 0x8;
pub const OPEN_REQUIRE_EXTENDED: u64 = 0x10;
pub const OPEN_ACCEPT_VIRTUAL: u64 = 0x20;
pub const OPEN_OVERRIDE_EXCLUSIVE: u64 = 0x40;
pub const OPEN_REQUIRE_INIT_ACCESS: u64 = 0x80;
pub const OPEN_NO_INIT_ACCESS: u64 = 0x100;
pub const OPEN_ACCEPT_LARGE_DLC: u64 = 0x200;

// canDRIVER_* of canSetBusOutputControl.
pub const DRIVER_OFF: u64 = 0;
pub const DRIVER_SILENT: u64 = 1;
pub const DRIVER_NORMAL: u64 = 4;
pub const DRIVER_SELFRECEPTION: u64 = 8;

// canIOCTL_* functions of canIoCtl.
pub const IOCTL_PREFER_EXT: u64 = 1;
pub const IOCTL_PREFER_STD: u64 = 2;
pub const IOCTL_CLEAR_ERROR_COUNTERS: u64 = 5;
pub const IOCTL_SET_TIMER_SCALE: u64 = 6;
pub const IOCTL_SET_TXACK: u64 = 7;
pub const IOCTL_GET_RX_BUFFER_LEVEL: u64 = 8;
pub const IOCTL_GET_TX_BUFFER_LEVEL: u64 = 9;
pub const IOCTL_FLUSH_RX_BUFFER: u64 = 10;
pub const IOCTL_FLUSH_TX_BUFFER: u64 = 11;
pub const IOCTL_GET_TIMER_SCALE: u64 = 12;
pub const IOCTL_SET_TXRQ: u64 = 13;
pub const IOCTL_SET_BUSON_TIME_AUTO_RESET: u64 = 30;
pub const IOCTL_SET_LOCAL_TXECHO: u64 = 32;
pub const IOCTL_SET_ERROR_FRAMES_REPORTING: u64 = 33;
pub const IOCTL_RESET_OVERRUN_COUNT: u64 = 44;

// kvLED_ACTION_*: LED n on is 2+2n, off 3+2n, for n = 0..11.
pub const LED_ACTION_ALL_LEDS_ON: u64 = 0;
pub const LED_ACTION_ALL_LEDS_OFF: u64 = 1;
pub const LED_ACTION_LED_0_ON: u64 = 2;
pub const LED_ACTION_LED_11_OFF: u64 = 25;

// kvENVVAR_TYPE_*, and the largest data envvar.
pub const ENVVAR_TYPE_INT: u64 = 1;
pub const ENVVAR_TYPE_FLOAT: u64 = 2;
pub const ENVVAR_TYPE_STRING: u64 = 3;
pub const ENVVAR_MAX_SIZE: usize = 4096;

// kvSCRIPT_*.
pub const SCRIPT_STOP_NORMAL: i64 = 0;
pub const SCRIPT_STOP_FORCED: i64 = -9;
pub const SCRIPT_STATUS_LOADED: u64 = 1;
pub const SCRIPT_STATUS_RUNNING: u64 = 2;
pub const SCRIPT_REQUEST_TEXT_UNSUBSCRIBE: u64 = 1;
pub const SCRIPT_REQUEST_TEXT_SUBSCRIBE: u64 = 2;
pub const SCRIPT_REQUEST_TEXT_ALL_SLOTS: u64 = 255;
pub const EVENT_TYPE_KEY: u64 = 1;

// canAddFilter's `type`.
pub const FILTER_PASS: u64 = 1;
pub const FILTER_STOP: u64 = 2;
pub const FILTER_COUNTING_PASS: u64 = 3;

// deviceStatus `usage` bits.
pub const USAGE_FREE: u64 = 0;
pub const USAGE_JSON_API: u64 = 2;
pub const USAGE_JSONP_API: u64 = 4;

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts each constant equals the literal beside it, naming the constant when it does not.
    macro_rules! pin {
        ($($name:ident = $literal:expr),* $(,)?) => {
            $(assert_eq!($name, $literal, stringify!($name));)*
        };
    }

    /// Every value of docs/kvaser-constants.md, typed in again as a literal.
    #[test]
    fn values_are_canlibs() {
        pin!(
            OK = 0,
            ERR_PARAM = -1,
            ERR_NOMSG = -2,
            ERR_NOTFOUND = -3,
            ERR_NOMEM = -4,
            ERR_NOCHANNELS = -5,
            ERR_INTERRUPTED = -6,
            ERR_TIMEOUT = -7,
            ERR_NOTINITIALIZED = -8,
            ERR_NOHANDLES = -9,
            ERR_INVHANDLE = -10,
            ERR_DRIVER = -12,
            ERR_TXBUFOFL = -13,
            ERR_HARDWARE = -15,
            ERR_NOT_SUPPORTED = -19,
            ERR_NO_ACCESS = -31,
            ERR_NOT_IMPLEMENTED = -32,
            ERR_DEVICE_FILE = -33,
            ERR_HOST_FILE = -34,
            ERR_DISK = -35,
            ERR_CRC = -36,
            ERR_CONFIG = -37,
            ERR_SCRIPT_FAIL = -39,
            ERR_SCRIPT_WRONG_VERSION = -40,
            ERR_SCRIPT_TXE_CONTAINER_VERSION = -41,
            ERR_SCRIPT_TXE_CONTAINER_FORMAT = -42,
            ERR_BUFFER_TOO_SMALL = -43,
            ERR_INVALID_PASSWORD = -128,
            ERR_NO_SUCH_FUNCTION = -129,
            ERR_NOT_AUTHORIZED = -130,
            ERR_INVALID_SESSION = -131,
            BITRATE_1M = -1,
            BITRATE_500K = -2,
            BITRATE_250K = -3,
            BITRATE_125K = -4,
            BITRATE_100K = -5,
            BITRATE_62K = -6,
            BITRATE_50K = -7,
            BITRATE_83K = -8,
            BITRATE_10K = -9,
            SCRIPT_STOP_NORMAL = 0,
            SCRIPT_STOP_FORCED = -9,
            MSG_RTR = 0x1,
            MSG_STD = 0x2,
            MSG_EXT = 0x4,
            MSG_WAKEUP = 0x8,
            MSG_NERR = 0x10,
            MSG_ERROR_FRAME = 0x20,
            MSG_TXACK = 0x40,
            MSG_TXRQ = 0x80,
            MSGERR_HW_OVERRUN = 0x200,
            MSGERR_SW_OVERRUN = 0x400,
            MSGERR_STUFF = 0x800,
            MSGERR_FORM = 0x1000,
            MSGERR_CRC = 0x2000,
            MSGERR_BIT0 = 0x4000,
            MSGERR_BIT1 = 0x8000,
            OPEN_EXCLUSIVE = 0x8,
            OPEN_REQUIRE_EXTENDED = 0x10,
            OPEN_ACCEPT_VIRTUAL = 0x20,
            OPEN_OVERRIDE_EXCLUSIVE = 0x40,
            OPEN_REQUIRE_INIT_ACCESS = 0x80,
            OPEN_NO_INIT_ACCESS = 0x100,
            OPEN_ACCEPT_LARGE_DLC = 0x200,
            DRIVER_OFF = 0,
            DRIVER_SILENT = 1,
            DRIVER_NORMAL = 4,
            DRIVER_SELFRECEPTION = 8,
            IOCTL_PREFER_EXT = 1,
            IOCTL_PREFER_STD = 2,
            IOCTL_CLEAR_ERROR_COUNTERS = 5,
            IOCTL_SET_TIMER_SCALE = 6,
            IOCTL_SET_TXACK = 7,
            IOCTL_GET_RX_BUFFER_LEVEL = 8,
            IOCTL_GET_TX_BUFFER_LEVEL = 9,
            IOCTL_FLUSH_RX_BUFFER = 10,
            IOCTL_FLUSH_TX_BUFFER = 11,
            IOCTL_GET_TIMER_SCALE = 12,
            IOCTL_SET_TXRQ = 13,
            IOCTL_SET_BUSON_TIME_AUTO_RESET = 30,
            IOCTL_SET_LOCAL_TXECHO = 32,
            IOCTL_SET_ERROR_FRAMES_REPORTING = 33,
            IOCTL_RESET_OVERRUN_COUNT = 44,
            LED_ACTION_ALL_LEDS_ON = 0,
            LED_ACTION_ALL_LEDS_OFF = 1,
            LED_ACTION_LED_0_ON = 2,
            LED_ACTION_LED_11_OFF = 3 + 2 * 11,
            ENVVAR_TYPE_INT = 1,
            ENVVAR_TYPE_FLOAT = 2,
            ENVVAR_TYPE_STRING = 3,
            SCRIPT_STATUS_LOADED = 1,
            SCRIPT_STATUS_RUNNING = 2,
            SCRIPT_REQUEST_TEXT_UNSUBSCRIBE = 1,
            SCRIPT_REQUEST_TEXT_SUBSCRIBE = 2,
            SCRIPT_REQUEST_TEXT_ALL_SLOTS = 255,
            EVENT_TYPE_KEY = 1,
            FILTER_PASS = 1,
            FILTER_STOP = 2,
            FILTER_COUNTING_PASS = 3,
            USAGE_FREE = 0,
            USAGE_JSON_API = 2,
            USAGE_JSONP_API = 4,
            ENVVAR_MAX_SIZE = 4096,
            MAX_STD_ID = 0x7FF,
            MAX_EXT_ID = 0x1FFF_FFFF,
        );
    }
}
