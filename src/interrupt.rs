//! Ctrl-C and SIGTERM. While a command holds remote state (a device session, a half-written file), the first
//! signal only asks it to stop: it cleans up and exits 130 (or 0 for streaming commands whose normal stop is
//! Ctrl-C). When nothing is held — waiting for a connection, at a password prompt — or on a second signal, the
//! process exits 130 at once.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

use crate::error::{Failure, Kind};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static HOLDING: AtomicUsize = AtomicUsize::new(0);
/// What the named holds are, for the message of a second Ctrl-C.
static HELD: Mutex<Vec<(u64, String)>> = Mutex::new(Vec::new());
static NEXT_HOLD: AtomicU64 = AtomicU64::new(1);
/// When the connection attempt in progress started (ms since [`EPOCH`], plus one); 0 when none is.
static CONNECTING_SINCE: AtomicU64 = AtomicU64::new(0);
static EPOCH: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
/// When the first stop signal came (ms since [`EPOCH`], plus one); 0 before any.
static FIRST_SIGNAL_AT: AtomicU64 = AtomicU64::new(0);
/// A second signal sooner than this after the first is a duplicate delivery of the same request.
const DUPLICATE_MS: u64 = 300;

fn now_ms() -> u64 {
    EPOCH
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_millis() as u64
}

/// The transport opens a connection (`true`) or has one, or gave up (`false`).
pub fn connecting(on: bool) {
    CONNECTING_SINCE.store(if on { now_ms() + 1 } else { 0 }, Ordering::SeqCst);
}

fn connecting_for() -> std::time::Duration {
    match CONNECTING_SINCE.load(Ordering::SeqCst) {
        0 => std::time::Duration::ZERO,
        since => std::time::Duration::from_millis(now_ms().saturating_sub(since - 1)),
    }
}

pub fn install() {
    // Failure to install (e.g. a handler already set) only loses graceful cleanup; not worth failing the run.
    let _ = ctrlc::set_handler(|| {
        // One stop request can arrive twice: `timeout` signals the command and then its process group, and
        // `kill -INT -PGID` from a wrapper does the same. A repeat within DUPLICATE_MS is that one request, not
        // a user pressing Ctrl-C again, and must not cut the clean-up short.
        let first = FIRST_SIGNAL_AT.load(Ordering::SeqCst);
        if first != 0 && now_ms().saturating_sub(first - 1) < DUPLICATE_MS {
            return;
        }
        if first == 0 {
            FIRST_SIGNAL_AT.store(now_ms() + 1, Ordering::SeqCst);
        }
        let again = INTERRUPTED.swap(true, Ordering::SeqCst);
        if again || HOLDING.load(Ordering::SeqCst) == 0 {
            restore_echo();
            if again {
                say_what_is_left("interrupted again: exiting without cleaning up");
            }
            std::process::exit(signal_exit_code());
        }
        // Clean-up is usually quick. When it is not, say what is going on; and a connection attempt that goes
        // unanswered (a device switched off) cannot be interrupted, so stop waiting for it.
        let _ = std::thread::Builder::new()
            .name("cleanup-watch".into())
            .spawn(|| {
                let started = std::time::Instant::now();
                let mut noted = false;
                loop {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                    // Only when nothing exists yet that a clean-up could release (a session being opened, say):
                    // with a session open, the clean-up waits for the connect, bounded by --timeout.
                    if connecting_for() > std::time::Duration::from_millis(500) && !holds_anything() {
                        restore_echo();
                        say_what_is_left(
                            "interrupted: the peer does not answer the connection attempt; exiting",
                        );
                        std::process::exit(Kind::Interrupted.exit_code().into());
                    }
                    if !noted && started.elapsed() >= std::time::Duration::from_secs(1) {
                        noted = true;
                        let held = HELD.lock().unwrap_or_else(|e| e.into_inner());
                        if let Some((_, what)) = held.iter().find(|(_, w)| !w.is_empty()) {
                            eprintln!(
                                "fieldctl: interrupted: releasing {what} (Ctrl-C again to leave it and exit at once)"
                            );
                        }
                    }
                }
            });
    });
}

/// A password prompt turns terminal echo off; leaving at Ctrl-C must not leave the user's shell blind.
/// (ctrlc runs this handler on an ordinary thread, so any call is allowed here.)
fn restore_echo() {
    #[cfg(unix)]
    // SAFETY: tcgetattr/tcsetattr on fd 0 with a zeroed, then filled, termios; failures are ignored.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::isatty(0) == 1 && libc::tcgetattr(0, &mut t) == 0 && t.c_lflag & libc::ECHO == 0 {
            t.c_lflag |= libc::ECHO;
            libc::tcsetattr(0, libc::TCSANOW, &t);
            eprintln!();
        }
    }
}

