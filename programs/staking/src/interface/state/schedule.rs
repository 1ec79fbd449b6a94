//! Schedule: exact voting power and reward weight without a keeper (issue 7,
//! item 3). `initialize` creates the account, the permissionless
//! `extend_schedule` grows it, every settling instruction walks it
//! (`instructions::shared::schedule::settle_global_scheduled`, through
//! `instructions::shared::write`) and `sync` walks it further. A write's ring
//! update and a position's settlement over its steps: `reschedule`,
//! `earned_since`; the pure parts: `crate::math::{day_ceil, PositionCurve,
//! CurveNow, earned_over_segments}` (`PositionCurve::at_now` is held to the
//! plain reference `points` / `scheduled_drops` in host tests). The TypeScript mirror
//! and its exact global model: `lib/programs/staking/{schedule,
//! schedule-account, position-rewards}.ts`; the program is held to the model at
//! every step of `programs/staking/tests/property.test.ts`.
//!
//! ## The problem it solves
//!
//! An ended lock used to keep its old multiplier in the stored totals (the
//! quorum basis `total_voting_power`, and `total_reward_weight`) and keep
//! earning at its old reward weight until an instruction wrote the position
//! (`refresh`, the keeper): a stopped keeper meant wrong quorums and overpaid
//! ended locks.

