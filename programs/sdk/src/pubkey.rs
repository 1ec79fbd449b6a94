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

/// The System Program.
pub const SYSTEM_PROGRAM_ID: Pubkey = [0; 32];

#[cfg(test)]
mod tests {
    use super::*;

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
