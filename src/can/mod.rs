//! `fieldctl can`: Kvaser CAN interfaces through their JSON REST API.

pub mod api;
mod bus;
pub mod dbc;
mod device;
mod dump;
mod envvar;
mod file;
mod formats;
pub mod frame;
mod replay;
pub mod rows;
mod script;
mod send;
mod session;
pub mod settings;
mod signals;
pub mod status;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::Prints;
use api::CanApi;
use session::OpenOptions;

#[derive(Args)]
pub struct CanArgs {
    #[command(flatten, next_help_heading = "Connection options")]
    conn: Connection,
    #[command(subcommand)]
    command: CanCommand,
}

/// Connection options, accepted anywhere after `can`.
#[derive(Args, Clone)]
struct Connection {
    #[arg(long, global = true, value_name = "HOST[:PORT]",
          help = format!("Device address HOST[:PORT] (port 8080 by default), or `sim` {}", settings::HOST.spec.sources()))]
    host: Option<String>,
    #[arg(long, global = true, value_name = "SECS", value_parser = clap::value_parser!(u32).range(1..=86399),
          help = format!("Session inactivity timeout in seconds, 1..=86399 (default 30) {}",
                         settings::SESSION_TIMEOUT.spec.sources()))]
    session_timeout: Option<u32>,
    /// Read the device password from the first line of stdin
    #[arg(long, global = true)]
    password_stdin: bool,
    /// A device held by another session is waited for up to SECS (deviceStatus polled), instead of exit 8:
    /// for cron jobs that share a device
    #[arg(long, global = true, value_name = "SECS",
          value_parser = clap::value_parser!(u32).range(1..=86400))]
    wait: Option<u32>,
}

#[derive(Subcommand)]
enum CanCommand {
    /// Show whether the device is free, and who holds it for how long
    Status,
    /// Send frames (cansend syntax), once or periodically
    Send(send::SendArgs),
    /// Receive frames (candump); Ctrl-C, --count or --duration stop it
    Dump(dump::DumpArgs),
    /// Replay a candump log (canplayer)
    Replay(replay::ReplayArgs),
    /// Decode logs with a CAN database (DBC), offline: no device
    Decode(signals::decode::DecodeArgs),
    /// Read the device timer (canReadTimer)
    Timer {
        /// Channel whose timer to read
        #[arg(long, default_value_t = 0, value_name = "N")]
        channel: u32,
    },
    /// Call canIoCtl with FUNC by name (flush-rx, flush-tx, clear-error-counters, set-timer-scale, …) or number
    Ioctl {
        /// The function: a name (flush-rx, set-timer-scale, …) or a canIOCTL_ number
        func: String,
        /// The function's parameter
        #[arg(long, value_name = "S")]
        buf: Option<String>,
        /// Channel the function applies to
        #[arg(long, default_value_t = 0, value_name = "N")]
        channel: u32,
    },
    /// t-scripts in the device's slots
    Script(script::ScriptArgs),
    /// t-script environment variables
    Envvar(envvar::EnvvarArgs),
    /// Files on the device's flash
    File(file::FileArgs),
    /// Set the LEDs: all-on, all-off, led<N>-on, led<N>-off or a kvLED_ACTION number
    Leds {
        /// all-on, all-off, led<N>-on, led<N>-off (N 0..11) or a kvLED_ACTION number (0..25)
        action: String,
        /// Keep the LEDs so for MS milliseconds, then back to normal (the global --timeout SECS is the HTTP
        /// timeout, as everywhere)
        #[arg(long, value_name = "MS")]
        led_timeout: Option<u32>,
    },
    /// Blink the LEDs so a person can find the device in a rack
    Identify {
        /// How long to blink
        #[arg(long, default_value_t = 5.0, value_name = "N")]
        seconds: f64,
    },
    /// CAN databases (DBC): what a file defines; needs no device
    Dbc(dbc::show::DbcArgs),
    /// Call any REST function (key=value parameters); the session is inserted for session functions.
    /// Prints the JSON reply; the exit code follows its stat.
    Raw {
        /// Function name, e.g. kvFileGetCount
        function: String,
        /// Parameters of the call, e.g. fileNo=0 (sent as the query, in this order)
        #[arg(value_name = "KEY=VALUE")]
        params: Vec<String>,
        /// Open channel N for the call and pass its handle as `hnd` (unless hnd= is given)
        #[arg(long, value_name = "N")]
        channel: Option<u32>,
    },
}

impl CanArgs {
    /// What the command prints, for `-o`.
    pub fn prints(&self) -> Prints {
        match &self.command {
            CanCommand::Status
            | CanCommand::Timer { .. }
            | CanCommand::Ioctl { .. }
            | CanCommand::Decode(_) => Prints::Records,
            CanCommand::Dump(_) => Prints::Frames,
            CanCommand::Raw { .. } => Prints::Json,
            CanCommand::Dbc(_) => Prints::Records,
            CanCommand::Script(a) => a.prints(),
            CanCommand::Envvar(a) => a.prints(),
            CanCommand::File(a) => a.prints(),
            CanCommand::Send(_)
            | CanCommand::Replay(_)
            | CanCommand::Leds { .. }
            | CanCommand::Identify { .. } => Prints::Nothing,
        }
    }
}

