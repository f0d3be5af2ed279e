//! `fieldctl ovms`: the Open Vehicle Monitoring System server's REST API (specs/ovms-server-rest-api.txt, with
//! the real server's behaviour from docs/ovms-server-notes.md).
//!
//! One [`client::Client`] per run: it logs in once with `GET /api/cookie`, keeps the cookie in the state store for
//! later runs, logs in again once on a 401, and reads every status the server answers into an exit code.

mod account;
mod client;
mod fleet;
mod history;
mod raw;
pub mod rows;
pub mod settings;
mod statuses;
mod stubs;
mod value;
mod vehicle;
mod view;
mod watch;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::output::Prints;
use client::Client;

#[derive(Args)]
pub struct OvmsArgs {
    #[command(flatten, next_help_heading = "Connection options")]
    conn: Connection,
    #[command(subcommand)]
    command: OvmsCommand,
}

/// Connection options, accepted anywhere after `ovms`.
#[derive(Args, Clone, Default)]
pub struct Connection {
    #[arg(long, global = true, value_name = "URL",
          help = format!("Server URL (default https://api.openvehicles.com:6869) {}", settings::SERVER.spec.sources()))]
    pub server: Option<String>,
    #[arg(long, global = true, value_name = "NAME",
          help = format!("Account name on the server {}", settings::USERNAME.spec.sources()))]
    pub username: Option<String>,
    #[arg(long, global = true, value_name = "ID",
          help = format!("Vehicle id, when the command does not name one {}", settings::VEHICLE.spec.sources()))]
    pub vehicle: Option<String>,
    /// Read the account password from the first line of stdin
    #[arg(long, global = true, conflicts_with = "token_stdin")]
    pub password_stdin: bool,
    /// Read an API token (used in place of the password) from the first line of stdin
    #[arg(long, global = true)]
    pub token_stdin: bool,
}

/// A vehicle command's optional vehicle id (else --vehicle, FIELDCTL_OVMS_VEHICLE, the profile).
#[derive(Args, Clone, Default)]
pub struct VehicleArg {
    /// Vehicle id (default: --vehicle, FIELDCTL_OVMS_VEHICLE or ovms.vehicle in the profile)
    #[arg(value_name = "VEHICLE")]
    pub id: Option<String>,
}

#[derive(Subcommand)]
enum OvmsCommand {
    /// Check the credentials and keep the session for later runs
    Login,
    /// End the kept sessions (password and token) on the server (DELETE /api/cookie) and forget them
    Logout,
    /// API tokens of the account
    #[command(subcommand)]
    Token(account::TokenCommand),
    /// The account's vehicles: connected cars, apps and batch clients; --status: the fleet at a glance
    Vehicles(fleet::VehiclesArgs),
    /// Connect to the vehicle as an app: the car then reports in its shorter "connected" intervals
    Connect(VehicleArg),
    /// Disconnect from the vehicle (also done by logout and session expiry)
    Disconnect(VehicleArg),
    /// Vehicle status: SOC, ranges, doors, temperatures, 12 V battery, odometer
    Status(view::ViewArgs),
    /// Charge status, or `charge start|stop` (endpoints no server implements yet)
    Charge(view::ChargeArgs),
    /// Vehicle location, with a map link
    Location(view::ViewArgs),
    /// Tyre pressures and temperatures
    Tpms(view::ViewArgs),
    /// Raw protocol records as the car sent them (no vehicle connection)
    Protocol(VehicleArg),
    /// Historical records: a summary per record type, or the records of one TYPE
    History(history::HistoryArgs),
    /// Poll the vehicle and print one line per change; Ctrl-C ends it
    Watch(watch::WatchArgs),
    /// Lock the vehicle (PUT /api/lock; not implemented by today's servers)
    Lock(VehicleArg),
    /// Unlock the vehicle (DELETE /api/lock; not implemented by today's servers)
    Unlock(VehicleArg),
    /// Valet mode on or off (PUT/DELETE /api/valet; not implemented by today's servers)
    Valet(stubs::ValetArgs),
    /// Vehicle features (GET /api/features; not implemented by today's servers)
    Features(VehicleArg),
    /// Vehicle parameters (GET /api/parameters; not implemented by today's servers)
    Params(VehicleArg),
    /// Reset the vehicle's module (PUT /api/reset; not implemented by today's servers)
    Reset(VehicleArg),
    /// Activate home link N (PUT /api/homelink; not implemented by today's servers)
    Homelink(stubs::HomelinkArgs),
    /// Any API call, authenticated; the body is printed as received
    Raw(raw::RawArgs),
}

