//! `can decode [LOG…|-] --dbc FILE`: logs decoded offline, no device. Streamed: a line is read, decoded and
//! appended to one output block written when large, so memory stays flat whatever the log's length.

use std::io::{BufRead, Write};

use clap::Args;

use super::input::{Kind as LineKind, LineParser};
use super::print::{Out, Printer, Rec, log_flags};
use super::{Selection, SignalArgs};
use crate::context::Context;
use crate::error::{Failure, Kind};
use crate::output::Format;

/// Output is written in blocks of about this size.
const BLOCK: usize = 256 << 10;

#[derive(Args)]
pub struct DecodeArgs {
    /// Logs read in order: candump -L or screen lines (with or without -t timestamps, colour, -x columns),
    /// python-can CSV, Vector ASC/BLF; lines decoded before are decoded again. `-` or none: stdin
    #[arg(value_name = "LOG")]
    logs: Vec<String>,
    #[command(flatten)]
    signals: SignalArgs,
}

pub fn decode(ctx: &Context, args: DecodeArgs) -> anyhow::Result<()> {
    let out = match ctx.out.format {
        Format::Table => Out::Table,
        Format::Ndjson => Out::Ndjson,
        Format::Json => Out::Json,
        Format::Csv => Out::Csv,
        Format::Log => unreachable!("refused by Prints::Records"),
    };
    let paths = args.signals.dbc.paths(ctx)?;
    if paths.is_empty() {
        return Err(Failure::new(Kind::Usage, "no database to decode with")
            .hint(format!(
                "give --dbc FILE, or set {}",
                crate::can::settings::DBC.spec.origins()
            ))
            .into());
    }
    // Every log is checked before the first is read: a typo in the last never comes after pages of output.
    for log in args.logs.iter().filter(|l| *l != "-") {
        if let Err(e) = std::fs::metadata(log) {
            return Err(Failure::new(Kind::Config, format!("cannot read {log}: {e}")).into());
        }
    }
    let db = super::load(ctx, &paths)?;
    let select = Selection::new(&db, &args.signals)?;
    let mut run = Run {
        printer: Printer::new(db, select, out, &args.signals),
        parser: LineParser::default(),
        block: String::with_capacity(BLOCK + (4 << 10)),
        stdout: crate::output::buffered_stdout(),
        printed: 0,
        not_understood: 0,
    };
    run.printer.start(&mut run.block);
    let logs = if args.logs.is_empty() {
        vec!["-".to_owned()]
    } else {
        args.logs
    };
    for log in &logs {
        run.log(log)?;
    }
    let printed = run.printed;
    run.printer.finish(&mut run.block, printed);
    run.flush()?;
    run.stdout.flush()?;
    if run.not_understood > 0 {
        let n = run.not_understood;
        ctx.out.warn(&format!(
            "{n} line{} not understood",
            if n == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

struct Run {
    printer: Printer,
    parser: LineParser,
    block: String,
    stdout: std::io::BufWriter<crate::output::Stdout>,
    printed: u64,
    not_understood: u64,
}

impl Run {
    fn log(&mut self, log: &str) -> anyhow::Result<()> {
        let cannot =
            |e: std::io::Error| Failure::new(Kind::Config, format!("cannot read {log}: {e}"));
        if let Some(records) = crate::can::formats::open(log)? {
            for r in records {
                match r {
                    Ok((ts, iface, f)) => {
                        self.parser.record(ts, &iface, f);
                        self.frame()?;
                    }
                    Err(_) => self.not_understood += 1,
                }
            }
            return Ok(());
        }
        if log == "-" {
            let stdin = std::io::stdin();
            self.text(
                log,
                &mut std::io::BufReader::with_capacity(1 << 20, stdin.lock()),
            )
        } else {
            let f = std::fs::File::open(log).map_err(cannot)?;
            self.text(log, &mut std::io::BufReader::with_capacity(1 << 20, f))
        }
    }

    fn text(&mut self, log: &str, input: &mut impl BufRead) -> anyhow::Result<()> {
        let mut buf = Vec::with_capacity(256);
        loop {
            buf.clear();
            let n = input.read_until(b'\n', &mut buf).map_err(|e| {
                let name = if log == "-" { "stdin" } else { log };
                Failure::new(Kind::Config, format!("cannot read {name}: {e}"))
            })?;
            if n == 0 {
                return Ok(());
            }
            let raw = buf.strip_suffix(b"\n").unwrap_or(&buf);
            let kind = match std::str::from_utf8(raw) {
                Ok(line) => self.parser.parse(line),
                Err(_) => LineKind::Other,
            };
            match kind {
                LineKind::Frame => self.frame()?,
                LineKind::Skip => {}
                LineKind::Other | LineKind::Blank if self.printer.out == Out::Table => {
                    // Passed through as it came, bytes and all (cantools decode does the same).
                    self.flush()?;
                    self.stdout.write_all(raw)?;
                    self.stdout.write_all(b"\n")?;
                }
                LineKind::Blank => {}
                LineKind::Other => self.not_understood += 1,
            }
        }
    }

    fn frame(&mut self) -> anyhow::Result<()> {
        let p = &self.parser;
        let rec = Rec {
            frame: &p.frame,
            timestamp: (!p.ts.is_empty()).then_some(p.ts.as_str()),
            channel: p.channel,
            flags: log_flags(&p.frame),
            line: &p.echo,
        };
        if self.printer.write(&mut self.block, &rec, self.printed == 0) {
            self.printed += 1;
        }
        if self.block.len() >= BLOCK {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.stdout.write_all(self.block.as_bytes())?;
        self.block.clear();
        Ok(())
    }
}
