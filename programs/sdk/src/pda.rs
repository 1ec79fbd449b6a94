//! Program derived addresses.
//!
//! Costs (LiteSVM 1.5): `create_program_address` 1,500 CU; `find_program_address`
//! 1,500 CU per bump tried (255 first); `derive_address` one `sol_sha256`
//! (85 CU + 1 CU per 2 bytes hashed, ~150 CU). So: find the bump once when an
//! account is created, store it, and afterwards check addresses with
//! `check_address` (stored bump, sha256) instead of searching again.
//!
//! A bump is canonical (the one `find_program_address` returns) when every higher
//! bump hashes to a point ON the ed25519 curve: `is_on_curve` checks one hash
//! with `sol_curve_validate_point` (159 CU), far less than a 1,500 CU search.
//!
//! Seeds are passed as `&[&[u8]]`: each `&[u8]` is a (ptr, len) pair, the layout
//! the syscalls read.

use crate::account::AccountView;
use crate::error::ProgramError;
use crate::pubkey::{self, Pubkey};
use crate::syscalls;
use core::mem::MaybeUninit;

/// Most seeds an address may have (including the bump).
pub const MAX_SEEDS: usize = 16;
/// Longest seed, in bytes.
pub const MAX_SEED_LEN: usize = 32;
/// Suffix hashed after the seeds and the program id.
const PDA_MARKER: &[u8; 21] = b"ProgramDerivedAddress";

/// The address for `seeds` (the bump included as the last seed).
/// `InvalidSeeds` when the hash is a point on the curve (not a valid PDA) or a
/// seed is too long / too many seeds.
pub fn create_program_address(seeds: &[&[u8]], program_id: &Pubkey) -> Result<Pubkey, ProgramError> {
    let mut address = MaybeUninit::<Pubkey>::uninit();
    // SAFETY: seeds are (ptr, len) pairs; program_id is 32 bytes; the syscall
    // writes 32 bytes on success, which is the only case read.
    let status = unsafe {
        syscalls::sol_create_program_address(
            seeds.as_ptr() as *const u8,
            seeds.len() as u64,
            program_id.as_ptr(),
            address.as_mut_ptr() as *mut u8,
        )
    };
    if status == 0 {
        // SAFETY: written by the syscall.
        Ok(unsafe { address.assume_init() })
    } else {
        Err(ProgramError::InvalidSeeds)
    }
}

/// The canonical address and bump for `seeds` (without the bump): tries bumps
/// from 255 down. `None` when no bump gives a valid PDA (practically never).
pub fn find_program_address(seeds: &[&[u8]], program_id: &Pubkey) -> Option<(Pubkey, u8)> {
    let mut address = MaybeUninit::<Pubkey>::uninit();
    let mut bump = 0u8;
    // SAFETY: as in `create_program_address`; bump is a local.
    let status = unsafe {
        syscalls::sol_try_find_program_address(
            seeds.as_ptr() as *const u8,
            seeds.len() as u64,
            program_id.as_ptr(),
            address.as_mut_ptr() as *mut u8,
            &mut bump,
        )
    };
    if status == 0 {
        // SAFETY: written by the syscall.
        Some((unsafe { address.assume_init() }, bump))
    } else {
        None
    }
}

/// sha256(seeds ‖ [bump] ‖ program_id ‖ "ProgramDerivedAddress") — the address
/// `create_program_address` would return, WITHOUT the on-curve check.
///
/// Only for checking an address that was derived properly before (a stored
/// canonical bump, or one the runtime will verify when signing a CPI with it):
/// equality with such an address proves the account is that PDA. Never use it to
/// choose an address for new funds or authority. At most 15 seeds besides the bump.
pub fn derive_address(seeds: &[&[u8]], bump: u8, program_id: &Pubkey) -> Result<Pubkey, ProgramError> {
    if seeds.len() >= MAX_SEEDS {
        return Err(ProgramError::MaxSeedLengthExceeded);
    }
    let bump = [bump];
    // seeds, bump, program id, marker.
    let mut parts = [MaybeUninit::<&[u8]>::uninit(); MAX_SEEDS + 2];
    let mut n = 0;
    while n < seeds.len() {
        let seed = seeds[n];
        if seed.len() > MAX_SEED_LEN {
            return Err(ProgramError::MaxSeedLengthExceeded);
        }
        parts[n].write(seed);
        n += 1;
    }
    parts[n].write(&bump);
    parts[n + 1].write(program_id);
    parts[n + 2].write(PDA_MARKER);
    let mut hash = MaybeUninit::<Pubkey>::uninit();
    // SAFETY: the first n + 3 parts are initialised (ptr, len) pairs; the
    // syscall writes 32 bytes.
    unsafe {
        syscalls::sol_sha256(parts.as_ptr() as *const u8, (n + 3) as u64, hash.as_mut_ptr() as *mut u8);
        Ok(hash.assume_init())
    }
}

