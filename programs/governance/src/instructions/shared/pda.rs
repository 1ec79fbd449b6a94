//! Canonical PDA checks at a fraction of `find_program_address`'s cost.
//!
//! A vote record's address must be unique per (proposal, position): with a
//! caller-chosen bump, any other valid bump would be a second record and a second
//! vote. `find_program_address` proves canonicality at 1,500 CU per bump tried.
//! Here: the address is `sha256(seeds ‖ bump ‖ program ‖ marker)` (~160 CU, as
//! `keel_sdk::pda::derive_address`), and the bump is canonical when every higher
//! bump hashes to a point ON the ed25519 curve (not a PDA), checked with
//! `sol_curve_validate_point` (159 CU each). Half of all seeds have canonical
//! bump 255 (no extra check); on average one higher bump is checked (~320 CU).
//! That the address itself is off the curve is proven by the runtime when the
//! account is created with these seeds as the CPI signer.

use crate::interface::error::GovernanceError;
use keel_sdk::{AccountView, ProgramError, Pubkey, pda, pubkey, syscalls};

#[cfg(target_arch = "bpf")]
unsafe extern "C" {
    /// 0 when the 32 bytes at `point` are a valid point of curve `curve_id`
    /// (0 = edwards25519), 1 otherwise. Not declared by `keel_sdk::syscalls`.
    fn sol_curve_validate_point(curve_id: u64, point: *const u8, result: *mut u8) -> u64;
}

/// Host stand-in: no curve arithmetic off chain; nothing host-tested calls it.
#[cfg(not(target_arch = "bpf"))]
unsafe fn sol_curve_validate_point(_curve_id: u64, _point: *const u8, _result: *mut u8) -> u64 {
    1
}

/// edwards25519 in `sol_curve_validate_point`.
const CURVE25519_EDWARDS: u64 = 0;

/// Whether `bytes` decompress to a point of edwards25519 (then they are not a PDA).
#[inline(always)]
fn on_curve(bytes: &Pubkey) -> bool {
    // SAFETY: 32 readable bytes; the result pointer is unused for validation.
    unsafe { sol_curve_validate_point(CURVE25519_EDWARDS, bytes.as_ptr(), core::ptr::null_mut()) == 0 }
}

/// `"ProgramDerivedAddress"`, hashed last.
const PDA_MARKER: &[u8; 21] = b"ProgramDerivedAddress";

/// One (pointer, length) pair as `sol_sha256` reads it. Raw pointers, so the
/// bump byte can change between hashes while the list points at it.
#[repr(C)]
#[derive(Clone, Copy)]
struct Part {
    ptr: *const u8,
    len: u64,
}

impl Part {
    const EMPTY: Part = Part { ptr: core::ptr::null(), len: 0 };
    fn of(bytes: &[u8]) -> Self {
        Part { ptr: bytes.as_ptr(), len: bytes.len() as u64 }
    }
}

/// `account` is the PDA of `seeds` with `bump` under `program_id` and `bump` is
/// the canonical (highest valid) one; `InvalidAddress` otherwise. At most 5
/// seeds, each at most 32 bytes (the callers' seeds are fixed-size keys).
pub fn check_canonical<const N: usize>(
    account: &AccountView,
    seeds: &[&[u8]; N],
    bump: u8,
    program_id: &Pubkey,
) -> Result<(), ProgramError> {
    const { assert!(N <= 5) };
    let mut bump_byte = bump;
    // seeds, bump, program id, marker: the bytes `create_program_address` hashes.
    let mut parts = [Part::EMPTY; 8];
    let mut i = 0;
    while i < N {
        if seeds[i].len() > pda::MAX_SEED_LEN {
            return Err(ProgramError::MaxSeedLengthExceeded);
        }
        parts[i] = Part::of(seeds[i]);
        i += 1;
    }
    parts[N] = Part { ptr: &raw const bump_byte, len: 1 };
    parts[N + 1] = Part::of(program_id);
    parts[N + 2] = Part::of(PDA_MARKER);
    let mut hash = [0u64; 4];
    let hash_now = |hash: &mut [u64; 4]| {
        // SAFETY: the first N + 3 parts point at live bytes (the seeds, the
        // local bump, the program id, the marker); the syscall writes 32 bytes.
        unsafe { syscalls::sol_sha256(parts.as_ptr() as *const u8, (N + 3) as u64, hash.as_mut_ptr() as *mut u8) };
    };
    hash_now(&mut hash);
    // SAFETY: [u64; 4] is 32 bytes, alignment 8 ≥ 1.
    let address = unsafe { &*(hash.as_ptr() as *const Pubkey) };
    if !pubkey::eq(account.key(), address) {
        return Err(GovernanceError::InvalidAddress.into());
    }
    while bump_byte < u8::MAX {
        // The parts list holds a raw pointer to this local; the syscall reads it.
        bump_byte += 1;
        hash_now(&mut hash);
        // SAFETY: as above.
        if !on_curve(unsafe { &*(hash.as_ptr() as *const Pubkey) }) {
            // A higher bump gives a valid PDA: `bump` is not the canonical one.
            return Err(GovernanceError::InvalidAddress.into());
        }
    }
    Ok(())
}
