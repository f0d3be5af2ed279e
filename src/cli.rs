//! The command line: global options (accepted before or after any subcommand) and the top-level dispatch.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use clap_complete::Shell;

use crate::context::Context;
use crate::output::{ColorChoice, Format, Prints};

#[derive(Parser)]
#[command(
    name = "fieldctl",
    version,
    about = "Drive Kvaser CAN interfaces, OVMS servers and Kaspersky Security Center from one command line",
    propagate_version = true,
    max_term_width = 100,
    after_help = "Exit codes: see `docs/exit-codes.md` (0 ok, 2 usage, 3 remote error, 4 auth, 5 not found, \
                  6 cannot connect, 7 timeout, 8 busy, 9 malformed response, 10 bad config, 130 interrupted)."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use (default: `default_profile` in the config file)
    #[arg(
        short = 'p',
        long,
        env = "FIELDCTL_PROFILE",
        hide_env_values = true,
        global = true,
        value_name = "NAME"
    )]
    pub profile: Option<String>,
    /// Config file (default: <config dir>/fieldctl/config.toml)
    #[arg(
        long,
        env = "FIELDCTL_CONFIG",
        hide_env_values = true,
        global = true,
        value_name = "FILE"
    )]
    pub config: Option<PathBuf>,
    /// Output format (default: table; `log` is for `can dump` only)
    #[arg(
        short = 'o',
        long,
        env = "FIELDCTL_OUTPUT",
        hide_env_values = true,
        global = true,
        value_enum,
        value_name = "FORMAT"
    )]
    pub output: Option<Format>,
    /// Same as `-o json`
    #[arg(long, global = true)]
    pub json: bool,
    /// Seconds a whole HTTP request may take (connect, send, answer); downloads and uploads: each silence
    #[arg(long, env = "FIELDCTL_TIMEOUT", hide_env_values = true, global = true, default_value_t = 30.0, value_name = "SECS",
          value_parser = parse_timeout)]
    pub timeout: f64,
    /// Trust this PEM CA certificate in addition to the built-in roots (self-signed servers)
    #[arg(long, global = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Do not verify TLS certificates (dangerous; prints a warning)
    #[arg(long, global = true)]
    pub insecure: bool,
    /// Trace requests on stderr (-v: one line each; -vv: headers and bodies), secrets redacted
    #[arg(short = 'v', long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Only data and errors; no notes or progress
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,
    /// No progress bars
    #[arg(long, global = true)]
    pub no_progress: bool,
    /// Colour on stderr (auto: on a terminal, unless NO_COLOR is set)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Largest response body accepted, in bytes (protects memory from a broken server)
    #[arg(long, env = "FIELDCTL_MAX_RESPONSE_BYTES", hide_env_values = true, global = true, default_value_t = 64 << 20, value_name = "BYTES",
          hide_short_help = true)]
    pub max_response_bytes: u64,
    /// `-o`/`--json` came from the command line (not FIELDCTL_OUTPUT): a format the command cannot honour is
    /// then refused instead of ignored.
    #[arg(skip)]
    pub output_on_command_line: bool,
    /// `--timeout` came from the command line (`can leds … --timeout 1000` is then probably meant as the LED
    /// time, and is questioned).
    #[arg(skip)]
    pub timeout_on_command_line: bool,
    /// The subcommand's words (`can file get`), for messages.
    #[arg(skip)]
    pub command_words: String,
}

impl GlobalArgs {
    /// The output format asked for: `--json`, else `-o`/FIELDCTL_OUTPUT, else a table.
    pub fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.output.unwrap_or(Format::Table)
        }
    }

    /// Colour for error reports, decided before (and without) a Context.
    pub fn stderr_color(&self) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stderr().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

fn parse_timeout(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(t) if t > 0.0 && t <= 86400.0 => Ok(t),
        _ => Err(format!(
            "'{s}' is not a number of seconds above 0 and at most 86400"
        )),
    }
}

