//! The Clock sysvar, read with `sol_get_clock_sysvar` (no account needed).

use crate::error::{self, ProgramError};
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
    /// Reads the current clock.
    pub fn get() -> Result<Clock, ProgramError> {
        let mut clock = MaybeUninit::<Clock>::uninit();
        // SAFETY: the syscall writes 40 bytes on success.
        let status = unsafe { syscalls::sol_get_clock_sysvar(clock.as_mut_ptr() as *mut u8) };
        error::status(status)?;
        // SAFETY: written by the syscall.
        Ok(unsafe { clock.assume_init() })
    }
}
