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

pub fn install() {
    // Failure to install (e.g. a handler already set) only loses graceful cleanup; not worth failing the run.
    let _ = ctrlc::set_handler(|| {
        let again = INTERRUPTED.swap(true, Ordering::SeqCst);
        if again || HOLDING.load(Ordering::SeqCst) == 0 {
            restore_echo();
            if again {
                say_what_is_left();
            }
            std::process::exit(signal_exit_code());
        }
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
fn say_what_is_left() {
    let held = HELD.lock().unwrap_or_else(|e| e.into_inner());
    if held.is_empty() {
        return;
    }
    let what: Vec<&str> = held.iter().map(|(_, w)| w.as_str()).collect();
    eprintln!(
        "fieldctl: interrupted again: exiting without cleaning up; left behind: {}",
        what.join("; ")
    );
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
        Err(e)
            if interrupted()
                && e.downcast_ref::<Failure>()
                    .is_some_and(|f| f.kind == Kind::Interrupted) =>
        {
            Ok(())
        }
        other => other,
    }
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