#[derive(Subcommand)]
pub enum Command {
    /// Kvaser CAN interfaces through their JSON REST API
    Can(crate::can::CanArgs),
    /// OVMS servers: vehicles, status, charge, location, tyres, history, tokens
    Ovms(crate::ovms::OvmsArgs),
    /// Kaspersky Security Center servers (Open API): hosts, groups, views, tasks, events, files, any method
    Ksc(crate::ksc::KscArgs),
    /// Run a built-in simulator on 127.0.0.1 to rehearse scripts without hardware
    Sim(crate::sim::SimArgs),
    /// Manage profiles in the config file
    #[command(subcommand)]
    Profile(crate::profile::ProfileCommand),
    /// The config file
    #[command(subcommand)]
    Config(crate::profile::ConfigCommand),
    /// Print a shell completion script
    Completions {
        /// The shell to write the script for
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Regenerate completions/ and docs/man/ into DIR (used by the maintainers and the staleness test)
    #[command(hide = true)]
    GenerateDocs { dir: PathBuf },
}

/// Parse argv; usage errors are reported like every other error (`fieldctl: error: …`, exit 2).
///
/// The variables of global options (`FIELDCTL_OUTPUT`, `FIELDCTL_TIMEOUT`, …) are not left to clap, which
/// reports a bad one as a bad flag and checks it even when the flag is given after the subcommand: the command
/// line is parsed without them, then each variable the command line does not override is checked by its
/// option's parser (a bad one is exit 10 naming the variable, like any setting from the environment) and
/// passed on as that option.
pub fn parse() -> Cli {
    forget_empty_variables();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flags_only = match without_variables().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            // --help, --version (stdout, exit 0) and a missing subcommand: the help that shows the variables.
            let help = !e.use_stderr()
                || e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
            let full = Cli::command().try_get_matches_from(&args).err();
            let e = match full {
                Some(full) if help && full.kind() == e.kind() => full,
                _ => e,
            };
            if e.use_stderr() {
                usage_exit(&e)
            }
            e.exit()
        }
    };
    let from_env = match variables_as_flags(&flags_only) {
        Ok(flags) => flags,
        Err(failure) => {
            let color = std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let code = crate::error::report(&failure.into(), color);
            std::process::exit(code.into());
        }
    };
    let mut all = args;
    let at = all.len().min(1);
    all.splice(at..at, from_env);
    let parsed = without_variables()
        .try_get_matches_from(&all)
        .and_then(|m| {
            let mut cli = Cli::from_arg_matches(&m)?;
            cli.global.output_on_command_line = flags_only.get_flag("json")
                || flags_only.value_source("output")
                    == Some(clap::parser::ValueSource::CommandLine);
            cli.global.timeout_on_command_line =
                flags_only.value_source("timeout") == Some(clap::parser::ValueSource::CommandLine);
            let mut sub = m.subcommand();
            let mut words = Vec::new();
            while let Some((name, matches)) = sub {
                words.push(name);
                sub = matches.subcommand();
            }
            cli.global.command_words = words.join(" ");
            Ok(cli)
        });
    match parsed {
        Ok(cli) => cli,
        Err(e) => usage_exit(&e),
    }
}

fn usage_exit(e: &clap::Error) -> ! {
    eprint!("fieldctl: {}", e.render());
    std::process::exit(crate::error::Kind::Usage.exit_code().into());
}

/// The command line's definition without the options' variables (the help still shows them).
fn without_variables() -> clap::Command {
    let mut cmd = Cli::command();
    let ids: Vec<clap::Id> = cmd
        .get_arguments()
        .filter(|a| a.get_env().is_some())
        .map(|a| a.get_id().clone())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |a| a.env(None::<&str>));
    }
    cmd
}

/// `--timeout=5` for `FIELDCTL_TIMEOUT=5` when the command line has no `--timeout`, each checked by the
/// option's parser; a bad value names the variable (exit 10).
fn variables_as_flags(
    flags_only: &clap::ArgMatches,
) -> Result<Vec<std::ffi::OsString>, crate::error::Failure> {
    let cmd = Cli::command();
    let mut flags = Vec::new();
    for arg in cmd.get_arguments() {
        let (Some(var), Some(long)) = (arg.get_env(), arg.get_long()) else {
            continue;
        };
        if flags_only.value_source(arg.get_id().as_str())
            == Some(clap::parser::ValueSource::CommandLine)
        {
            continue;
        }
        let Some(value) = std::env::var_os(var) else {
            continue;
        };
        let mut flag = std::ffi::OsString::from(format!("--{long}="));
        flag.push(&value);
        let alone = clap::Command::new("fieldctl")
            .no_binary_name(true)
            .arg(arg.clone().global(false).env(None::<&str>));
        if let Err(e) = alone.try_get_matches_from([&flag]) {
            let value = value.to_string_lossy();
            return Err(crate::error::Failure::new(
                crate::error::Kind::Config,
                format!(
                    "environment variable {}: {}",
                    var.to_string_lossy(),
                    variable_error(&e, long, &value)
                ),
            )
            .hint("fix the variable or unset it"));
        }
        flags.push(flag);
    }
    Ok(flags)
}

