//! `X-KSC-RequestId: <trace>_<span>` (specs/ksc-open-api.txt, "Request tracing"): 8 random bytes as 16
//! uppercase hex digits for the run, and 8 more for each request, so that a server admin can find every
//! request of a run, and each one, in KSC's logs.

use std::sync::atomic::{AtomicU64, Ordering};

use ring::rand::{SecureRandom, SystemRandom};

pub struct RequestIds {
    trace: String,
    /// Spans are a random start plus a counter: unique within the run without a syscall per request.
    next: AtomicU64,
}

fn random_u64() -> u64 {
    let mut b = [0u8; 8];
    // The system RNG failing is not a reason to stop: ids only need to be unlikely to collide.
    if SystemRandom::new().fill(&mut b).is_err() {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        b = (t ^ u64::from(std::process::id()).rotate_left(32)).to_be_bytes();
    }
    u64::from_be_bytes(b)
}

impl RequestIds {
    pub fn new() -> RequestIds {
        RequestIds {
            trace: format!("{:016X}", random_u64()),
            next: AtomicU64::new(random_u64()),
        }
    }

    /// The run's trace id.
    pub fn trace(&self) -> &str {
        &self.trace
    }

    /// A fresh `<trace>_<span>`.
    pub fn next(&self) -> String {
        // A large odd step spreads consecutive spans over the whole range (each is still unique: the step is
        // coprime with 2^64).
        let span = self
            .next
            .fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed)
            .wrapping_add(0x9E37_79B9_7F4A_7C15);
        format!("{}_{span:016X}", self.trace)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_two_uppercase_hex_uids_with_one_trace_per_run() {
        let ids = RequestIds::new();
        let a = ids.next();
        let b = ids.next();
        for id in [&a, &b] {
            let (t, s) = id.split_once('_').expect("two parts");
            for part in [t, s] {
                assert_eq!(part.len(), 16, "{id}");
                assert!(
                    part.chars()
                        .all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c)),
                    "{id}"
                );
            }
            assert_eq!(t, ids.trace());
        }
        assert_ne!(a, b);
        assert_ne!(RequestIds::new().trace(), ids.trace());
    }
}
