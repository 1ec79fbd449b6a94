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

use core::mem::MaybeUninit;
use keel_sdk::math::{div_rem_u128, div_wide_normalized, leading_zeros_nonzero, mul_div, wide_mul};
#[cfg(test)]
use keel_sdk::math::div_wide;

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
    // The usual case, an increment below 2^64: one 128-by-64 division
    // (`div_wide`'s, inlined: the call costs more than the division) instead
    // of the 256-bit one.
    let (hi, lo) = ((numerator >> 64) as u64, numerator as u64);
    if hi < total_weight {
        let s = leading_zeros_nonzero(total_weight);
        let (q, r) = div_wide_normalized(hi, lo, total_weight << s, s);
        return Some((q as u128, r as u128));
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
    // The usual case, a delta below 2^64 (under ~18 tokens per unit of weight
    // since the last settlement): one 128-by-64 division of the product.
    if delta >> 64 == 0 {
        return mul_div_scale(weight, delta as u64);
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

/// `mul_div(a, b, ACC_SCALE)`, with the 128-by-64 division (`div_wide_normalized`)
/// normalised at compile time. Every accrual takes it.
#[inline(always)]
fn mul_div_scale(a: u64, b: u64) -> Option<u64> {
    const S: u32 = ACC_SCALE.leading_zeros();
    if ((a >> 32) | (b >> 32)) == 0 || ((a >> 47) | (b >> 17)) == 0 {
        return Some(a * b / ACC_SCALE);
    }
    let p = wide_mul(a, b);
    let (hi, lo) = ((p >> 64) as u64, p as u64);
    if hi >= ACC_SCALE {
        return None;
    }
    Some(div_wide_normalized(hi, lo, ACC_SCALE << S, S).0)
}

/// Whole tokens still waiting in `undistributed_scaled`, rounded up (what the
/// reward vault must still cover for it).
pub fn undistributed_tokens(undistributed_scaled: u128) -> u128 {
    let (q, r) = div_rem_u128(undistributed_scaled, ACC_SCALE as u128).unwrap_or((0, 0));
    if r == 0 { q } else { q + 1 }
}

// ---------------------------------------------------------------- schedule
//
// The pure parts of the exact, keeper-free schedule (design:
// `interface::state::schedule`; not yet used by the instructions). Every
// weight change falls on a day boundary, so between two writes a position's
// weight is a step function with at most three steps down.

/// Seconds in a schedule day (the boundaries are 00:00 UTC).
pub const DAY_SECS: i64 = 86_400;

/// The first 00:00 UTC at or after `ts` (`ts` itself when it is one); `ts` < 0
/// counts as 0 (no division of signed values on SBF). `None` past i64.
pub fn day_ceil(ts: i64) -> Option<i64> {
    let t = ts.max(0) as u64;
    let rest = t % DAY_SECS as u64;
    let ceil = if rest == 0 { t } else { t.checked_add(DAY_SECS as u64 - rest)? };
    i64::try_from(ceil).ok()
}

/// What defines a position's weight between two writes: its multipliers, lock
/// end and the boosters in force at its last write, each with its end (all on
/// day boundaries; `i64::MIN` or any past time for "already lapsed").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PositionCurve {
    pub amount: u64,
    /// Tier 1..=4: the multiplier falls at `lock_end`. Tier 0: never.
    pub has_lock: bool,
    /// While the lock runs (the tier's, taken when the lock was set).
    pub multiplier_bps: u16,
    /// From `lock_end` on: the no-lock tier's at the last write, at most
    /// `multiplier_bps` (a lock never gains weight by ending).
    pub fall_multiplier_bps: u16,
    pub lock_end: i64,
    /// Long-lock booster (0 when the lock is too short); lapses at `lock_end`.
    pub long_lock_bps: u16,
    pub voter_bps: u16,
    pub voter_until: i64,
    pub participation_bps: u16,
    pub participation_until: i64,
}

impl PositionCurve {
    /// Voting power at `t`.
    pub fn voting_power_at(&self, t: i64) -> Option<u64> {
        let ended = self.has_lock && t >= self.lock_end;
        bps_of(self.amount, if ended { self.fall_multiplier_bps } else { self.multiplier_bps } as u64)
    }

    /// Boosters active at `t`.
    pub fn boost_bps_at(&self, t: i64) -> u16 {
        let mut bps = 0u16;
        if self.has_lock && t < self.lock_end {
            bps += self.long_lock_bps;
        }
        if t < self.voter_until {
            bps += self.voter_bps;
        }
        if t < self.participation_until {
            bps += self.participation_bps;
        }
        bps
    }

    /// Reward weight at `t`.
    pub fn reward_weight_at(&self, t: i64) -> Option<u64> {
        bps_of(self.voting_power_at(t)?, BPS + self.boost_bps_at(t) as u64)
    }

    /// Whether the curve steps in `(after, until]`.
    #[inline(always)]
    pub fn steps_within(&self, after: i64, until: i64) -> bool {
        let within = |t: i64| after < t && t <= until;
        (self.has_lock && within(self.lock_end))
            || (self.voter_bps != 0 && within(self.voter_until))
            || (self.participation_bps != 0 && within(self.participation_until))
    }

    /// The times after `after` (strictly) at which the curve may step down,
    /// ascending and distinct: at most three (lock end, voter end,
    /// participation end). Returns the array and how many are used.
    pub fn steps_after(&self, after: i64) -> ([i64; 3], usize) {
        let mut steps = [0i64; 3];
        let mut n = 0;
        let candidates = [
            if self.has_lock { self.lock_end } else { i64::MIN },
            if self.voter_bps != 0 { self.voter_until } else { i64::MIN },
            if self.participation_bps != 0 { self.participation_until } else { i64::MIN },
        ];
        for c in candidates {
            if c > after && !steps[..n].contains(&c) {
                // Insertion keeps them sorted (three at most).
                let mut i = n;
                while i > 0 && steps[i - 1] > c {
                    steps[i] = steps[i - 1];
                    i -= 1;
                }
                steps[i] = c;
                n += 1;
            }
        }
        (steps, n)
    }
}

/// A curve evaluated once at `now` and at each of its steps after `now` (at
/// most three): point 0 is now, point i (1..=n) the i-th step; `power[i]` and
/// `weight[i]` hold from `at[i]` until the next point. A write reads its
/// weight now and its scheduled drops (the differences between consecutive
/// points) from one evaluation: two voting powers and ≤ 4 weights.
#[cfg(test)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CurvePoints {
    pub n: usize,
    pub at: [i64; 4],
    pub power: [u64; 4],
    pub weight: [u64; 4],
}

