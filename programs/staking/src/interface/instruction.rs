//! Instructions: the first data byte selects one, the rest is its data
//! (integers little-endian, no padding). Accounts are listed as
//! `index [flags] name`: `s` signer, `w` writable. Where an instruction takes
//! two or more of this program's state accounts (config, staker, position),
//! they must be different accounts (`DuplicateAccount`, checked before any is
//! read).
//!
//! Every instruction that settles (every one that takes a position but
//! `set_auto_compound`, and `deposit_rewards`, `fund_stream`, `sync`) takes
//! the config's schedule (`state::schedule`, PDA `["schedule", config]`, right
//! after the config) and first walks it to now: the stream and the drip
//! released up to each 00:00 UTC boundary since the last settlement, the
//! accumulator recorded there, the day's scheduled weight drops applied. At
//! most 8 boundaries per instruction (`SyncRequired` beyond: send the
//! permissionless `sync` first, which walks up to 200); a walk with no room
//! left in the history fails with `ScheduleFull` (anyone may
//! `extend_schedule`). An instruction that changes a position then settles its
//! rewards along its curve into `unclaimed` and writes its new curve (see
//! `state::position`). Each instruction logs one event with `sol_log_data`
//! (see `event.rs`).
//!
//! Rewards are released only over time, never at once: the season stream
//! (`fund_stream`) and the drip (`deposit_rewards` and recycled early-unstake
//! penalties) each release linearly, and what they release in an interval is
//! shared by the reward weight staked in that interval. A position therefore
//! earns nothing for time it was not staked: a stake placed just before a
//! deposit and withdrawn in the same slot (or an hour later) earns its share of
//! that slot's (hour's) release, at most amount × elapsed / drip_period of the
//! deposit. Every inflow to the drip re-spreads what is left of it together with
//! the new amount evenly over a fresh `drip_period_secs` from now (default
//! 7 days, `update_config` `SetDripPeriod`, 1..=90 days). The one exception:
//! what is released while nobody has any weight waits in `undistributed_scaled`
//! and goes to the weight of the next settlement.
//!
//! Boosters (reward weight only, never voting power), summed in basis points,
//! each ending on a 00:00 UTC boundary:
//!
//! - long lock (`long_lock_bps`, default +20 %): the position's current lock spans
//!   at least `long_lock_min_secs` (90 days), until `lock_end`;
//! - voter (`voter_bps`, +15 %): until `voter_boost_until`, which `lock_for_vote`
//!   sets to the first boundary at or after vote time + `voter_boost_secs` (30 days);
//! - active participation (`participation_bps`, +10 %): until the first boundary
//!   at or after the owner's last action + `participation_window_secs` (30 days).
//!   Acting means `stake`, `add_stake`, `extend_lock`, `claim`, `compound` (by
//!   the owner; the crank does not count) or a vote (`lock_for_vote`).
//!   `unstake`, `set_auto_compound` and `refresh` do not count.
//!
//! Multiplier: the tier's while the lock runs; from `lock_end` (the first
//! boundary at or after the lock's start + the tier's duration; tiers 1..=4)
//! the no-lock tier's as it was at the position's last write (`tiers[0]`,
//! 1.0× by default), for voting power and reward weight alike, so a lock cannot
//! be taken once and kept liquid at 3.0× forever. Re-locking (`extend_lock`,
//! `add_stake`) restores the tier's multiplier. Readers of the raw position
//! (governance) apply the rule in `state::position` to get its voting power now.
//!
//! Ended locks and lapsed boosters take effect exactly at their boundary, with
//! no write and no keeper: the schedule drops the config's totals there
//! (`total_voting_power` is governance's quorum basis, exact once `synced_day`
//! is today) and each position's rewards are settled piece by piece between
//! its steps. A write only stores what the curve says; `refresh` remains for
//! applying changed booster settings to positions.

