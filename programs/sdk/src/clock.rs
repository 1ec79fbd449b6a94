//! The Clock sysvar, read with a syscall (no account needed): all of it with
//! `sol_get_clock_sysvar` (140 CU), or just the time with `sol_get_sysvar`
//! (SIMD-0127, 110 CU); or from the sysvar's account when an instruction is
//! given it (`unix_timestamp_from`: a key comparison and a load).

use crate::account::AccountView;
use crate::error::{self, ProgramError};
use crate::pubkey::Pubkey;
use crate::syscalls;
use core::mem::MaybeUninit;

/// Clock sysvar, 40 bytes, field order as the runtime writes it.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    /// Current slot.
    pub slot: u64,
    /// Timestamp of the first slot of this epoch (unix seconds).
    pub epoch_start_timestamp: i64,
    /// Current epoch.
    pub epoch: u64,
    /// Future epoch whose leader schedule is known.
    pub leader_schedule_epoch: u64,
    /// Estimated unix time of this slot, in seconds.
    pub unix_timestamp: i64,
}

const _: () = assert!(core::mem::size_of::<Clock>() == 40);

impl Clock {
    /// Reads the current clock (140 CU).
    pub fn get() -> Result<Clock, ProgramError> {
        let mut clock = MaybeUninit::<Clock>::uninit();
        // SAFETY: the syscall writes 40 bytes on success.
        let status = unsafe { syscalls::sol_get_clock_sysvar(clock.as_mut_ptr() as *mut u8) };
        error::status(status)?;
        // SAFETY: written by the syscall.
        Ok(unsafe { clock.assume_init() })
    }
}

/// The Clock sysvar's address, `SysvarC1ock11111111111111111111111111111111`.
pub const CLOCK_ID: Pubkey = crate::pubkey!("SysvarC1ock11111111111111111111111111111111");

/// Byte offset of `unix_timestamp` in the Clock sysvar.
const UNIX_TIMESTAMP_OFFSET: u64 = 32;

/// The current unix time in seconds (`Clock::unix_timestamp`), reading only
/// those 8 bytes with `sol_get_sysvar` (110 CU instead of 140 for the whole
/// clock).
#[inline]
pub fn unix_timestamp() -> Result<i64, ProgramError> {
    let mut now = MaybeUninit::<i64>::uninit();
    // SAFETY: the id is 32 bytes; the syscall writes 8 bytes on success.
    let status = unsafe {
        syscalls::sol_get_sysvar(CLOCK_ID.as_ptr(), now.as_mut_ptr() as *mut u8, UNIX_TIMESTAMP_OFFSET, 8)
    };
    error::status(status)?;
    // SAFETY: written by the syscall.
    Ok(unsafe { now.assume_init() })
}

/// `CLOCK_ID` as words (`pubkey::eq_words`).
const CLOCK_ID_WORDS: [u64; 4] = crate::pubkey::words(&CLOCK_ID);

/// Whether `account` is the Clock sysvar's account.
#[inline(always)]
pub fn is_clock(account: &AccountView) -> bool {
    crate::pubkey::eq_words(account.key(), &CLOCK_ID_WORDS)
}

/// The current unix time from the Clock sysvar's account, which the caller
/// has checked with `is_clock`: only the runtime writes it, so its data is the
/// clock the syscall reads. `InvalidAccountData` if it is shorter than a
/// clock. (A key comparison and a load instead of `unix_timestamp`'s 110 CU.)
#[inline(always)]
pub fn unix_timestamp_from(account: &AccountView) -> Result<i64, ProgramError> {
    let data = account.try_borrow_data()?;
    let at = UNIX_TIMESTAMP_OFFSET as usize;
    let Some(bytes) = data.get(at..at + 8) else {
        return Err(ProgramError::InvalidAccountData);
    };
    let p = bytes.as_ptr();
    if (p as usize) % 8 == 0 {
        // SAFETY: 8 readable, 8-aligned bytes (account data in the input
        // buffer is 8-aligned, and so is offset 32).
        Ok(unsafe { (p as *const i64).read() })
    } else {
        Ok(i64::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7]]))
    }
}
