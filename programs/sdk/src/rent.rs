//! The Rent sysvar and the rent-exempt minimum, without floats.
//!
//! The sysvar is `{ lamports_per_byte_year: u64, exemption_threshold: f64,
//! burn_percent: u8 }` (24 bytes with padding). The minimum balance is
//! `(128 + data_len) * lamports_per_byte_year * exemption_threshold`. Floats are
//! refused by the backend, so the threshold is decoded from its IEEE-754 bits:
//! `threshold = m * 2^e` with a 53-bit integer `m`, and the product is computed
//! exactly in 128 bits and truncated, as the runtime's `as u64` truncates.
//! (Mainnet used 3,480 × 2.0; since SIMD-0194 it is 6,960 × 1.0. Both are exact.)

use crate::account::AccountView;
use crate::error::{self, ProgramError};
use crate::math;
use crate::pubkey::Pubkey;
use crate::syscalls;
use core::mem::MaybeUninit;

/// Bytes of account metadata charged as if they were data.
pub const ACCOUNT_STORAGE_OVERHEAD: u64 = 128;

/// The Rent sysvar's address, `SysvarRent111111111111111111111111111111111`.
pub const RENT_ID: Pubkey = crate::pubkey!("SysvarRent111111111111111111111111111111111");

/// Bytes of the Rent sysvar's account data (bincode: u64, f64, u8).
const RENT_DATA_LEN: u64 = 17;

/// `1.0f64.to_bits()`: the exemption threshold since SIMD-0194.
const THRESHOLD_ONE: u64 = 0x3ff0_0000_0000_0000;
/// `2.0f64.to_bits()`: the exemption threshold before SIMD-0194.
const THRESHOLD_TWO: u64 = 0x4000_0000_0000_0000;

/// The Rent sysvar with the threshold kept as its f64 bit pattern.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rent {
    /// Rental rate in lamports per byte-year.
    pub lamports_per_byte_year: u64,
    /// `exemption_threshold: f64` as bits.
    pub exemption_threshold_bits: u64,
    /// Percentage of collected rent that is burned.
    pub burn_percent: u8,
}

const _: () = assert!(core::mem::size_of::<Rent>() == 24);

impl Rent {
    /// Reads the Rent sysvar: its 17 bytes of account data (u64, f64 bits,
    /// u8) with `sol_get_sysvar` (SIMD-0127), 110 CU (`sol_get_rent_sysvar`
    /// costs 124).
    #[inline]
    pub fn get() -> Result<Rent, ProgramError> {
        let mut rent = MaybeUninit::<Rent>::uninit();
        // SAFETY: the id is 32 bytes; on success the syscall writes the 17 data
        // bytes, which are the struct's fields in order (the rest is padding).
        let status = unsafe {
            syscalls::sol_get_sysvar(RENT_ID.as_ptr(), rent.as_mut_ptr() as *mut u8, 0, RENT_DATA_LEN)
        };
        error::status(status)?;
        // SAFETY: every field was written by the syscall.
        Ok(unsafe { rent.assume_init() })
    }

    /// The Rent sysvar from its account, which the caller has checked with
    /// `is_rent`: only the runtime writes it, so its data is what `get` reads.
    /// `InvalidAccountData` if it is shorter than the sysvar. (A key
    /// comparison and three loads instead of `get`'s 110 CU.)
    #[inline(always)]
    pub fn from_account(account: &AccountView) -> Result<Rent, ProgramError> {
        let data = account.try_borrow_data()?;
        if data.len() < RENT_DATA_LEN as usize {
            return Err(ProgramError::InvalidAccountData);
        }
        let p = data.as_ptr();
        if (p as usize) % 8 == 0 {
            // SAFETY: 17 readable bytes, 8-aligned (account data in the input
            // buffer is); the fields in order, as `get` has them.
            unsafe {
                Ok(Rent {
                    lamports_per_byte_year: (p as *const u64).read(),
                    exemption_threshold_bits: (p.add(8) as *const u64).read(),
                    burn_percent: *p.add(16),
                })
            }
        } else {
            let word = |at: usize| u64::from_le_bytes([data[at], data[at + 1], data[at + 2], data[at + 3], data[at + 4], data[at + 5], data[at + 6], data[at + 7]]);
            Ok(Rent { lamports_per_byte_year: word(0), exemption_threshold_bits: word(8), burn_percent: data[16] })
        }
    }