//! ## The rule: every weight change falls on a day boundary
//!
//! Time is cut into UTC days (`day = unix_ts / 86_400`, boundary = 00:00 UTC).
//! A position's weight can only change at a boundary or when it is written:
//!
//! - **a lock ends at the first 00:00 UTC at or after start + tier duration**
//!   (`math::day_ceil`); tier 0 has no lock (its end is its start);
//! - the long-lock booster lapses with the lock (its end is a boundary);
//! - the voter booster runs until `day_ceil(vote time + voter_boost_secs)`;
//! - the participation booster runs until `day_ceil(last owner action +
//!   participation_window_secs)`;
//! - at the lock's end the multiplier falls to the no-lock tier's multiplier
//!   **as it was when the position was last written** (stored in the position),
//!   so a later `SetTiers` changes an ended lock at its next write, never its
//!   scheduled drop retroactively (the same holds for booster bps and windows,
//!   as today: "changed boosters apply at each position's next write").
//!
//! So between two writes a position's reward weight and voting power are a
//! step function with at most three steps down, all on boundaries
//! (`math::PositionCurve`): at most 3 scheduled drops per position.
//!
//! ## The account
//!
//! PDA `["schedule", config]`, discriminator 4 (`AccountKind::Schedule`,
//! appended). One per config, created by `initialize` (first 10,240 bytes: a
//! CPI may not create more) and grown to its full size by the permissionless
//! `extend_schedule` (up to 10,240 bytes per instruction, so `initialize` +
//! three `extend_schedule` fit one transaction; instructions that need the
//! ring refuse with `ScheduleTooSmall` until it is full).
//!
//! ```text
//! off   size  field
//!   0      1  discriminator = 4
//!   1      1  version = 1
//!   2      1  bump                 of ["schedule", config]
//!   3      5  reserved (zero)
//!   8     32  config
//!  40      4  first_day            u32 day of history[0] (the config's creation day)
//!  44      4  history_len          u32 boundaries recorded: history[i] is day first_day + i + 1
//!  48      4  history_cap          u32 entries the account has room for
//!  52      4  reserved (zero)
//!  56  23424  ring[RING_DAYS]      { reward_weight_drop u64, voting_power_drop u64 } for day d at
//!                                  index d mod RING_DAYS (zero once the boundary is crossed)
//! 23480 16×cap history[cap]        u128 acc_reward_per_weight at each crossed boundary (permanent)
//! ```
//!
//! `RING_DAYS` = 1,464 covers the furthest drop a write can schedule: a lock of
//! `MAX_LOCK_SECS` (4 × 365 days) rounded up to a boundary, 1,461 days ahead
//! (boosters reach at most 366). The history grows by 16 bytes per day (5.8 KB
//! a year); `extend_schedule` adds room (anyone pays the rent), and a
//! settlement that would cross a boundary with no room left fails with
//! `ScheduleFull` until someone extends it. Keeping every day's accumulator
//! forever is what lets a position untouched for years be settled exactly:
//! its drop days may be any days of its past.
//!
//! ## Global settlement (`rewards::settle_global(now)`)
//!
//! From `stream_last_update` to `now`, for each boundary B crossed in order:
//! 1. release the stream and the drip up to B (`math::stream_release`, as
//!    today) and distribute at the current `total_reward_weight`;
//! 2. record `history[B] = acc_reward_per_weight`;
//! 3. apply ring[B]: `total_reward_weight -= reward_weight_drop`,
//!    `total_voting_power -= voting_power_drop`, clear the slot;
//!
//! then release from the last boundary to `now`. `Config.synced_day` (u32,
//! appended at offset 536) = the day of the last boundary applied. At most
//! `MAX_SETTLE_DAYS` (8) boundaries per instruction; beyond that the
//! instruction fails with `SyncRequired` and the client prepends the
//! permissionless `sync` (walks up to `MAX_SYNC_DAYS`, 200, per call; an idle
//! day with nothing streaming costs ~150 CU, a day with releases ~700 CU).
//!
//! ## Position settlement and writes
//!
//! A position stores what defines its curve (appended in its reserved bytes:
//! `fall_multiplier_bps u16` at 78, the booster bps in force at its last write
//! `long_lock_bps u16` at 176 (0 when the lock is too short), `voter_bps u16`
//! at 178, `participation_bps u16` at 180, `participation_end i64` at 184, and
//! `settled_at i64` at 192; `lock_end` and `voter_boost_until` are stored on
//! boundaries already). Settling it at `now` walks its own drop days D₁ < D₂ <
//! D₃ in (settled_at, now] (`math::earned_over_segments`):
//!
//! ```text
//! earned = w₀ × (acc(D₁) − debt) + w₁ × (acc(D₂) − acc(D₁)) + … + wₖ × (acc_now − acc(Dₖ))
//! ```
//!
//! with `acc(D)` from the history and each product rounded down on its own
//! (`math::accrued`), which is what makes the vault invariant hold as today
//! (Σ credited ≤ Σ distributed). On every write the position's scheduled drops
//! after now are subtracted from the ring (recomputed exactly from the stored
//! curve) and the new curve's drops added; the totals change by the difference
//! between the old and the new current weight, as today.
//!
//! ## What follows
//!
//! - `Config.total_voting_power` and `total_reward_weight` are exact at every
//!   settled boundary with no crank; `refresh` only settles rewards into
//!   `unclaimed`, and the keeper keeps auto-compound only.
//! - Governance reads `total_voting_power` (offset 368) as the quorum basis at
//!   activation: it additionally requires `synced_day` (offset 536) to be the
//!   current day (`StakingNotSynced` otherwise), and the client prepends
//!   staking `sync` to `activate` in the same transaction.
//! - `Staker.voting_power` (per wallet) is not scheduled: it stays the sum of
//!   its positions' values at their last writes, informational only. Nothing
//!   reads it for a decision (governance counts a voter's positions with the
//!   rule in `position.rs`), so it leaves the invariants rather than costing a
//!   per-wallet ring.
//! - Compute: a write adds the schedule account, the walk (nothing when no
//!   boundary was crossed) and ≤ 3 ring updates out and in; measured figures:
//!   `bench/results/programs.json` (stake, claim, cast_vote within their goals).
//! - Layout version 2 of config and position: a deployment from before needs a
//!   fresh config (localnet: `npm run chain -- --reset`); there is no mainnet
//!   deployment to migrate.

/// Days the ring covers (see the module docs): ≥ 1,461 days ahead, a multiple of 8.
pub const RING_DAYS: usize = 1_464;
/// Bytes of one ring entry (`reward_weight_drop u64, voting_power_drop u64`).
pub const RING_ENTRY_LEN: usize = 16;
/// Offset of the ring.
pub const RING_OFFSET: usize = 56;
/// Offset of the history (after the ring).
pub const HISTORY_OFFSET: usize = RING_OFFSET + RING_DAYS * RING_ENTRY_LEN;
/// Most boundaries one instruction crosses before it asks for `sync`.
pub const MAX_SETTLE_DAYS: u32 = 8;
/// Most boundaries one `sync` crosses.
pub const MAX_SYNC_DAYS: u32 = 200;

/// Bytes of one history entry (`acc_reward_per_weight` u128).
pub const HISTORY_ENTRY_LEN: usize = 16;
/// Most bytes one instruction may add to an account (the runtime's
/// `MAX_PERMITTED_DATA_INCREASE`; also what a CPI may create at once).
pub const MAX_GROWTH: usize = 10_240;

