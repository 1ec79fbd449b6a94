//! Pure reward, weight and penalty math: plain functions of integers, no
//! accounts, no syscalls, so the host can test them (and the TypeScript
//! projections in `lib/programs/staking/projections.ts` mirror them line by line).
//!
//! Rewards use an accumulator per unit of reward weight (Synthetix/MasterChef):
//! `acc` grows by `amount × 1e18 / total_weight` whenever rewards are
//! distributed, and a position earns `weight × (acc − debt) / 1e18` since its
//! last settlement (`debt` = `acc` then). The division's remainder is not lost:
//! rewards are kept scaled by 1e18 in `undistributed_scaled`, whose remainder
//! after dividing by the total weight stays there for the next distribution, so
//! `Σ acc increments × weight + undistributed_scaled = Σ distributed × 1e18`
//! exactly. Since every position's share is rounded down, the reward vault
//! always covers what positions can claim.
//!
//! No u128 `*` or `/` here (the BPF backend refuses them): `keel_sdk::math`.

use keel_sdk::math::{div_rem_u128, mul_div, wide_mul};

/// Basis points in 1.0.
pub const BPS: u64 = 10_000;
/// Fixed-point scale of the accumulator and of `undistributed_scaled`.
pub const ACC_SCALE: u64 = 1_000_000_000_000_000_000;

/// `amount × multiplier_bps / 10_000`, rounded down.
#[inline]
pub fn voting_power(amount: u64, multiplier_bps: u16) -> Option<u64> {
    mul_div(amount, multiplier_bps as u64, BPS)
}

/// `voting_power × (10_000 + boost_bps) / 10_000`, rounded down.
#[inline]
pub fn reward_weight(voting_power: u64, boost_bps: u16) -> Option<u64> {
    mul_div(voting_power, BPS + boost_bps as u64, BPS)
}

/// Early-unstake penalty on `amount`: `amount × penalty_bps / 10_000`, rounded down.
#[inline]
pub fn penalty(amount: u64, penalty_bps: u16) -> Option<u64> {
    mul_div(amount, penalty_bps as u64, BPS)
}

/// Booster parameters (from the config).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoostParams {
    pub long_lock_bps: u16,
    pub voter_bps: u16,
    pub participation_bps: u16,
    pub long_lock_min_secs: i64,
    pub participation_window_secs: i64,
}

/// The position's fields the boosters depend on, and the time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoostInputs {
    pub lock_start: i64,
    pub lock_end: i64,
    pub voter_boost_until: i64,
    pub last_activity: i64,
    pub now: i64,
}

/// Sum of the boosters active at `now`:
///
/// - long lock: the current lock spans at least `long_lock_min_secs` and has
///   not ended (`now < lock_end`);
/// - voter: `now < voter_boost_until` (lock_for_vote sets it to vote time +
///   `voter_boost_secs`);
/// - participation: the owner acted on the position within the window
///   (`now < last_activity + participation_window_secs`); acting means stake,
///   add_stake, extend_lock, claim, compound (by the owner, not the crank) or a
///   vote (lock_for_vote).
pub fn boost_bps(params: &BoostParams, inputs: &BoostInputs) -> u16 {
    let mut bps = 0u16;
    let lock_span = inputs.lock_end.saturating_sub(inputs.lock_start);
    if lock_span >= params.long_lock_min_secs && inputs.now < inputs.lock_end {
        bps += params.long_lock_bps;
    }
    if inputs.now < inputs.voter_boost_until {
        bps += params.voter_bps;
    }
    if inputs.now < inputs.last_activity.saturating_add(params.participation_window_secs) {
        bps += params.participation_bps;
    }
    bps
}

/// The part of a stream released between `last_update` and `now`: linear in
/// time, everything once `now >= end` (no dust left behind).
pub fn stream_release(remaining: u64, last_update: i64, end: i64, now: i64) -> Option<u64> {
    if remaining == 0 || now <= last_update {
        return Some(0);
    }
    if now >= end {
        return Some(remaining);
    }
    // last_update < now < end, so both differences are positive.
    mul_div(remaining, (now - last_update) as u64, (end - last_update) as u64)
}

