//! Checked wide arithmetic without compiler library calls.
//!
//! The BPF backend refuses `__multi3` / `__udivti3` (u128 multiply and divide),
//! so u128 `*` and `/` must not appear in programs. u128 add, subtract, compare
//! and constant shifts are fine. Here:
//!
//! - 64×64→128 multiply from 32-bit halves (`wide_mul`);
//! - 128÷64 division with the native u64 `div` on 32-bit digits (Knuth D /
//!   Hacker's Delight `divlu`, `div_wide`);
//! - 256÷128 division as Knuth D with 64-bit digits (`mul_div_u128`);
//! - u128 shifts by a run-time amount on 64-bit halves (`shl128`, `shr128`):
//!   `x << s` on u128 with a variable `s` is a `__ashlti3` call, also refused.
//!
//! Every function keeps to the backend's five argument registers (a u128 takes
//! two, an aggregate result one more for its hidden pointer).
//!
//! Costs, measured through the probe's `mul_div` instruction in LiteSVM (the
//! instruction alone is ~400 CU): `mul_div` (u64) adds a few CU when the
//! product fits u64 by a cheap test (`fits_u64`: amounts × basis points), ~50
//! otherwise; `mul_div_u128`
//! ~150 with u64-sized operands, ~300 with a wide operand and a u64 divisor,
//! ~800 with a divisor ≥ 2^64 (the 256÷128 Knuth path). Prefer u64 divisors.

const LOW32: u64 = 0xffff_ffff;
const BASE32: u64 = 1 << 32;

/// `a * b` as a full 128-bit product.
#[inline]
pub const fn wide_mul(a: u64, b: u64) -> u128 {
    let (a_lo, a_hi) = (a & LOW32, a >> 32);
    let (b_lo, b_hi) = (b & LOW32, b >> 32);
    let ll = a_lo * b_lo;
    let lh = a_lo * b_hi;
    let hl = a_hi * b_lo;
    let hh = a_hi * b_hi;
    // Sum of the middle column; < 3 * 2^32, no overflow.
    let mid = (ll >> 32) + (lh & LOW32) + (hl & LOW32);
    let lo = (ll & LOW32) | (mid << 32);
    let hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    join(hi, lo)
}

#[inline(always)]
const fn join(hi: u64, lo: u64) -> u128 {
    ((hi as u128) << 64) | lo as u128
}

#[inline(always)]
const fn hi64(x: u128) -> u64 {
    (x >> 64) as u64
}

/// `(hi·2^64 + lo) / d` and the remainder, for `hi < d` (so the quotient fits
/// u64). `None` when `hi >= d` (including `d == 0`).
pub fn div_wide(hi: u64, lo: u64, d: u64) -> Option<(u64, u64)> {
    if hi >= d {
        return None;
    }
    Some(div_wide_unchecked(hi, lo, d))
}

/// Hacker's Delight `divlu` with the divisor normalised here
/// (`leading_zeros_nonzero`).
#[inline]
fn div_wide_unchecked(u1: u64, u0: u64, v: u64) -> (u64, u64) {
    let s = leading_zeros_nonzero(v);
    div_wide_normalized(u1, u0, v << s, s)
}

/// `v.leading_zeros()` for `v != 0` (0 gives 56, not 64): three halving
/// steps and a table for the top byte. `leading_zeros` has no BPF
/// instruction; LLVM expands it into a ~40-instruction population count.
#[inline(always)]
pub fn leading_zeros_nonzero(v: u64) -> u32 {
    /// Leading zeros of each byte value (`CLZ8[0]` is unused: the top byte is
    /// non-zero by then).
    static CLZ8: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut i = 1;
        while i < 256 {
            t[i] = (i as u8).leading_zeros() as u8;
            i += 1;
        }
        t
    };
    let (mut v, mut s) = (v, 0);
    if v >> 32 == 0 {
        v <<= 32;
        s = 32;
    }
    if v >> 48 == 0 {
        v <<= 16;
        s += 16;
    }
    if v >> 56 == 0 {
        v <<= 8;
        s += 8;
    }
    s + CLZ8[(v >> 56) as usize] as u32
}