/// edwards25519 in `sol_curve_validate_point`.
const CURVE25519_EDWARDS: u64 = 0;

/// Whether `bytes` decompress to a point of edwards25519. A PDA never does, so
/// a hash for which this is true is not a valid address for that bump.
#[inline(always)]
pub fn is_on_curve(bytes: &Pubkey) -> bool {
    // SAFETY: 32 readable bytes; validation writes nothing at `result`.
    unsafe { syscalls::sol_curve_validate_point(CURVE25519_EDWARDS, bytes.as_ptr(), core::ptr::null_mut()) == 0 }
}

/// One (pointer, length) pair as `sol_sha256` reads it: raw, so the bump byte
/// can change between hashes while the list points at it.
#[repr(C)]
#[derive(Clone, Copy)]
struct Part {
    ptr: *const u8,
    len: u64,
}

/// Checks that `account` is the PDA of `seeds` with `bump` and that `bump` is
/// the canonical one (the one `find_program_address` returns): the given bump's
/// hash is the account's address and every higher bump's hash is a point on the
/// curve, so no higher bump gives a PDA. `InvalidSeeds` if not. That the address
/// itself is off the curve is left to the runtime, which proves it when a CPI is
/// signed with these seeds (use this before creating the account). One parts
/// list, the bump byte rewritten in place: one hash (~150 CU) for bump 255, then
/// a hash and a curve check (~320 CU) per higher bump, one on average.
pub fn check_canonical_address(
    account: &AccountView,
    seeds: &[&[u8]],
    bump: u8,
    program_id: &Pubkey,
) -> Result<(), ProgramError> {
    if seeds.len() >= MAX_SEEDS {
        return Err(ProgramError::MaxSeedLengthExceeded);
    }
    let mut bump_byte = bump;
    let bump_ptr: *mut u8 = &raw mut bump_byte;
    let mut parts = [MaybeUninit::<Part>::uninit(); MAX_SEEDS + 2];
    let mut n = 0;
    while n < seeds.len() {
        let seed = seeds[n];
        if seed.len() > MAX_SEED_LEN {
            return Err(ProgramError::MaxSeedLengthExceeded);
        }
        parts[n].write(Part { ptr: seed.as_ptr(), len: seed.len() as u64 });
        n += 1;
    }
    parts[n].write(Part { ptr: bump_ptr, len: 1 });
    parts[n + 1].write(Part { ptr: program_id.as_ptr(), len: 32 });
    parts[n + 2].write(Part { ptr: PDA_MARKER.as_ptr(), len: PDA_MARKER.len() as u64 });
    let mut hash = MaybeUninit::<Pubkey>::uninit();
    let mut b = bump;
    loop {
        // SAFETY: the first n + 3 parts point at live bytes (the seeds, the local
        // bump byte, the program id, the marker); the syscall writes 32 bytes,
        // read only after it returns.
        let digest = unsafe {
            bump_ptr.write(b);
            syscalls::sol_sha256(parts.as_ptr() as *const u8, (n + 3) as u64, hash.as_mut_ptr() as *mut u8);
            hash.assume_init_ref()
        };
        let ok = if b == bump { pubkey::eq(account.key(), digest) } else { is_on_curve(digest) };
        if !ok {
            return Err(ProgramError::InvalidSeeds);
        }
        if b == u8::MAX {
            return Ok(());
        }
        b += 1;
    }
}

/// Checks that `account` is the PDA of `seeds` with the stored `bump` (sha256,
/// ~150 CU); `InvalidSeeds` if not. See `derive_address` for when this is sound.
pub fn check_address(account: &AccountView, seeds: &[&[u8]], bump: u8, program_id: &Pubkey) -> Result<(), ProgramError> {
    let expected = derive_address(seeds, bump, program_id)?;
    if pubkey::eq(account.key(), &expected) {
        Ok(())
    } else {
        Err(ProgramError::InvalidSeeds)
    }
}

/// Checks that `account` is the canonical PDA of `seeds` and returns its bump
/// (`find_program_address`, 1,500 CU per bump tried); `InvalidSeeds` if not.
/// For creating an account whose bump is not yet stored.
pub fn check_canonical(account: &AccountView, seeds: &[&[u8]], program_id: &Pubkey) -> Result<u8, ProgramError> {
    match find_program_address(seeds, program_id) {
        Some((address, bump)) if pubkey::eq(account.key(), &address) => Ok(bump),
        _ => Err(ProgramError::InvalidSeeds),
    }
}
