//! The global boundary walk of the keeper-free schedule (design:
//! `interface::state::schedule`) and a position write's part in it, which
//! every settling instruction runs (`write.rs`). Host tests: hand-computed accumulators for the
//! walk, and a property test holding the walk, `reschedule` and `earned_since`
//! together to an exact model with no ring and no history (the total weight
//! summed from every position's curve at each boundary) over hundreds of
//! boundaries with lock ends and booster lapses between writes.
//!
//! Between two settlements the total weight may only change at 00:00 UTC
//! boundaries (scheduled drops), so the release up to `now` is cut at every
//! boundary crossed: released and distributed at the weight in force before
//! it, the accumulator recorded in the history (positions that step at that
//! boundary are settled with it later), and only then the day's drops applied.

use super::rewards::{ok, settle_global};
use crate::interface::error::StakingError;
use crate::interface::state::Config;
use crate::interface::state::schedule::{AccEntry, RING_DAYS, Schedule};
use crate::math::{self, CurveNow, DAY_SECS, PositionCurve};
use keel_sdk::ProgramError;

/// The schedule account viewed in place: its fixed part and its history
/// (`accounts::schedule_parts`).
pub struct ScheduleMut<'a> {
    pub schedule: &'a mut Schedule,
    pub history: &'a mut [AccEntry],
}

/// The day (u32 days since the epoch) containing `ts`; `ts` < 0 counts as 0
/// (no division of signed values on SBF). `None` past u32 days.
#[inline(always)]
pub fn day_of(ts: i64) -> Option<u32> {
    u32::try_from(ts.max(0) as u64 / DAY_SECS as u64).ok()
}

