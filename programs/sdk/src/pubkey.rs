//! Addresses: the 32-byte `Pubkey`, a compile-time base58 decoder, equality.

use crate::syscalls;

/// A 32-byte account address.
pub type Pubkey = [u8; 32];

/// Number of bytes in a `Pubkey`.
pub const PUBKEY_BYTES: usize = 32;

/// A base58 address decoded at compile time: `pubkey!("1111...")`.
#[macro_export]
macro_rules! pubkey {
    ($s:literal) => {
        const { $crate::pubkey::from_base58($s) }
    };
}

/// Decodes a base58 address. Meant for `const` contexts (the `pubkey!` macro):
/// a bad character or a value that does not fit 32 bytes is a compile error there.
pub const fn from_base58(s: &str) -> Pubkey {
    let input = s.as_bytes();
    let mut out = [0u8; 32];
    let mut i = 0;
    while i < input.len() {
        let c = input[i];
        let mut carry: u32 = match c {
            b'1'..=b'9' => (c - b'1') as u32,
            b'A'..=b'H' => (c - b'A') as u32 + 9,
            b'J'..=b'N' => (c - b'J') as u32 + 17,
            b'P'..=b'Z' => (c - b'P') as u32 + 22,
            b'a'..=b'k' => (c - b'a') as u32 + 33,
            b'm'..=b'z' => (c - b'm') as u32 + 44,
            _ => panic!("invalid base58 character"),
        };
        // out = out * 58 + digit, big-endian.
        let mut j = 32;
        while j > 0 {
            j -= 1;
            carry += out[j] as u32 * 58;
            out[j] = carry as u8;
            carry >>= 8;
        }
        if carry != 0 {
            panic!("base58 value does not fit 32 bytes");
        }
        i += 1;
    }
    out
}

/// Whether two addresses are equal.
///
/// Keys inside the input buffer are 8-byte aligned, so the common case is four
/// u64 compares; anything else (a key inside instruction data) goes through
/// `sol_memcmp_`, which costs a flat 10 CU, instead of 32 byte loads per side.
/// Usually a call; `eq_inline` on hot paths.
#[inline]
pub fn eq(a: &Pubkey, b: &Pubkey) -> bool {
    let (pa, pb) = (a.as_ptr(), b.as_ptr());
    if pa == pb {
        return true;
    }
    if (pa as usize | pb as usize) & 7 == 0 {
        let (wa, wb) = (pa as *const u64, pb as *const u64);
        // SAFETY: both are 8-aligned and 32 bytes long, so four u64 reads each
        // are in bounds and aligned.
        unsafe {
            *wa == *wb
                && *wa.add(1) == *wb.add(1)
                && *wa.add(2) == *wb.add(2)
                && *wa.add(3) == *wb.add(3)
        }
    } else {
        let mut result = 0i32;
        // SAFETY: both point at 32 readable bytes; result is a local.
        unsafe { syscalls::sol_memcmp_(pa, pb, 32, &mut result) };
        result == 0
    }
}

/// `eq`, always inlined: for hot paths where both keys are usually 8-aligned
/// (account keys and owners in the input buffer, keys at aligned offsets of
/// account data), four word compares with no call (~12 CU instead of ~22).
/// Anything unaligned takes `eq`'s `sol_memcmp_` path.
#[inline(always)]
pub fn eq_inline(a: &Pubkey, b: &Pubkey) -> bool {
    let (pa, pb) = (a.as_ptr(), b.as_ptr());
    if (pa as usize | pb as usize) & 7 == 0 {
        let (wa, wb) = (pa as *const u64, pb as *const u64);
        // SAFETY: both 8-aligned and 32 bytes long.
        unsafe {
            *wa == *wb
                && *wa.add(1) == *wb.add(1)
                && *wa.add(2) == *wb.add(2)
                && *wa.add(3) == *wb.add(3)
        }
    } else {
        eq(a, b)
    }
}

/// `key` as four little-endian words: a constant key compared word by word
/// (`eq_words`) needs no load of the constant.
pub const fn words(key: &Pubkey) -> [u64; 4] {
    let mut w = [0u64; 4];
    let mut i = 0;
    while i < 32 {
        w[i / 8] |= (key[i] as u64) << (8 * (i % 8));
        i += 1;
    }
    w
}

/// Whether `key` is the key whose `words` are `w` (a constant: four compares
/// with immediates when `key` is 8-aligned, as every key in the input buffer
/// is).
#[inline(always)]
pub fn eq_words(key: &Pubkey, w: &[u64; 4]) -> bool {
    let p = key.as_ptr();
    if (p as usize) & 7 == 0 {
        let k = p as *const u64;
        // SAFETY: 8-aligned and 32 bytes long.
        unsafe { *k == w[0] && *k.add(1) == w[1] && *k.add(2) == w[2] && *k.add(3) == w[3] }
    } else {
        let mut b = [0u8; 32];
        b.copy_from_slice(key);
        words(&b) == *w
    }
}

