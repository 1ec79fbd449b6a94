//! Position: one lock of tokens, PDA `["position", config, owner, id as u32 LE]`.
//!
//! Layout (`Position::LEN` = 216 bytes, 8-aligned; integers little-endian at
//! offsets that are multiples of their size; i64 = unix seconds):
//!
//! ```text
//! off size field
//!   0   1  discriminator = 2 (AccountKind::Position)
//!   1   1  version = 1
//!   2   1  bump
//!   3   1  tier                 0..=4
//!   4   1  auto_compound        0 / 1
//!   5   1  reserved (zero)
//!   6   2  multiplier_bps       u16 multiplier in force at the last write: the tier's
//!                               (taken when the lock was set) while the lock runs, the
//!                               no-lock tier's once it has ended (see below)
//!   8  32  owner
//!  40  32  config
//!  72   4  id                   u32
//!  76   2  boost_bps            u16 boosters active at the last write
//!  78   2  fall_multiplier_bps  u16 (v2) what the multiplier falls to at lock_end: the
//!                               no-lock tier's at the last write (schedule.rs)
//!  80   8  amount               u64 staked base units
//!  88   8  lock_start           i64 start of the current lock
//!  96   8  lock_end             i64 (= lock_start for the no-lock tier)
//! 104   8  voting_power         u64 = amount × multiplier_bps / 10_000 (at the last write)
//! 112   8  reward_weight        u64 = voting_power × (10_000 + boost_bps) / 10_000
//! 120  16  reward_debt          u128 accumulator value at the last settlement
//! 136   8  unclaimed            u64 settled, not yet claimed rewards
//! 144   8  vote_locked_until    i64 no unstake before (set by lock_for_vote)
//! 152   8  voter_boost_until    i64 voter booster active before
//! 160   8  last_activity        i64 last owner action (participation booster)
//! 168   8  rewards_paid         u64 lifetime claimed + compounded (saturating)
//! 176   2  curve_long_lock_bps  u16 (v2) long-lock booster in force at the last write (0: too short)
//! 178   2  curve_voter_bps      u16 (v2) voter booster bps at the last write
//! 180   2  curve_participation_bps u16 (v2) participation booster bps at the last write
//! 182   2  reserved (zero)
//! 184   8  participation_end    i64 (v2) day_ceil(last owner action + window) at the last write
//! 192   8  settled_at           i64 (v2) when the rewards were last settled (the debt's time)
//! 200  16  reserved (zero)
//! ```
//!
//! ## Its curve: every change on a 00:00 UTC boundary
//!
//! Between two writes a position's voting power and reward weight follow the
//! curve stored at its last write (`Position::curve`, `math::PositionCurve`;
//! design: `state::schedule`): the tier's multiplier until `lock_end` (the
//! first 00:00 UTC at or after the lock's start + the tier's duration), from
//! then on `fall_multiplier_bps` (the no-lock tier's at that write, never
//! above its own); the long-lock booster until `lock_end`, the voter booster
//! until `voter_boost_until`, the participation booster until
//! `participation_end` (each a boundary). The schedule drops the config's
//! totals at each of those boundaries with no write, and a position's rewards
//! are settled piece by piece between them. Tier-0 positions never fall: they
//! keep the multiplier they were staked at.
//!
//! The stored `multiplier_bps`, `voting_power`, `boost_bps` and
//! `reward_weight` are the values at the last write (a write after `lock_end`
//! stores the fallen multiplier). `voting_power` is left as it was by a
//! `lock_for_vote` without the staker record, so each staker record's
//! `voting_power` stays Σ its positions' stored values.
//!
//! **Current voting power, from the raw bytes** (what the governance program
//! counts):
//!
//! ```text
//! tier       = position[3]                     u8
//! fall_bps   = position[78..80]                u16 LE (fall_multiplier_bps)
//! amount     = position[80..88]                u64 LE
//! lock_end   = position[96..104]               i64 LE (a 00:00 UTC boundary)
//! stored     = position[104..112]              u64 LE (voting_power)
//! power(now) = if tier != 0 && now >= lock_end { amount × fall_bps / 10_000 (rounded down) }
//!              else { stored }
//! ```
//!
//! `Position::effective_voting_power(now)` is that rule. A wallet's voting
//! power is Σ power(now) of its positions; `Config.total_voting_power` is Σ
//! power(t) over every position at the last settled time `t` (exact now once
//! `Config.synced_day` is today: staking `sync`).