const _: () = assert!(HISTORY_OFFSET == 23_480);
const _: () = assert!(RING_DAYS >= (super::config::bounds::MAX_LOCK_SECS / super::config::DAY) as usize + 1);

use super::AccountKind;
use keel_sdk::layout::Layout;
use keel_sdk::{aligned_offsets, le_fields};

/// The fixed head of the account: bytes 0..56 (see the table above).
#[repr(C, align(8))]
pub struct ScheduleHeader {
    pub discriminator: u8,
    pub version: u8,
    pub bump: u8,
    pub reserved0: [u8; 5],
    pub config: [u8; 32],
    first_day: [u8; 4],
    history_len: [u8; 4],
    history_cap: [u8; 4],
    pub reserved: [u8; 4],
}

impl ScheduleHeader {
    pub const LEN: usize = RING_OFFSET;

    le_fields! {
        first_day, set_first_day: u32;
        history_len, set_history_len: u32;
        history_cap, set_history_cap: u32;
    }
}

// SAFETY: `#[repr(C, align(8))]`, byte arrays and `u8`s only, so every bit
// pattern is valid; size and alignment are checked by `Layout`. Only ever
// loaded from the first `LEN` bytes of the account (`Schedule::load*`).
unsafe impl Layout for ScheduleHeader {
    const LEN: usize = ScheduleHeader::LEN;
    const DISCRIMINATOR: u8 = AccountKind::Schedule as u8;
}
aligned_offsets!(ScheduleHeader, 8: config);
aligned_offsets!(ScheduleHeader, 4: first_day, history_len, history_cap);
const _: () = assert!(core::mem::offset_of!(ScheduleHeader, first_day) == 40);
const _: () = assert!(core::mem::offset_of!(ScheduleHeader, history_cap) == 48);

/// One ring slot: what the totals lose at one boundary.
#[repr(C, align(8))]
pub struct DayDrop {
    reward_weight_drop: [u8; 8],
    voting_power_drop: [u8; 8],
}

impl DayDrop {
    le_fields! {
        reward_weight_drop, set_reward_weight_drop: u64;
        voting_power_drop, set_voting_power_drop: u64;
    }
}
const _: () = assert!(core::mem::size_of::<DayDrop>() == RING_ENTRY_LEN);

/// One history entry: the accumulator at one crossed boundary.
#[repr(C, align(8))]
pub struct AccEntry {
    acc: [u8; 16],
}

impl AccEntry {
    le_fields! {
        acc, set_acc: u128;
    }
}
const _: () = assert!(core::mem::size_of::<AccEntry>() == HISTORY_ENTRY_LEN);

/// The account read in place: the header and the full ring (the fixed part,
/// `HISTORY_OFFSET` bytes) and the history after it (`history_cap` entries).
#[repr(C, align(8))]
pub struct Schedule {
    pub header: ScheduleHeader,
    ring: [DayDrop; RING_DAYS],
}
const _: () = assert!(core::mem::size_of::<Schedule>() == HISTORY_OFFSET);

/// Why `Schedule::load*` refused the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScheduleLoadError {
    /// Not a schedule (discriminator, alignment or a length that is not
    /// `HISTORY_OFFSET + 16 × history_cap` once the ring is complete).
    Invalid,
    /// A schedule still growing to its full ring (`extend_schedule`).
    TooSmall,
}

impl Schedule {
    /// Data length of a schedule whose history has room for `cap` days.
    pub const fn account_len(cap: u32) -> usize {
        HISTORY_OFFSET + HISTORY_ENTRY_LEN * cap as usize
    }

    /// The checks of `load`/`load_mut` on the length and the head; returns the
    /// history capacity the length implies.
    fn check(data: &[u8]) -> Result<usize, ScheduleLoadError> {
        if data.len() < ScheduleHeader::LEN {
            return Err(ScheduleLoadError::Invalid);
        }
        let header = ScheduleHeader::load(&data[..ScheduleHeader::LEN]).ok_or(ScheduleLoadError::Invalid)?;
        if data.len() < HISTORY_OFFSET {
            return Err(ScheduleLoadError::TooSmall);
        }
        let cap = header.history_cap() as usize;
        // The stored capacity and the length agree (extend_schedule keeps them
        // so), and the recorded days fit it.
        if data.len() != HISTORY_OFFSET + HISTORY_ENTRY_LEN * cap || header.history_len() as usize > cap {
            return Err(ScheduleLoadError::Invalid);
        }
        Ok(cap)
    }

