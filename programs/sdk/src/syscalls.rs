//! Raw syscall declarations.
//!
//! On the SBF target each of these is an undefined symbol: the ELF converter turns
//! a call to it into a `call -1` with a dynamic relocation, and the loader writes
//! `murmur3_32(name)` into the immediate. A name the runtime does not know makes
//! the program fail to load, so only names the runtime registers belong here.
//!
//! Everything here is `unsafe` and unchecked; the safe wrappers live in the module
//! of each concern (`log`, `pda`, `mem`, `clock`, `rent`, `return_data`, `cpi`).
//!
//! On any other target (host unit tests of pure code) the same names are plain
//! functions: the memory ones behave like the runtime's, the rest are inert stubs
//! that report failure, so host code that reaches them notices.

#[cfg(target_arch = "bpf")]
unsafe extern "C" {
    /// Logs `len` bytes of UTF-8 at `message`.
    pub fn sol_log_(message: *const u8, len: u64);
    /// Logs five u64 values in hex.
    pub fn sol_log_64_(arg1: u64, arg2: u64, arg3: u64, arg4: u64, arg5: u64);
    /// Logs the base58 form of the 32 bytes at `pubkey`.
    pub fn sol_log_pubkey(pubkey: *const u8);
    /// Logs `Program data: <base64> <base64> ...`; `data` is `count` (ptr, len) pairs.
    pub fn sol_log_data(data: *const u8, count: u64);
    /// Logs the remaining compute units.
    pub fn sol_log_compute_units_();
    /// `seeds` is `seeds_len` (ptr, len) pairs. Returns 0 and writes 32 bytes at
    /// `address`, or non-zero when the seeds give a point on the curve.
    pub fn sol_create_program_address(
        seeds: *const u8,
        seeds_len: u64,
        program_id: *const u8,
        address: *mut u8,
    ) -> u64;
    /// Tries bumps 255, 254, ... Returns 0 and writes the address and bump.
    pub fn sol_try_find_program_address(
        seeds: *const u8,
        seeds_len: u64,
        program_id: *const u8,
        address: *mut u8,
        bump: *mut u8,
    ) -> u64;
    /// SHA-256 of `vals_len` (ptr, len) pairs, written as 32 bytes at `result`.
    pub fn sol_sha256(vals: *const u8, vals_len: u64, result: *mut u8) -> u64;
    /// 0 when the 32 bytes at `point` are a valid point of curve `curve_id`
    /// (0 = edwards25519, 1 = ristretto255), 1 otherwise; `result` is unused
    /// for validation. 159 CU.
    pub fn sol_curve_validate_point(curve_id: u64, point: *const u8, result: *mut u8) -> u64;
    /// Cross-program invocation with the C ABI structs of `cpi`.
    pub fn sol_invoke_signed_c(
        instruction: *const u8,
        account_infos: *const u8,
        account_infos_len: u64,
        signers_seeds: *const u8,
        signers_seeds_len: u64,
    ) -> u64;
    /// Writes the 40-byte Clock sysvar at `addr` (140 CU).
    pub fn sol_get_clock_sysvar(addr: *mut u8) -> u64;
    /// Copies `length` bytes at `offset` of the sysvar account `sysvar_id`'s data
    /// to `result` (SIMD-0127): 100 CU + max(length / 250, 10), so 110 CU for
    /// anything up to 2,749 bytes. 0 on success.
    pub fn sol_get_sysvar(sysvar_id: *const u8, result: *mut u8, offset: u64, length: u64) -> u64;
    /// Writes the 24-byte (17 + padding) Rent sysvar at `addr`.
    pub fn sol_get_rent_sysvar(addr: *mut u8) -> u64;
    /// Copies `n` bytes; the runtime fails the program if the ranges overlap.
    pub fn sol_memcpy_(dst: *mut u8, src: *const u8, n: u64);
    /// Copies `n` bytes; the ranges may overlap.
    pub fn sol_memmove_(dst: *mut u8, src: *const u8, n: u64);
    /// Fills `n` bytes at `s` with `c`.
    pub fn sol_memset_(s: *mut u8, c: u8, n: u64);
    /// Compares `n` bytes and writes the sign of the first difference at `result`.
    pub fn sol_memcmp_(s1: *const u8, s2: *const u8, n: u64, result: *mut i32);
    /// Sets this instruction's return data (at most 1024 bytes).
    pub fn sol_set_return_data(data: *const u8, len: u64);
    /// Copies up to `len` bytes of the last return data to `data` and the setting
    /// program's id to `program_id`; returns the full length (0 when none).
    pub fn sol_get_return_data(data: *mut u8, len: u64, program_id: *mut u8) -> u64;
    /// Aborts with a "panicked at file:line:column" message.
    pub fn sol_panic_(file: *const u8, len: u64, line: u64, column: u64) -> !;
    /// Aborts the program.
    pub fn abort() -> !;
}

