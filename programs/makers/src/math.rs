//! Pure reward and slash math: plain functions of integers, no accounts, no
//! syscalls, so the host tests them here and `lib/programs/makers/math.ts`
//! mirrors them line by line (the property test compares the two).
//!
//! No u128 `*` or `/` (the BPF backend refuses them): `keel_sdk::math`.

use crate::interface::event::{FILL_BELOW_MINIMUM, FILL_BUDGET_LIMITED, FILL_CAPPED};
use keel_sdk::math::mul_div;

/// Basis points in 1.0×.
pub const BPS: u64 = 10_000;
/// `BPS³`: the improvement, early and volatility factors are each in bps.
pub const BPS_CUBED: u64 = 1_000_000_000_000;

/// The reward parameters of the config, read once per batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RewardRules {
    pub min_improvement_bps: u16,
    pub early_multiplier_bps: u16,
    pub volatility_threshold_bps: u16,
    pub max_volatility_multiplier_bps: u16,
    pub max_reward_per_fill: u64,
}

/// What one fill earned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FillReward {
    pub reward: u64,
    pub early_bps: u16,
    pub volatility_bps: u16,
    pub flags: u8,
}

/// The volatility multiplier: 1.0× up to the threshold, then `v / threshold`,
/// at most `max_bps`. `threshold` is ≥ 1 (bounds).
#[inline(always)]
pub fn volatility_multiplier_bps(volatility_bps: u16, threshold_bps: u16, max_bps: u16) -> u16 {
    if volatility_bps <= threshold_bps || threshold_bps == 0 {
        return BPS as u16;
    }
    // ≤ 65,535 × 10,000: fits u64; the quotient is ≥ 10,000.
    let scaled = volatility_bps as u64 * BPS / threshold_bps as u64;
    if scaled > max_bps as u64 { max_bps } else { scaled as u16 }
}

/// The reward of one fill before the season budget: notional × improvement /
/// 10,000 × early × volatility multiplier, rounded down once, capped at
/// `max_reward_per_fill` (`FILL_CAPPED`); 0 below the minimum improvement
/// (`FILL_BELOW_MINIMUM`). A product whose quotient exceeds u64 is capped too.
#[inline(always)]
pub fn fill_reward(rules: &RewardRules, early: bool, notional: u64, improvement_bps: u16, volatility_bps: u16) -> FillReward {
    let early_bps = if early { rules.early_multiplier_bps } else { BPS as u16 };
    let vol_bps =
        volatility_multiplier_bps(volatility_bps, rules.volatility_threshold_bps, rules.max_volatility_multiplier_bps);
    if improvement_bps < rules.min_improvement_bps {
        return FillReward { reward: 0, early_bps, volatility_bps: vol_bps, flags: FILL_BELOW_MINIMUM };
    }
    // improvement × early × volatility < 2^16 × 2^15 × 2^15 = 2^46: fits u64.
    let factor = improvement_bps as u64 * early_bps as u64 * vol_bps as u64;
    let raw = mul_div(notional, factor, BPS_CUBED).unwrap_or(u64::MAX);
    if raw > rules.max_reward_per_fill {
        FillReward { reward: rules.max_reward_per_fill, early_bps, volatility_bps: vol_bps, flags: FILL_CAPPED }
    } else {
        FillReward { reward: raw, early_bps, volatility_bps: vol_bps, flags: 0 }
    }
}

/// `reward` limited to `budget_left` (`FILL_BUDGET_LIMITED` when cut).
#[inline(always)]
pub fn limit_to_budget(mut fill: FillReward, budget_left: u64) -> FillReward {
    if fill.reward > budget_left {
        fill.reward = budget_left;
        fill.flags |= FILL_BUDGET_LIMITED;
    }
    fill
}

