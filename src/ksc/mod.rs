//! `fieldctl ksc`: the Kaspersky Security Center Open API (specs/ksc-open-api.txt, with what Kaspersky's own
//! client and servers do from docs/ksc-client-notes.md).
//!
//! One [`client::Client`] per run: it authenticates with the first call (a session by default, or the
//! connection with `--connection-auth`), stamps every request with `X-KSC-RequestId`, reads every answer into
//! an exit code ([`errors`]), and ends its session when the run ends — after an error and Ctrl-C too.

mod account;
mod action;
mod call;
mod client;
mod errors;
mod events;
mod fields;
mod files;
mod groups;
mod host;
mod hosts;
mod pages;
pub mod rows;
mod server;
pub mod settings;
mod tasks;
pub mod trust;
mod value;
mod view;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::output::Prints;
use client::{AuthMethod, Client};

#[derive(Args)]
pub struct KscArgs {
    #[command(flatten, next_help_heading = "Connection options")]
    conn: Connection,
    #[command(subcommand)]
    command: KscCommand,
}

/// Connection options, accepted anywhere after `ksc`.
#[derive(Args, Clone, Default)]
pub struct Connection {
    #[arg(long, global = true, value_name = "URL",
          help = format!("Server URL (https, port 13299 by default) {}", settings::SERVER.spec.sources()))]
    pub server: Option<String>,
    #[arg(long, global = true, value_name = "NAME",
          help = format!("User name {}", settings::USERNAME.spec.sources()))]
    pub username: Option<String>,
    #[arg(long, global = true, value_name = "DOMAIN",
          help = format!("Windows domain of the user {}", settings::DOMAIN.spec.sources()))]
    pub domain: Option<String>,
    /// The user is an internal KSC user (not a Windows account) [profile: ksc.internal]
    #[arg(long, global = true)]
    pub internal: bool,
    #[arg(long, global = true, value_name = "NAME",
          help = format!("Virtual server to work on {}", settings::VSERVER.spec.sources()))]
    pub vserver: Option<String>,
    #[arg(long, global = true, value_name = "SCHEME", value_parser = parse_auth,
          help = format!("basic (user and password, default), token (KSCT), web-token (KSCWT), nwc (KSCNT) or gateway (KSCGW): tokens from FIELDCTL_KSC_TOKEN, --token-stdin or the profile {}", settings::AUTH.spec.sources()))]
    pub auth: Option<AuthMethod>,
    /// Two-factor code, when the server asks for one (else FIELDCTL_KSC_TOTP, ksc.totp_command, a prompt)
    #[arg(long, global = true, value_name = "CODE")]
    pub totp: Option<String>,
    /// Authenticate the connection with `login` instead of starting a session (one keep-alive connection)
    #[arg(long, global = true)]
    pub connection_auth: bool,
    /// Read the password from the first line of stdin
    #[arg(long, global = true, conflicts_with = "token_stdin")]
    pub password_stdin: bool,
    /// Read the token (--auth token|web-token|nwc|gateway) from the first line of stdin
    #[arg(long, global = true)]
    pub token_stdin: bool,
    #[arg(long = "pin-sha256", global = true, value_name = "HEX", value_parser = crate::transport::tls::parse_pin,
          help = format!("Trust exactly the server certificate with this SHA-256 (`ksc trust` shows it) {}", settings::PIN_SHA256.spec.sources()))]
    pub pin_sha256: Option<[u8; 32]>,
}

fn parse_auth(s: &str) -> Result<AuthMethod, String> {
    AuthMethod::parse(s).ok_or_else(|| format!("use one of {}", settings::SCHEMES.join(", ")))
}

