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