/// The connection settings: flag > env > profile > default, each read only if the command needs it.
struct Settings {
    address: crate::address::Address,
    session_timeout: u32,
    password_stdin: bool,
    ca_cert: Option<std::path::PathBuf>,
}

impl Settings {
    fn resolve(ctx: &Context, conn: &Connection, opens_session: bool) -> anyhow::Result<Settings> {
        let host = match &conn.host {
            Some(h) => h.clone(),
            None => ctx.get(&settings::HOST)?.ok_or_else(|| {
                Failure::new(Kind::Usage, "no device given").hint(format!(
                    "use --host HOST[:PORT], or set {}",
                    settings::HOST.spec.origins()
                ))
            })?,
        };
        // `can status` opens no session: a broken session timeout must not stop it.
        let session_timeout = match conn.session_timeout {
            Some(t) => t,
            None if opens_session => ctx.get(&settings::SESSION_TIMEOUT)?,
            None => 0,
        };
        // Validated before any connection (exit 2).
        let address = crate::address::Address::resolve(&host, settings::ADDRESS)?;
        // Only an https:// device needs a CA; --ca-cert (global) wins over the profile's.
        let ca_cert = if address.scheme == crate::address::Scheme::Https {
            ctx.get(&settings::CA_CERT)?
        } else {
            None
        };
        Ok(Settings {
            address,
            session_timeout,
            password_stdin: conn.password_stdin,
            ca_cert,
        })
    }
}

pub fn run(ctx: &Context, args: CanArgs) -> anyhow::Result<()> {
    // Offline commands: no device, so no --host is resolved (nor asked for).
    let args = match args.command {
        CanCommand::Decode(a) => return signals::decode::decode(ctx, a),
        CanCommand::Dbc(a) => return dbc::show::run(ctx, a),
        command => CanArgs {
            command,
            conn: args.conn,
        },
    };
    // `can status` and `can raw deviceStatus` open no session: the session timeout is not read for them.
    let opens_session = !matches!(&args.command, CanCommand::Status)
        && !matches!(&args.command, CanCommand::Raw { function, .. } if function == "deviceStatus");
    let conn = Settings::resolve(ctx, &args.conn, opens_session)?;
    let transport = ctx.transport(crate::transport::Trust::ca(conn.ca_cert))?;
    let api = CanApi::new(&transport, conn.address);
    let opts = OpenOptions {
        session_timeout: conn.session_timeout,
        password_stdin: conn.password_stdin,
        wait: args
            .conn
            .wait
            .map(|s| std::time::Duration::from_secs(u64::from(s))),
        ctx,
    };
    match args.command {
        CanCommand::Status => device::show_status(ctx, &api),
        CanCommand::Send(a) => send::send(ctx, &api, &opts, a),
        CanCommand::Dump(a) => dump::dump(ctx, &api, &opts, a),
        CanCommand::Replay(a) => replay::replay(ctx, &api, &opts, a),
        CanCommand::Decode(_) => unreachable!("run before the connection"),
        CanCommand::Timer { channel } => device::timer(ctx, &api, &opts, channel),
        CanCommand::Ioctl { func, buf, channel } => {
            device::ioctl(ctx, &api, &opts, channel, &func, buf.as_deref())
        }
        CanCommand::Script(a) => script::run(ctx, &api, &opts, a),
        CanCommand::Envvar(a) => envvar::run(ctx, &api, &opts, a),
        CanCommand::File(a) => file::run(ctx, &api, &opts, a),
        CanCommand::Leds {
            action,
            led_timeout,
        } => {
            if ctx.timeout_typed && led_timeout.is_none() {
                // The old spelling of the LED time: say which is which rather than guess.
                ctx.out.warn(
                    "--timeout is the HTTP timeout in seconds; the time the LEDs stay so is --led-timeout MS",
                );
            }
            device::leds(&api, &opts, &action, led_timeout)
        }
        CanCommand::Identify { seconds } => {
            if !(seconds > 0.0 && seconds <= 3600.0) {
                return Err(Failure::new(
                    Kind::Usage,
                    "--seconds must be above 0 and at most 3600",
                )
                .into());
            }
            device::identify(&api, &opts, seconds)
        }
        CanCommand::Raw {
            function,
            params,
            channel,
        } => device::raw(ctx, &api, &opts, &function, &params, channel),
        CanCommand::Dbc(_) => unreachable!("answered before the connection is resolved"),
    }
}

#[cfg(test)]
mod tests {
    /// Every argument of every command has help text (`--help` and the man pages would show a bare name).
    #[test]
    fn every_argument_has_help() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands().filter(|c| !c.is_hide_set()) {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        use clap::CommandFactory;
        let mut cmd = crate::cli::Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, "fieldctl", &mut missing);
        assert!(missing.is_empty(), "arguments without help: {missing:#?}");
    }
}