#[derive(Subcommand)]
enum KscCommand {
    /// Start a session and keep it (0600 state file) for later runs, until `ksc logout` or expiry
    Login,
    /// End the kept session on the server and forget it
    Logout,
    /// Tokens for cron jobs (`--auth token`)
    #[command(subcommand)]
    Token(account::TokenCommand),
    /// Call any method: `[INSTANCE.]CLASS.METHOD [name=string…] [name:=JSON…]`
    Call(call::CallArgs),
    /// Download REMOTE_PATH (e.g. /FTSF/klsctunnel) to FILE, resuming from FILE.part
    Download(files::DownloadArgs),
    /// Upload FILE to REMOTE_PATH (e.g. /FTUR/<id>) in chunks of at most 1 MiB
    Upload(files::UploadArgs),
    /// Hosts (HostGroup.FindHosts), streamed chunk by chunk; `--fields` picks the attributes
    Hosts(hosts::HostsArgs),
    /// One host: `host show NAME|ID`
    #[command(subcommand)]
    Host(host::HostCommand),
    /// Administration groups, flat or `--tree`
    Groups(groups::GroupsArgs),
    /// Any SrvView's records, streamed: `view VIEW [--fields a,b,…]`
    View(view::ViewArgs),
    /// The server's events, newest first
    Events(events::EventsArgs),
    /// Show the server certificate's SHA-256 fingerprint, subject and validity (fetched without trusting it)
    Trust {
        /// Store the fingerprint as ksc.pin_sha256 in the selected profile
        #[arg(long)]
        save: bool,
    },
    /// Group tasks: list, run, stop, suspend, resume, status
    #[command(subcommand)]
    Tasks(tasks::TasksCommand),
    /// The Administration Server: `server info`
    #[command(subcommand)]
    Server(server::ServerCommand),
    /// Asynchronous actions: `action wait GUID`
    #[command(subcommand)]
    Action(action::ActionCommand),
}

impl KscArgs {
    /// What the command prints, for `-o`.
    pub fn prints(&self) -> Prints {
        match &self.command {
            KscCommand::Login | KscCommand::Logout => Prints::Nothing,
            KscCommand::Token(c) => c.prints(),
            KscCommand::Call(a) => a.prints(),
            KscCommand::Download(a) => a.prints(),
            KscCommand::Upload(_) => Prints::Nothing,
            KscCommand::Hosts(_)
            | KscCommand::Host(_)
            | KscCommand::Groups(_)
            | KscCommand::View(_)
            | KscCommand::Events(_) => Prints::Records,
            KscCommand::Trust { .. } => Prints::Records,
            KscCommand::Tasks(c) => c.prints(),
            KscCommand::Server(c) => c.prints(),
            KscCommand::Action(c) => c.prints(),
        }
    }
}

pub fn run(ctx: &Context, args: KscArgs) -> anyhow::Result<()> {
    if let KscCommand::Trust { save } = args.command {
        return trust::run(
            ctx,
            &trust::server_address(ctx, args.conn.server.as_deref())?,
            save,
        );
    }
    if let KscCommand::Call(a) = &args.command {
        call::check_stdin(a, &args.conn)?;
    }
    let client = Client::new(ctx, &args.conn)?;
    let result = match args.command {
        KscCommand::Login => account::login(ctx, &client),
        KscCommand::Logout => account::logout(ctx, &client),
        KscCommand::Token(c) => account::token(ctx, &client, c),
        KscCommand::Call(a) => call::run(ctx, &client, a),
        KscCommand::Download(a) => files::download(ctx, &client, a),
        KscCommand::Upload(a) => files::upload(ctx, &client, a),
        KscCommand::Hosts(a) => hosts::run(ctx, &client, a),
        KscCommand::Host(c) => host::run(ctx, &client, c),
        KscCommand::Groups(a) => groups::run(ctx, &client, a),
        KscCommand::View(a) => view::run(ctx, &client, a),
        KscCommand::Events(a) => events::run(ctx, &client, a),
        KscCommand::Trust { .. } => unreachable!("answered before a client is made"),
        KscCommand::Tasks(c) => tasks::run(ctx, &client, c),
        KscCommand::Server(c) => server::run(ctx, &client, c),
        KscCommand::Action(c) => action::run(ctx, &client, c),
    };
    // This run's session ends whatever happened (a kept one stays).
    let closed = client.close();
    crate::interrupt::after_cleanup(result, closed)
}
