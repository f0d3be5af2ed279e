//! `sim` as an address (`--host sim`, `--server sim`, the variables, profiles): the group's simulator started
//! inside this process on 127.0.0.1:0, for the duration of the command, and reached over real HTTP(S) like any
//! other target. Each runs with its demo data, from its own argument defaults: can — the two-channel demo
//! device (`fieldctl sim can --demo`: a car's traffic that tests/data/dbc/engine.dbc decodes, about 310
//! frames/s, an envvar `speed`, a device file F:/log.kmf); ovms — the demo fleet (the demo scenario's account and its first car); ksc — 200 hosts over HTTPS
//! with a certificate made at start, pinned for this process only, and an account whose password is made
//! here and handed to the credential lookup (never on argv, never printed, no prompt).
//!
//! What a client needs from it is published here and read in one place each: the address
//! (`Address::resolve`), the demo account as the settings' last source before their defaults
//! (`Context::lookup`, `secret::find_at`), the certificate (`ksc::trust::resolve`), and state kept in memory
//! (`state::Store`), so nothing is left behind when the process ends (its sockets close with it).

use std::sync::OnceLock;

use clap::{Args, FromArgMatches};

use super::http::{Handler, Server};
use crate::error::{Failure, Kind};

/// The word that means "the embedded simulator", exactly (case-sensitive).
pub const WORD: &str = "sim";

/// Which group's simulator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sim {
    Can,
    Ovms,
    Ksc,
}

impl Sim {
    fn name(self) -> &'static str {
        match self {
            Sim::Can => "can",
            Sim::Ovms => "ovms",
            Sim::Ksc => "ksc",
        }
    }

    fn cell(self) -> &'static OnceLock<Embedded> {
        static CAN: OnceLock<Embedded> = OnceLock::new();
        static OVMS: OnceLock<Embedded> = OnceLock::new();
        static KSC: OnceLock<Embedded> = OnceLock::new();
        match self {
            Sim::Can => &CAN,
            Sim::Ovms => &OVMS,
            Sim::Ksc => &KSC,
        }
    }
}

/// A running embedded simulator and what its client needs.
pub struct Embedded {
    /// `http://127.0.0.1:PORT` or `https://…`.
    pub url: String,
    /// The SHA-256 of its certificate (an HTTPS simulator): the one certificate this process trusts there.
    pub pin_sha256: Option<[u8; 32]>,
    /// Demo values of settings, by key (`ovms.username`): used when no flag, variable or profile gives one.
    settings: Vec<(&'static str, String)>,
    /// Demo secrets, by the key of their value setting (`ksc.password`), under the same rule.
    secrets: Vec<(&'static str, String)>,
}

/// The group's embedded simulator, started on first use and serving until the process ends.
pub fn start(sim: Sim) -> anyhow::Result<&'static Embedded> {
    let cell = sim.cell();
    if let Some(e) = cell.get() {
        return Ok(e);
    }
    // One launch at a time: two threads asking at once must not start two simulators.
    static LAUNCHING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one = LAUNCHING.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(e) = cell.get() {
        return Ok(e);
    }
    let made = launch(sim).map_err(|e| {
        e.context(Failure::new(
            Kind::Internal,
            format!("cannot start the embedded {} simulator", sim.name()),
        ))
    })?;
    Ok(cell.get_or_init(|| made))
}

/// The group's embedded simulator, if this process started it.
pub fn running(sim: Sim) -> Option<&'static Embedded> {
    sim.cell().get()
}

/// The demo value of setting `key` from a running embedded simulator.
pub fn demo_setting(key: &str) -> Option<&'static str> {
    find(key, |e| &e.settings)
}

/// The demo secret whose value setting is `key`, from a running embedded simulator.
pub fn demo_secret(key: &str) -> Option<&'static str> {
    find(key, |e| &e.secrets)
}

