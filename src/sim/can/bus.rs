//! Channels and the bus: canOpenChannel … canClearFilters. Frames written on one channel are received on the
//! others (and echoed locally), through each handle's pass, stop and counting-pass filters.

use std::collections::{BTreeSet, VecDeque};
use std::time::Instant;

use serde_json::{Value, json};

use super::canlib::*;
use super::traffic::Traffic;
use super::{Device, Params, Reply, fields, ok};

/// Frames a handle may queue while off bus before canWrite answers canERR_TXBUFOFL.
const TX_QUEUE: usize = 1024;

#[derive(Clone)]
pub(super) struct RxFrame {
    pub(super) id: u32,
    pub(super) flag: u64,
    pub(super) dlc: u8,
    pub(super) data: Vec<u8>,
    pub(super) at: Instant,
}

#[derive(Clone, Copy)]
pub(super) enum FilterKind {
    Pass,
    Stop,
    Counting { threshold: u64, max: u64 },
}

pub(super) struct Filter {
    pub(super) kind: FilterKind,
    pub(super) min: u32,
    pub(super) max: u32,
    pub(super) extended: bool,
    pub(super) counter: u64,
}

pub(super) struct Handle {
    pub(super) channel: u32,
    pub(super) init_access: bool,
    /// canOPEN_ACCEPT_LARGE_DLC: a DLC above 8 is sent and received as it is; without it, as 8 (CANlib).
    pub(super) large_dlc: bool,
    pub(super) bus_on: bool,
    pub(super) driver: u64,
    pub(super) epoch: Instant,
    pub(super) timer_scale_us: u64,
    pub(super) filters: Vec<Filter>,
    pub(super) rx: VecDeque<RxFrame>,
    pub(super) overrun_pending: bool,
    pub(super) tx_pending: Vec<RxFrame>,
    pub(super) local_txecho: bool,
    pub(super) txack: bool,
    pub(super) text_slots: BTreeSet<u32>,
    pub(super) text: String,
}

impl Device {
    /// canOpenChannel, canClose, canSetBusParams, canBusOn/Off, canSetBusOutputControl, canRead, canWrite, canIoCtl, canReadTimer, canAddFilter, canClearFilters.
    pub(super) fn bus_function(&mut self, function: &str, p: &Params) -> Reply {
        match function {
            "canOpenChannel" => self.open_channel(p),
            "canClose" => {
                let hnd = p.int("hnd")?;
                self.handles.remove(&hnd).ok_or(ERR_INVHANDLE)?;
                ok()
            }
            "canSetBusParams" => {
                let h = self.handle(p)?;
                let freq = p.int("freq")?;
                if freq > 0 {
                    let (t1, t2, sjw, samp) = (
                        p.uint("tseg1")?,
                        p.uint("tseg2")?,
                        p.uint("sjw")?,
                        p.uint("noSamp")?,
                    );
                    let bad = !(1..=16).contains(&t1)
                        || !(1..=8).contains(&t2)
                        || !(1..=4).contains(&sjw)
                        || !matches!(samp, 1 | 3);
                    if bad || freq > 1_000_000 {
                        return Err(ERR_PARAM);
                    }
                } else if !(BITRATE_10K..=BITRATE_1M).contains(&freq) {
                    return Err(ERR_PARAM);
                }
                if !h.init_access {
                    return Err(ERR_NO_ACCESS);
                }
                ok()
            }
            "canBusOn" => {
                let h = self.handle(p)?;
                if !h.bus_on {
                    h.bus_on = true;
                    h.epoch = Instant::now(); // the timer restarts at bus on
                }
                let pending = std::mem::take(&mut self.handle(p)?.tx_pending);
                let hnd = p.int("hnd")?;
                for mut f in pending {
                    f.at = Instant::now(); // queued while off bus: on the bus only now
                    self.transmit(hnd, f);
                }
                ok()
            }
            "canBusOff" => {
                self.handle(p)?.bus_on = false;
                ok()
            }
            "canSetBusOutputControl" => {
                let h = self.handle(p)?;
                let driver = p.uint("drivertype")?;
                if !matches!(
                    driver,
                    DRIVER_OFF | DRIVER_SILENT | DRIVER_NORMAL | DRIVER_SELFRECEPTION
                ) {
                    return Err(ERR_PARAM);
                }
                if !h.init_access {
                    return Err(ERR_NO_ACCESS);
                }
                h.driver = driver;
                ok()
            }
            "canRead" => self.read(p),
            "canWrite" => self.write(p),
            "canIoCtl" => self.ioctl(p),
            "canReadTimer" => {
                let h = self.handle(p)?;
                fields(&[("time", json!(ticks(h, Instant::now())))])
            }
            "canAddFilter" => self.add_filter(p),
            "canClearFilters" => {
                self.handle(p)?.filters.clear();
                ok()
            }
            _ => Err(ERR_NO_SUCH_FUNCTION),
        }
    }