#[cfg(not(target_arch = "bpf"))]
pub use host::*;

/// Host stand-ins so target-independent code (math, layouts, mem) can be unit
/// tested with the host compiler.
#[cfg(not(target_arch = "bpf"))]
#[allow(clippy::missing_safety_doc)]
mod host {
    pub unsafe fn sol_log_(_message: *const u8, _len: u64) {}
    pub unsafe fn sol_log_64_(_a: u64, _b: u64, _c: u64, _d: u64, _e: u64) {}
    pub unsafe fn sol_log_pubkey(_pubkey: *const u8) {}
    pub unsafe fn sol_log_data(_data: *const u8, _count: u64) {}
    pub unsafe fn sol_log_compute_units_() {}
    pub unsafe fn sol_create_program_address(
        _seeds: *const u8,
        _seeds_len: u64,
        _program_id: *const u8,
        _address: *mut u8,
    ) -> u64 {
        1
    }
    pub unsafe fn sol_try_find_program_address(
        _seeds: *const u8,
        _seeds_len: u64,
        _program_id: *const u8,
        _address: *mut u8,
        _bump: *mut u8,
    ) -> u64 {
        1
    }
    pub unsafe fn sol_sha256(_vals: *const u8, _vals_len: u64, _result: *mut u8) -> u64 {
        1
    }
    /// No curve arithmetic on the host: reports "not a point" (so every
    /// candidate looks like a valid PDA).
    pub unsafe fn sol_curve_validate_point(_curve_id: u64, _point: *const u8, _result: *mut u8) -> u64 {
        1
    }
    pub unsafe fn sol_invoke_signed_c(
        _instruction: *const u8,
        _account_infos: *const u8,
        _account_infos_len: u64,
        _signers_seeds: *const u8,
        _signers_seeds_len: u64,
    ) -> u64 {
        1
    }
    pub unsafe fn sol_get_clock_sysvar(_addr: *mut u8) -> u64 {
        1
    }
    pub unsafe fn sol_get_rent_sysvar(_addr: *mut u8) -> u64 {
        1
    }
    pub unsafe fn sol_get_sysvar(_sysvar_id: *const u8, _result: *mut u8, _offset: u64, _length: u64) -> u64 {
        1
    }
    pub unsafe fn sol_memcpy_(dst: *mut u8, src: *const u8, n: u64) {
        // SAFETY: the caller upholds the runtime's contract (valid, non-overlapping).
        unsafe { core::ptr::copy_nonoverlapping(src, dst, n as usize) }
    }
    pub unsafe fn sol_memmove_(dst: *mut u8, src: *const u8, n: u64) {
        // SAFETY: the caller passes valid ranges.
        unsafe { core::ptr::copy(src, dst, n as usize) }
    }
    pub unsafe fn sol_memset_(s: *mut u8, c: u8, n: u64) {
        // SAFETY: the caller passes a valid range.
        unsafe { core::ptr::write_bytes(s, c, n as usize) }
    }
    pub unsafe fn sol_memcmp_(s1: *const u8, s2: *const u8, n: u64, result: *mut i32) {
        let mut i = 0;
        let mut r = 0i32;
        while i < n as usize {
            // SAFETY: the caller passes valid ranges of n bytes.
            let (a, b) = unsafe { (*s1.add(i), *s2.add(i)) };
            if a != b {
                r = a as i32 - b as i32;
                break;
            }
            i += 1;
        }
        // SAFETY: the caller passes a valid result pointer.
        unsafe { *result = r }
    }
    pub unsafe fn sol_set_return_data(_data: *const u8, _len: u64) {}
    pub unsafe fn sol_get_return_data(_data: *mut u8, _len: u64, _program_id: *mut u8) -> u64 {
        0
    }
    pub unsafe fn sol_panic_(_file: *const u8, _len: u64, _line: u64, _column: u64) -> ! {
        panic!("sol_panic_")
    }
    pub unsafe fn abort() -> ! {
        panic!("abort")
    }
}