/// Settles the config up to `now` across the day boundaries after the last
/// recorded one, at most `MAX_DAYS` of them. Returns whether it reached `now`:
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
///
/// The schedule comes as one `ScheduleMut` and `MAX_DAYS` as a const
/// parameter: SBF passes five argument registers, the result's address takes
/// one and a slice two.
pub fn settle_global_scheduled<const MAX_DAYS: u32>(
    config: &mut Config,
    parts: &mut ScheduleMut<'_>,
    now: i64,
) -> Result<bool, ProgramError> {
    let ScheduleMut { schedule, history } = parts;
    let now_day = ok(day_of(now))?;
    let mut day = schedule.last_day();
    let mut crossed = 0u32;
    while day < now_day {
        if crossed == MAX_DAYS {
            return Ok(false);
        }
        day += 1;
        crossed += 1;
        settle_global(config, day as i64 * DAY_SECS)?;
        schedule
            .push_acc(history, config.acc_reward_per_weight())
            .ok_or(ProgramError::from(StakingError::ScheduleFull))?;
        config.set_synced_day(day);
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

/// The ring slot of the step at `at` (on a boundary, at or after 1970; `last`
/// = `schedule.last_day()`) moved by `out` taken away and `into` added
/// (checked, in that order). The step must not be crossed yet
/// (`SyncRequired`: the walk did not reach the write's time) and must fit the
/// ring (`MathOverflow`: the lock bounds keep every step within `RING_DAYS`
/// days; a day past u32 too, as `day_of` has it).
#[inline(always)]
fn move_drop(schedule: &mut Schedule, last: u32, at: i64, out: (u64, u64), into: (u64, u64)) -> Result<(), ProgramError> {
    let day = at.max(0) as u64 / DAY_SECS as u64;
    if day <= last as u64 {
        return Err(StakingError::SyncRequired.into());
    }
    if day - last as u64 > RING_DAYS as u64 {
        return Err(StakingError::MathOverflow.into());
    }
    ok(schedule.move_drop(day as u32, out, into))
}

/// A position write's ring update: the drops `old` (the curve the position
/// was written with, at now) still schedules after now out of the ring,
/// `new`'s in (`None`: no curve, for a new or a closed position). Each side's
/// drops are recomputed exactly from its curve (`PositionCurve::at_now`), so
/// what a write takes out is what an earlier write put in, minus the drops
/// the walk has applied already (those at or before now). The two lists are
/// merged by day: a day both sides drop on is one slot update of the
/// difference, none when the two drops are equal (often: a claim moves only
/// the participation end). Run the walk to now first.
#[inline(never)]
pub fn reschedule(schedule: &mut Schedule, old: Option<&CurveNow>, new: Option<&CurveNow>) -> Result<(), ProgramError> {
    let last = schedule.last_day();
    // A side with no curve has no steps.
    let (old_n, new_n) = (old.map_or(0, |c| c.steps()), new.map_or(0, |c| c.steps()));
    // The usual case, a step or none on each side.
    if old_n <= 1 && new_n <= 1 {
        let (a, out) = match old {
            Some(c) if old_n == 1 => c.step(0),
            _ => (i64::MIN, (0, 0)),
        };
        let (b, into) = match new {
            Some(c) if new_n == 1 => c.step(0),
            _ => (i64::MAX, (0, 0)),
        };
        if a == b {
            if out != into {
                move_drop(schedule, last, a, out, into)?;
            }
            return Ok(());
        }
        if old_n == 1 && out != (0, 0) {
            move_drop(schedule, last, a, out, (0, 0))?;
        }
        if new_n == 1 {
            move_drop(schedule, last, b, (0, 0), into)?;
        }
        return Ok(());
    }
    // Bit j: new step j went with an old step of the same day.
    let mut merged = 0u32;
    // Unrolled over the (at most three) steps of each side.
    let mut i = 0;
    while i < 3 {
        if let (Some(old), true) = (old, i < old_n) {
            let (day, out) = old.step(i);
            let mut into = (0, 0);
            let mut j = 0;
            while j < 3 {
                if let (Some(new), true) = (new, j < new_n) {
                    let (new_day, drop) = new.step(j);
                    if new_day == day {
                        into = drop;
                        merged |= 1 << j;
                    }
                }
                j += 1;
            }
            if out != into {
                move_drop(schedule, last, day, out, into)?;
            }
        }
        i += 1;
    }
    let mut j = 0;
    while j < 3 {
        if let (Some(new), true) = (new, j < new_n && merged & (1 << j) == 0) {
            let (day, into) = new.step(j);
            move_drop(schedule, last, day, (0, 0), into)?;
        }
        j += 1;
    }
    Ok(())
}

/// What a position with `curve`, settled at `settled_at` with accumulator
/// `debt`, has earned by `now` (accumulator `acc_now`), each piece between its
/// steps at its weight then, with the accumulator at each step from the
/// history (`math::earned_over_segments`). A step the walk has not recorded
/// means the walk did not reach `now`: `SyncRequired`. (Inlined: its
/// arguments need more than SBF's five registers.)
#[inline(always)]
pub fn earned_since(
    schedule: &Schedule,
    history: &[AccEntry],
    curve: &PositionCurve,
    settled: (i64, u128),
    now: i64,
    acc_now: u128,
) -> Result<u64, ProgramError> {
    let mut missing = false;
    let earned = math::earned_over_segments(curve, settled, now, acc_now, |at| {
        let acc = day_of(at).and_then(|day| schedule.acc_at(history, day));
        missing |= acc.is_none();
        acc
    });
    match earned {
        Some(earned) => Ok(earned),
        None if missing => Err(StakingError::SyncRequired.into()),
        None => Err(StakingError::MathOverflow.into()),
    }
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
            let parts = &mut ScheduleMut { schedule, history };
            match max_days {
                0 => settle_global_scheduled::<0>(config, parts, now),
                2 => settle_global_scheduled::<2>(config, parts, now),
                8 => settle_global_scheduled::<8>(config, parts, now),
                _ => unreachable!("the days the tests use"),
            }
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

    // ---------------------------------------------------------------- property

    /// xorshift64: a fixed seed keeps the property test reproducible.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }
    }

    /// A position as the program keeps it: the curve of its last write, when it
    /// was settled, its debt then and its unclaimed rewards.
    #[derive(Clone, Copy)]
    struct Held {
        curve: PositionCurve,
        settled: (i64, u128),
        unclaimed: u64,
    }

    /// The same position in the model: its current piece (start, accumulator
    /// then) and what it earned before it. No ring, no history: the model walks
    /// every boundary with the total weight summed from the curves.
    #[derive(Clone, Copy)]
    struct Exact {
        curve: PositionCurve,
        piece: (i64, u128),
        earned: u64,
    }

    fn random_curve(rng: &mut Rng, now: i64) -> PositionCurve {
        const MULTIPLIERS: [u16; 5] = [10_000, 12_000, 15_000, 20_000, 30_000];
        let tier = rng.below(5) as usize;
        // Short locks and boosters, so that many end between writes.
        let lock_end = if tier == 0 { now } else { math::day_ceil(now + 1 + rng.below(12 * D as u64) as i64).unwrap() };
        let until = |rng: &mut Rng| math::day_ceil(now + rng.below(8 * D as u64) as i64).unwrap();
        PositionCurve {
            amount: 1 + rng.below(1_000_000_000_000),
            has_lock: tier != 0,
            multiplier_bps: MULTIPLIERS[tier],
            fall_multiplier_bps: if tier == 0 { MULTIPLIERS[0] } else { 10_000 + rng.below(2) as u16 * 1_000 },
            lock_end,
            long_lock_bps: if tier != 0 && rng.below(2) == 0 { 2_000 } else { 0 },
            voter_bps: 1_500 * rng.below(2) as u16,
            voter_until: until(rng),
            participation_bps: 1_000,
            participation_until: until(rng),
        }
    }

    #[test]
    fn totals_and_every_positions_rewards_equal_an_exact_model_with_no_crank() {
        const POSITIONS: usize = 6;
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut program = World::new(1_400);
        // The model's config: the same release math, its weight set from the curves.
        let mut model = World::new(1);
        for w in [&mut program, &mut model] {
            let (config, _, _) = w.parts();
            config.set_total_reward_weight(0);
            config.set_total_voting_power(0);
            config.set_stream_remaining(3_000_000_000_000_000);
            config.set_stream_end(T0 + 200 * D);
        }
        let mut held: [Option<Held>; POSITIONS] = [None; POSITIONS];
        let mut exact: [Option<Exact>; POSITIONS] = [None; POSITIONS];
        let (mut now, mut crossed, mut steps_passed, mut writes) = (T0, 0u32, 0usize, 0usize);

        for _ in 0..500 {
            // Time moves by up to 3 days; now and then it lands on a boundary.
            now += rng.below(3 * D as u64) as i64;
            if rng.below(8) == 0 {
                now = math::day_ceil(now).unwrap();
            }

            // The model: every boundary, then now.
            {
                let (m, _, _) = model.parts();
                let mut boundary = math::day_ceil(m.stream_last_update() + 1).unwrap();
                let weight_at = |t: i64, exact: &[Option<Exact>]| -> (u64, u64) {
                    exact.iter().flatten().fold((0, 0), |(w, p), e| {
                        (w + e.curve.reward_weight_at(t).unwrap(), p + e.curve.voting_power_at(t).unwrap())
                    })
                };
                while boundary <= now {
                    m.set_total_reward_weight(weight_at(boundary - 1, &exact).0);
                    settle_global(m, boundary).unwrap();
                    let acc = m.acc_reward_per_weight();
                    for e in exact.iter_mut().flatten() {
                        let (steps, n) = e.curve.steps_after(e.piece.0);
                        if steps[..n].contains(&boundary) {
                            let w = e.curve.reward_weight_at(e.piece.0).unwrap();
                            e.earned += math::accrued(w, acc, e.piece.1).unwrap();
                            e.piece = (boundary, acc);
                            steps_passed += 1;
                        }
                    }
                    boundary += D;
                    crossed += 1;
                }
                let (w, p) = weight_at(now, &exact);
                m.set_total_reward_weight(w);
                m.set_total_voting_power(p);
                settle_global(m, now).unwrap();
            }

            // The program: bounded walks until it reaches now (what `sync` does).
            while !program.settle(now, MAX_SYNC_TEST).unwrap() {}

            // Now and then a write: open, change or close one position.
            let i = rng.below(POSITIONS as u64) as usize;
            let kind = rng.below(4);
            if kind != 0 {
                let new = if held[i].is_some() && kind == 3 { None } else { Some(random_curve(&mut rng, now)) };
                let (config, schedule, history) = program.parts();
                let acc = config.acc_reward_per_weight();
                let old = held[i];
                let unclaimed = match old {
                    Some(h) => h.unclaimed + earned_since(schedule, history, &h.curve, h.settled, now, acc).unwrap(),
                    None => 0,
                };
                let side = |c: &PositionCurve| {
                    let mut side = core::mem::MaybeUninit::uninit();
                    assert!(c.at_now(now, &mut side));
                    // SAFETY: `at_now` succeeded.
                    unsafe { side.assume_init() }
                };
                let (old_side, new_side) = (old.as_ref().map(|h| side(&h.curve)), new.as_ref().map(side));
                reschedule(schedule, old_side.as_ref(), new_side.as_ref()).unwrap();
                let at = |c: Option<&PositionCurve>| {
                    c.map_or((0, 0), |c| (c.reward_weight_at(now).unwrap(), c.voting_power_at(now).unwrap()))
                };
                let (old_w, old_p) = at(old.as_ref().map(|h| &h.curve));
                let (new_w, new_p) = at(new.as_ref());
                config.set_total_reward_weight(config.total_reward_weight() - old_w + new_w);
                config.set_total_voting_power(config.total_voting_power() - old_p + new_p);
                held[i] = new.map(|curve| Held { curve, settled: (now, acc), unclaimed });

                let (m, _, _) = model.parts();
                let m_acc = m.acc_reward_per_weight();
                let earned = exact[i].map_or(0, |e| {
                    e.earned + math::accrued(e.curve.reward_weight_at(e.piece.0).unwrap(), m_acc, e.piece.1).unwrap()
                });
                exact[i] = new.map(|curve| Exact { curve, piece: (now, m_acc), earned });
                assert_eq!(earned, unclaimed, "rewards settled by the write");
                writes += 1;
            }

            // At every step: the totals are the sums of the curves now, the
            // accumulators agree, and every position's rewards to now do.
            let m_acc = model.parts().0.acc_reward_per_weight();
            let (m_w, m_p) = exact.iter().flatten().fold((0, 0), |(w, p), e| {
                (w + e.curve.reward_weight_at(now).unwrap(), p + e.curve.voting_power_at(now).unwrap())
            });
            let (config, schedule, history) = program.parts();
            assert_eq!(config.acc_reward_per_weight(), m_acc);
            assert_eq!((config.total_reward_weight(), config.total_voting_power()), (m_w, m_p));
            for (h, e) in held.iter().zip(exact.iter()) {
                match (h, e) {
                    (Some(h), Some(e)) => {
                        let ours = h.unclaimed + earned_since(schedule, history, &h.curve, h.settled, now, m_acc).unwrap();
                        let w = e.curve.reward_weight_at(e.piece.0).unwrap();
                        assert_eq!(ours, e.earned + math::accrued(w, m_acc, e.piece.1).unwrap());
                    }
                    (None, None) => {}
                    _ => panic!("program and model disagree on which positions exist"),
                }
            }
        }
        // Not idle: many boundaries crossed with steps between writes, many writes.
        assert!(crossed > 600 && steps_passed > 300 && writes > 300, "{crossed} {steps_passed} {writes}");
    }

    /// Days per bounded walk in the property test: small, so `sync` repeats.
    const MAX_SYNC_TEST: u32 = 2;
}