    pub(super) fn open_channel(&mut self, p: &Params) -> Reply {
        let channel = p.uint("channel")?;
        let flags = p.uint("flags")?;
        if channel >= u64::from(self.channels) {
            return Err(ERR_NOCHANNELS); // Table 1 of the spec has no NOTFOUND; NOCHANNELS is the channel error
        }
        let channel = channel as u32;
        let others: Vec<&Handle> = self
            .handles
            .values()
            .filter(|h| h.channel == channel)
            .collect();
        if flags & OPEN_EXCLUSIVE != 0 && !others.is_empty() {
            return Err(ERR_NO_ACCESS);
        }
        let someone_has_init = others.iter().any(|h| h.init_access);
        if flags & OPEN_REQUIRE_INIT_ACCESS != 0 && someone_has_init {
            return Err(ERR_NO_ACCESS);
        }
        let init_access = flags & OPEN_NO_INIT_ACCESS == 0 && !someone_has_init;
        let hnd = self.next_handle;
        self.next_handle += 1;
        self.handles.insert(
            hnd,
            Handle {
                channel,
                init_access,
                large_dlc: flags & OPEN_ACCEPT_LARGE_DLC != 0,
                bus_on: false,
                driver: DRIVER_NORMAL,
                epoch: Instant::now(),
                timer_scale_us: 1000,
                filters: Vec::new(),
                rx: VecDeque::new(),
                overrun_pending: false,
                tx_pending: Vec::new(),
                local_txecho: true,
                txack: false,
                text_slots: BTreeSet::new(),
                text: String::new(),
            },
        );
        fields(&[("hnd", json!(hnd))])
    }

    fn read(&mut self, p: &Params) -> Reply {
        let max = p.opt_uint("max")?.unwrap_or(1).clamp(1, 10_000) as usize;
        let hnd = p.int("hnd")?;
        if !self.handles.contains_key(&hnd) {
            return Err(ERR_INVHANDLE);
        }
        if matches!(self.generator.traffic, Some(Traffic::Max)) {
            // As much traffic as the reader can take: top the queue up to what it asks for.
            let missing = max.saturating_sub(self.handles[&hnd].rx.len());
            for _ in 0..missing {
                let f = self.generator.next_frame();
                self.deliver(&f);
            }
        }
        let h = self.handles.get_mut(&hnd).expect("checked");
        if !h.bus_on || h.rx.is_empty() {
            return Err(ERR_NOMSG);
        }
        let now = Instant::now();
        let n = max.min(h.rx.len());
        let msgs: Vec<Value> = h
            .rx
            .drain(..n)
            .map(|f| json!({"id": f.id, "dlc": f.dlc, "msg": f.data, "time": ticks_at(h.epoch, h.timer_scale_us, f.at.min(now)), "flag": f.flag}))
            .collect();
        fields(&[("msgs", Value::Array(msgs))])
    }

    fn write(&mut self, p: &Params) -> Reply {
        let hnd = p.int("hnd")?;
        let (id, flag, dlc) = (p.uint("id")?, p.uint("flag")?, p.uint("dlc")?);
        let list = p.str("msg")?;
        let mut data = Vec::new();
        for item in list.split(',').filter(|s| !s.trim().is_empty()) {
            // Some clients send bytes as signed values: the device keeps the low 8 bits.
            data.push((item.trim().parse::<i64>().map_err(|_| ERR_PARAM)? & 0xFF) as u8);
        }
        let extended = flag & MSG_EXT != 0;
        let rtr = flag & MSG_RTR != 0;
        let max_id = if extended {
            u64::from(MAX_EXT_ID)
        } else {
            u64::from(MAX_STD_ID)
        };
        // A classic DLC is 4 bits: 9..15 still carry 8 bytes.
        let len = dlc.min(8) as usize;
        if id > max_id || dlc > 15 || (!rtr && data.len() < len) {
            return Err(ERR_PARAM);
        }
        data.truncate(if rtr { 0 } else { len });
        let large = self.handles.get(&hnd).is_some_and(|h| h.large_dlc);
        let dlc = if large { dlc } else { dlc.min(8) };
        let flag = (if extended { MSG_EXT } else { MSG_STD }) | if rtr { MSG_RTR } else { 0 };
        let f = RxFrame {
            id: id as u32,
            flag,
            dlc: dlc as u8,
            data,
            at: Instant::now(),
        };
        let h = self.handles.get_mut(&hnd).ok_or(ERR_INVHANDLE)?;
        if !h.bus_on {
            // Queued until bus on, as CANlib does; a full transmit buffer is an error.
            if h.tx_pending.len() >= TX_QUEUE {
                return Err(ERR_TXBUFOFL);
            }
            h.tx_pending.push(f);
            return ok();
        }
        self.transmit(hnd, f);
        ok()
    }