    /// Views the account: the fixed part and the history entries.
    pub fn load(data: &[u8]) -> Result<(&Schedule, &[AccEntry]), ScheduleLoadError> {
        let cap = Self::check(data)?;
        let (fixed, history) = data.split_at(HISTORY_OFFSET);
        // SAFETY: `check` proved HISTORY_OFFSET bytes of 8-aligned data starting
        // with the discriminator (via `ScheduleHeader::load`); the ring is byte
        // arrays (every bit pattern valid). The history is `cap` 16-byte
        // entries of byte arrays starting at an 8-aligned offset.
        unsafe {
            Ok((&*(fixed.as_ptr() as *const Schedule), core::slice::from_raw_parts(history.as_ptr() as *const AccEntry, cap)))
        }
    }

    /// As `load`, mutable.
    pub fn load_mut(data: &mut [u8]) -> Result<(&mut Schedule, &mut [AccEntry]), ScheduleLoadError> {
        let cap = Self::check(data)?;
        let (fixed, history) = data.split_at_mut(HISTORY_OFFSET);
        // SAFETY: as in `load`; `data` is borrowed mutably and split in two.
        unsafe {
            Ok((
                &mut *(fixed.as_mut_ptr() as *mut Schedule),
                core::slice::from_raw_parts_mut(history.as_mut_ptr() as *mut AccEntry, cap),
            ))
        }
    }

    /// The ring slot of boundary `day` (u32 days since the epoch).
    #[inline(always)]
    pub fn slot(&self, day: u32) -> &DayDrop {
        &self.ring[day as usize % RING_DAYS]
    }

    /// As `slot`, mutable.
    #[inline(always)]
    pub fn slot_mut(&mut self, day: u32) -> &mut DayDrop {
        // u64: one native `mod` (a u32 one is a multiply-shift sequence here).
        &mut self.ring[(day as u64 % RING_DAYS as u64) as usize]
    }

    /// Moves the drop scheduled at `day`: `out` (an earlier write's) taken
    /// away, `into` added, in one slot update (checked: `None` if the slot
    /// holds less than `out`, which would mean the ring and the positions
    /// disagree, or past u64). Each pair is (reward weight, voting power).
    #[inline(always)]
    pub fn move_drop(&mut self, day: u32, out: (u64, u64), into: (u64, u64)) -> Option<()> {
        let slot = self.slot_mut(day);
        let w = slot.reward_weight_drop().checked_sub(out.0)?.checked_add(into.0)?;
        let p = slot.voting_power_drop().checked_sub(out.1)?.checked_add(into.1)?;
        slot.set_reward_weight_drop(w);
        slot.set_voting_power_drop(p);
        Some(())
    }

    /// Schedules a drop at `day` (`move_drop` with nothing taken out).
    #[cfg(test)]
    pub fn add_drop(&mut self, day: u32, reward_weight: u64, voting_power: u64) -> Option<()> {
        self.move_drop(day, (0, 0), (reward_weight, voting_power))
    }

    /// Takes a scheduled drop back (`move_drop` with nothing added).
    #[cfg(test)]
    pub fn remove_drop(&mut self, day: u32, reward_weight: u64, voting_power: u64) -> Option<()> {
        self.move_drop(day, (reward_weight, voting_power), (0, 0))
    }

    /// The accumulator recorded at boundary `day`: `None` if that boundary is
    /// not in the history (before the first, or not crossed yet).
    pub fn acc_at(&self, history: &[AccEntry], day: u32) -> Option<u128> {
        let index = day.checked_sub(self.header.first_day())?.checked_sub(1)?;
        if index >= self.header.history_len() {
            return None;
        }
        history.get(index as usize).map(AccEntry::acc)
    }

    /// The day of the last recorded boundary (`first_day` when none is).
    #[inline(always)]
    pub fn last_day(&self) -> u32 {
        self.header.first_day() + self.header.history_len()
    }

