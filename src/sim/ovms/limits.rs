//! The server's rate limiter, per client IP: a first request grants BURST, each later one takes one, PER_MIN
//! come back per minute (here continuously, capped at 240 or BURST); at zero the request is held, then 429.
//! An IP unseen for 5 minutes starts again with a full burst.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

const FORGET: Duration = Duration::from_secs(300);

pub struct Limiter {
    burst: f64,
    per_min: f64,
    hosts: HashMap<IpAddr, (f64, Instant)>,
}

impl Limiter {
    /// `BURST,PER_MIN`.
    pub fn parse(spec: &str) -> Result<Limiter, String> {
        let bad = || format!("--rate-limit {spec}: expected BURST,PER_MIN (e.g. 120,60)");
        let (b, p) = spec.split_once(',').ok_or_else(bad)?;
        let burst: u32 = b.trim().parse().map_err(|_| bad())?;
        let per_min: u32 = p.trim().parse().map_err(|_| bad())?;
        if burst == 0 {
            return Err(bad());
        }
        Ok(Limiter {
            burst: f64::from(burst),
            per_min: f64::from(per_min),
            hosts: HashMap::new(),
        })
    }

    /// May this request go ahead?
    pub fn admit(&mut self, ip: IpAddr) -> bool {
        let now = Instant::now();
        let cap = self.burst.max(240.0);
        match self.hosts.get_mut(&ip) {
            Some((quota, last)) if now.duration_since(*last) < FORGET => {
                let refill = self.per_min * now.duration_since(*last).as_secs_f64() / 60.0;
                *quota = (*quota + refill).min(cap);
                *quota = (*quota - 1.0).max(0.0);
                *last = now;
                *quota > 0.0
            }
            _ => {
                self.hosts.insert(ip, (self.burst, now));
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn burst_then_refused() {
        let mut l = super::Limiter::parse("3,0").unwrap();
        let ip = "127.0.0.1".parse().unwrap();
        assert_eq!(
            (0..4).map(|_| l.admit(ip)).collect::<Vec<_>>(),
            [true, true, true, false]
        );
        assert!(super::Limiter::parse("x").is_err());
    }
}
