//! Error kinds and the one table that maps them to exit codes (docs/exit-codes.md).
//!
//! Boundaries (transport, device status codes, config, secrets) raise a typed [`Failure`]; code in between adds
//! context with anyhow. The exit code is taken from the OUTERMOST `Failure` in the chain: plain string context
//! never changes the kind, and a caller that knows better ("the download broke off" is a connection failure,
//! whatever the socket said) reclassifies on purpose by attaching a `Failure` of its own.

use std::fmt;
use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A bug or an unexpected local failure.
    Internal,
    /// Bad command line (also what clap reports).
    Usage,
    /// The remote side reported an error (CANlib status, KSC PxgError, OVMS 4xx/5xx).
    Remote,
    /// Authentication or permission refused, or no credentials available.
    Auth,
    /// Unknown vehicle, device file, KSC method, ...
    NotFound,
    /// Connection refused, DNS, TLS handshake or certificate failure.
    Connect,
    Timeout,
    /// Device in use by another session, KSC 503, OVMS 429.
    Busy,
    /// The remote side answered something we cannot understand.
    Malformed,
    /// Bad configuration or local input file.
    Config,
    /// Ctrl-C or SIGTERM, after remote state was cleaned up.
    Interrupted,
}

impl Kind {
    /// The exit-code table. Each line is pinned by a test in tests/cli/exit_codes.rs.
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Internal => 1,
            Kind::Usage => 2,
            Kind::Remote => 3,
            Kind::Auth => 4,
            Kind::NotFound => 5,
            Kind::Connect => 6,
            Kind::Timeout => 7,
            Kind::Busy => 8,
            Kind::Malformed => 9,
            Kind::Config => 10,
            Kind::Interrupted => 130,
        }
    }
}

/// A typed error raised at a boundary: its kind decides the exit code, its hint tells the user what to do.
#[derive(Debug)]
pub struct Failure {
    pub kind: Kind,
    message: String,
    hint: Option<String>,
    /// The same request may well succeed if repeated (connection refused or reset), unlike a certificate
    /// failure or an unknown host.
    pub transient: bool,
}

impl Failure {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Failure {
            kind,
            message: message.into(),
            hint: None,
            transient: false,
        }
    }

    pub fn transient(mut self) -> Self {
        self.transient = true;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// Shorthand for `Err(Failure::new(kind, message).into())`.
pub fn fail<T>(kind: Kind, message: impl Into<String>) -> anyhow::Result<T> {
    Err(Failure::new(kind, message).into())
}

/// The kind of an error chain: its outermost typed `Failure` (also one carried by an `io::Error`, as a
/// `Write` implementation must return), else Internal.
pub fn kind_of(err: &anyhow::Error) -> Kind {
    if let Some(f) = err.downcast_ref::<Failure>() {
        return f.kind; // also finds a Failure attached with `.context(Failure…)`
    }
    err.chain()
        .find_map(|e| {
            e.downcast_ref::<Failure>().or_else(|| {
                e.downcast_ref::<std::io::Error>()
                    .and_then(|io| io.get_ref())
                    .and_then(|inner| inner.downcast_ref::<Failure>())
            })
        })
        .map(|f| f.kind)
        .unwrap_or(Kind::Internal)
}

/// True when the error chain says a repeat may succeed.
pub fn is_transient(err: &anyhow::Error) -> bool {
    err.downcast_ref::<Failure>().is_some_and(|f| f.transient)
        || err
            .chain()
            .any(|e| e.downcast_ref::<Failure>().is_some_and(|f| f.transient))
}

/// True when stdout was closed by the reader (`fieldctl … | head`): we stop quietly with exit 0.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Print `fieldctl: error: …`, one `caused by:` line per cause and the hints, on stderr; return the exit code.
pub fn report(err: &anyhow::Error, color: bool) -> u8 {
    if is_broken_pipe(err) {
        return 0;
    }
    let (red, yellow, reset) = if color {
        ("\x1b[1;31m", "\x1b[1;33m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    let mut stderr = std::io::stderr().lock();
    let mut chain = err.chain();
    if let Some(top) = chain.next() {
        let _ = writeln!(
            stderr,
            "fieldctl: {red}error:{reset} {}",
            crate::output::sanitize(&top.to_string())
        );
    }
    for cause in chain {
        let _ = writeln!(
            stderr,
            "  caused by: {}",
            crate::output::sanitize(&cause.to_string())
        );
    }
    let attached = err.downcast_ref::<Failure>(); // a Failure given as `.context(…)` is not in the chain
    let failures = attached
        .into_iter()
        .chain(err.chain().filter_map(|e| e.downcast_ref::<Failure>()));
    let mut hints: Vec<&str> = failures.filter_map(|f| f.hint.as_deref()).collect();
    hints.dedup();
    for hint in hints {
        let _ = writeln!(stderr, "  {yellow}hint:{reset} {hint}");
    }
    // Whatever failed on the way out, the run was interrupted (the signal may have reached a blocking read,
    // e.g. a password prompt, before the handler thread set the flag).
    let eintr = err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::Interrupted)
    });
    if crate::interrupt::interrupted() || eintr {
        return Kind::Interrupted.exit_code();
    }
    kind_of(err).exit_code()
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn string_context_keeps_the_kind() {
        let err = fail::<()>(Kind::Busy, "device in use")
            .context("opening channel 0")
            .unwrap_err();
        assert_eq!(kind_of(&err), Kind::Busy);
        assert_eq!(kind_of(&anyhow::anyhow!("plain")), Kind::Internal);
    }

    #[test]
    fn outermost_failure_decides_the_kind() {
        // A Failure wrapped around another one, with plain context between and around them: the outer one wins.
        let err = fail::<()>(Kind::Malformed, "short body")
            .context("reading chunk 3")
            .context(Failure::new(Kind::Connect, "download broke off"))
            .context("copying F:/x")
            .unwrap_err();
        assert_eq!(kind_of(&err), Kind::Connect);
        let inner_only = fail::<()>(Kind::Malformed, "short body")
            .context("reading chunk 3")
            .unwrap_err();
        assert_eq!(kind_of(&inner_only), Kind::Malformed);
    }

    #[test]
    fn broken_pipe_is_recognised_under_context() {
        let io = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        let err = anyhow::Error::from(io).context("writing output");
        assert!(is_broken_pipe(&err));
    }
}