#[cfg(test)]
impl CurvePoints {
    /// The `i`-th scheduled drop (0-based, `i < n`): what the totals lose at `at[i + 1]`.
    #[inline(always)]
    pub fn drop(&self, i: usize) -> Option<WeightDrop> {
        Some(WeightDrop {
            at: self.at[i + 1],
            reward_weight: self.weight[i].checked_sub(self.weight[i + 1])?,
            voting_power: self.power[i].checked_sub(self.power[i + 1])?,
        })
    }
}

/// `value × bps / 10_000` for the weights of one curve: one native multiply
/// and divide while `value` is below 2^47 (1.4e14 base units; bps < 2^17),
/// else `mul_div`.
#[inline(always)]
fn bps_of(value: u64, bps: u64) -> Option<u64> {
    if value >> 47 == 0 { Some(value * bps / BPS) } else { mul_div(value, bps, BPS) }
}

impl PositionCurve {
    /// The curve at `now` and at its steps after `now` (see `CurvePoints`):
    /// the three candidate ends sorted by a three-compare network (an absent
    /// or past end is `i64::MAX`), equal ends merged, then one weight per point.
    /// The plain reference `at_now` is tested against (host tests only).
    #[cfg(test)]
    pub fn points(&self, now: i64) -> Option<CurvePoints> {
        let running = bps_of(self.amount, self.multiplier_bps as u64)?;
        let fallen = if self.has_lock { bps_of(self.amount, self.fall_multiplier_bps as u64)? } else { running };
        let after = |on: bool, t: i64| if on && t > now { t } else { i64::MAX };
        let mut a = after(self.has_lock, self.lock_end);
        let mut b = after(self.voter_bps != 0, self.voter_until);
        let mut c = after(self.participation_bps != 0, self.participation_until);
        if a > b {
            core::mem::swap(&mut a, &mut b);
        }
        if b > c {
            core::mem::swap(&mut b, &mut c);
        }
        if a > b {
            core::mem::swap(&mut a, &mut b);
        }
        let mut p = CurvePoints { n: 0, at: [now, a, 0, 0], power: [0; 4], weight: [0; 4] };
        if a != i64::MAX {
            p.n = 1;
            if b != a && b != i64::MAX {
                p.at[2] = b;
                p.n = 2;
            }
            if c != b && c != i64::MAX {
                p.at[p.n + 1] = c;
                p.n += 1;
            }
        }
        let mut i = 0;
        while i <= p.n {
            let t = p.at[i];
            let power = if self.has_lock && t >= self.lock_end { fallen } else { running };
            p.power[i] = power;
            p.weight[i] = bps_of(power, BPS + self.boost_bps_at(t) as u64)?;
            i += 1;
        }
        Some(p)
    }
}