use super::error::StakingError;

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StakingInstruction {
    /// Creates the config for a mint and its two vaults. Defaults: tiers
    /// 0/7/30/90/180 days → 1.0/1.2/1.5/2.0/3.0×, penalty 10 % recycled to
    /// stakers, minimum stake 100 tokens, at most 1,000,000 tokens per wallet,
    /// boosters long lock +20 % (lock ≥ 90 days), voter +15 % (30 days),
    /// participation +10 % (30 days). The payer becomes `authority` and
    /// `vote_authority`.
    ///
    /// Permissionless, so whoever runs it first for a mint becomes its authority:
    /// run it in the transaction that creates the mint (deploy scripts do).
    /// Token-2022 mints with a transfer hook, permanent delegate, non-transferable,
    /// default-account-state, pausable or confidential extension are refused.
    ///
    /// Accounts:
    /// 0. `[s, w]` payer (becomes authority and vote authority)
    /// 1. `[w]` config, PDA `["config", mint]` (created)
    /// 2. `[]` mint
    /// 3. `[w]` stake vault, PDA `["stake_vault", config]` (created, owner = config)
    /// 4. `[w]` reward vault, PDA `["reward_vault", config]` (created, owner = config)
    /// 5. `[]` token program (SPL Token or Token-2022, the mint's owner)
    /// 6. `[]` system program
    /// 7. `[w]` schedule, PDA `["schedule", config]` (created with its first
    ///    10,240 bytes, the most a CPI may create: `extend_schedule` twice
    ///    completes the ring, so deploy scripts send the three in one transaction)
    ///
    /// The config starts synced at now (`stream_last_update` = now,
    /// `synced_day` = the schedule's `first_day` = today).
    ///
    /// Data: none.
    Initialize = 0,

    /// Changes one parameter group. Authority only.
    ///
    /// Accounts:
    /// 0. `[s]` authority
    /// 1. `[w]` config
    /// 2. `[]` treasury token account (only for `SetPenaltyDestination` with 1 = treasury)
    ///
    /// Data: `field: u8`, then by field (see `ConfigField`):
    /// - 0 `SetPaused`: `paused: u8` (0 / 1)
    /// - 1 `SetAuthority`: `authority: [u8; 32]`, proposed (see below)
    /// - 2 `SetVoteAuthority`: `vote_authority: [u8; 32]`, proposed (see below)
    /// - 3 `SetPenaltyDestination`: `destination: u8` (0 recycle, 1 treasury = account 2, 2 burn)
    /// - 4 `SetTiers`: 5 × `{ lock_secs: i64, multiplier_bps: u16 }`; tier 0 lock 0,
    ///   locks strictly increasing ≤ 4 years, multipliers non-decreasing in [10_000, 50_000]
    /// - 5 `SetPenaltyBps`: `penalty_bps: u16` ≤ 5_000
    /// - 6 `SetStakeLimits`: `min_stake: u64, max_stake_per_wallet: u64`; 0 < min ≤ max
    /// - 7 `SetBoosters`: `long_lock_bps: u16, voter_bps: u16, participation_bps: u16`
    ///   (each ≤ 5_000), `long_lock_min_secs: i64` (≤ 4 years),
    ///   `voter_boost_secs: i64, participation_window_secs: i64` (each 1..=365 days)
    /// - 8 `SetDripPeriod`: `drip_period_secs: i64` (1 day ..= 90 days); the running
    ///   drip keeps its end, the next inflow (deposit or recycled penalty) spreads over it
    ///
    /// Changed tiers apply to locks set afterwards; tier 0's multiplier is also
    /// what a lock falls to at its end, taken at each position's next write (a
    /// write after the end stores it). Changed boosters apply at each position's
    /// next write too (any instruction on it, or `refresh`).
    ///
    /// The two authorities change hands in two steps. `SetAuthority` and
    /// `SetVoteAuthority` only propose: the key goes to `pending_authority` /
    /// `pending_vote_authority` (replacing any earlier proposal; all zero
    /// cancels it), and it takes over when it signs `AcceptAuthority`. Until
    /// then the current authority keeps every power (and may re-propose or
    /// cancel) and the pending key has none, so a mistyped key, or one nobody
    /// can sign for, never takes the config. The key may be a PDA: the
    /// governance program accepts for its authority PDA with `invoke_signed`
    /// (an executed proposal, or its own `accept_staking_authority`). These two
    /// fields log `AuthorityProposed` / `AuthorityProposalCancelled` instead of
    /// `ConfigUpdated`.
    UpdateConfig = 1,

    /// Opens a position: moves `amount` from the owner's token account to the
    /// stake vault and locks it at `tier` (lock_end = the first 00:00 UTC at or
    /// after now + the tier's lock; now for the no-lock tier). Creates the
    /// owner's staker record on the first stake. The position is credited with
    /// what the vault received (Token-2022 transfer fees are the owner's). Not
    /// while paused; at least `min_stake`; the wallet's total at most
    /// `max_stake_per_wallet`.
    ///
    /// Accounts:
    /// 0. `[s, w]` owner (pays the new accounts' rent)
    /// 1. `[w]` config
    /// 2. `[w]` schedule, PDA `["schedule", config]`
    /// 3. `[w]` staker, PDA `["staker", config, owner]` (created if empty)
    /// 4. `[w]` position, PDA `["position", config, owner, position_id u32 LE]` (created)
    /// 5. `[w]` owner's token account (source)
    /// 6. `[w]` stake vault
    /// 7. `[]` mint
    /// 8. `[]` token program
    /// 9. `[]` system program
    ///
    /// Data: `tier: u8, amount: u64, position_id: u32` (the staker's
    /// `next_position_id`, 0 for a new staker), `position_bump: u8` (the
    /// canonical bump, the one `find_program_address` returns; any other valid
    /// bump is refused with `InvalidAddress`, so each id has one position address).
    Stake = 2,

    /// Adds `amount` to a position. The lock restarts at the position's tier:
    /// lock_end = max(lock_end, the first 00:00 UTC at or after now + tier lock), and the tier's current multiplier
    /// applies (again, for an ended lock), so new tokens never earn a multiplier
    /// without its lock.
    /// Not while paused; per-wallet maximum.
    ///
    /// Accounts:
    /// 0. `[s]` owner
    /// 1. `[w]` config
    /// 2. `[w]` schedule, PDA `["schedule", config]`
    /// 3. `[w]` staker
    /// 4. `[w]` position
    /// 5. `[w]` owner's token account (source)
    /// 6. `[w]` stake vault
    /// 7. `[]` mint
    /// 8. `[]` token program
    ///
    /// Data: `amount: u64`.
    AddStake = 3,

    /// Moves a position to the same or a longer tier: lock_start = now,
    /// lock_end = max(lock_end, the first 00:00 UTC at or after now + tier lock), the tier's current multiplier
    /// (so re-locking an ended lock at its tier restores the multiplier).
    /// Not while paused.
    ///
    /// Accounts:
    /// 0. `[s]` owner
    /// 1. `[w]` config
    /// 2. `[w]` schedule, PDA `["schedule", config]`
    /// 3. `[w]` staker
    /// 4. `[w]` position
    ///
    /// Data: `tier: u8`.
    ExtendLock = 4,

    /// Withdraws `amount` (part or all) of a position to the owner's token
    /// account. Before lock_end the early-unstake penalty (`penalty_bps`) is kept
    /// and sent to the penalty destination (never for a lock that has ended, so
    /// never for the no-lock tier); recycled, it joins the drip like a deposit. Refused while `now < vote_locked_until`.
    /// Withdrawing everything also pays the position's rewards and closes it
    /// (rent back to the owner). A partial withdrawal must leave at least
    /// `min_stake` (`BelowMinimumStake`; withdraw everything instead), so a
    /// position is either at the minimum or more, or closed (one staked before
    /// `min_stake` was raised can still leave in full). Allowed while paused:
    /// exits stay open.
    ///
    /// Accounts:
    /// 0. `[s, w]` owner (receives the rent on close)
    /// 1. `[w]` config
    /// 2. `[w]` schedule, PDA `["schedule", config]`
    /// 3. `[w]` staker
    /// 4. `[w]` position
    /// 5. `[w]` owner's token account (destination)
    /// 6. `[w]` stake vault
    /// 7. `[w]` reward vault (recycled penalties in, rewards out on close)
    /// 8. `[]` mint (`[w]` when the penalty destination is burn)
    /// 9. `[]` token program
    /// 10. `[w]` treasury token account (only when the penalty destination is the treasury)
    ///
    /// Data: `amount: u64`.
    Unstake = 5,

    /// Anyone adds rewards to the drip: what the reward vault received and what
    /// is left of the drip are spread evenly from now over `drip_period_secs`
    /// (default 7 days) and reach positions pro rata to reward weight as time
    /// passes, never at once (see the module docs). Fee rebates arrive this way.
    /// Not while paused.
    ///
    /// Accounts:
    /// 0. `[s]` depositor
    /// 1. `[w]` config
    /// 2. `[w]` schedule, PDA `["schedule", config]`
    /// 3. `[w]` depositor's token account (source)
    /// 4. `[w]` reward vault
    /// 5. `[]` mint
    /// 6. `[]` token program
    ///
    /// Data: `amount: u64`.
    DepositRewards = 6,

    /// Authority adds `amount` to the reward stream and (re)spreads everything
    /// still streaming evenly until now + `duration_secs` (a running stream's
    /// remainder merges with the new amount). `amount` may be 0 to re-spread.
    /// Not while paused.
    ///
    /// Accounts:
    /// 0. `[s]` authority
    /// 1. `[w]` config
    /// 2. `[w]` schedule, PDA `["schedule", config]`
    /// 3. `[w]` authority's token account (source)
    /// 4. `[w]` reward vault
    /// 5. `[]` mint
    /// 6. `[]` token program
    ///
    /// Data: `amount: u64, duration_secs: i64` (1 s ..= 2 years).
    FundStream = 7,

    /// Pays a position's rewards (unclaimed + accrued) to a token account of the
    /// owner's choice (the client creates the owner's associated token account
    /// when missing). Counts as participation; writes the position's curve (its
    /// participation booster runs on; the staker record's voting-power sum
    /// follows). Not while paused.
    ///
    /// Accounts:
    /// 0. `[s]` owner
    /// 1. `[w]` config
    /// 2. `[w]` schedule, PDA `["schedule", config]`
    /// 3. `[w]` position
    /// 4. `[w]` destination token account
    /// 5. `[w]` reward vault
    /// 6. `[]` mint
    /// 7. `[]` token program
    /// 8. `[w]` owner's staker
    ///
    /// Data: none.
    Claim = 8,

    /// Moves a position's rewards into its stake (same tier, lock unchanged), up
    /// to what the per-wallet maximum still allows. Not while paused.
    ///
    /// Accounts:
    /// 0. `[s]` owner
    /// 1. `[w]` config
    /// 2. `[w]` schedule, PDA `["schedule", config]`
    /// 3. `[w]` staker
    /// 4. `[w]` position
    /// 5. `[w]` reward vault
    /// 6. `[w]` stake vault
    /// 7. `[]` mint
    /// 8. `[]` token program
    ///
    /// Data: none.
    Compound = 9,

    /// Opts a position in or out of the permissionless compounding crank.
    ///
    /// Accounts:
    /// 0. `[s]` owner
    /// 1. `[]` config
    /// 2. `[w]` position
    ///
    /// Data: `enabled: u8` (0 / 1).
    SetAutoCompound = 10,

    /// Anyone compounds opted-in positions (as `compound`; positions not opted in
    /// are skipped, opted-in ones with nothing to compound or at the wallet maximum
    /// are only settled, their curves unchanged; it does not count as
    /// the owner's participation). One token transfer for all of them. Fails with
    /// `NothingToCompound` when no position has anything to move. Not while paused.
    ///
    /// Accounts:
    /// 0. `[w]` config
    /// 1. `[w]` schedule, PDA `["schedule", config]`
    /// 2. `[w]` reward vault
    /// 3. `[w]` stake vault
    /// 4. `[]` mint
    /// 5. `[]` token program
    /// 6.. pairs `[w]` position, `[w]` its owner's staker (at least one pair)
    ///
    /// Data: none.
    CrankCompound = 11,

    /// Anyone settles positions' rewards and rewrites their curves at now with
    /// the config's current settings (changed booster bps or windows, a changed
    /// no-lock multiplier for an ended lock): the stored values, the owner's
    /// staker record and the totals follow. Not needed for lock ends or lapsed
    /// boosters, which the schedule applies at their boundary by itself. Does
    /// not count as participation.
    ///
    /// Accounts:
    /// 0. `[w]` config
    /// 1. `[w]` schedule, PDA `["schedule", config]`
    /// 2.. pairs `[w]` position, `[w]` its owner's staker (at least one pair; a
    ///     position may appear twice, a staker for several positions)
    ///
    /// Data: none.
    Refresh = 12,

    /// Locks a position against unstaking until `until` (vote_locked_until =
    /// max(old, until)) and starts the voter booster (voter_boost_until =
    /// max(old, the first 00:00 UTC at or after now + voter_boost_secs));
    /// counts as participation. Only the
    /// config's vote authority (the governance program, by CPI) may call it;
    /// the governance program checks that the position's owner voted.
    /// `until` must lie in (now, now + 90 days].
    ///
    /// Writes the position's curve like any other instruction. With the owner's
    /// staker record (account 4, optional) the stored `voting_power` and the
    /// record's sum follow; without it (as governance calls it) the stored
    /// `voting_power` stays as it was, so that sum still holds. The totals and
    /// the schedule follow the curve either way.
    ///
    /// The time comes from the Clock sysvar's account, the last account (a
    /// key comparison and a load, where the syscall costs 110 CU: governance
    /// passes on the one `cast_vote` reads); any other account there is
    /// `InvalidSysvar`.
    ///
    /// Accounts:
    /// 0. `[s]` vote authority
    /// 1. `[w]` config
    /// 2. `[w]` schedule, PDA `["schedule", config]`
    /// 3. `[w]` position
    /// 4. `[w]` optional: staker of the position's owner, PDA `["staker", config, owner]`
    /// then, last: `[]` the Clock sysvar (`SysvarC1ock11111111111111111111111111111111`)
    ///
    /// Data: `until: i64`.
    LockForVote = 13,

    /// Read-only (for simulation and CPI): sets return data to the position's
    /// state at now without writing anything.
    ///
    /// Accounts:
    /// 0. `[]` config
    /// 1. `[]` schedule, PDA `["schedule", config]`
    /// 2. `[]` position
    ///
    /// Walks up to 8 uncrossed boundaries on a copy of the config
    /// (`SyncRequired` beyond: simulate `sync` first, in the same transaction).
    ///
    /// Data: none. Return data (48 bytes): `pending: u64` (unclaimed + earned
    /// along the curve, what `claim` would pay now), `voting_power: u64` (now:
    /// `Position::effective_voting_power`), `reward_weight: u64` (stored at the
    /// last write), `refreshed_weight: u64` (the curve's weight now: what the
    /// position earns at), `boost_bps: u16` (active now on the curve),
    /// `reserved: [u8; 6]`, `unlock_at: i64` (lock_end).
    ViewPosition = 14,

    /// Permissionless: grows the schedule by up to 10,240 bytes (the runtime's
    /// limit per instruction), the payer topping up its rent. Until the ring is
    /// complete (`state::schedule::HISTORY_OFFSET` bytes) it grows toward it;
    /// from then on the history gains whole 16-byte days (640 per call;
    /// `history_cap` follows). The first two calls after `initialize` complete
    /// the ring and leave room for 452 days.
    ///
    /// Accounts:
    /// 0. `[s, w]` payer
    /// 1. `[]` config
    /// 2. `[w]` schedule, PDA `["schedule", config]`
    /// 3. `[]` system program
    ///
    /// Data: none.
    ExtendSchedule = 15,

    /// Permissionless: walks the schedule across the day boundaries since the
    /// last one crossed, at most `MAX_SYNC_DAYS` (200) per call
    /// (`shared::schedule::settle_global_scheduled`: release to each boundary,
    /// record the accumulator, apply that day's scheduled drops), then releases
    /// to now if it got there, and sets `synced_day`. Call it again while its
    /// event says `reached` = 0. Clients prepend it where an instruction would
    /// otherwise cross more than `MAX_SETTLE_DAYS` boundaries (`SyncRequired`)
    /// and before governance's `activate` (which needs `synced_day` = today).
    ///
    /// Accounts:
    /// 0. `[w]` config
    /// 1. `[w]` schedule
    ///
    /// Data: none.
    Sync = 16,

    /// The pending authority or pending vote authority (proposed by
    /// `update_config` `SetAuthority` / `SetVoteAuthority`) signs to take over:
    /// it becomes `authority` / `vote_authority` and the pending key is cleared.
    /// `NoPendingAuthority` when nothing is pending, `NotPendingAuthority` when
    /// another key signs. Allowed while paused.
    ///
    /// Accounts:
    /// 0. `[s]` the pending key (a PDA signs through `invoke_signed`)
    /// 1. `[w]` config
    ///
    /// Data: `which: u8` (0 authority, 1 vote authority; see `AuthorityKind`).
    AcceptAuthority = 17,
}