/// `(u1·2^64 + u0) / v0` and the remainder for `u1 < v0`, given the divisor
/// normalised: `v = v0 << s` with `s = v0.leading_zeros()` (top bit set).
/// Hacker's Delight `divlu`: two 64÷32-digit steps with the native u64
/// divide, each quotient digit estimated from the divisor's normalised top
/// half and corrected at most twice. A caller dividing by a constant
/// normalises it at compile time (staking's accrual by its accumulator
/// scale); `div_wide` normalises at run time.
#[inline(always)]
pub fn div_wide_normalized(u1: u64, u0: u64, v: u64, s: u32) -> (u64, u64) {
    let (vn1, vn0) = (v >> 32, v & LOW32);
    // Shift the dividend left by s; a shift by 64 would be out of range.
    let un32 = if s == 0 { u1 } else { (u1 << s) | (u0 >> (64 - s)) };
    let un10 = u0 << s;
    let (un1, un0) = (un10 >> 32, un10 & LOW32);

    let mut q1 = un32 / vn1;
    let mut rhat = un32 - q1 * vn1;
    while q1 >= BASE32 || q1 * vn0 > (rhat << 32) + un1 {
        q1 -= 1;
        rhat += vn1;
        if rhat >= BASE32 {
            break;
        }
    }
    // Wrapping: the true value fits 64 bits, intermediate terms may not.
    let un21 = (un32 << 32).wrapping_add(un1).wrapping_sub(q1.wrapping_mul(v));

    let mut q0 = un21 / vn1;
    rhat = un21 - q0 * vn1;
    while q0 >= BASE32 || q0 * vn0 > (rhat << 32) + un0 {
        q0 -= 1;
        rhat += vn1;
        if rhat >= BASE32 {
            break;
        }
    }
    let r = (un21 << 32).wrapping_add(un0).wrapping_sub(q0.wrapping_mul(v)) >> s;
    ((q1 << 32) | q0, r)
}

/// `a * b`, `None` on overflow. (u64 `checked_mul` would call `__multi3`.)
/// Operands below 2^32, the usual case, are one native multiply.
#[inline]
pub fn checked_mul(a: u64, b: u64) -> Option<u64> {
    if (a | b) >> 32 == 0 {
        return Some(a * b);
    }
    let p = wide_mul(a, b);
    if hi64(p) == 0 { Some(p as u64) } else { None }
}

/// `floor(a * b / c)`; `None` if `c == 0` or the result exceeds u64.
pub fn mul_div(a: u64, b: u64, c: u64) -> Option<u64> {
    if fits_u64(a, b) {
        return if c == 0 { None } else { Some(a * b / c) };
    }
    let p = wide_mul(a, b);
    div_wide(hi64(p), p as u64, c).map(|(q, _)| q)
}

/// A cheap sufficient test that `a * b` fits u64: both below 2^32, or `b`
/// below 2^17 (basis points, multipliers) and `a` below 2^47 (amounts up to
/// ~1.4e14 base units). Then one native multiply replaces `wide_mul` and the
/// 128-by-64 division.
#[inline(always)]
const fn fits_u64(a: u64, b: u64) -> bool {
    ((a >> 32) | (b >> 32)) == 0 || ((a >> 47) | (b >> 17)) == 0
}

/// `ceil(a * b / c)`; `None` if `c == 0` or the result exceeds u64.
pub fn mul_div_ceil(a: u64, b: u64, c: u64) -> Option<u64> {
    if fits_u64(a, b) {
        if c == 0 {
            return None;
        }
        let p = a * b;
        return Some(p / c + (p % c != 0) as u64);
    }
    let p = wide_mul(a, b);
    let (q, r) = div_wide(hi64(p), p as u64, c)?;
    if r == 0 { Some(q) } else { q.checked_add(1) }
}

/// `a * b` for u128, `None` on overflow.
pub fn checked_mul_u128(a: u128, b: u128) -> Option<u128> {
    let (hi, lo) = mul_256(a, b);
    if hi == 0 { Some(lo) } else { None }
}

/// `n / d` and `n % d` for u128 (no `__udivti3`); `None` if `d == 0`.
pub fn div_rem_u128(n: u128, d: u128) -> Option<(u128, u128)> {
    div_256(0, n, d)
}

/// `floor(a * b / c)` with a 256-bit intermediate; `None` if `c == 0` or the
/// result exceeds u128. (Inlined: three u128 arguments are six registers, over
/// the backend's five.)
#[inline(always)]
pub fn mul_div_u128(a: u128, b: u128, c: u128) -> Option<u128> {
    let product = mul_256(a, b);
    div_256(product.0, product.1, c).map(|(q, _)| q)
}

/// `ceil(a * b / c)` with a 256-bit intermediate; `None` if `c == 0` or the
/// result exceeds u128. (Inlined, as `mul_div_u128`.)
#[inline(always)]
pub fn mul_div_ceil_u128(a: u128, b: u128, c: u128) -> Option<u128> {
    let product = mul_256(a, b);
    let (q, r) = div_256(product.0, product.1, c)?;
    if r == 0 { Some(q) } else { q.checked_add(1) }
}

