//! SIGUSR1 expires every session at once, as a server does after its idle time or a restart: the next use
//! of one is the same 401 an idle-expired session gets. Tests use it instead of waiting out `--session-idle`
//! (no timing margin on a loaded machine). Connections a `login` authenticated are not sessions: they stay.

use std::sync::atomic::{AtomicU64, Ordering};

/// Bumped by each SIGUSR1; a session started in an earlier epoch has expired.
static EPOCH: AtomicU64 = AtomicU64::new(0);

pub fn epoch() -> u64 {
    EPOCH.load(Ordering::SeqCst)
}

#[cfg(unix)]
extern "C" fn on_usr1(_: libc::c_int) {
    // async-signal-safe: one atomic add
    EPOCH.fetch_add(1, Ordering::SeqCst);
}

/// Install the SIGUSR1 handler (unix; elsewhere sessions expire only when idle).
pub fn install() {
    #[cfg(unix)]
    // SAFETY: the handler only does an atomic add; sigaction is given a zeroed, then filled struct.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_usr1 as extern "C" fn(libc::c_int) as libc::sighandler_t;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGUSR1, &sa, std::ptr::null_mut());
    }
}