/// What a slash takes: `(bond + unbonding) × slash_bps / 10,000`, rounded
/// down; split into (from the bond, from unbonding), the bond first.
#[inline]
pub fn slash_split(bond: u64, unbonding: u64, slash_bps: u16) -> Option<(u64, u64)> {
    let base = bond.checked_add(unbonding)?;
    let amount = mul_div(base, slash_bps as u64, BPS)?;
    let from_bond = amount.min(bond);
    Some((from_bond, amount - from_bond))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: RewardRules = RewardRules {
        min_improvement_bps: 1,
        early_multiplier_bps: 20_000,
        volatility_threshold_bps: 200,
        max_volatility_multiplier_bps: 15_000,
        max_reward_per_fill: 10_000_000_000_000,
    };

    /// The formula in u128 on the host (the reference the program avoids).
    fn reference(rules: &RewardRules, early: bool, notional: u64, improvement: u16, vol: u16) -> u64 {
        if improvement < rules.min_improvement_bps {
            return 0;
        }
        let e = if early { rules.early_multiplier_bps } else { 10_000 } as u128;
        let v = volatility_multiplier_bps(vol, rules.volatility_threshold_bps, rules.max_volatility_multiplier_bps) as u128;
        let raw = notional as u128 * improvement as u128 * e * v / 1_000_000_000_000;
        raw.min(rules.max_reward_per_fill as u128) as u64
    }

    #[test]
    fn reward_is_notional_times_improvement_over_10_000() {
        // 1,000 tokens at 5 bp: 0.5 token.
        let r = fill_reward(&RULES, false, 1_000_000_000_000, 5, 0);
        assert_eq!(r, FillReward { reward: 500_000_000, early_bps: 10_000, volatility_bps: 10_000, flags: 0 });
        // Early: 2×.
        assert_eq!(fill_reward(&RULES, true, 1_000_000_000_000, 5, 0).reward, 1_000_000_000);
        assert_eq!(fill_reward(&RULES, true, 1_000_000_000_000, 5, 0).early_bps, 20_000);
    }

    #[test]
    fn below_minimum_earns_nothing() {
        let rules = RewardRules { min_improvement_bps: 3, ..RULES };
        let r = fill_reward(&rules, true, u64::MAX, 2, 1_000);
        assert_eq!((r.reward, r.flags), (0, FILL_BELOW_MINIMUM));
        assert_eq!(fill_reward(&rules, false, 10_000, 3, 0).reward, 3);
        assert_eq!(fill_reward(&RULES, false, 10_000, 0, 0).reward, 0);
    }

    #[test]
    fn volatility_multiplier_is_bounded() {
        assert_eq!(volatility_multiplier_bps(0, 200, 15_000), 10_000);
        assert_eq!(volatility_multiplier_bps(200, 200, 15_000), 10_000);
        assert_eq!(volatility_multiplier_bps(201, 200, 15_000), 10_050);
        assert_eq!(volatility_multiplier_bps(250, 200, 15_000), 12_500);
        assert_eq!(volatility_multiplier_bps(300, 200, 15_000), 15_000);
        assert_eq!(volatility_multiplier_bps(u16::MAX, 200, 15_000), 15_000);
        assert_eq!(volatility_multiplier_bps(u16::MAX, 1, 30_000), 30_000);
        assert_eq!(volatility_multiplier_bps(u16::MAX, 10_000, 30_000), 30_000);
    }

    #[test]
    fn caps_per_fill_and_survives_u64_max() {
        let r = fill_reward(&RULES, true, u64::MAX, u16::MAX, u16::MAX);
        assert_eq!((r.reward, r.flags), (RULES.max_reward_per_fill, FILL_CAPPED));
        let uncapped = RewardRules { max_reward_per_fill: u64::MAX, ..RULES };
        // 2^64 × 65,535 × 2 × 1.5 / 10^4 overflows u64: capped at u64::MAX.
        assert_eq!(fill_reward(&uncapped, true, u64::MAX, u16::MAX, u16::MAX).reward, u64::MAX);
        // Just within u64: notional u64::MAX at 1 bp, 1×: u64::MAX / 10,000.
        assert_eq!(fill_reward(&uncapped, false, u64::MAX, 1, 0).reward, u64::MAX / 10_000);
        // Exactly at the cap: not flagged.
        let at_cap = RewardRules { max_reward_per_fill: 500, ..RULES };
        assert_eq!(fill_reward(&at_cap, false, 1_000_000, 5, 0), FillReward { reward: 500, early_bps: 10_000, volatility_bps: 10_000, flags: 0 });
        assert_eq!(fill_reward(&at_cap, false, 1_002_000, 5, 0).flags, FILL_CAPPED);
    }

    #[test]
    fn matches_the_u128_reference() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            // xorshift
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let notional = x >> (x % 64);
            let improvement = (x >> 8) as u16 % 50;
            let vol = (x >> 24) as u16 % 1_000;
            let early = x & 1 == 0;
            let rules = RewardRules { max_reward_per_fill: x >> (x % 40 + 20), ..RULES };
            assert_eq!(fill_reward(&rules, early, notional, improvement, vol).reward, reference(&rules, early, notional, improvement, vol));
        }
    }

    #[test]
    fn budget_limits_exactly_at_the_boundary() {
        let f = fill_reward(&RULES, false, 1_000_000, 5, 0);
        assert_eq!(f.reward, 500);
        assert_eq!(limit_to_budget(f, 500), f, "exactly the budget left: paid in full");
        let cut = limit_to_budget(f, 499);
        assert_eq!((cut.reward, cut.flags), (499, FILL_BUDGET_LIMITED));
        assert_eq!(limit_to_budget(f, 0).reward, 0);
    }

    #[test]
    fn slash_takes_the_bond_first() {
        assert_eq!(slash_split(1_000, 0, 1_000), Some((100, 0)));
        assert_eq!(slash_split(50, 950, 1_000), Some((50, 50)));
        assert_eq!(slash_split(0, 1_000, 5_000), Some((0, 500)));
        assert_eq!(slash_split(9, 0, 1_000), Some((0, 0)));
        assert_eq!(slash_split(u64::MAX, 1, 1), None);
    }
}