    /// Lamports an account with `data_len` bytes needs to be rent exempt.
    /// `ArithmeticOverflow` for a threshold that is negative, not finite, or
    /// gives a result beyond u64.
    #[inline(always)]
    pub fn minimum_balance(&self, data_len: usize) -> Result<u64, ProgramError> {
        let bytes = ACCOUNT_STORAGE_OVERHEAD
            .checked_add(data_len as u64)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        // The thresholds Solana has used, 2.0 and (since SIMD-0194) 1.0, are a
        // u64 multiply; anything else goes through the exact decoding below.
        let fast = match self.exemption_threshold_bits {
            THRESHOLD_ONE => math::checked_mul(bytes, self.lamports_per_byte_year),
            THRESHOLD_TWO => math::checked_mul(bytes, self.lamports_per_byte_year).and_then(|b| b.checked_add(b)),
            _ => return self.minimum_balance_exact(bytes),
        };
        fast.ok_or(ProgramError::ArithmeticOverflow)
    }

    /// `bytes × lamports_per_byte_year × threshold` for any threshold, from its
    /// IEEE-754 bits, truncated as the runtime's `as u64`.
    #[inline(never)]
    fn minimum_balance_exact(&self, bytes: u64) -> Result<u64, ProgramError> {
        let base = math::wide_mul(bytes, self.lamports_per_byte_year);
        let bits = self.exemption_threshold_bits;
        let exponent_bits = (bits >> 52) & 0x7ff;
        if bits >> 63 != 0 || exponent_bits == 0x7ff {
            return Err(ProgramError::ArithmeticOverflow);
        }
        if exponent_bits == 0 {
            // Zero or subnormal (< 2^-1022): the product truncates to 0.
            return Ok(0);
        }
        let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
        // threshold = mantissa * 2^(exponent_bits - 1075)
        let product = math::checked_mul_u128(base, mantissa as u128).ok_or(ProgramError::ArithmeticOverflow)?;
        let value = if exponent_bits >= 1075 {
            let shift = (exponent_bits - 1075) as u32;
            if shift >= 128 || math::leading_zeros128(product) < shift {
                return Err(ProgramError::ArithmeticOverflow);
            }
            math::shl128(product, shift)
        } else {
            let shift = (1075 - exponent_bits) as u32;
            math::shr128(product, shift)
        };
        u64::try_from(value).map_err(|_| ProgramError::ArithmeticOverflow)
    }
}

/// `RENT_ID` as words (`pubkey::eq_words`).
const RENT_ID_WORDS: [u64; 4] = crate::pubkey::words(&RENT_ID);

/// Whether `account` is the Rent sysvar's account.
#[inline(always)]
pub fn is_rent(account: &AccountView) -> bool {
    crate::pubkey::eq_words(account.key(), &RENT_ID_WORDS)
}

/// Lamports an account with `data_len` bytes needs to be rent exempt, from the
/// current Rent sysvar.
pub fn minimum_balance(data_len: usize) -> Result<u64, ProgramError> {
    Rent::get()?.minimum_balance(data_len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rent(per_byte: u64, threshold: f64) -> Rent {
        Rent { lamports_per_byte_year: per_byte, exemption_threshold_bits: threshold.to_bits(), burn_percent: 50 }
    }

    #[test]
    fn matches_float_formula() {
        for (per_byte, threshold) in [(3480u64, 2.0f64), (6960, 1.0), (1000, 1.5), (7, 0.25), (3480, 0.0)] {
            for len in [0usize, 1, 82, 165, 10_000] {
                let expected = (((128 + len) as u64 * per_byte) as f64 * threshold) as u64;
                assert_eq!(rent(per_byte, threshold).minimum_balance(len), Ok(expected));
            }
        }
        assert_eq!(rent(3480, 2.0).minimum_balance(165), Ok(2_039_280));
    }
}
