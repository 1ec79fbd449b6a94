//! Schedule: exact voting power and reward weight without a keeper (issue 7,
//! item 3). **Design, not yet live**: this layout and the rules below are what
//! the program moves to; `initialize` does not create the account yet and no
//! instruction reads it. The pure parts are implemented and tested already:
//! `crate::math::{day_ceil, PositionCurve, WeightDrop, scheduled_drops, earned_over_segments}`
//! (host tests) and their TypeScript mirror with an exact global model
//! (`lib/programs/staking/schedule.ts`, `schedule.test.ts`).
//!
//! ## The problem
//!
//! Today an ended lock keeps its old multiplier in the stored totals (the
//! quorum basis `total_voting_power`, and `total_reward_weight`) and keeps
//! earning at its old reward weight until an instruction writes the position
//! (`refresh`, the keeper). A stopped keeper means wrong quorums and overpaid
//! ended locks.
//!
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
//! - Compute: a write with no boundary crossed adds the schedule account load,
//!   ≤ 3 ring updates out and in, and ≤ 3 history reads (~600 CU estimated).
//!   Measured on this branch before the schedule: stake 4,399 (4,764 while the
//!   stream and the drip both release, + ~320 per position bump below 255),
//!   claim 3,173. `claim` keeps its 4,000 goal; `stake` would pass 5,000 while
//!   both channels release, so the schedule comes with a cheaper release: store
//!   each channel's rate (tokens × 1e18 per second, u128, Synthetix's
//!   `rewardRate`) and add `rate × elapsed` straight to the scaled numerator
//!   that `distribute` divides once, instead of a `mul_div` per channel (~300 CU
//!   each today); the rounding dust of a channel is released at its end, as now.
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

const _: () = assert!(HISTORY_OFFSET == 23_480);
const _: () = assert!(RING_DAYS >= (super::config::bounds::MAX_LOCK_SECS / super::config::DAY) as usize + 1);