/// Full 128×128 → 256-bit product as (high, low) halves.
fn mul_256(a: u128, b: u128) -> (u128, u128) {
    let (a1, a0) = (hi64(a), a as u64);
    let (b1, b0) = (hi64(b), b as u64);
    if a1 == 0 && b1 == 0 {
        return (0, wide_mul(a0, b0));
    }
    let p00 = wide_mul(a0, b0);
    let p01 = wide_mul(a0, b1);
    let p10 = wide_mul(a1, b0);
    let p11 = wide_mul(a1, b1);
    // Column of 2^64: high of p00 + low of p01 + low of p10 (< 3 * 2^64).
    let mid = (hi64(p00) as u128) + (p01 as u64 as u128) + (p10 as u64 as u128);
    let lo = join(mid as u64, p00 as u64);
    let hi = p11 + (hi64(p01) as u128) + (hi64(p10) as u128) + (hi64(mid) as u128);
    (hi, lo)
}

/// `(hi·2^128 + lo) / d` and the remainder, when the quotient fits u128
/// (`hi < d`); `None` otherwise (including `d == 0`). Inlined into callers; the
/// work happens in `div_256_by_128` on a `Div256` passed by `&mut`.
#[inline(always)]
fn div_256(hi: u128, lo: u128, d: u128) -> Option<(u128, u128)> {
    let mut w = Div256 { hi, lo, d, q: 0, r: 0 };
    if div_256_by_128(&mut w) { Some((w.q, w.r)) } else { None }
}

/// Inputs and outputs of a 256÷128 division. Passed by `&mut` on purpose:
/// LLVM's argument promotion splits small read-only pointees into by-value
/// arguments (three u128 would be six registers, over the backend's five), but
/// never a pointer that is written through.
struct Div256 {
    hi: u128,
    lo: u128,
    d: u128,
    q: u128,
    r: u128,
}

/// Sets `w.q`, `w.r` and returns true when `w.hi < w.d`.
fn div_256_by_128(w: &mut Div256) -> bool {
    let (hi, lo, d) = (w.hi, w.lo, w.d);
    if hi >= d {
        return false;
    }
    let (l1, l0) = (hi64(lo), lo as u64);
    if hi64(d) == 0 {
        // 64-bit divisor: schoolbook over 64-bit digits; hi < d fits one digit.
        let d = d as u64;
        let (q1, r) = div_wide_unchecked(hi as u64, l1, d);
        let (q0, r) = div_wide_unchecked(r, l0, d);
        w.q = join(q1, q0);
        w.r = r as u128;
        return true;
    }
    // Normalise so the divisor's top bit is set (s < 64 since d ≥ 2^64). The
    // shifted dividend keeps four digits because hi < d.
    let s = hi64(d).leading_zeros();
    let v = shl128(d, s);
    let (h1, h0) = (hi64(hi), hi as u64);
    let (n3, n2, n1, n0) = if s == 0 {
        (h1, h0, l1, l0)
    } else {
        (
            (h1 << s) | (h0 >> (64 - s)),
            (h0 << s) | (l1 >> (64 - s)),
            (l1 << s) | (l0 >> (64 - s)),
            l0 << s,
        )
    };
    let mut step = Step { u2: n3, u1: n2, u0: n1, v, q: 0, r: 0 };
    div_192_by_128(&mut step);
    let q1 = step.q;
    step.u2 = hi64(step.r);
    step.u1 = step.r as u64;
    step.u0 = n0;
    div_192_by_128(&mut step);
    w.q = join(q1, step.q);
    w.r = shr128(step.r, s);
    true
}

/// Inputs and outputs of one Knuth D step (by `&mut`, as `Div256`).
struct Step {
    u2: u64,
    u1: u64,
    u0: u64,
    v: u128,
    q: u64,
    r: u128,
}

