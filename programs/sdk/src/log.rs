//! Program logs. Each call is one syscall (base cost 100 CU, plus the length for
//! `log`/`log_data`); nothing is formatted on chain.

use crate::pubkey::Pubkey;
use crate::syscalls;

/// Logs `Program log: <message>`.
#[inline(always)]
pub fn log(message: &str) {
    // SAFETY: a valid str.
    unsafe { syscalls::sol_log_(message.as_ptr(), message.len() as u64) }
}

/// Logs `Program log: 0x.., 0x.., 0x.., 0x.., 0x..` (five values in hex).
#[inline(always)]
pub fn log_64(a: u64, b: u64, c: u64, d: u64, e: u64) {
    // SAFETY: no pointers.
    unsafe { syscalls::sol_log_64_(a, b, c, d, e) }
}

/// Logs `Program log: <base58 address>`.
#[inline(always)]
pub fn log_pubkey(key: &Pubkey) {
    // SAFETY: 32 readable bytes.
    unsafe { syscalls::sol_log_pubkey(key.as_ptr()) }
}

/// Logs `Program data: <base64 of each part, space separated>`: the event channel
/// indexers read. By convention the first part names the event.
#[inline(always)]
pub fn log_data(parts: &[&[u8]]) {
    // SAFETY: a `&[u8]` is a (ptr, len) pair, the layout the syscall reads.
    unsafe { syscalls::sol_log_data(parts.as_ptr() as *const u8, parts.len() as u64) }
}

/// Logs `Program consumption: <n> units remaining`.
#[inline(always)]
pub fn log_compute_units() {
    // SAFETY: no arguments.
    unsafe { syscalls::sol_log_compute_units_() }
}
