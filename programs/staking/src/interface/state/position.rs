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
//!   6   2  multiplier_bps       u16 tier multiplier taken when the lock was set
//!   8  32  owner
//!  40  32  config
//!  72   4  id                   u32
//!  76   2  boost_bps            u16 boosters active at the last recompute
//!  78   2  reserved (zero)
//!  80   8  amount               u64 staked base units
//!  88   8  lock_start           i64 start of the current lock
//!  96   8  lock_end             i64 (= lock_start for the no-lock tier)
//! 104   8  voting_power         u64 = amount × multiplier_bps / 10_000
//! 112   8  reward_weight        u64 = voting_power × (10_000 + boost_bps) / 10_000
//! 120  16  reward_debt          u128 accumulator value at the last settlement
//! 136   8  unclaimed            u64 settled, not yet claimed rewards
//! 144   8  vote_locked_until    i64 no unstake before (set by lock_for_vote)
//! 152   8  voter_boost_until    i64 voter booster active before
//! 160   8  last_activity        i64 last owner action (participation booster)
//! 168   8  rewards_paid         u64 lifetime claimed + compounded (saturating)
//! 176  40  reserved (zero)
//! ```
//!
//! Voting power of a wallet = Σ voting_power of its positions (also kept in its
//! `Staker.voting_power`). The stored `voting_power`/`reward_weight` are exact for
//! the stored inputs; boosters that ran out since the last recompute keep earning
//! until any instruction touches the position (`refresh` does so for anyone).

use super::{AccountKind, aligned_offsets, in_place, le_fields};

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
    pub reserved1: [u8; 2],
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
    pub reserved: [u8; 40],
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
    }

    #[inline(always)]
    pub fn is_auto_compound(&self) -> bool {
        self.auto_compound != 0
    }
}

in_place!(Position, AccountKind::Position);
aligned_offsets!(Position, 8: owner, config, amount, lock_start, lock_end, voting_power, reward_weight, reward_debt,
    unclaimed, vote_locked_until, voter_boost_until, last_activity, rewards_paid);
aligned_offsets!(Position, 4: id);
aligned_offsets!(Position, 2: multiplier_bps, boost_bps);
const _: () = assert!(core::mem::offset_of!(Position, amount) == 80);
const _: () = assert!(core::mem::offset_of!(Position, rewards_paid) == 168);