/// One Knuth D step with 64-bit digits: `(u2, u1, u0) / v` for a normalised `v`
/// (top bit set) and `(u2, u1) < v`, so the quotient is one digit.
fn div_192_by_128(step: &mut Step) {
    let (u2, u1, u0, v) = (step.u2, step.u1, step.u0, step.v);
    let (v1, v0) = (hi64(v), v as u64);
    // Estimate from the top two digits over v1; u2 <= v1 because (u2, u1) < v.
    let (mut qhat, mut rhat, mut rhat_big) = if u2 >= v1 {
        // qhat = 2^64 - 1, rhat = u2·2^64 + u1 - qhat·v1 = u1 + v1 (u2 == v1).
        let (r, o) = u1.overflowing_add(v1);
        (u64::MAX, r, o)
    } else {
        let (q, r) = div_wide_unchecked(u2, u1, v1);
        (q, r, false)
    };
    // Refine with the next digit; after this qhat is at most one too large.
    while !rhat_big && wide_mul(qhat, v0) > join(rhat, u0) {
        qhat -= 1;
        let (r, o) = rhat.overflowing_add(v1);
        rhat = r;
        rhat_big = o;
    }
    // Multiply and subtract: (u2, u1·2^64 + u0) - qhat·v, as (high digit, low 128).
    let p0 = wide_mul(qhat, v0);
    let p1 = wide_mul(qhat, v1);
    let (prod_lo, carry) = p0.overflowing_add((p1 as u64 as u128) << 64);
    let prod_hi = hi64(p1) + carry as u64;
    let (rem, borrow) = join(u1, u0).overflowing_sub(prod_lo);
    let (top, b1) = u2.overflowing_sub(prod_hi);
    let b2 = top < borrow as u64;
    if b1 || b2 {
        // qhat was one too large: add v back (the true remainder fits 128 bits,
        // so wrapping arithmetic gives it exactly).
        step.q = qhat - 1;
        step.r = rem.wrapping_add(v);
    } else {
        step.q = qhat;
        step.r = rem;
    }
}

/// `x << s` (0 for `s >= 128`) on 64-bit halves: a variable u128 shift would
/// be a `__ashlti3` library call, which the backend refuses.
#[inline]
pub fn shl128(x: u128, s: u32) -> u128 {
    let (h, l) = (hi64(x), x as u64);
    match s {
        0 => x,
        1..=63 => join((h << s) | (l >> (64 - s)), l << s),
        64..=127 => join(l << (s - 64), 0),
        _ => 0,
    }
}

/// `x >> s` (0 for `s >= 128`) on 64-bit halves (no `__lshrti3`).
#[inline]
pub fn shr128(x: u128, s: u32) -> u128 {
    let (h, l) = (hi64(x), x as u64);
    match s {
        0 => x,
        1..=63 => join(h >> s, (l >> s) | (h << (64 - s))),
        64..=127 => (h >> (s - 64)) as u128,
        _ => 0,
    }
}

