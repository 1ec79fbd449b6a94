//! Return data: the bytes an instruction hands back to its caller (a CPI caller
//! reads them with `get`; a transaction's last return data shows in its metadata).

use crate::pubkey::Pubkey;
use crate::syscalls;
use core::mem::MaybeUninit;

/// Most bytes of return data.
pub const MAX_RETURN_DATA: usize = 1024;

/// Sets this instruction's return data (replacing any earlier). Longer than
/// `MAX_RETURN_DATA` fails the program.
#[inline(always)]
pub fn set(data: &[u8]) {
    // SAFETY: a valid slice.
    unsafe { syscalls::sol_set_return_data(data.as_ptr(), data.len() as u64) }
}

/// Copies the latest return data into `buffer`. Returns the full length of the
/// return data (possibly more than was copied) and the program that set it, or
/// `None` if there is none.
pub fn get(buffer: &mut [u8]) -> Option<(usize, Pubkey)> {
    let mut program_id = MaybeUninit::<Pubkey>::uninit();
    // SAFETY: buffer is writable for its length; the syscall writes the program
    // id whenever it returns a non-zero length.
    let len = unsafe {
        syscalls::sol_get_return_data(buffer.as_mut_ptr(), buffer.len() as u64, program_id.as_mut_ptr() as *mut u8)
    };
    if len == 0 {
        None
    } else {
        // SAFETY: written by the syscall (len != 0).
        Some((len as usize, unsafe { program_id.assume_init() }))
    }
}
