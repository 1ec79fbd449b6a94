//! The program entrypoint: parses the serialized input in place and calls the
//! program's `process_instruction(program_id, accounts, data)`.
//!
//! Input buffer (SBPFv0, aligned serialization):
//!
//! ```text
//! u64                    number of accounts
//! per account, either    a non-duplicate: 88-byte header (see `account`), data,
//!                        10,240 bytes of realloc space, padding to a multiple of 8,
//!                        u64 rent_epoch
//! or                     a duplicate: u8 index of the earlier account, 7 padding bytes
//! u64                    instruction data length
//! [u8]                   instruction data
//! [u8; 32]               program id
//! ```
//!
//! No allocator: the views live in a fixed array on the entrypoint's stack
//! (`MaybeUninit`, 8 bytes per slot). Accounts beyond the array's capacity are
//! stepped over but not kept.

use crate::account::{AccountView, RAW_ACCOUNT_LEN, RawAccount};
use crate::pubkey::Pubkey;
use core::mem::MaybeUninit;

/// Default capacity of the account array (`entrypoint!(f)`); 64 × 8 = 512 bytes
/// of the entrypoint's 4 KiB frame. `entrypoint!(f, N)` picks another.
pub const MAX_ACCOUNTS: usize = 64;

/// Bytes the runtime reserves after each account's data for growth.
pub const MAX_PERMITTED_DATA_INCREASE: usize = 10_240;

/// Marker byte of a non-duplicate account.
pub const NON_DUP_MARKER: u8 = 0xff;

/// Parses the input buffer, filling `accounts` from the front.
///
/// Returns the program id, the number of views written (at most `MAX`) and the
/// instruction data.
///
/// # Safety
/// `input` must be the buffer the runtime passed to `entrypoint`; the returned
/// references live as long as the instruction.
#[inline(always)]
pub unsafe fn deserialize<const MAX: usize>(
    input: *mut u8,
    accounts: &mut [MaybeUninit<AccountView>; MAX],
) -> (&'static Pubkey, usize, &'static [u8]) {
    // SAFETY (whole function): offsets follow the runtime's layout above, so every
    // read stays inside the buffer; the buffer starts 8-aligned and each u64 read
    // below is at an 8-aligned offset.
    unsafe {
        let total = *(input as *const u64) as usize;
        let kept = if total < MAX { total } else { MAX };
        let views = accounts.as_mut_ptr() as *mut AccountView;
        let mut at = input.add(core::mem::size_of::<u64>());
        // The kept accounts: each step is a marker test, a store and, for a
        // non-duplicate, one length read to find the next header. (Walking the
        // views by pointer up to an end keeps it one compare per account.)
        let mut view = views;
        let end = views.add(kept);
        while view < end {
            if *at == NON_DUP_MARKER {
                view.write(AccountView::new_unchecked(at as *mut RawAccount));
                at = next_account(at);
            } else {
                at = duplicate(views, view, at);
            }
            view = view.add(1);
        }
        let mut i = kept;
        // Accounts beyond the array: stepped over to reach the instruction data.
        while i < total {
            at = if *at == NON_DUP_MARKER { next_account(at) } else { at.add(core::mem::size_of::<u64>()) };
            i += 1;
        }
        let data_len = *(at as *const u64) as usize;
        at = at.add(core::mem::size_of::<u64>());
        let data = core::slice::from_raw_parts(at, data_len);
        let program_id = &*(at.add(data_len) as *const Pubkey);
        (program_id, kept, data)
    }
}

/// A duplicate at `at` (marker = the index of its original, always an earlier
/// and so kept account): its view is the original's, so both share the header
/// and the borrow state. Returns the next account. Out of line and cold, so the
/// loop over non-duplicates stays a straight run of instructions.
///
/// # Safety
/// `at` is a duplicate entry of the input buffer; `view` the slot to fill,
/// after every earlier one of `views`.
#[cold]
#[inline(never)]
unsafe fn duplicate(views: *mut AccountView, view: *mut AccountView, at: *mut u8) -> *mut u8 {
    // SAFETY: the caller's promises.
    unsafe {
        view.write(*views.add(*at as usize));
        at.add(core::mem::size_of::<u64>())
    }
}

/// The account after the non-duplicate account at `at`: header, data, realloc
/// space, padding to 8, rent_epoch.
///
/// # Safety
/// `at` must be a non-duplicate account header of the input buffer.
#[inline(always)]
unsafe fn next_account(at: *mut u8) -> *mut u8 {
    // SAFETY: the header's data_len (8-aligned u64 at offset 80) and the
    // runtime's layout; the result stays inside the buffer. The buffer starts
    // 8-aligned, so padding the address to 8 pads the offset to 8.
    unsafe {
        let data_len = (*(at as *const RawAccount)).data_len as usize;
        let end = at as usize + RAW_ACCOUNT_LEN + data_len + MAX_PERMITTED_DATA_INCREASE;
        let padded = (end + 7) & !7;
        at.add(padded - at as usize + core::mem::size_of::<u64>())
    }
}

/// Defines the `entrypoint` symbol for `process_instruction` and the panic handler.
///
/// ```ignore
/// keel_sdk::entrypoint!(process_instruction);
/// fn process_instruction(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult
/// ```
///
/// `entrypoint!(process_instruction, 16)` keeps at most 16 accounts.
#[macro_export]
macro_rules! entrypoint {
    ($process:path) => {
        $crate::entrypoint!($process, $crate::entrypoint::MAX_ACCOUNTS);
    };
    ($process:path, $max:expr) => {
        /// The program's entrypoint, called by the runtime with the input buffer.
        ///
        /// # Safety
        /// Only the runtime calls this, with a well-formed input buffer.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn entrypoint(input: *mut u8) -> u64 {
            const MAX: usize = $max;
            let mut accounts = [const { core::mem::MaybeUninit::<$crate::account::AccountView>::uninit() }; MAX];
            // SAFETY: `input` is the runtime's buffer.
            let (program_id, count, data) =
                unsafe { $crate::entrypoint::deserialize::<MAX>(input, &mut accounts) };
            // SAFETY: `deserialize` initialised the first `count` slots.
            let accounts = unsafe {
                core::slice::from_raw_parts(accounts.as_ptr() as *const $crate::account::AccountView, count)
            };
            match $process(program_id, accounts, data) {
                Ok(()) => $crate::error::SUCCESS,
                Err(error) => error.to_u64(),
            }
        }

        $crate::panic_handler!();
    };
}

/// Defines a panic handler that logs the panic's location and aborts. Included
/// by `entrypoint!`; the message text is not formatted (that would pull in
/// `core::fmt`, costly in code size and compute).
#[macro_export]
macro_rules! panic_handler {
    () => {
        #[cfg(target_arch = "bpf")]
        #[panic_handler]
        fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
            $crate::log::log("panicked");
            if let Some(location) = info.location() {
                let file = location.file();
                // SAFETY: file is a valid str; sol_panic_ logs it with the line
                // and column and aborts.
                unsafe {
                    $crate::syscalls::sol_panic_(
                        file.as_ptr(),
                        file.len() as u64,
                        location.line() as u64,
                        location.column() as u64,
                    )
                }
            }
            // SAFETY: abort has no preconditions.
            unsafe { $crate::syscalls::abort() }
        }
    };
}