fn find(
    key: &str,
    table: impl Fn(&'static Embedded) -> &'static Vec<(&'static str, String)>,
) -> Option<&'static str> {
    [Sim::Can, Sim::Ovms, Sim::Ksc]
        .into_iter()
        .filter_map(running)
        .flat_map(table)
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.as_str())
}

/// A command whose product outlives it (a kept session, a saved token or pin) is refused against the
/// embedded simulator: what it keeps would name a server that is gone when the command ends.
pub fn refuse_keeping(address: &crate::address::Address, what: &str) -> anyhow::Result<()> {
    let Some(sim) = address.embedded() else {
        return Ok(());
    };
    Err(Failure::new(
        Kind::Usage,
        format!(
            "{what} keeps state for later runs, and the embedded simulator (`{WORD}`) ends with this command"
        ),
    )
    .hint(format!(
        "against `{WORD}` every command logs in by itself and keeps nothing; for a server that stays, start `fieldctl sim {}`",
        sim.name()
    ))
    .into())
}

/// What a command makes for later (a token) against the embedded simulator works only within this command:
/// say so rather than hand out a credential that looks usable.
pub fn warn_ephemeral(
    ctx: &crate::context::Context,
    address: &crate::address::Address,
    what: &str,
) {
    if address.embedded().is_some() {
        ctx.out.warn(&format!(
            "{what} is for the embedded simulator (`{WORD}`), which ends with this command: it is good for nothing after"
        ));
    }
}

fn launch(sim: Sim) -> anyhow::Result<Embedded> {
    match sim {
        Sim::Can => {
            // The demo device (`fieldctl sim can --demo`, src/sim/can/demo.rs): a car's traffic that engine.dbc
            // decodes, so a first `can dump` shows frames at once, and what the README's examples use.
            let args = parse(&["--demo"])?;
            let addr = serve(super::can::device(args)?, None)?;
            Ok(Embedded {
                url: format!("http://{addr}"),
                pin_sha256: None,
                settings: Vec::new(),
                secrets: Vec::new(),
            })
        }
        Sim::Ovms => {
            let (user, password, vehicle) = super::ovms::demo_account();
            let addr = serve(super::ovms::server(parse(&[])?)?, None)?;
            Ok(Embedded {
                url: format!("http://{addr}"),
                pin_sha256: None,
                // A vehicle too: `ovms status --server sim` shows one car without naming it.
                settings: vec![("ovms.username", user), ("ovms.vehicle", vehicle)],
                secrets: vec![("ovms.password", password)],
            })
        }
        Sim::Ksc => {
            let args: super::ksc::KscSimArgs = parse(&[])?;
            let user = args.user().to_owned();
            let (args, password) = args.with_new_password();
            let (tls, der) = super::tls::self_signed(None)?;
            let addr = serve(super::ksc::server(args)?, Some(tls))?;
            Ok(Embedded {
                url: format!("https://{addr}"),
                pin_sha256: Some(crate::transport::tls::sha256(&der)),
                settings: vec![("ksc.username", user)],
                secrets: vec![("ksc.password", password)],
            })
        }
    }
}

/// A simulator's arguments from a fixed argv, so its defaults stay in its own declaration.
fn parse<A: Args + FromArgMatches>(argv: &[&str]) -> anyhow::Result<A> {
    let cmd = A::augment_args(clap::Command::new("sim").no_binary_name(true));
    let matches = cmd.try_get_matches_from(argv)?;
    Ok(A::from_arg_matches(&matches)?)
}

/// Bind 127.0.0.1:0 and serve on a thread that ends with the process.
fn serve<H: Handler>(
    handler: H,
    tls: Option<std::sync::Arc<rustls::ServerConfig>>,
) -> anyhow::Result<std::net::SocketAddr> {
    let server = Server::bind("127.0.0.1:0", handler, tls, None)?;
    let addr = server.local_addr()?;
    std::thread::Builder::new()
        .name("embedded-sim".into())
        .spawn(move || server.serve())?;
    Ok(addr)
}