/// Whether `key` is all zero bytes (the System Program's id), without a
/// constant to compare with: four word loads when 8-aligned.
#[inline(always)]
pub fn is_zero(key: &Pubkey) -> bool {
    let p = key.as_ptr();
    if (p as usize) & 7 == 0 {
        let w = p as *const u64;
        // SAFETY: 8-aligned and 32 bytes long.
        unsafe { (*w | *w.add(1) | *w.add(2) | *w.add(3)) == 0 }
    } else {
        key.iter().all(|&b| b == 0)
    }
}

/// Copies `src` into the 32 bytes at `dst`: four u64 moves when `src` is
/// 8-aligned too (keys in the input buffer, keys at aligned offsets of account
/// data), else one `sol_memcpy_` (10 CU) rather than 32 byte moves.
///
/// # Safety
/// `dst` must be 8-aligned, valid for 32 bytes of writes and not overlap `src`.
#[inline(always)]
pub unsafe fn copy_to_aligned(dst: *mut u8, src: &Pubkey) {
    let s = src.as_ptr();
    // SAFETY: the caller's promise for `dst`; `src` is 32 readable bytes, read
    // as words only when 8-aligned.
    unsafe {
        if (s as usize) & 7 == 0 {
            let (d, s) = (dst as *mut u64, s as *const u64);
            *d = *s;
            *d.add(1) = *s.add(1);
            *d.add(2) = *s.add(2);
            *d.add(3) = *s.add(3);
        } else {
            syscalls::sol_memcpy_(dst, s, 32);
        }
    }
}

/// The System Program.
pub const SYSTEM_PROGRAM_ID: Pubkey = [0; 32];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_the_key_little_endian() {
        let key = from_base58("SysvarC1ock11111111111111111111111111111111");
        let w = words(&key);
        for i in 0..4 {
            assert_eq!(w[i], u64::from_le_bytes(key[8 * i..8 * i + 8].try_into().unwrap()));
        }
        #[repr(align(8))]
        struct Aligned([u8; 40]);
        let mut buf = Aligned([0; 40]);
        for start in [0, 3, 8] {
            buf.0[start..start + 32].copy_from_slice(&key);
            let k: &Pubkey = buf.0[start..start + 32].try_into().unwrap();
            assert!(eq_words(k, &w));
            let mut other = *k;
            other[31] ^= 1;
            assert!(!eq_words(&other, &w));
        }
    }

    #[test]
    fn decodes_known_addresses() {
        assert_eq!(from_base58("11111111111111111111111111111111"), [0u8; 32]);
        // SPL Token: first and last bytes of 06ddf6e1d765a193d9cbe146ceeb79ac1cb485ed5f5b37913a8cf5857eff00a9.
        let t = from_base58("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");
        assert_eq!(t[0], 0x06);
        assert_eq!(t[1], 0xdd);
        assert_eq!(t[31], 0xa9);
    }

    #[test]
    fn inline_eq_zero_and_copy_match_eq() {
        #[repr(C, align(8))]
        struct Buf([u8; 88]);
        let a = from_base58("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");
        for offset in [0usize, 1, 8, 9] {
            let mut buf = Buf([0; 88]);
            buf.0[offset..offset + 32].copy_from_slice(&a);
            let k: &Pubkey = (&buf.0[offset..offset + 32]).try_into().unwrap();
            assert!(eq_inline(&a, k) && eq(&a, k));
            assert!(!is_zero(k));
            let zero: &Pubkey = (&buf.0[48..80]).try_into().unwrap();
            assert!(is_zero(zero) && !eq_inline(k, zero));
            let mut out = Buf([0xee; 88]);
            // SAFETY: 8-aligned, 32 bytes, a separate buffer.
            unsafe { copy_to_aligned(out.0.as_mut_ptr().add(8), k) };
            assert_eq!(&out.0[8..40], &a[..]);
            assert_eq!(out.0[7], 0xee);
            assert_eq!(out.0[40], 0xee);
        }
    }

    #[test]
    fn eq_aligned_and_unaligned() {
        let a = from_base58("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");
        let mut buf = [0u8; 40];
        buf[1..33].copy_from_slice(&a);
        let b: &Pubkey = (&buf[1..33]).try_into().unwrap();
        assert!(eq(&a, b));
        buf[5] ^= 1;
        let c: &Pubkey = (&buf[1..33]).try_into().unwrap();
        assert!(!eq(&a, c));
    }
}