impl OvmsArgs {
    /// What the command prints, for `-o`.
    pub fn prints(&self) -> Prints {
        match &self.command {
            OvmsCommand::Login | OvmsCommand::Logout => Prints::Nothing,
            OvmsCommand::Connect(_) => Prints::Records,
            OvmsCommand::Disconnect(_) => Prints::Nothing,
            OvmsCommand::Token(c) => c.prints(),
            OvmsCommand::Vehicles(_) | OvmsCommand::Protocol(_) => Prints::Records,
            OvmsCommand::Status(a) | OvmsCommand::Location(a) | OvmsCommand::Tpms(a) => a.prints(),
            OvmsCommand::Charge(a) => a.prints(),
            OvmsCommand::History(_) | OvmsCommand::Watch(_) => Prints::Records,
            OvmsCommand::Lock(_)
            | OvmsCommand::Unlock(_)
            | OvmsCommand::Valet(_)
            | OvmsCommand::Features(_)
            | OvmsCommand::Params(_)
            | OvmsCommand::Reset(_)
            | OvmsCommand::Homelink(_) => Prints::Text,
            OvmsCommand::Raw(_) => Prints::Body,
        }
    }
}

pub fn run(ctx: &Context, args: OvmsArgs) -> anyhow::Result<()> {
    let client = Client::new(ctx, &args.conn)?;
    let conn = &args.conn;
    match args.command {
        OvmsCommand::Login => account::login(ctx, &client),
        OvmsCommand::Logout => account::logout(ctx, &client),
        OvmsCommand::Token(c) => account::token(ctx, &client, c),
        OvmsCommand::Vehicles(a) => fleet::run(ctx, &client, a),
        OvmsCommand::Connect(v) => {
            let id = vehicle::resolve(ctx, &client, conn, &v)?;
            account::connect(ctx, &client, &id)
        }
        OvmsCommand::Disconnect(v) => {
            let id = vehicle::resolve(ctx, &client, conn, &v)?;
            account::disconnect(ctx, &client, &id)
        }
        OvmsCommand::Status(a) => view::run(ctx, &client, conn, view::View::Status, a),
        OvmsCommand::Charge(a) => view::charge(ctx, &client, conn, a),
        OvmsCommand::Location(a) => view::run(ctx, &client, conn, view::View::Location, a),
        OvmsCommand::Tpms(a) => view::run(ctx, &client, conn, view::View::Tpms, a),
        OvmsCommand::Protocol(v) => {
            let id = vehicle::resolve(ctx, &client, conn, &v)?;
            history::protocol(ctx, &client, &id)
        }
        OvmsCommand::History(a) => history::run(ctx, &client, conn, a),
        OvmsCommand::Watch(a) => watch::run(ctx, &client, conn, a),
        OvmsCommand::Lock(v) => stubs::call(ctx, &client, conn, stubs::Stub::Lock, &v),
        OvmsCommand::Unlock(v) => stubs::call(ctx, &client, conn, stubs::Stub::Unlock, &v),
        OvmsCommand::Valet(a) => stubs::valet(ctx, &client, conn, a),
        OvmsCommand::Features(v) => stubs::call(ctx, &client, conn, stubs::Stub::Features, &v),
        OvmsCommand::Params(v) => stubs::call(ctx, &client, conn, stubs::Stub::Params, &v),
        OvmsCommand::Reset(v) => stubs::call(ctx, &client, conn, stubs::Stub::Reset, &v),
        OvmsCommand::Homelink(a) => stubs::homelink(ctx, &client, conn, a),
        OvmsCommand::Raw(a) => raw::run(ctx, &client, a),
    }
}
