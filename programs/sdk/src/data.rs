//! Reading instruction data: fixed-offset little-endian fields, each failing
//! with `InvalidInstructionData` when the data is too short. Fixed widths
//! compile to plain loads (no memcpy call).

use crate::error::ProgramError;
use crate::pubkey::Pubkey;

/// `data` is exactly `len` bytes.
#[inline(always)]
pub fn expect_len(data: &[u8], len: usize) -> Result<(), ProgramError> {
    if data.len() == len { Ok(()) } else { Err(ProgramError::InvalidInstructionData) }
}

#[inline(always)]
fn array_at<const N: usize>(data: &[u8], offset: usize) -> Result<[u8; N], ProgramError> {
    match data.get(offset..offset + N) {
        Some(bytes) => {
            let mut out = [0u8; N];
            out.copy_from_slice(bytes);
            Ok(out)
        }
        None => Err(ProgramError::InvalidInstructionData),
    }
}

/// The byte at `offset`.
#[inline(always)]
pub fn u8_at(data: &[u8], offset: usize) -> Result<u8, ProgramError> {
    data.get(offset).copied().ok_or(ProgramError::InvalidInstructionData)
}

/// The u16 LE at `offset`.
#[inline(always)]
pub fn u16_at(data: &[u8], offset: usize) -> Result<u16, ProgramError> {
    array_at::<2>(data, offset).map(u16::from_le_bytes)
}

/// The u32 LE at `offset`.
#[inline(always)]
pub fn u32_at(data: &[u8], offset: usize) -> Result<u32, ProgramError> {
    array_at::<4>(data, offset).map(u32::from_le_bytes)
}

/// The u64 LE at `offset`.
#[inline(always)]
pub fn u64_at(data: &[u8], offset: usize) -> Result<u64, ProgramError> {
    array_at::<8>(data, offset).map(u64::from_le_bytes)
}

/// The i64 LE at `offset`.
#[inline(always)]
pub fn i64_at(data: &[u8], offset: usize) -> Result<i64, ProgramError> {
    array_at::<8>(data, offset).map(i64::from_le_bytes)
}

/// The u128 LE at `offset`.
#[inline(always)]
pub fn u128_at(data: &[u8], offset: usize) -> Result<u128, ProgramError> {
    array_at::<16>(data, offset).map(u128::from_le_bytes)
}

/// The 32-byte address at `offset`, borrowed in place.
#[inline(always)]
pub fn pubkey_at(data: &[u8], offset: usize) -> Result<&Pubkey, ProgramError> {
    match data.get(offset..offset + 32) {
        // SAFETY: exactly 32 bytes; Pubkey has alignment 1.
        Some(bytes) => Ok(unsafe { &*(bytes.as_ptr() as *const Pubkey) }),
        None => Err(ProgramError::InvalidInstructionData),
    }
}

/// Little-endian readers for data whose length the caller has already checked
/// (`expect_len` with a constant, or a bound it compared itself): plain values,
/// no `Result`, and once inlined the bounds checks fold into that earlier
/// check. An offset out of range still panics (the program aborts) rather
/// than reading past the data.
pub mod raw {
    /// The u16 LE at `at`.
    #[inline(always)]
    pub fn u16_at(data: &[u8], at: usize) -> u16 {
        u16::from_le_bytes([data[at], data[at + 1]])
    }

    /// The u32 LE at `at`.
    #[inline(always)]
    pub fn u32_at(data: &[u8], at: usize) -> u32 {
        let mut b = [0u8; 4];
        b.copy_from_slice(&data[at..at + 4]);
        u32::from_le_bytes(b)
    }

    /// The u64 LE at `at`.
    #[inline(always)]
    pub fn u64_at(data: &[u8], at: usize) -> u64 {
        let mut b = [0u8; 8];
        b.copy_from_slice(&data[at..at + 8]);
        u64::from_le_bytes(b)
    }

    /// The i64 LE at `at`.
    #[inline(always)]
    pub fn i64_at(data: &[u8], at: usize) -> i64 {
        u64_at(data, at) as i64
    }

    /// The 32 bytes at `at`, copied (e.g. a key to store).
    #[inline(always)]
    pub fn key_at(data: &[u8], at: usize) -> [u8; 32] {
        let mut b = [0u8; 32];
        b.copy_from_slice(&data[at..at + 32]);
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATA: [u8; 40] = {
        let mut d = [0u8; 40];
        let mut i = 0;
        while i < 40 {
            d[i] = i as u8 + 1;
            i += 1;
        }
        d
    };

    #[test]
    fn checked_readers_refuse_short_data() {
        assert_eq!(expect_len(&DATA, 40), Ok(()));
        assert_eq!(expect_len(&DATA, 39), Err(ProgramError::InvalidInstructionData));
        assert_eq!(u8_at(&DATA, 39), Ok(40));
        assert_eq!(u8_at(&DATA, 40), Err(ProgramError::InvalidInstructionData));
        assert_eq!(u16_at(&DATA, 1), Ok(0x0302));
        assert_eq!(u64_at(&DATA, 32), Ok(u64::from_le_bytes([33, 34, 35, 36, 37, 38, 39, 40])));
        assert_eq!(u64_at(&DATA, 33), Err(ProgramError::InvalidInstructionData));
        assert_eq!(pubkey_at(&DATA, 8).map(|k| k[0]), Ok(9));
        assert!(pubkey_at(&DATA, 9).is_err());
    }

    #[test]
    fn raw_readers_match_the_checked_ones() {
        for at in 0..=8 {
            assert_eq!(Ok(raw::u16_at(&DATA, at)), u16_at(&DATA, at));
            assert_eq!(Ok(raw::u32_at(&DATA, at)), u32_at(&DATA, at));
            assert_eq!(Ok(raw::u64_at(&DATA, at)), u64_at(&DATA, at));
            assert_eq!(Ok(raw::i64_at(&DATA, at)), i64_at(&DATA, at));
            assert_eq!(&raw::key_at(&DATA, at), pubkey_at(&DATA, at).unwrap());
        }
        assert_eq!(raw::i64_at(&[0xff; 8], 0), -1);
    }

    #[test]
    #[should_panic]
    fn raw_reader_out_of_range_panics() {
        raw::u64_at(&DATA, 33);
    }
}
