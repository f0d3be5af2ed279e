//! Ctrl-C and SIGTERM: the first one asks the running command to stop (it cleans up remote state and exits 130,
//! or 0 for streaming commands whose normal stop is Ctrl-C); a second one exits at once.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::{Failure, Kind};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

pub fn install() {
    // Failure to install (e.g. a handler already set) only loses graceful cleanup; not worth failing the run.
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(Kind::Interrupted.exit_code().into());
        }
    });
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