/// A second Ctrl-C does not wait for the cleanup: say what it leaves behind.
/// Whether a named hold (something that exists remotely or locally) is held.
fn holds_anything() -> bool {
    HELD.lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .any(|(_, w)| !w.is_empty())
}

fn say_what_is_left(lead: &str) {
    let held = HELD.lock().unwrap_or_else(|e| e.into_inner());
    let what: Vec<&str> = held
        .iter()
        .map(|(_, w)| w.as_str())
        .filter(|w| !w.is_empty())
        .collect();
    if what.is_empty() {
        eprintln!("fieldctl: {lead}");
    } else {
        eprintln!("fieldctl: {lead}; left behind: {}", what.join("; "));
    }
}

/// Remote or local state that must be cleaned up before exiting; taken before the state exists (e.g. before
/// canInitializeLibrary is sent) and dropped once it is released. A named hold says what it is, for the
/// message of a second Ctrl-C ("the device session on …", "the partial remote file F:/x").
pub struct Hold(u64);

impl Hold {
    pub fn new() -> Hold {
        HOLDING.fetch_add(1, Ordering::SeqCst);
        Hold(0)
    }

    /// A hold on something that does not exist yet (a session being opened): nothing to report on a second
    /// Ctrl-C until [`Hold::rename`] says what it has become.
    pub fn pending() -> Hold {
        Self::named("")
    }

    /// Say what is held now (an attempt has become the thing itself).
    pub fn rename(&self, what: impl Into<String>) {
        let mut held = HELD.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(entry) = held.iter_mut().find(|(id, _)| *id == self.0) {
            entry.1 = what.into();
        }
    }

    pub fn named(what: impl Into<String>) -> Hold {
        let id = NEXT_HOLD.fetch_add(1, Ordering::SeqCst);
        HELD.lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((id, what.into()));
        HOLDING.fetch_add(1, Ordering::SeqCst);
        Hold(id)
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        if self.0 != 0 {
            HELD.lock()
                .unwrap_or_else(|e| e.into_inner())
                .retain(|(id, _)| *id != self.0);
        }
        HOLDING.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Ctrl-C is the normal end of a command that runs until stopped (`can dump`, `can send --repeat 0`, `can replay
/// --loop inf`, `can script text --follow`, `ovms watch`): once it has cleaned up, that is success (exit 0), not
/// exit 130.
pub fn until_stopped(result: anyhow::Result<()>) -> anyhow::Result<()> {
    match result {
        Err(e) if interrupted() && is_interruption(&e) => Ok(()),
        other => other,
    }
}

/// A step's result and its clean-up's, as one: the step's error wins, except that a clean-up that failed
/// after Ctrl-C is what counts (the run did not end cleanly: never exit 0 for it, see [`until_stopped`]).
pub fn after_cleanup<T>(
    result: anyhow::Result<T>,
    cleanup: anyhow::Result<()>,
) -> anyhow::Result<T> {
    match (result, cleanup) {
        (Ok(v), Ok(())) => Ok(v),
        (Ok(_), Err(c)) => Err(c),
        (Err(e), Err(c)) if is_interruption(&e) => Err(c.context("cleaning up after Ctrl-C")),
        (Err(e), _) => Err(e),
    }
}

fn is_interruption(e: &anyhow::Error) -> bool {
    e.downcast_ref::<Failure>()
        .is_some_and(|f| f.kind == Kind::Interrupted)
}

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// `Err(Interrupted)` once Ctrl-C was pressed: call between steps of a multi-step command.
pub fn check() -> anyhow::Result<()> {
    if interrupted() {
        return Err(Failure::new(Kind::Interrupted, "interrupted").into());
    }
    Ok(())
}

/// Sleep up to `d`, waking early on Ctrl-C.
pub fn sleep(d: std::time::Duration) {
    let end = std::time::Instant::now() + d;
    while !interrupted() {
        let now = std::time::Instant::now();
        if now >= end {
            break;
        }
        std::thread::sleep((end - now).min(std::time::Duration::from_millis(20)));
    }
}

/// Set by a command that runs until stopped and holds nothing to clean up (a simulator): a signal is then its
/// normal end, exit 0.
static STOP_IS_SUCCESS: AtomicBool = AtomicBool::new(false);

/// From now on Ctrl-C and SIGTERM end the process with exit 0 instead of 130.
pub fn stop_is_success() {
    STOP_IS_SUCCESS.store(true, Ordering::SeqCst);
}

fn signal_exit_code() -> i32 {
    if STOP_IS_SUCCESS.load(Ordering::SeqCst) {
        0
    } else {
        Kind::Interrupted.exit_code().into()
    }
}