use super::AccountKind;
use keel_sdk::layout::Layout;
use keel_sdk::{aligned_offsets, le_fields};

#[repr(C, align(8))]
pub struct Position {
    pub discriminator: u8,
    pub version: u8,
    pub bump: u8,
    pub tier: u8,
    pub auto_compound: u8,
    pub reserved0: u8,
    multiplier_bps: [u8; 2],
    pub owner: [u8; 32],
    pub config: [u8; 32],
    id: [u8; 4],
    boost_bps: [u8; 2],
    fall_multiplier_bps: [u8; 2],
    amount: [u8; 8],
    lock_start: [u8; 8],
    lock_end: [u8; 8],
    voting_power: [u8; 8],
    reward_weight: [u8; 8],
    reward_debt: [u8; 16],
    unclaimed: [u8; 8],
    vote_locked_until: [u8; 8],
    voter_boost_until: [u8; 8],
    last_activity: [u8; 8],
    rewards_paid: [u8; 8],
    curve_long_lock_bps: [u8; 2],
    curve_voter_bps: [u8; 2],
    curve_participation_bps: [u8; 2],
    pub reserved2: [u8; 2],
    participation_end: [u8; 8],
    settled_at: [u8; 8],
    pub reserved: [u8; 16],
}

impl Position {
    pub const LEN: usize = 216;

    le_fields! {
        id, set_id: u32;
        amount, set_amount: u64;
        lock_start, set_lock_start: i64;
        lock_end, set_lock_end: i64;
        multiplier_bps, set_multiplier_bps: u16;
        boost_bps, set_boost_bps: u16;
        voting_power, set_voting_power: u64;
        reward_weight, set_reward_weight: u64;
        reward_debt, set_reward_debt: u128;
        unclaimed, set_unclaimed: u64;
        vote_locked_until, set_vote_locked_until: i64;
        voter_boost_until, set_voter_boost_until: i64;
        last_activity, set_last_activity: i64;
        rewards_paid, set_rewards_paid: u64;
        fall_multiplier_bps, set_fall_multiplier_bps: u16;
        curve_long_lock_bps, set_curve_long_lock_bps: u16;
        curve_voter_bps, set_curve_voter_bps: u16;
        curve_participation_bps, set_curve_participation_bps: u16;
        participation_end, set_participation_end: i64;
        settled_at, set_settled_at: i64;
    }

    /// The curve the position was last written with (layout v2): its weight
    /// between writes, every end on a day boundary (`state::schedule`).
    #[inline(always)]
    pub fn curve(&self) -> crate::math::PositionCurve {
        crate::math::PositionCurve {
            amount: self.amount(),
            has_lock: self.tier != 0,
            multiplier_bps: self.multiplier_bps(),
            fall_multiplier_bps: self.fall_multiplier_bps(),
            lock_end: self.lock_end(),
            long_lock_bps: self.curve_long_lock_bps(),
            voter_bps: self.curve_voter_bps(),
            voter_until: self.voter_boost_until(),
            participation_bps: self.curve_participation_bps(),
            participation_until: self.participation_end(),
        }
    }

    #[inline(always)]
    pub fn is_auto_compound(&self) -> bool {
        self.auto_compound != 0
    }

    /// Whether the lock has ended at `now`: never for the no-lock tier (its
    /// positions keep their own multiplier).
    #[inline(always)]
    pub fn lock_ended(&self, now: i64) -> bool {
        self.tier != 0 && now >= self.lock_end()
    }

    /// The position's current voting power at `now`: the rule in the module
    /// docs, which readers of the raw account (governance) apply. (Saturates
    /// at u64::MAX, which no amount of a real mint reaches: 5.0× a 1e9-token
    /// supply at 9 decimals is 5e18 < 1.8e19.)
    #[inline(always)]
    pub fn effective_voting_power(&self, now: i64) -> u64 {
        if self.lock_ended(now) {
            crate::math::voting_power(self.amount(), self.fall_multiplier_bps()).unwrap_or(u64::MAX)
        } else {
            self.voting_power()
        }
    }
}

