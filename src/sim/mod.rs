//! `fieldctl sim …`: simulators of the peers, served on 127.0.0.1 for tests and rehearsals.
//! The framework (HTTP, TLS, request log) is here; each device lives in its own module.

mod can;
pub mod embedded;
pub mod http;
mod ksc;
pub mod log;
mod ovms;
mod tls;

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::context::Context;

#[derive(Args)]
pub struct SimArgs {
    #[command(subcommand)]
    device: SimDevice,
}

#[derive(Subcommand)]
enum SimDevice {
    /// A Kvaser REST API device (default 127.0.0.1:8080)
    Can(can::CanSimArgs),
    /// An OVMS v3 server's HTTP API (default 127.0.0.1:6868)
    Ovms(ovms::OvmsSimArgs),
    /// A Kaspersky Security Center Open API server (default 127.0.0.1:13299)
    Ksc(ksc::KscSimArgs),
}

/// Options every simulator takes.
#[derive(Args, Clone)]
pub struct ServeArgs {
    /// Address to listen on; port 0 picks a free port. The bound address is the first line on stdout.
    #[arg(long, value_name = "ADDR:PORT")]
    pub listen: Option<String>,
    /// Serve HTTPS with a self-signed certificate made at start
    #[arg(long)]
    pub tls: bool,
    /// Write the certificate (PEM) here, for clients' --ca-cert
    #[arg(long, value_name = "FILE", requires = "tls")]
    pub cert_out: Option<PathBuf>,
    /// Append every request as a JSON line to FILE
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
}

pub fn run(ctx: &Context, args: SimArgs) -> anyhow::Result<()> {
    match args.device {
        SimDevice::Can(a) => can::run(ctx, a),
        SimDevice::Ovms(a) => ovms::run(ctx, a),
        SimDevice::Ksc(a) => ksc::run(ctx, a),
    }
}

/// Bind, print the address, serve until stopped (a signal: exit 0).
pub fn serve<H: http::Handler>(
    ctx: &Context,
    serve: &ServeArgs,
    default_listen: &str,
    handler: H,
) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let tls = if serve.tls {
        Some(tls::server_config(serve.cert_out.as_deref())?)
    } else {
        None
    };
    let log = match &serve.log {
        Some(p) => Some(
            log::RequestLog::create(p).with_context(|| format!("opening log {}", p.display()))?,
        ),
        None => None,
    };
    let listen = serve.listen.as_deref().unwrap_or(default_listen);
    let server = http::Server::bind(listen, handler, tls, log).map_err(|e| {
        crate::error::Failure::new(
            crate::error::Kind::Usage,
            format!("cannot listen on {listen}: {e}"),
        )
    })?;
    ctx.out.line(&server.local_addr()?.to_string())?;
    // A simulator runs until stopped: Ctrl-C or SIGTERM is its normal end (exit 0).
    crate::interrupt::stop_is_success();
    server.serve()?;
    Ok(())
}