    /// Records the accumulator at the next boundary (`last_day() + 1`):
    /// `None` when the history has no room left (`extend_schedule`).
    pub fn push_acc(&mut self, history: &mut [AccEntry], acc: u128) -> Option<()> {
        let len = self.header.history_len();
        history.get_mut(len as usize)?.set_acc(acc);
        self.header.set_history_len(len + 1);
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec;
    use std::vec::Vec;

    /// 8-aligned zeroed bytes (account data in the input buffer is 8-aligned).
    fn aligned(len: usize) -> Vec<u64> {
        vec![0u64; len.div_ceil(8)]
    }

    fn bytes(words: &mut [u64], len: usize) -> &mut [u8] {
        // SAFETY: `words` holds at least `len` bytes; u8 has no alignment needs.
        unsafe { core::slice::from_raw_parts_mut(words.as_mut_ptr() as *mut u8, len) }
    }

    fn fresh(words: &mut [u64], cap: u32, first_day: u32) -> &mut [u8] {
        let data = bytes(words, Schedule::account_len(cap));
        let header = ScheduleHeader::load_uninit_mut(&mut data[..ScheduleHeader::LEN]).unwrap();
        header.discriminator = AccountKind::Schedule as u8;
        header.set_first_day(first_day);
        header.set_history_cap(cap);
        data
    }

    #[test]
    fn layout_offsets() {
        assert_eq!(Schedule::account_len(0), 23_480);
        assert_eq!(Schedule::account_len(365), 23_480 + 5_840);
        let mut words = aligned(Schedule::account_len(2));
        let data = fresh(&mut words, 2, 20_000);
        {
            let (schedule, history) = Schedule::load_mut(data).unwrap();
            schedule.add_drop(20_001 + RING_DAYS as u32, 7, 5).unwrap();
            schedule.push_acc(history, 0x0102).unwrap();
        }
        // first_day at 40, history_len at 44, history_cap at 48.
        assert_eq!(&data[40..52], &[0x20, 0x4e, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0]);
        // Day 20,001 + 1,464 shares day 20,001's slot: 20_001 mod 1_464 = 969.
        let slot = RING_OFFSET + 969 * RING_ENTRY_LEN;
        assert_eq!(data[slot], 7);
        assert_eq!(data[slot + 8], 5);
        assert_eq!(&data[HISTORY_OFFSET..HISTORY_OFFSET + 2], &[0x02, 0x01]);
    }

    #[test]
    fn load_refuses_what_is_not_a_full_schedule() {
        let mut words = aligned(Schedule::account_len(4));
        let data = fresh(&mut words, 4, 0);
        assert!(Schedule::load(data).is_ok());
        // A schedule still growing (initialize's first 10,240 bytes).
        assert_eq!(Schedule::load(&data[..MAX_GROWTH]).err(), Some(ScheduleLoadError::TooSmall));
        // Length and stored capacity disagree.
        assert_eq!(Schedule::load(&data[..Schedule::account_len(3)]).err(), Some(ScheduleLoadError::Invalid));
        assert_eq!(Schedule::load(&data[..10]).err(), Some(ScheduleLoadError::Invalid));
        data[0] = AccountKind::Config as u8;
        assert_eq!(Schedule::load(data).err(), Some(ScheduleLoadError::Invalid));
    }

    #[test]
    fn ring_and_history() {
        let mut words = aligned(Schedule::account_len(2));
        let data = fresh(&mut words, 2, 100);
        let (schedule, history) = Schedule::load_mut(data).unwrap();
        schedule.add_drop(150, 10, 4).unwrap();
        schedule.add_drop(150, 5, 1).unwrap();
        assert_eq!(schedule.remove_drop(150, 16, 0), None);
        schedule.remove_drop(150, 15, 5).unwrap();
        assert_eq!(schedule.slot(150).reward_weight_drop(), 0);
        assert_eq!(schedule.add_drop(151, u64::MAX, 0), Some(()));
        assert_eq!(schedule.add_drop(151, 1, 0), None);

        assert_eq!(schedule.last_day(), 100);
        assert_eq!(schedule.acc_at(history, 101), None);
        schedule.push_acc(history, 7).unwrap();
        schedule.push_acc(history, 9).unwrap();
        assert_eq!(schedule.push_acc(history, 11), None, "full: extend_schedule first");
        assert_eq!(schedule.last_day(), 102);
        assert_eq!(schedule.acc_at(history, 100), None);
        assert_eq!(schedule.acc_at(history, 101), Some(7));
        assert_eq!(schedule.acc_at(history, 102), Some(9));
        assert_eq!(schedule.acc_at(history, 103), None);
    }
}