    /// A frame sent by handle `from`: on the bus (every other channel), echoed to the other handles of its own
    /// channel (canIOCTL_SET_LOCAL_TXECHO, on by default), and to itself as TXACK when asked for.
    pub(super) fn transmit(&mut self, from: i64, f: RxFrame) {
        let Some(src) = self.handles.get(&from) else {
            return;
        };
        if src.driver == DRIVER_SILENT || src.driver == DRIVER_OFF {
            return; // listen-only (or off): nothing reaches the bus
        }
        let (channel, echo, txack) = (src.channel, src.local_txecho, src.txack);
        for (hnd, h) in self.handles.iter_mut() {
            let same_channel = h.channel == channel;
            let deliver = if *hnd == from {
                txack
            } else {
                !same_channel || echo
            };
            if deliver && h.bus_on {
                let mut f = f.clone();
                if *hnd == from {
                    f.flag |= MSG_TXACK;
                }
                push(h, f, self.rx_queue);
            }
        }
    }

    /// A frame from another node on the bus: every bus-on handle of every channel receives it.
    pub(super) fn deliver(&mut self, f: &RxFrame) {
        for h in self.handles.values_mut() {
            if h.bus_on {
                push(h, f.clone(), self.rx_queue);
            }
        }
    }

    fn ioctl(&mut self, p: &Params) -> Reply {
        let func = p.uint("func")?;
        let buf = p.req.param("buf");
        let flag = || {
            buf.and_then(|b| b.trim().parse::<u64>().ok())
                .ok_or(ERR_PARAM)
        };
        let h = self.handle(p)?;
        match func {
            IOCTL_PREFER_EXT
            | IOCTL_PREFER_STD
            | IOCTL_CLEAR_ERROR_COUNTERS
            | IOCTL_GET_RX_BUFFER_LEVEL
            | IOCTL_GET_TX_BUFFER_LEVEL
            | IOCTL_GET_TIMER_SCALE
            | IOCTL_SET_BUSON_TIME_AUTO_RESET
            | IOCTL_SET_ERROR_FRAMES_REPORTING => {}
            IOCTL_SET_TIMER_SCALE => {
                let us = flag()?;
                if us == 0 {
                    return Err(ERR_PARAM);
                }
                h.timer_scale_us = us;
            }
            IOCTL_SET_TXACK => h.txack = flag()? != 0,
            IOCTL_FLUSH_RX_BUFFER => h.rx.clear(),
            IOCTL_FLUSH_TX_BUFFER => h.tx_pending.clear(),
            IOCTL_SET_TXRQ => {
                flag()?;
            }
            IOCTL_SET_LOCAL_TXECHO => h.local_txecho = flag()? != 0,
            IOCTL_RESET_OVERRUN_COUNT => h.overrun_pending = false,
            _ => return Err(ERR_PARAM),
        }
        ok()
    }

    fn add_filter(&mut self, p: &Params) -> Reply {
        let ty = p.uint("type")?;
        let id = p.uint("id")?;
        let flags = p.uint("flags")?;
        let extended = match flags {
            MSG_STD => false,
            MSG_EXT => true,
            _ => return Err(ERR_PARAM),
        };
        let min = p.opt_uint("idMin")?;
        let limit = if extended {
            u64::from(MAX_EXT_ID)
        } else {
            u64::from(MAX_STD_ID)
        };
        let kind = match ty {
            FILTER_PASS => FilterKind::Pass,
            FILTER_STOP => FilterKind::Stop,
            FILTER_COUNTING_PASS => {
                // Counting filters only work on single ids (spec 4.11).
                if min.is_some_and(|m| m != id) {
                    return Err(ERR_PARAM);
                }
                let (threshold, max) = (p.uint("counterThreshold")?, p.uint("counterMax")?);
                if max == 0 || threshold > max {
                    return Err(ERR_PARAM);
                }
                FilterKind::Counting { threshold, max }
            }
            _ => return Err(ERR_PARAM),
        };
        let min = min.unwrap_or(id);
        if id > limit || min > id {
            return Err(ERR_PARAM);
        }
        let h = self.handle(p)?;
        h.filters.push(Filter {
            kind,
            min: min as u32,
            max: id as u32,
            extended,
            counter: 0,
        });
        ok()
    }
}

