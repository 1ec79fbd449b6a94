//! The global boundary walk of the keeper-free schedule (design:
//! `interface::state::schedule`). **Not yet called by an instruction**: the
//! instructions still settle with `rewards::settle_global` alone until they
//! take the schedule account; this is the settlement they move to, tested on
//! the host against hand-computed accumulators.
//!
//! Between two settlements the total weight may only change at 00:00 UTC
//! boundaries (scheduled drops), so the release up to `now` is cut at every
//! boundary crossed: released and distributed at the weight in force before
//! it, the accumulator recorded in the history (positions that step at that
//! boundary are settled with it later), and only then the day's drops applied.

use super::rewards::{ok, settle_global};
use crate::interface::error::StakingError;
use crate::interface::state::Config;
use crate::interface::state::schedule::{AccEntry, Schedule};
use crate::math::DAY_SECS;
use keel_sdk::ProgramError;

/// The day (u32 days since the epoch) containing `ts`; `ts` < 0 counts as 0
/// (no division of signed values on SBF). `None` past u32 days.
#[inline(always)]
pub fn day_of(ts: i64) -> Option<u32> {
    u32::try_from(ts.max(0) as u64 / DAY_SECS as u64).ok()
}

/// Settles the config up to `now` across the day boundaries after the last
/// recorded one, at most `max_days` of them. Returns whether it reached `now`:
/// `false` leaves `stream_last_update` on the last boundary crossed (the caller
/// fails with `SyncRequired`, or `sync` stops there by design).
///
/// For each boundary B, in order: `settle_global(B)` (release both channels up
/// to B, distribute at the current weight), record `acc_reward_per_weight` as
/// B's history entry, subtract B's ring slot from the totals and clear it.
/// Then `settle_global(now)`, exactly today's settlement when no boundary is
/// crossed. Fails with `ScheduleFull` when the history has no room for B.
///
/// Expects `schedule.last_day() == day_of(config.stream_last_update())` (the
/// schedule is created with the config and only this walk moves either across
/// a boundary), so every B is after `stream_last_update`.
pub fn settle_global_scheduled(
    config: &mut Config,
    schedule: &mut Schedule,
    history: &mut [AccEntry],
    now: i64,
    max_days: u32,
) -> Result<bool, ProgramError> {
    let now_day = ok(day_of(now))?;
    let mut day = schedule.last_day();
    let mut crossed = 0u32;
    while day < now_day {
        if crossed == max_days {
            return Ok(false);
        }
        day += 1;
        crossed += 1;
        settle_global(config, day as i64 * DAY_SECS)?;
        schedule
            .push_acc(history, config.acc_reward_per_weight())
            .ok_or(ProgramError::from(StakingError::ScheduleFull))?;
        let slot = schedule.slot_mut(day);
        let (weight_drop, power_drop) = (slot.reward_weight_drop(), slot.voting_power_drop());
        if weight_drop | power_drop != 0 {
            // A drop larger than the total would mean the ring and the positions
            // disagree: refuse rather than wrap.
            config.set_total_reward_weight(ok(config.total_reward_weight().checked_sub(weight_drop))?);
            config.set_total_voting_power(ok(config.total_voting_power().checked_sub(power_drop))?);
            slot.set_reward_weight_drop(0);
            slot.set_voting_power_drop(0);
        }
    }
    settle_global(config, now)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interface::state::AccountKind;
    use crate::interface::state::schedule::{HISTORY_OFFSET, ScheduleHeader};
    use crate::math::ACC_SCALE;
    use keel_sdk::layout::Layout;
    use std::vec;
    use std::vec::Vec;

    const D: i64 = DAY_SECS;
    const S: u128 = ACC_SCALE as u128;
    /// The config's creation day in these tests.
    const FIRST: u32 = 20_000;
    const T0: i64 = FIRST as i64 * D + D / 2; // noon of the first day

    struct World {
        config: Vec<u64>,
        schedule: Vec<u64>,
        cap: u32,
    }

    fn as_bytes(words: &mut [u64], len: usize) -> &mut [u8] {
        // SAFETY: `words` holds at least `len` bytes; u8 has no alignment needs.
        unsafe { core::slice::from_raw_parts_mut(words.as_mut_ptr() as *mut u8, len) }
    }

    impl World {
        /// Weight 1,000 (power 800), a stream of 1,000 tokens over 10 days from T0.
        fn new(cap: u32) -> Self {
            let mut w = World {
                config: vec![0; Config::LEN / 8],
                schedule: vec![0; Schedule::account_len(cap).div_ceil(8)],
                cap,
            };
            let config = Config::load_uninit_mut(as_bytes(&mut w.config, Config::LEN)).unwrap();
            config.discriminator = AccountKind::Config as u8;
            config.set_total_reward_weight(1_000);
            config.set_total_voting_power(800);
            config.set_stream_remaining(1_000);
            config.set_stream_end(T0 + 10 * D);
            config.set_stream_last_update(T0);
            let data = as_bytes(&mut w.schedule, Schedule::account_len(cap));
            let header = ScheduleHeader::load_uninit_mut(&mut data[..ScheduleHeader::LEN]).unwrap();
            header.discriminator = AccountKind::Schedule as u8;
            header.set_first_day(FIRST);
            header.set_history_cap(cap);
            w
        }

        fn parts(&mut self) -> (&mut Config, &mut Schedule, &mut [AccEntry]) {
            let config = Config::load_mut(as_bytes(&mut self.config, Config::LEN)).unwrap();
            let (schedule, history) = Schedule::load_mut(as_bytes(&mut self.schedule, Schedule::account_len(self.cap))).unwrap();
            (config, schedule, history)
        }

        fn settle(&mut self, now: i64, max_days: u32) -> Result<bool, ProgramError> {
            let (config, schedule, history) = self.parts();
            settle_global_scheduled(config, schedule, history, now, max_days)
        }
    }

    #[test]
    fn each_boundary_records_the_accumulator_before_its_drops() {
        let mut w = World::new(8);
        {
            let (_, schedule, _) = w.parts();
            // At day FIRST + 2, a lock ends: weight 1,000 → 400, power 800 → 300.
            schedule.add_drop(FIRST + 2, 600, 500).unwrap();
        }
        // Noon of day FIRST + 3: the stream pays 100 a day.
        assert_eq!(w.settle(T0 + 3 * D, 8), Ok(true));
        let (config, schedule, history) = w.parts();
        // Half a day (50) at 1,000, a day (100) at 1,000, then the drop, a day
        // and a half (150) at 400.
        let b1 = 50 * S / 1_000;
        let b2 = b1 + 100 * S / 1_000;
        assert_eq!(schedule.acc_at(history, FIRST + 1), Some(b1));
        assert_eq!(schedule.acc_at(history, FIRST + 2), Some(b2));
        assert_eq!(schedule.acc_at(history, FIRST + 3), Some(b2 + 100 * S / 400));
        assert_eq!(config.acc_reward_per_weight(), b2 + 150 * S / 400);
        assert_eq!((config.total_reward_weight(), config.total_voting_power()), (400, 300));
        assert_eq!(schedule.slot(FIRST + 2).reward_weight_drop(), 0, "a crossed slot is cleared for its next turn");
        assert_eq!(schedule.last_day(), FIRST + 3);
        assert_eq!(config.stream_last_update(), T0 + 3 * D);
        assert_eq!(config.stream_remaining(), 700);
    }

    #[test]
    fn a_bounded_walk_stops_on_a_boundary_and_resumes_to_the_same_state() {
        let mut once = World::new(8);
        let mut steps = World::new(8);
        for w in [&mut once, &mut steps] {
            let (_, schedule, _) = w.parts();
            schedule.add_drop(FIRST + 1, 300, 200).unwrap();
            schedule.add_drop(FIRST + 4, 100, 0).unwrap();
        }
        let now = T0 + 5 * D + 7;
        assert_eq!(once.settle(now, 8), Ok(true));
        assert_eq!(steps.settle(now, 2), Ok(false));
        {
            let (config, schedule, _) = steps.parts();
            assert_eq!(config.stream_last_update(), (FIRST as i64 + 2) * D);
            assert_eq!(schedule.last_day(), FIRST + 2);
            assert_eq!(config.total_reward_weight(), 700);
        }
        assert_eq!(steps.settle(now, 2), Ok(false));
        assert_eq!(steps.settle(now, 2), Ok(true));
        let (a, sa, ha) = once.parts();
        let (acc, weight, power, remaining) =
            (a.acc_reward_per_weight(), a.total_reward_weight(), a.total_voting_power(), a.stream_remaining());
        let recorded: Vec<_> = (FIRST + 1..=FIRST + 5).map(|d| sa.acc_at(ha, d)).collect();
        let (b, sb, hb) = steps.parts();
        assert_eq!((b.acc_reward_per_weight(), b.total_reward_weight(), b.total_voting_power()), (acc, weight, power));
        assert_eq!((weight, power, b.stream_remaining()), (600, 600, remaining));
        let resumed: Vec<_> = (FIRST + 1..=FIRST + 5).map(|d| sb.acc_at(hb, d)).collect();
        assert_eq!(resumed, recorded);
    }

    #[test]
    fn no_boundary_crossed_is_todays_settlement() {
        let mut w = World::new(1);
        let mut plain = World::new(1);
        let now = T0 + D / 4;
        assert_eq!(w.settle(now, 0), Ok(true));
        let (p, _, _) = plain.parts();
        settle_global(p, now).unwrap();
        let (acc, remaining) = (p.acc_reward_per_weight(), p.stream_remaining());
        let (config, schedule, _) = w.parts();
        assert_eq!((config.acc_reward_per_weight(), config.stream_remaining()), (acc, remaining));
        assert_eq!(schedule.last_day(), FIRST);
    }

    #[test]
    fn refusals() {
        // The history is full after one day: the second boundary needs room.
        let mut w = World::new(1);
        assert_eq!(w.settle(T0 + 2 * D, 8), Err(StakingError::ScheduleFull.into()));
        // A drop larger than the total is refused, not wrapped.
        let mut w = World::new(2);
        w.parts().1.add_drop(FIRST + 1, 1_001, 0).unwrap();
        assert_eq!(w.settle(T0 + D, 8), Err(StakingError::MathOverflow.into()));
        assert_eq!(HISTORY_OFFSET % 8, 0);
        assert_eq!(day_of(-1), Some(0));
        assert_eq!(day_of(i64::MAX), None);
    }
}
