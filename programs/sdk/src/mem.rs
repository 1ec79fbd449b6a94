//! Memory copies, fills and compares through the runtime's syscalls.
//!
//! The BPF backend cannot call `memcpy`/`memset`/`memcmp` for a length known only
//! at run time (nor for large constant ones), so copies of runtime length go
//! through `sol_memcpy_` & co. Each costs max(10, n / 250) CU.

use crate::error::ProgramError;
use crate::syscalls;

/// Copies `src` into `dst`; `InvalidArgument` if the lengths differ.
#[inline]
pub fn copy(dst: &mut [u8], src: &[u8]) -> Result<(), ProgramError> {
    if dst.len() != src.len() {
        return Err(ProgramError::InvalidArgument);
    }
    // SAFETY: same length, and `&mut` and `&` cannot overlap.
    unsafe { copy_unchecked(dst.as_mut_ptr(), src.as_ptr(), src.len()) };
    Ok(())
}

/// Copies `n` bytes.
///
/// # Safety
/// `dst` and `src` must be valid for `n` bytes and must not overlap (the runtime
/// aborts the program on overlap).
#[inline(always)]
pub unsafe fn copy_unchecked(dst: *mut u8, src: *const u8, n: usize) {
    // SAFETY: the caller's promise.
    unsafe { syscalls::sol_memcpy_(dst, src, n as u64) }
}

/// Copies `n` bytes between ranges that may overlap.
///
/// # Safety
/// `dst` and `src` must be valid for `n` bytes.
#[inline(always)]
pub unsafe fn move_unchecked(dst: *mut u8, src: *const u8, n: usize) {
    // SAFETY: the caller's promise.
    unsafe { syscalls::sol_memmove_(dst, src, n as u64) }
}

/// Sets every byte of `dst` to `value`.
#[inline]
pub fn fill(dst: &mut [u8], value: u8) {
    // SAFETY: a valid mutable slice.
    unsafe { syscalls::sol_memset_(dst.as_mut_ptr(), value, dst.len() as u64) }
}

/// Whether `a` and `b` hold the same bytes.
#[inline]
pub fn eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && compare(a, b) == 0
}

/// Sign of the first differing byte of the common prefix: < 0, 0 or > 0.
#[inline]
pub fn compare(a: &[u8], b: &[u8]) -> i32 {
    let n = if a.len() < b.len() { a.len() } else { b.len() };
    let mut result = 0i32;
    // SAFETY: both valid for n bytes; result is a local.
    unsafe { syscalls::sol_memcmp_(a.as_ptr(), b.as_ptr(), n as u64, &mut result) };
    result
}