/// A curve evaluated for a write at `now` (`PositionCurve::at_now`): its
/// value then and the drops it schedules after, one per step, ascending.
/// Exactly `points(now)` (same steps, same weights) with the differences
/// taken: what a write takes out of the ring or puts in
/// (`instructions::shared::schedule::reschedule`). Built in place, with only
/// its `n` steps written.
pub struct CurveNow {
    pub power: u64,
    pub weight: u64,
    /// Boosters active at now (`boost_bps_at(now)`).
    pub boost_bps: u16,
    /// Steps after now, at most three.
    n: usize,
    at: [MaybeUninit<i64>; 3],
    weight_drop: [MaybeUninit<u64>; 3],
    power_drop: [MaybeUninit<u64>; 3],
}

impl CurveNow {
    /// Steps after now (at most three).
    #[inline(always)]
    pub fn steps(&self) -> usize {
        self.n
    }

    /// Step `i` (`i < steps()`): when, and the (reward weight, voting power)
    /// the curve loses then.
    #[inline(always)]
    pub fn step(&self, i: usize) -> (i64, (u64, u64)) {
        assert!(i < self.n);
        // SAFETY: `at_now` wrote the first `n` entries of each array.
        unsafe { (self.at[i].assume_init(), (self.weight_drop[i].assume_init(), self.power_drop[i].assume_init())) }
    }
}

