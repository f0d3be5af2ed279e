//! fieldctl: drive Kvaser CAN interfaces, OVMS servers and Kaspersky Security Center from one command line.
// stdout is data only, and only src/output.rs writes it.
#![deny(clippy::print_stdout)]

mod address;
mod can;
mod cli;
mod config;
mod context;
mod error;
mod files;
mod interrupt;
mod ksc;
mod output;
mod ovms;
mod profile;
mod secret;
mod settings;
mod sim;
mod state;
mod transport;

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::parse();
    interrupt::install();
    let color = cli.global.stderr_color();
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(error::report(&err, color)),
    }
}
