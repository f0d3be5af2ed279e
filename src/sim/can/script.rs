//! t-script slots: kvScriptStatus, load (uploaded or from flash), start, stop, unload, key events, and the
//! printf text of running scripts for subscribed handles (kvScriptRequestText, kvScriptGetText).

use serde_json::json;

use super::canlib::*;
use super::{Device, Params, Reply, Upload, fields, ok};

#[derive(Default, Clone, Copy, PartialEq, Eq)]
pub(super) enum SlotState {
    #[default]
    Empty,
    Loaded,
    Running,
}

#[derive(Default)]
pub(super) struct Slot {
    pub(super) state: SlotState,
    pub(super) ticks: u64,
}

impl Device {
    /// kvScript* except the envvar functions.
    pub(super) fn script_function(&mut self, function: &str, p: &Params, upload: &Upload) -> Reply {
        match function {
            "kvScriptStatus" => {
                self.handle(p)?;
                let slot = self.slot(p, "slotNo")?;
                let status = match slot.state {
                    SlotState::Empty => 0,
                    SlotState::Loaded => SCRIPT_STATUS_LOADED,
                    SlotState::Running => SCRIPT_STATUS_LOADED | SCRIPT_STATUS_RUNNING,
                };
                fields(&[(self.script_status_field, json!(status))])
            }
            "kvScriptLoadFile" => {
                self.handle(p)?;
                if !upload.octet_stream {
                    return Err(ERR_PARAM);
                }
                let body = upload.body.clone();
                self.load_script(p, &body)
            }
            "kvScriptLoadFileOnDevice" => {
                self.handle(p)?;
                let name = super::file::device_name(p, "localFile")?.to_owned();
                let body = self.files.get(&name).cloned().ok_or(ERR_DEVICE_FILE)?;
                self.load_script(p, &body)
            }
            "kvScriptStart" => {
                self.handle(p)?;
                let n = p.uint("slotNo")? as u32;
                let slot = self.slot(p, "slotNo")?;
                if slot.state != SlotState::Loaded {
                    return Err(ERR_SCRIPT_FAIL);
                }
                slot.state = SlotState::Running;
                slot.ticks = 0;
                self.script_text(n, &format!("slot {n}: started\n"));
                ok()
            }
            "kvScriptStop" => {
                self.handle(p)?;
                let mode = p.int("mode")?;
                if mode != SCRIPT_STOP_NORMAL && mode != SCRIPT_STOP_FORCED {
                    return Err(ERR_PARAM);
                }
                let n = p.uint("slotNo")? as u32;
                let slot = self.slot(p, "slotNo")?;
                if slot.state != SlotState::Running {
                    return Err(ERR_SCRIPT_FAIL);
                }
                slot.state = SlotState::Loaded;
                let how = if mode == SCRIPT_STOP_FORCED {
                    "forced"
                } else {
                    "normal"
                };
                self.script_text(n, &format!("slot {n}: stopped ({how})\n"));
                ok()
            }
            "kvScriptUnload" => {
                self.handle(p)?;
                let slot = self.slot(p, "slotNo")?;
                match slot.state {
                    SlotState::Running => Err(ERR_SCRIPT_FAIL), // stop it first
                    _ => {
                        *slot = Slot::default();
                        ok()
                    }
                }
            }
            "kvScriptSendEvent" => {
                self.handle(p)?;
                let n = p.uint("slotNo")? as u32;
                let (ty, no) = (p.uint("eventType")?, p.uint("eventNo")?);
                if self.slot(p, "slotNo")?.state != SlotState::Running {
                    return Err(ERR_SCRIPT_FAIL);
                }
                if ty != EVENT_TYPE_KEY {
                    return Err(ERR_NOT_IMPLEMENTED); // only kvEVENT_TYPE_KEY is implemented
                }
                let key = char::from_u32(no as u32)
                    .filter(|c| !c.is_control())
                    .map(|c| format!(" '{c}'"))
                    .unwrap_or_default();
                self.script_text(n, &format!("slot {n}: key event {no}{key}\n"));
                ok()
            }
            "kvScriptRequestText" => {
                let slot = p.uint("slot")?;
                let request = p.uint("request")?;
                let slots = self.slots.len() as u64;
                let h = self.handle(p)?;
                if slot >= slots && slot != SCRIPT_REQUEST_TEXT_ALL_SLOTS {
                    return Err(ERR_PARAM);
                }
                let targets: Vec<u32> = if slot == SCRIPT_REQUEST_TEXT_ALL_SLOTS {
                    (0..slots as u32).collect()
                } else {
                    vec![slot as u32]
                };
                match request {
                    SCRIPT_REQUEST_TEXT_SUBSCRIBE => h.text_slots.extend(targets),
                    SCRIPT_REQUEST_TEXT_UNSUBSCRIBE => targets.iter().for_each(|s| {
                        h.text_slots.remove(s);
                    }),
                    _ => return Err(ERR_PARAM),
                }
                ok()
            }
            "kvScriptGetText" => {
                let h = self.handle(p)?;
                if h.text.is_empty() {
                    return Err(ERR_NOMSG);
                }
                let text = std::mem::take(&mut h.text);
                fields(&[("buf", json!(text))])
            }
            _ => Err(ERR_NO_SUCH_FUNCTION),
        }
    }

    fn slot(&mut self, p: &Params, key: &str) -> Result<&mut Slot, i64> {
        let n = p.uint(key)? as usize;
        self.slots.get_mut(n).ok_or(ERR_PARAM)
    }

    fn load_script(&mut self, p: &Params, body: &[u8]) -> Reply {
        let slot = self.slot(p, "slotNo")?;
        if slot.state == SlotState::Running {
            return Err(ERR_SCRIPT_FAIL);
        }
        if body.is_empty() {
            return Err(ERR_SCRIPT_TXE_CONTAINER_FORMAT);
        }
        *slot = Slot {
            state: SlotState::Loaded,
            ticks: 0,
        };
        ok()
    }

    /// A script's printf: queued for every handle subscribed to its slot.
    pub(super) fn script_text(&mut self, slot: u32, text: &str) {
        for h in self.handles.values_mut() {
            if h.text_slots.contains(&slot) && h.text.len() < 64 << 10 {
                h.text.push_str(text);
            }
        }
    }
}