impl PositionCurve {
    /// The curve at `now` and its drops after (see `CurveNow`), written to
    /// `out` (initialised on success); `false` past u64, or if the curve
    /// would rise (it only falls). The steps are sorted by a three-compare
    /// network (an absent or past end is `i64::MAX`), equal ends merged; the
    /// last step needs no evaluation: from it on nothing is boosted and the
    /// lock has ended, so the curve is its fallen power (`weight = power ×
    /// 10,000 / 10,000`).
    #[inline(always)]
    pub fn at_now(&self, now: i64, out: &mut MaybeUninit<CurveNow>) -> bool {
        let out = out.as_mut_ptr();
        let Some(running) = bps_of(self.amount, self.multiplier_bps as u64) else { return false };
        let fallen = if self.has_lock {
            let Some(fallen) = bps_of(self.amount, self.fall_multiplier_bps as u64) else { return false };
            fallen
        } else {
            running
        };
        // Each part's end: from then on it no longer counts (`MIN`: a part the
        // curve does not have never counts).
        let lock_end = if self.has_lock { self.lock_end } else { i64::MIN };
        let voter_end = if self.voter_bps != 0 { self.voter_until } else { i64::MIN };
        let participation_end = if self.participation_bps != 0 { self.participation_until } else { i64::MIN };
        let (lock_bps, voter_bps, participation_bps) =
            (self.long_lock_bps as u64, self.voter_bps as u64, self.participation_bps as u64);
        // 10,000 + `boost_bps_at(t)`; (voting power, reward weight) at `t`
        // (`voting_power_at`, `reward_weight_at`). Macros, not closures: a
        // closure's captures would live on the stack.
        macro_rules! bps_at {
            ($t:expr) => {{
                let t = $t;
                let mut bps = BPS;
                if t < lock_end {
                    bps += lock_bps;
                }
                if t < voter_end {
                    bps += voter_bps;
                }
                if t < participation_end {
                    bps += participation_bps;
                }
                bps
            }};
        }
        macro_rules! value {
            ($t:expr) => {{
                let t = $t;
                let power = if t < lock_end { running } else { fallen };
                match bps_of(power, bps_at!(t)) {
                    Some(weight) => (power, weight),
                    None => return false,
                }
            }};
        }
        let bps = bps_at!(now);
        let power = if now < lock_end { running } else { fallen };
        let Some(weight) = bps_of(power, bps) else { return false };
        // The usual case, every end after now on one day (or none after now):
        // one step at most, to the final value, with no sorting.
        let last = lock_end.max(voter_end).max(participation_end);
        let single = |t: i64| t <= now || t == last;
        if last <= now || (single(lock_end) && single(voter_end) && single(participation_end)) {
            let mut n = 0;
            if last > now {
                if power < fallen || weight < fallen {
                    return false;
                }
                // SAFETY: `out` is valid for writes.
                unsafe {
                    (*out).at[0].write(last);
                    (*out).power_drop[0].write(power - fallen);
                    (*out).weight_drop[0].write(weight - fallen);
                }
                n = 1;
            }
            // SAFETY: as below.
            unsafe {
                core::ptr::addr_of_mut!((*out).power).write(power);
                core::ptr::addr_of_mut!((*out).weight).write(weight);
                core::ptr::addr_of_mut!((*out).boost_bps).write((bps - BPS) as u16);
                core::ptr::addr_of_mut!((*out).n).write(n);
            }
            return true;
        }
        let after = |t: i64| if t > now { t } else { i64::MAX };
        let (mut a, mut b, mut c) = (after(lock_end), after(voter_end), after(participation_end));
        if a > b {
            core::mem::swap(&mut a, &mut b);
        }
        if b > c {
            core::mem::swap(&mut b, &mut c);
        }
        if a > b {
            core::mem::swap(&mut a, &mut b);
        }
        // Equal ends are one step; `MAX` (none) stays at the back.
        if c == b {
            c = i64::MAX;
        }
        if b == a {
            (b, c) = (c, i64::MAX);
        }
        // Step `i` at `t` to `next` (power, weight): its drop from `before`.
        let mut before = (power, weight);
        macro_rules! step {
            ($i:expr, $t:expr, $next:expr) => {{
                let next: (u64, u64) = $next;
                if before.0 < next.0 || before.1 < next.1 {
                    return false;
                }
                // SAFETY: `out` is valid for writes; `$i < 3`.
                unsafe {
                    (*out).at[$i].write($t);
                    (*out).power_drop[$i].write(before.0 - next.0);
                    (*out).weight_drop[$i].write(before.1 - next.1);
                }
                before = next;
            }};
        }
        let mut n = 0;
        if a != i64::MAX {
            n = 1;
            if b == i64::MAX {
                step!(0, a, (fallen, fallen));
            } else {
                step!(0, a, value!(a));
                n = 2;
                if c == i64::MAX {
                    step!(1, b, (fallen, fallen));
                } else {
                    step!(1, b, value!(b));
                    step!(2, c, (fallen, fallen));
                    n = 3;
                }
            }
        }
        // SAFETY: `out` is valid for writes; with the `n` steps above every
        // field that is not `MaybeUninit` is now written.
        unsafe {
            core::ptr::addr_of_mut!((*out).power).write(power);
            core::ptr::addr_of_mut!((*out).weight).write(weight);
            // Each part is at most `MAX_BOOSTER_BPS`: the sum is the u16 sum.
            core::ptr::addr_of_mut!((*out).boost_bps).write((bps - BPS) as u16);
            core::ptr::addr_of_mut!((*out).n).write(n);
        }
        let _ = before;
        true
    }
}

/// One scheduled drop: at boundary `at`, the totals lose these amounts.
#[cfg(test)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WeightDrop {
    pub at: i64,
    pub reward_weight: u64,
    pub voting_power: u64,
}

/// The drops a position's curve schedules after `now`: at each step, the
/// weight just before minus the weight from then on (never negative: every
/// part of the curve only falls). Their sums take the weight at `now` to the
/// curve's final weight exactly, so the ring keeps the totals exact. The
/// reference for `PositionCurve::at_now`'s drops (host tests only).
#[cfg(test)]
pub fn scheduled_drops(curve: &PositionCurve, now: i64) -> Option<([WeightDrop; 3], usize)> {
    let points = curve.points(now)?;
    let mut drops = [WeightDrop::default(); 3];
    let mut i = 0;
    while i < points.n {
        drops[i] = points.drop(i)?;
        i += 1;
    }
    Some((drops, points.n))
}