impl StakingInstruction {
    /// Splits instruction data into the instruction and the rest.
    #[inline(always)]
    pub fn unpack(data: &[u8]) -> Result<(Self, &[u8]), StakingError> {
        let (&tag, rest) = data.split_first().ok_or(StakingError::InvalidInstructionData)?;
        let ix = match tag {
            0 => Self::Initialize,
            1 => Self::UpdateConfig,
            2 => Self::Stake,
            3 => Self::AddStake,
            4 => Self::ExtendLock,
            5 => Self::Unstake,
            6 => Self::DepositRewards,
            7 => Self::FundStream,
            8 => Self::Claim,
            9 => Self::Compound,
            10 => Self::SetAutoCompound,
            11 => Self::CrankCompound,
            12 => Self::Refresh,
            13 => Self::LockForVote,
            14 => Self::ViewPosition,
            15 => Self::ExtendSchedule,
            16 => Self::Sync,
            17 => Self::AcceptAuthority,
            _ => return Err(StakingError::InvalidInstructionData),
        };
        Ok((ix, rest))
    }
}

/// `update_config` fields.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfigField {
    SetPaused = 0,
    /// Proposes the next authority (all zero cancels); see `AcceptAuthority`.
    SetAuthority = 1,
    /// Proposes the next vote authority (all zero cancels); see `AcceptAuthority`.
    SetVoteAuthority = 2,
    SetPenaltyDestination = 3,
    SetTiers = 4,
    SetPenaltyBps = 5,
    SetStakeLimits = 6,
    SetBoosters = 7,
    SetDripPeriod = 8,
}