// SAFETY: `#[repr(C, align(8))]`, byte arrays and `u8`s only, so every bit
// pattern is valid; size and alignment are checked by `Layout`.
unsafe impl Layout for Position {
    const LEN: usize = Position::LEN;
    const DISCRIMINATOR: u8 = AccountKind::Position as u8;
}
aligned_offsets!(Position, 8: owner, config, amount, lock_start, lock_end, voting_power, reward_weight, reward_debt,
    unclaimed, vote_locked_until, voter_boost_until, last_activity, rewards_paid);
aligned_offsets!(Position, 4: id);
aligned_offsets!(Position, 2: multiplier_bps, boost_bps, fall_multiplier_bps, curve_long_lock_bps, curve_voter_bps,
    curve_participation_bps);
aligned_offsets!(Position, 8: participation_end, settled_at);
const _: () = assert!(core::mem::offset_of!(Position, fall_multiplier_bps) == 78);
const _: () = assert!(core::mem::offset_of!(Position, curve_long_lock_bps) == 176);
const _: () = assert!(core::mem::offset_of!(Position, settled_at) == 192);
const _: () = assert!(core::mem::offset_of!(Position, amount) == 80);
const _: () = assert!(core::mem::offset_of!(Position, rewards_paid) == 168);
// The offsets the voting-power rule above names.
const _: () = assert!(core::mem::offset_of!(Position, tier) == 3);
const _: () = assert!(core::mem::offset_of!(Position, lock_end) == 96);
const _: () = assert!(core::mem::offset_of!(Position, voting_power) == 104);

#[cfg(test)]
mod tests {
    use super::*;

    /// A position as the raw bytes a reader sees (8-aligned buffer).
    #[repr(C, align(8))]
    struct Raw([u8; Position::LEN]);

    fn raw(tier: u8, multiplier_bps: u16, amount: u64, lock_end: i64) -> Raw {
        let mut r = Raw([0; Position::LEN]);
        r.0[0] = AccountKind::Position as u8;
        r.0[3] = tier;
        r.0[6..8].copy_from_slice(&multiplier_bps.to_le_bytes());
        r.0[80..88].copy_from_slice(&amount.to_le_bytes());
        r.0[96..104].copy_from_slice(&lock_end.to_le_bytes());
        let power = amount * multiplier_bps as u64 / 10_000;
        r.0[104..112].copy_from_slice(&power.to_le_bytes());
        r
    }

    #[test]
    fn ended_lock_counts_at_its_fall_multiplier() {
        // 30-day tier at 1.5×, lock ends at 100, falls to 1.0×.
        let mut r = raw(2, 15_000, 1_000, 100);
        r.0[78..80].copy_from_slice(&10_000u16.to_le_bytes());
        let p = Position::load(&r.0).unwrap();
        assert_eq!(p.voting_power(), 1_500);
        assert_eq!(p.effective_voting_power(99), 1_500);
        assert_eq!(p.effective_voting_power(100), 1_000);
        assert_eq!(p.effective_voting_power(100), p.curve().voting_power_at(100).unwrap());
        // Tier 0 keeps the multiplier it was staked at (its lock never "ends").
        let r = raw(0, 11_000, 1_000, 50);
        let p = Position::load(&r.0).unwrap();
        assert!(!p.lock_ended(1_000));
        assert_eq!(p.effective_voting_power(1_000), 1_100);
    }

    #[test]
    fn the_v2_fields_make_the_curve() {
        let mut r = raw(3, 20_000, 1_000, 86_400 * 100);
        r.0[78..80].copy_from_slice(&10_000u16.to_le_bytes());
        r.0[176..178].copy_from_slice(&2_000u16.to_le_bytes());
        r.0[178..180].copy_from_slice(&1_500u16.to_le_bytes());
        r.0[180..182].copy_from_slice(&1_000u16.to_le_bytes());
        r.0[152..160].copy_from_slice(&(86_400i64 * 30).to_le_bytes());
        r.0[184..192].copy_from_slice(&(86_400i64 * 40).to_le_bytes());
        r.0[192..200].copy_from_slice(&7i64.to_le_bytes());
        let p = Position::load(&r.0).unwrap();
        let c = p.curve();
        assert_eq!(p.settled_at(), 7);
        assert_eq!(c.steps_after(0), ([86_400 * 30, 86_400 * 40, 86_400 * 100], 3));
        assert_eq!(c.reward_weight_at(0), Some(2_000 * 14_500 / 10_000));
        assert_eq!(c.reward_weight_at(86_400 * 100), Some(1_000));
    }
}