/// Leading zero bits of a u128, from its halves.
#[inline]
pub fn leading_zeros128(x: u128) -> u32 {
    let h = hi64(x);
    if h != 0 { h.leading_zeros() } else { 64 + (x as u64).leading_zeros() }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Reference with the host's native u128 (and a 256-bit long division).
    fn reference_u128(a: u128, b: u128, c: u128) -> Option<u128> {
        if c == 0 {
            return None;
        }
        // 256-bit via 4 u64 limbs, then bitwise long division.
        let (hi, lo) = {
            let a = [a as u64, (a >> 64) as u64];
            let b = [b as u64, (b >> 64) as u64];
            let mut r = [0u64; 4];
            for i in 0..2 {
                let mut carry = 0u128;
                for j in 0..2 {
                    let t = (a[i] as u128) * (b[j] as u128) + r[i + j] as u128 + carry;
                    r[i + j] = t as u64;
                    carry = t >> 64;
                }
                r[i + 2] = carry as u64;
            }
            (((r[3] as u128) << 64) | r[2] as u128, ((r[1] as u128) << 64) | r[0] as u128)
        };
        if hi >= c {
            return None;
        }
        let mut rem = hi;
        let mut q = 0u128;
        for i in (0..128).rev() {
            let top = rem >> 127;
            rem = (rem << 1) | ((lo >> i) & 1);
            q <<= 1;
            if top == 1 || rem >= c {
                rem = rem.wrapping_sub(c);
                q |= 1;
            }
        }
        Some(q)
    }

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn wide(&mut self) -> u128 {
            let bits = self.next() % 129;
            let v = ((self.next() as u128) << 64) | self.next() as u128;
            if bits == 0 { 0 } else { v >> (128 - bits) }
        }
    }

    #[test]
    fn leading_zeros_nonzero_is_core_leading_zeros() {
        for s in 0..64 {
            for low in [0u64, 1, 0x5a5a_5a5a_5a5a_5a5a] {
                let v = (1u64 << 63 >> s) | (low >> (s + 1).min(63));
                assert_eq!(leading_zeros_nonzero(v), v.leading_zeros(), "{v:#x}");
            }
        }
    }

    #[test]
    fn shifts_match() {
        let mut rng = Rng(23);
        for _ in 0..10_000 {
            let x = rng.wide();
            for s in 0..140u32 {
                assert_eq!(shl128(x, s), x.checked_shl(s).unwrap_or(0));
                assert_eq!(shr128(x, s), x.checked_shr(s).unwrap_or(0));
            }
            assert_eq!(leading_zeros128(x), x.leading_zeros());
        }
    }

    #[test]
    fn wide_mul_matches() {
        let mut rng = Rng(7);
        for _ in 0..100_000 {
            let (a, b) = (rng.next(), rng.next() >> (rng.next() % 64));
            assert_eq!(wide_mul(a, b), a as u128 * b as u128);
        }
        assert_eq!(wide_mul(u64::MAX, u64::MAX), u64::MAX as u128 * u64::MAX as u128);
    }

    #[test]
    fn mul_div_u64_matches() {
        let mut rng = Rng(11);
        for _ in 0..200_000 {
            let a = rng.next() >> (rng.next() % 64);
            let b = rng.next() >> (rng.next() % 64);
            let c = rng.next() >> (rng.next() % 64);
            let expected = if c == 0 { None } else { u64::try_from(a as u128 * b as u128 / c as u128).ok() };
            assert_eq!(mul_div(a, b, c), expected, "{a} {b} {c}");
            let ceil = if c == 0 { None } else { u64::try_from((a as u128 * b as u128).div_ceil(c as u128)).ok() };
            assert_eq!(mul_div_ceil(a, b, c), ceil, "{a} {b} {c}");
        }
        assert_eq!(mul_div(u64::MAX, u64::MAX, u64::MAX), Some(u64::MAX));
        assert_eq!(mul_div(1, 1, 0), None);
    }

    #[test]
    fn fast_paths_match_at_their_edges() {
        // Around the bounds `fits_u64` tests (2^32, 2^47 with b < 2^17) and
        // just past them, where the wide path takes over.
        let edges = |x: u64| [x.wrapping_sub(1), x, x + 1];
        let mut values = vec![0u64, 1, 10_000, 65_535, u64::MAX];
        for e in [1u64 << 16, 1 << 17, 1 << 32, 1 << 47, 1 << 48] {
            values.extend(edges(e));
        }
        for &a in &values {
            for &b in &values {
                for c in [1u64, 3, 10_000, 1 << 40, u64::MAX] {
                    let exact = (a as u128) * (b as u128);
                    let floor = exact / c as u128;
                    let ceil = exact.div_ceil(c as u128);
                    assert_eq!(mul_div(a, b, c), u64::try_from(floor).ok(), "{a} {b} {c}");
                    assert_eq!(mul_div_ceil(a, b, c), u64::try_from(ceil).ok(), "{a} {b} {c}");
                }
                assert_eq!(mul_div(a, b, 0), None);
                assert_eq!(checked_mul(a, b), u64::try_from((a as u128) * (b as u128)).ok(), "{a} {b}");
            }
        }
    }

    #[test]
    fn mul_div_u128_matches() {
        let mut rng = Rng(13);
        for _ in 0..200_000 {
            let (a, b, c) = (rng.wide(), rng.wide(), rng.wide());
            assert_eq!(mul_div_u128(a, b, c), reference_u128(a, b, c), "{a} {b} {c}");
        }
        for (a, b, c) in [
            (u128::MAX, u128::MAX, u128::MAX),
            (u128::MAX, 1, 1),
            (u128::MAX, 2, 2),
            (u128::MAX, u128::MAX - 1, u128::MAX),
            (1u128 << 127, 2, 1u128 << 64),
            ((1u128 << 64) + 1, (1u128 << 64) - 1, (1u128 << 64) + 3),
        ] {
            assert_eq!(mul_div_u128(a, b, c), reference_u128(a, b, c), "{a} {b} {c}");
        }
        // Quotients near 2^128: a slightly below c keeps a·b < c·2^128.
        let mut rng = Rng(19);
        for _ in 0..200_000 {
            let c = rng.wide().max(1);
            let a = c - (rng.next() as u128 % c).min(rng.next() as u128 >> (rng.next() % 64));
            let b = ((rng.next() as u128) << 64) | rng.next() as u128;
            assert_eq!(mul_div_u128(a, b, c), reference_u128(a, b, c), "{a} {b} {c}");
            assert_eq!(mul_div_u128(b, a, c), reference_u128(a, b, c), "{a} {b} {c}");
        }
        let mut rng = Rng(17);
        for _ in 0..100_000 {
            let (n, d) = (rng.wide(), rng.wide());
            let expected = if d == 0 { None } else { Some((n / d, n % d)) };
            assert_eq!(div_rem_u128(n, d), expected);
        }
    }
}
