//! kvFlashLeds: twelve LEDs, all on, all off, or one at a time.

use super::canlib::*;
use super::{Device, Params, Reply, ok};

impl Device {
    pub(super) fn flash_leds(&mut self, p: &Params) -> Reply {
        let action = p.uint("action")?;
        let _timeout = p.opt_uint("timeout")?;
        match action {
            LED_ACTION_ALL_LEDS_ON => self.leds = [true; 12],
            LED_ACTION_ALL_LEDS_OFF => self.leds = [false; 12],
            a @ LED_ACTION_LED_0_ON..=LED_ACTION_LED_11_OFF => {
                self.leds[((a - LED_ACTION_LED_0_ON) / 2) as usize] = a % 2 == 0
            }
            _ => return Err(ERR_PARAM),
        }
        ok()
    }
}