/// Length of `view_position`'s return data.
pub const VIEW_POSITION_LEN: usize = 48;

/// Little-endian readers over instruction data (`keel_sdk::data::raw`; the
/// caller checked the length with `expect_len` or a bound of its own).
pub mod data {
    use super::StakingError;
    pub use keel_sdk::data::raw::{i64_at, key_at, u16_at, u32_at, u64_at};

    #[cfg(test)]
    #[test]
    fn i64_after_tag_reads_any_alignment() {
        let words = [0x0807_0605_0403_0201u64, 0x100f_0e0d_0c0b_0a09, 0];
        // SAFETY: 24 bytes of three u64s.
        let bytes = unsafe { core::slice::from_raw_parts(words.as_ptr() as *const u8, 24) };
        for start in 0..8 {
            let data = &bytes[start..start + 16];
            assert_eq!(i64_after_tag(data, 0), i64_at(data, 0));
            assert_eq!(i64_after_tag(data, 8), i64_at(data, 8));
        }
    }

    /// The i64 LE at `data[at..at + 8]`, for `at` 8-aligned in the data after
    /// the 1-byte tag (a handler's `data`, which the runtime places one byte
    /// past an 8-aligned address): aligned loads of 1, 2, 4 and 1 bytes instead
    /// of eight byte loads; any other address byte by byte.
    #[inline(always)]
    pub fn i64_after_tag(data: &[u8], at: usize) -> i64 {
        let bytes = &data[at..at + 8];
        let p = bytes.as_ptr();
        if p as usize % 8 != 1 {
            return i64_at(data, at);
        }
        // SAFETY: 8 readable bytes at `p`; `p + 1` is 2-aligned and `p + 3`
        // 4-aligned since `p` is 1 past a multiple of 8.
        let (b0, h1, w3, b7) = unsafe {
            (*p as u64, (p.add(1) as *const u16).read() as u64, (p.add(3) as *const u32).read() as u64, *p.add(7) as u64)
        };
        (b0 | h1 << 8 | w3 << 24 | b7 << 56) as i64
    }

    /// `data` has exactly `len` bytes (`InvalidInstructionData`).
    #[inline(always)]
    pub fn expect_len(data: &[u8], len: usize) -> Result<(), StakingError> {
        keel_sdk::data::expect_len(data, len).map_err(|_| StakingError::InvalidInstructionData)
    }
}