/// Rewards a position earned from `settled_at` (accumulator `debt` then) to
/// `now` (accumulator `acc_now`), following its curve: each constant piece
/// between its steps earns `weight × (acc at its end − acc at its start)`,
/// rounded down on its own, with the accumulator at each step read from the
/// schedule's history (`acc_at(boundary)`). Inlined: its arguments need more
/// than SBF's five registers.
#[inline(always)]
pub fn earned_over_segments(
    curve: &PositionCurve,
    settled: (i64, u128),
    now: i64,
    acc_now: u128,
    mut acc_at: impl FnMut(i64) -> Option<u128>,
) -> Option<u64> {
    let (settled_at, debt) = settled;
    let (steps, n) = curve.steps_after(settled_at);
    // The usual case: no step since the last settlement, one piece.
    if n == 0 || steps[0] > now {
        return accrued(curve.reward_weight_at(settled_at)?, acc_now, debt);
    }
    let mut earned = 0u64;
    let (mut from, mut from_acc) = (settled_at, debt);
    let mut i = 0;
    while i < n && steps[i] <= now {
        let acc = acc_at(steps[i])?;
        earned = earned.checked_add(accrued(curve.reward_weight_at(from)?, acc, from_acc)?)?;
        (from, from_acc) = (steps[i], acc);
        i += 1;
    }
    earned.checked_add(accrued(curve.reward_weight_at(from)?, acc_now, from_acc)?)
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
    fn stream() {
        assert_eq!(stream_release(100, 0, 10, 5), Some(50));
        assert_eq!(stream_release(100, 0, 10, 3), Some(30));
        assert_eq!(stream_release(70, 3, 10, 10), Some(70));
        assert_eq!(stream_release(70, 3, 10, 2), Some(0));
        assert_eq!(stream_release(0, 3, 10, 20), Some(0));
    }

    #[test]
    fn distribute_divides_like_div_wide() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..200_000 {
            let d = (next() >> (next() % 64)).max(1);
            assert_eq!(leading_zeros_nonzero(d), d.leading_zeros());
            let (hi, lo) = (next() % d, next());
            let s = d.leading_zeros();
            assert_eq!(Some(div_wide_normalized(hi, lo, d << s, s)), div_wide(hi, lo, d));
        }
    }

    #[test]
    fn mul_div_scale_is_mul_div() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..200_000 {
            let (a, b) = (next() >> (next() % 64), next() >> (next() % 64));
            assert_eq!(mul_div_scale(a, b), mul_div(a, b, ACC_SCALE));
        }
        assert_eq!(mul_div_scale(u64::MAX, u64::MAX), None);
        assert_eq!(mul_div_scale(ACC_SCALE, 7), Some(7));
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

    const D: i64 = DAY_SECS;

    fn curve() -> PositionCurve {
        // 1,000 at 3.0× until day 10, then 1.0×; long lock +20 % until day 10,
        // voter +15 % until day 4, participation +10 % until day 7.
        PositionCurve {
            amount: 1_000,
            has_lock: true,
            multiplier_bps: 30_000,
            fall_multiplier_bps: 10_000,
            lock_end: 10 * D,
            long_lock_bps: 2_000,
            voter_bps: 1_500,
            voter_until: 4 * D,
            participation_bps: 1_000,
            participation_until: 7 * D,
        }
    }

    #[test]
    fn days() {
        assert_eq!(day_ceil(0), Some(0));
        assert_eq!(day_ceil(1), Some(D));
        assert_eq!(day_ceil(D), Some(D));
        assert_eq!(day_ceil(D + 1), Some(2 * D));
        assert_eq!(day_ceil(-5), Some(0));
        // 2025-06-15 12:26:40 UTC → 2025-06-16 00:00 UTC.
        assert_eq!(day_ceil(1_750_000_000), Some(1_750_032_000));
        assert_eq!(day_ceil(i64::MAX), None);
    }

    #[test]
    fn curve_steps_and_drops() {
        let c = curve();
        assert_eq!(c.reward_weight_at(0), Some(4_350));
        assert_eq!(c.voting_power_at(10 * D - 1), Some(3_000));
        assert_eq!(c.voting_power_at(10 * D), Some(1_000));
        assert_eq!(c.steps_after(0), ([4 * D, 7 * D, 10 * D], 3));
        assert_eq!(c.steps_after(4 * D), ([7 * D, 10 * D, 0], 2));
        let (drops, n) = scheduled_drops(&c, D).unwrap();
        assert_eq!(n, 3);
        assert_eq!(drops[0], WeightDrop { at: 4 * D, reward_weight: 450, voting_power: 0 });
        assert_eq!(drops[1], WeightDrop { at: 7 * D, reward_weight: 300, voting_power: 0 });
        assert_eq!(drops[2], WeightDrop { at: 10 * D, reward_weight: 2_600, voting_power: 2_000 });
        // Σ drops = weight now − final weight, exactly.
        let total: u64 = drops[..n].iter().map(|d| d.reward_weight).sum();
        assert_eq!(total, c.reward_weight_at(D).unwrap() - c.reward_weight_at(20 * D).unwrap());
        // Coinciding ends make one step; tier 0 never falls.
        let mut same = c;
        same.voter_until = 10 * D;
        same.participation_until = 10 * D;
        assert_eq!(same.steps_after(0), ([10 * D, 0, 0], 1));
        let mut no_lock = c;
        no_lock.has_lock = false;
        no_lock.long_lock_bps = 0;
        no_lock.multiplier_bps = 10_000;
        assert_eq!(no_lock.steps_after(0), ([4 * D, 7 * D, 0], 2));
        assert_eq!(scheduled_drops(&no_lock, 8 * D), Some(([WeightDrop::default(); 3], 0)));
    }

    #[test]
    fn at_now_is_points_with_the_differences_taken() {
        // xorshift64: curves around a `now`, ends before, at and after it,
        // some equal; amounts small and past 2^47.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        let now = 50 * D + 7;
        for _ in 0..20_000 {
            let end = |next: &mut dyn FnMut(u64) -> u64| (45 + next(10) as i64) * D;
            let c = PositionCurve {
                amount: if next(4) == 0 { 1 << (40 + next(20)) } else { next(1_000_000_000_000) },
                has_lock: next(2) == 0,
                multiplier_bps: 10_000 + next(40_001) as u16,
                fall_multiplier_bps: 10_000,
                lock_end: end(&mut next),
                long_lock_bps: next(5_001) as u16,
                voter_bps: next(2) as u16 * 1_500,
                voter_until: end(&mut next),
                participation_bps: next(2) as u16 * next(5_001) as u16,
                participation_until: end(&mut next),
            };
            let mut got = MaybeUninit::uninit();
            let points = c.points(now);
            assert_eq!(c.at_now(now, &mut got), points.is_some());
            let Some(p) = points else { continue };
            // SAFETY: `at_now` succeeded.
            let got = unsafe { got.assume_init() };
            assert_eq!((got.power, got.weight, got.boost_bps), (p.power[0], p.weight[0], c.boost_bps_at(now)));
            assert_eq!(got.steps(), p.n);
            for i in 0..p.n {
                let drop = p.drop(i).unwrap();
                assert_eq!(got.step(i), (drop.at, (drop.reward_weight, drop.voting_power)));
            }
        }
    }

    #[test]
    fn segments_earn_exactly_what_each_day_paid_at_the_weight_then() {
        // Each day the accumulator grows by `day + 1` whole units per weight;
        // the position earns its weight of that day times the growth.
        let s = ACC_SCALE as u128;
        let acc_day = |t: i64| -> u128 {
            let day = (t / D) as u128;
            s * day * (day + 1) / 2
        };
        let acc_at = |t: i64| Some(acc_day(t));
        let c = curve();
        // Settled at 12:00 of day 1 (acc half-way through day 1's growth), now day 12 + 6 h.
        let (settled_at, now) = (D + D / 2, 12 * D + D / 4);
        let debt = acc_day(D) + s; // day 1 grows by 2: half of it by noon
        let acc_now = acc_day(12 * D) + 13 * s / 4;
        let earned = earned_over_segments(&c, (settled_at, debt), now, acc_now, acc_at).unwrap();
        // By hand: [noon day 1, day 4) at 4,350: acc grows 1 + 3 + 4 = 8;
        // [day 4, 7) at 3,900: 5 + 6 + 7 = 18; [day 7, 10) at 3,600: 8 + 9 + 10 = 27;
        // [day 10, now) at 1,000: 11 + 12 + 13/4.
        let expected = 4_350 * 8 + 3_900 * 18 + 3_600 * 27 + 1_000 * 11 + 1_000 * 12 + 1_000 * 13 / 4;
        assert_eq!(earned, expected);
        // With no step in between it is the plain accrual.
        assert_eq!(earned_over_segments(&c, (11 * D, acc_day(11 * D)), 12 * D, acc_day(12 * D), acc_at), Some(12_000));
    }
}
