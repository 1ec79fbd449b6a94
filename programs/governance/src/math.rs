//! Pure vote math: plain functions of integers, no accounts or syscalls, so the
//! host tests them (and `lib/programs/governance/math.ts` mirrors them).
//! No u128 `*` or `/` here (the BPF backend refuses them): `keel_sdk::math`.

use keel_sdk::math::mul_div_ceil;

/// Basis points in 1.0.
pub const BPS: u64 = 10_000;

/// ⌊√n⌋ by Newton's method from a power of two at or above the root; every
/// step stays below 2^33, so nothing overflows.
pub fn isqrt(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let bits = 64 - n.leading_zeros();
    let mut x = 1u64 << bits.div_ceil(2);
    loop {
        let y = (x + n / x) >> 1;
        if y >= x {
            return x;
        }
        x = y;
    }
}

/// Weight in the tallies of `power`: itself (linear), or ⌊√power⌋ (quadratic,
/// where `power` is a wallet's Σ power on one side of a proposal).
#[inline(always)]
pub fn vote_weight(power: u64, quadratic: bool) -> u64 {
    if quadratic { isqrt(power) } else { power }
}

/// Votes (linear power of for + abstain) needed for quorum:
/// ⌈total_power × quorum_bps / 10_000⌉. `None` on overflow (not for u64 inputs
/// with bps ≤ 10_000).
#[inline(always)]
pub fn quorum_required(total_power: u64, quorum_bps: u16) -> Option<u64> {
    mul_div_ceil(total_power, quorum_bps as u64, BPS)
}

/// Whether `for_weight` reaches `approval_bps` of for + against:
/// for × 10_000 ≥ (for + against) × approval_bps, i.e. for ≥ ⌈(for + against) ×
/// approval_bps / 10_000⌉, and at least one vote for. `None` on overflow.
#[inline(always)]
pub fn approved(for_weight: u64, against_weight: u64, approval_bps: u16) -> Option<bool> {
    let decided = for_weight.checked_add(against_weight)?;
    let needed = mul_div_ceil(decided, approval_bps as u64, BPS)?;
    Some(for_weight > 0 && for_weight >= needed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isqrt_is_floor_of_root() {
        for n in 0..100_000u64 {
            let r = isqrt(n);
            assert!(r * r <= n && (r + 1) * (r + 1) > n, "{n}");
        }
        for n in [u64::MAX, u64::MAX - 1, 1 << 62, u64::MAX - 2, 4_294_967_295 * 4_294_967_295] {
            let r = isqrt(n) as u128;
            assert!(r * r <= n as u128 && (r + 1) * (r + 1) > n as u128, "{n}");
        }
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = x >> (x % 64);
            let r = isqrt(n) as u128;
            assert!(r * r <= n as u128 && (r + 1) * (r + 1) > n as u128, "{n}");
        }
    }

    #[test]
    fn quorum_rounds_up() {
        assert_eq!(quorum_required(1_000, 1_000), Some(100));
        assert_eq!(quorum_required(1_001, 1_000), Some(101));
        assert_eq!(quorum_required(0, 1_000), Some(0));
        assert_eq!(quorum_required(u64::MAX, 10_000), Some(u64::MAX));
    }

    #[test]
    fn approval_boundary() {
        // 66 % of 100: 66 passes, 65 does not.
        assert_eq!(approved(66, 34, 6_600), Some(true));
        assert_eq!(approved(65, 35, 6_600), Some(false));
        // One base unit below the exact ratio fails.
        assert_eq!(approved(6_600, 3_400, 6_600), Some(true));
        assert_eq!(approved(6_599, 3_400, 6_600), Some(false));
        // No votes for never passes, even with nothing against.
        assert_eq!(approved(0, 0, 6_600), Some(false));
        assert_eq!(approved(1, 0, 10_000), Some(true));
        assert_eq!(approved(u64::MAX, 1, 6_600), None);
    }
}