/// Queue a received frame on a handle, through its filters.
fn push(h: &mut Handle, mut f: RxFrame, capacity: usize) {
    if f.at < h.epoch {
        return; // on the bus before this handle went on bus
    }
    if !accept(&mut h.filters, &f) {
        return;
    }
    if h.rx.len() >= capacity {
        h.overrun_pending = true;
        return;
    }
    if h.overrun_pending {
        f.flag |= MSGERR_SW_OVERRUN;
        h.overrun_pending = false;
    }
    if !h.large_dlc {
        f.dlc = f.dlc.min(8); // reported as 8 without canOPEN_ACCEPT_LARGE_DLC
    }
    h.rx.push_back(f);
}

/// Stop filters reject; when pass or counting filters exist, a frame must pass one of them.
fn accept(filters: &mut [Filter], f: &RxFrame) -> bool {
    if filters.is_empty() || f.flag & MSG_ERROR_FRAME != 0 {
        return true;
    }
    let extended = f.flag & MSG_EXT != 0;
    let matches = |flt: &Filter| flt.extended == extended && (flt.min..=flt.max).contains(&f.id);
    if filters
        .iter()
        .any(|flt| matches!(flt.kind, FilterKind::Stop) && matches(flt))
    {
        return false;
    }
    let mut has_pass = false;
    let mut passed = false;
    for flt in filters.iter_mut() {
        match flt.kind {
            FilterKind::Stop => {}
            FilterKind::Pass => {
                has_pass = true;
                passed |= matches(flt);
            }
            FilterKind::Counting { threshold, max } => {
                has_pass = true;
                if matches(flt) {
                    // counter runs 0..max-1; the filter is open while counter < threshold
                    passed |= flt.counter < threshold;
                    flt.counter = (flt.counter + 1) % max;
                }
            }
        }
    }
    !has_pass || passed
}

fn ticks(h: &Handle, now: Instant) -> u32 {
    ticks_at(h.epoch, h.timer_scale_us, now)
}

/// Timer ticks since bus on, unsigned 32-bit (it wraps, as the device's does).
fn ticks_at(epoch: Instant, scale_us: u64, at: Instant) -> u32 {
    (at.saturating_duration_since(epoch).as_micros() as u64 / scale_us.max(1)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rx(id: u32, ext: bool) -> RxFrame {
        RxFrame {
            id,
            flag: if ext { MSG_EXT } else { MSG_STD },
            dlc: 0,
            data: vec![],
            at: Instant::now(),
        }
    }

    fn filter(kind: FilterKind, min: u32, max: u32, extended: bool) -> Filter {
        Filter {
            kind,
            min,
            max,
            extended,
            counter: 0,
        }
    }

    #[test]
    fn pass_and_stop_filters() {
        let mut f = vec![
            filter(FilterKind::Pass, 10, 20, false),
            filter(FilterKind::Stop, 15, 16, false),
        ];
        assert!(accept(&mut f, &rx(10, false)));
        assert!(!accept(&mut f, &rx(15, false)));
        assert!(!accept(&mut f, &rx(21, false)));
        assert!(
            !accept(&mut f, &rx(12, true)),
            "a standard filter does not pass extended ids"
        );
        let mut stop_only = vec![filter(FilterKind::Stop, 1, 1, false)];
        assert!(accept(&mut stop_only, &rx(2, false)));
        assert!(!accept(&mut stop_only, &rx(1, false)));
    }

    #[test]
    fn counting_filter_passes_threshold_of_max() {
        let mut f = vec![filter(
            FilterKind::Counting {
                threshold: 1,
                max: 100,
            },
            1,
            1,
            false,
        )];
        let passed = (0..1000).filter(|_| accept(&mut f, &rx(1, false))).count();
        assert_eq!(passed, 10);
    }
}
