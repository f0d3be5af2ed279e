//! How often canRead is asked, and for how many frames: the device's small web server is spared (at most 20
//! requests a second on a saturated bus, 10 on an idle one) while a frame waits at most one poll period.

use std::time::Duration;

/// The smallest and largest `max` asked of canRead.
pub const MIN_BATCH: usize = 64;
pub const MAX_BATCH: usize = 4096;
/// Start-to-start period of canRead while frames arrive (≤ 20 requests/s) and on an idle bus (≤ 10/s).
pub const BUSY_PERIOD: Duration = Duration::from_millis(50);
pub const IDLE_PERIOD: Duration = Duration::from_millis(100);

pub struct Poller {
    /// `max` of the next canRead.
    pub max: usize,
}

impl Poller {
    pub fn new() -> Poller {
        Poller { max: MIN_BATCH }
    }

    /// After a canRead that brought `got` frames, `span` after the previous one started: how long after this
    /// one started the next should start.
    pub fn after(&mut self, got: usize, span: Duration) -> Duration {
        if got >= self.max {
            // More is waiting: ask for more, at once.
            self.max = (self.max * 2).min(MAX_BATCH);
            return Duration::ZERO;
        }
        if got == 0 {
            return IDLE_PERIOD;
        }
        // Room for twice what one busy period brings at the rate just seen, so a burst still fits. Grown at
        // once, shrunk by halves and only when more than twice too big: a short span after a full batch brings few
        // frames, and must not make the next batch overflow.
        let rate = got as f64 / span.as_secs_f64().max(0.001);
        let want = ((rate * BUSY_PERIOD.as_secs_f64() * 2.0).ceil() as usize)
            .next_power_of_two()
            .clamp(MIN_BATCH, MAX_BATCH);
        if want > self.max {
            self.max = want;
        } else if want < self.max / 2 || want == MIN_BATCH {
            self.max = (self.max / 2).max(MIN_BATCH);
        }
        BUSY_PERIOD
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saturated_idle_and_full() {
        let mut p = Poller::new();
        // idle: the smallest batch, every 100 ms
        assert_eq!(p.after(0, IDLE_PERIOD), IDLE_PERIOD);
        assert_eq!(p.max, MIN_BATCH);
        // a full batch: doubled and read again at once
        assert_eq!(p.after(64, IDLE_PERIOD), Duration::ZERO);
        assert_eq!(p.max, 128);
        assert_eq!(p.after(128, Duration::ZERO), Duration::ZERO);
        assert_eq!(p.max, 256);
        assert_eq!(p.after(256, Duration::ZERO), Duration::ZERO);
        assert_eq!(p.max, 512);
        // 9,000 frames/s: 450 a period, room for 900 → 1024, every 50 ms (20 requests/s)
        assert_eq!(p.after(450, BUSY_PERIOD), BUSY_PERIOD);
        assert_eq!(p.max, 1024);
        assert_eq!(p.after(450, BUSY_PERIOD), BUSY_PERIOD);
        assert_eq!(p.max, 1024);
        // a read right after another (5 ms) brings few frames: the batch stays
        assert_eq!(p.after(45, Duration::from_millis(5)), BUSY_PERIOD);
        assert_eq!(p.max, 1024);
        // 1,000 frames/s: 50 a period wants 128; halved until that is half the batch or more
        assert_eq!(p.after(50, BUSY_PERIOD), BUSY_PERIOD);
        assert_eq!(p.max, 512);
        p.after(50, BUSY_PERIOD);
        p.after(50, BUSY_PERIOD);
        assert_eq!(p.max, 256);
        // a trickle after idle polls (1 frame in 100 ms): down to the minimum by halves
        assert_eq!(p.after(1, IDLE_PERIOD), BUSY_PERIOD);
        assert_eq!(p.max, 128);
        p.after(1, IDLE_PERIOD);
        assert_eq!(p.max, MIN_BATCH);
        // never above the ceiling
        p.max = MAX_BATCH;
        assert_eq!(p.after(MAX_BATCH, BUSY_PERIOD), Duration::ZERO);
        assert_eq!(p.max, MAX_BATCH);
    }
}