/// Distributes `amount` (plus what is waiting in `undistributed_scaled`) over
/// `total_weight`. Returns `(acc increment, new undistributed_scaled)`; with no
/// weight everything waits.
pub fn distribute(undistributed_scaled: u128, amount: u64, total_weight: u64) -> Option<(u128, u128)> {
    let numerator = undistributed_scaled.checked_add(wide_mul(amount, ACC_SCALE))?;
    if total_weight == 0 {
        return Some((0, numerator));
    }
    div_rem_u128(numerator, total_weight as u128)
}

/// Rewards a position of `weight` earned since its debt: `weight × (acc − debt) / 1e18`.
/// (Two u128 and a u64 would need six registers with the return slot: SBF
/// passes five, so the difference is taken inline and `accrued_delta` does the rest.)
#[inline(always)]
pub fn accrued(weight: u64, acc: u128, debt: u128) -> Option<u64> {
    accrued_delta(weight, acc.checked_sub(debt)?)
}

/// `weight × delta / 1e18`, rounded down; `None` beyond u64.
pub fn accrued_delta(weight: u64, delta: u128) -> Option<u64> {
    if weight == 0 || delta == 0 {
        return Some(0);
    }
    // weight × (q·S + r) / S = weight·q + weight·r / S exactly (r < S), which
    // needs only 64-bit products. (`mul_div_u128` would take three u128, six
    // registers: more than SBF passes.)
    let (q, r) = div_rem_u128(delta, ACC_SCALE as u128)?;
    let q = u64::try_from(q).ok()?;
    let whole = u64::try_from(wide_mul(weight, q)).ok()?;
    let part = mul_div(weight, r as u64, ACC_SCALE)?;
    whole.checked_add(part)
}

/// Whole tokens still waiting in `undistributed_scaled`, rounded up (what the
/// reward vault must still cover for it).
pub fn undistributed_tokens(undistributed_scaled: u128) -> u128 {
    let (q, r) = div_rem_u128(undistributed_scaled, ACC_SCALE as u128).unwrap_or((0, 0));
    if r == 0 { q } else { q + 1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights() {
        assert_eq!(voting_power(1_000, 30_000), Some(3_000));
        assert_eq!(voting_power(u64::MAX, 30_000), None);
        assert_eq!(reward_weight(3_000, 4_500), Some(4_350));
        assert_eq!(penalty(1_001, 1_000), Some(100));
    }

    #[test]
    fn boosters() {
        let p = BoostParams {
            long_lock_bps: 2_000,
            voter_bps: 1_500,
            participation_bps: 1_000,
            long_lock_min_secs: 90,
            participation_window_secs: 30,
        };
        let mut i = BoostInputs { lock_start: 0, lock_end: 90, voter_boost_until: 10, last_activity: 0, now: 0 };
        assert_eq!(boost_bps(&p, &i), 4_500);
        i.now = 10;
        assert_eq!(boost_bps(&p, &i), 3_000);
        i.now = 30;
        assert_eq!(boost_bps(&p, &i), 2_000);
        i.now = 90;
        assert_eq!(boost_bps(&p, &i), 0);
        i.lock_end = 89;
        i.now = 0;
        assert_eq!(boost_bps(&p, &i), 2_500);
    }

    #[test]
    fn stream() {
        assert_eq!(stream_release(100, 0, 10, 5), Some(50));
        assert_eq!(stream_release(100, 0, 10, 3), Some(30));
        assert_eq!(stream_release(70, 3, 10, 10), Some(70));
        assert_eq!(stream_release(70, 3, 10, 2), Some(0));
        assert_eq!(stream_release(0, 3, 10, 20), Some(0));
    }

    #[test]
    fn accumulator_conserves() {
        // Three distributions over changing weights; Σ credited ≤ Σ distributed,
        // and the bookkeeping identity is exact.
        let mut und = 0u128;
        let mut acc = 0u128;
        let mut credited = 0u128;
        for (amount, w) in [(7u64, 3u64), (1_000_000_007, 999_999_937), (5, 0), (11, 13)] {
            let (d, u) = distribute(und, amount, w).unwrap();
            und = u;
            credited += d * w as u128;
            acc += d;
        }
        assert_eq!(credited + und, (7 + 1_000_000_007 + 5 + 11) as u128 * ACC_SCALE as u128);
        assert!(acc > 0);
        assert_eq!(accrued(3, 5 * ACC_SCALE as u128, 2 * ACC_SCALE as u128), Some(9));
        assert_eq!(accrued(3, 1, 2), None);
        assert_eq!(undistributed_tokens(ACC_SCALE as u128 + 1), 2);
    }
}