/// What an option's parser said about a value, without clap's flag-centred framing.
fn variable_error(e: &clap::Error, name: &str, value: &str) -> String {
    use clap::error::{ContextKind, ContextValue};
    use std::error::Error as _;
    if let Some(ContextValue::Strings(valid)) = e.get(ContextKind::ValidValue) {
        return format!("{name} must be one of {}, not '{value}'", valid.join(", "));
    }
    match e.source().map(|s| s.to_string()) {
        Some(why) if why.contains(&format!("'{value}'")) => why,
        Some(why) => format!("{name}: {why}, not '{value}'"),
        None => format!("{name}: invalid value '{value}'"),
    }
}

/// An empty `FIELDCTL_*` variable means "not set" for every setting (`FIELDCTL_CONFIG= fieldctl …`), as it
/// does for the profile and host.
fn forget_empty_variables() {
    let empty: Vec<_> = std::env::vars_os()
        .filter(|(k, v)| v.is_empty() && k.to_str().is_some_and(|k| k.starts_with("FIELDCTL_")))
        .map(|(k, _)| k)
        .collect();
    for key in empty {
        // SAFETY: called first thing in main, before any other thread exists (the signal handler's thread
        // is started after parsing).
        unsafe { std::env::remove_var(key) };
    }
}

impl Command {
    fn prints(&self) -> Prints {
        use crate::profile::{ConfigCommand, ProfileCommand};
        match self {
            Command::Can(args) => args.prints(),
            Command::Ovms(args) => args.prints(),
            Command::Ksc(args) => args.prints(),
            Command::Profile(ProfileCommand::List | ProfileCommand::Show { .. }) => Prints::Records,
            Command::Profile(_) | Command::GenerateDocs { .. } => Prints::Nothing,
            Command::Config(ConfigCommand::Path)
            | Command::Completions { .. }
            | Command::Sim(_) => Prints::Text,
        }
    }
}

/// `-o` is honoured by every command or refused: a format given on the command line that the command cannot
/// print is a usage error; one from FIELDCTL_OUTPUT (a preference for every command) is ignored there.
fn check_output(cli: &mut Cli) -> anyhow::Result<()> {
    let g = &cli.global;
    let format = g.format();
    let prints = cli.command.prints();
    if prints.accepts(format) {
        return Ok(());
    }
    if !g.output_on_command_line {
        cli.global.output = None;
        return Ok(());
    }
    let what = match prints {
        Prints::Text => "prints its data as it is (text or bytes), only as -o table",
        Prints::Body => {
            "prints the server's answer as received (-o table, json or ndjson all print it unchanged), not as CSV"
        }
        _ => "does not print candump logs; -o log is for `can dump`",
    };
    Err(crate::error::Failure::new(
        crate::error::Kind::Usage,
        format!(
            "-o {}: `fieldctl {}` {what}",
            format.name(),
            g.command_words
        ),
    )
    .into())
}

pub fn run(mut cli: Cli) -> anyhow::Result<()> {
    check_output(&mut cli)?;
    let ctx = Context::new(&cli.global);
    match cli.command {
        Command::Can(args) => {
            ctx.check_requested_profile()?;
            crate::can::run(&ctx, args)
        }
        Command::Ovms(args) => {
            ctx.check_requested_profile()?;
            crate::ovms::run(&ctx, args)
        }
        Command::Ksc(args) => {
            ctx.check_requested_profile()?;
            crate::ksc::run(&ctx, args)
        }
        Command::Sim(args) => crate::sim::run(&ctx, args),
        Command::Profile(cmd) => crate::profile::run(&ctx, cmd),
        Command::Config(cmd) => crate::profile::run_config(&ctx, cmd),
        Command::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "fieldctl", &mut buf);
            crate::output::write_raw(&buf)?;
            Ok(())
        }
        Command::GenerateDocs { dir } => generate_docs(&dir),
    }
}

pub const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "fieldctl.bash"),
    (Shell::Zsh, "_fieldctl"),
    (Shell::Fish, "fieldctl.fish"),
    (Shell::PowerShell, "_fieldctl.ps1"),
    (Shell::Elvish, "fieldctl.elv"),
];

/// Write `DIR/completions/*` and `DIR/docs/man/*.1` from the clap definitions.
fn generate_docs(dir: &std::path::Path) -> anyhow::Result<()> {
    let completions = dir.join("completions");
    let man = dir.join("docs").join("man");
    std::fs::create_dir_all(&completions)?;
    std::fs::create_dir_all(&man)?;
    for (shell, file) in SHELLS {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "fieldctl", &mut buf);
        std::fs::write(completions.join(file), buf)?;
    }
    write_man_pages(&Cli::command(), "fieldctl", &man)
}

fn write_man_pages(cmd: &clap::Command, name: &str, dir: &std::path::Path) -> anyhow::Result<()> {
    let cmd = cmd.clone().name(name.to_owned());
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut buf)?;
    std::fs::write(dir.join(format!("{name}.1")), buf)?;
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        write_man_pages(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
