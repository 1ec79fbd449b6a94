//! Canonical PDA checks at a fraction of `find_program_address`'s cost.
//!
//! A PDA created with a caller-chosen bump must use the canonical bump, or the
//! same seeds could give a second account (a second vote record: a second
//! vote). `find_program_address` proves canonicality at 1,500 CU per bump tried.
//! Here: the address is `sha256(seeds ‖ bump ‖ program ‖ marker)` (~160 CU, as
//! `keel_sdk::pda::derive_address`), and the bump is canonical when every higher
//! bump hashes to a point ON the ed25519 curve (not a PDA), checked with
//! `keel_sdk::pda::is_on_curve` (159 CU each). Half of all seeds have canonical
//! bump 255 (no extra check); on average one higher bump is checked (~320 CU).
//!
//! Two ways to use it:
//! - `check_canonical`: the address and the bump (before anything proves the
//!   address);
//! - `check_bumps_above`: only the bump, for an account then created by a CPI
//!   signed with the same seeds and bump. The runtime derives the signer's
//!   address from those seeds (`create_program_address`, which also proves it
//!   off the curve) and refuses the CPI unless the created account is that
//!   address or signed the transaction itself — so the caller must also refuse
//!   an account that is a transaction signer (a PDA never is). That saves the
//!   address hash.

use crate::interface::error::GovernanceError;
use keel_sdk::{AccountView, ProgramError, Pubkey, pda, pubkey, syscalls};

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
    fn of(bytes: &[u8]) -> Self {
        Part { ptr: bytes.as_ptr(), len: bytes.len() as u64 }
    }
}

/// The `sol_sha256` parts `seeds ‖ bump ‖ program_id ‖ marker`, the bump
/// read from `bump_ptr` (so it can change between hashes). Only the first
/// N + 3 of the 8 slots are written: the syscall reads no more.
/// `MaxSeedLengthExceeded` for a seed over 32 bytes.
#[inline(always)]
fn parts<const N: usize>(
    seeds: &[&[u8]; N],
    bump_ptr: *const u8,
    program_id: &Pubkey,
) -> Result<core::mem::MaybeUninit<[Part; 8]>, ProgramError> {
    const { assert!(N <= 5) };
    let mut parts = core::mem::MaybeUninit::<[Part; 8]>::uninit();
    let p = parts.as_mut_ptr() as *mut Part;
    let mut i = 0;
    while i < N {
        if seeds[i].len() > pda::MAX_SEED_LEN {
            return Err(ProgramError::MaxSeedLengthExceeded);
        }
        // SAFETY: slot i < N ≤ 5 of 8.
        unsafe { p.add(i).write(Part::of(seeds[i])) };
        i += 1;
    }
    // SAFETY: slots N..N + 3 ≤ 8.
    unsafe {
        p.add(N).write(Part { ptr: bump_ptr, len: 1 });
        p.add(N + 1).write(Part::of(program_id));
        p.add(N + 2).write(Part::of(PDA_MARKER));
    }
    Ok(parts)
}

/// The hash input `seeds ‖ bump ‖ program_id ‖ marker` with its bump byte.
struct Preimage<'a, const N: usize> {
    seeds: &'a [&'a [u8]; N],
    program_id: &'a Pubkey,
}

impl<const N: usize> Preimage<'_, N> {
    /// Hashes with each bump of `bumps` in turn until `stop(bump, hash)`;
    /// returns that bump and hash, or `None` when none stops it.
    /// `MaxSeedLengthExceeded` for a seed over 32 bytes.
    #[inline(always)]
    fn scan(
        &self,
        bumps: core::ops::RangeInclusive<u8>,
        mut stop: impl FnMut(u8, &Pubkey) -> bool,
    ) -> Result<Option<u8>, ProgramError> {
        let mut bump_byte = 0u8;
        let bump_ptr: *mut u8 = &raw mut bump_byte;
        let parts = parts(self.seeds, bump_ptr, self.program_id)?;
        let mut hash = core::mem::MaybeUninit::<[u64; 4]>::uninit();
        for bump in bumps {
            // SAFETY (both): `bump_ptr` points at the local the parts list names;
            // the first N + 3 parts point at live bytes (the seeds, the
            // local bump, the program id, the marker); the syscall writes 32 bytes.
            unsafe {
                bump_ptr.write(bump);
                syscalls::sol_sha256(parts.as_ptr() as *const u8, (N + 3) as u64, hash.as_mut_ptr() as *mut u8);
            }
            // SAFETY: written by the syscall; [u64; 4] is 32 bytes, alignment 8 ≥ 1.
            if stop(bump, unsafe { &*(hash.as_ptr() as *const Pubkey) }) {
                return Ok(Some(bump));
            }
        }
        Ok(None)
    }
}

/// Every bump above `bump` hashes to a point on the curve, so no higher bump
/// gives a PDA of `seeds`: `bump`, if valid, is the canonical one
/// (`InvalidAddress` otherwise). Does NOT check any address (see the module
/// docs for who must). Free for bump 255; ~340 CU per higher bump (one hash,
/// one curve check) and ~45 once.
#[inline(always)]
pub fn check_bumps_above<const N: usize>(seeds: &[&[u8]; N], bump: u8, program_id: &Pubkey) -> Result<(), ProgramError> {
    if bump == u8::MAX { Ok(()) } else { bumps_above_on_curve(seeds, bump, program_id) }
}

#[inline(never)]
fn bumps_above_on_curve<const N: usize>(seeds: &[&[u8]; N], bump: u8, program_id: &Pubkey) -> Result<(), ProgramError> {
    let mut bump_byte = bump;
    let bump_ptr: *mut u8 = &raw mut bump_byte;
    let parts = parts(seeds, bump_ptr, program_id)?;
    let mut hash = core::mem::MaybeUninit::<[u64; 4]>::uninit();
    // One hash and one curve check per higher bump, nothing else in the loop.
    let mut b = bump;
    while b < u8::MAX {
        b += 1;
        // SAFETY: `bump_ptr` points at the local the parts list names; the first
        // N + 3 parts point at live bytes; the syscall writes the 32-byte hash,
        // which the curve check then reads.
        let on_curve = unsafe {
            bump_ptr.write(b);
            syscalls::sol_sha256(parts.as_ptr() as *const u8, (N + 3) as u64, hash.as_mut_ptr() as *mut u8);
            pda::is_on_curve(&*(hash.as_ptr() as *const Pubkey))
        };
        if !on_curve {
            // A higher bump gives a valid PDA: `bump` is not the canonical one.
            return Err(GovernanceError::InvalidAddress.into());
        }
    }
    Ok(())
}

/// Whether `account` is the address of `seeds` with `bump` (one hash; says
/// nothing about the bump being canonical or the address off the curve).
#[inline(never)]
pub fn is_address<const N: usize>(account: &AccountView, seeds: &[&[u8]; N], bump: u8, program_id: &Pubkey) -> bool {
    let matches = (Preimage { seeds, program_id }).scan(bump..=bump, |_, hash| pubkey::eq(account.key(), hash));
    matches!(matches, Ok(Some(_)))
}

/// `account` is the PDA of `seeds` with `bump` under `program_id` and `bump` is
/// the canonical (highest valid) one; `InvalidAddress` otherwise. At most 5
/// seeds, each at most 32 bytes (the callers' seeds are fixed-size keys). That
/// the address itself is off the curve is proven by the runtime when the
/// account is created with these seeds as the CPI signer.
pub fn check_canonical<const N: usize>(
    account: &AccountView,
    seeds: &[&[u8]; N],
    bump: u8,
    program_id: &Pubkey,
) -> Result<(), ProgramError> {
    let preimage = Preimage { seeds, program_id };
    let mut address_ok = false;
    // The given bump's hash must be the account's address; each higher bump's
    // must be on the curve. Stops at the first failure.
    let failed = preimage.scan(bump..=u8::MAX, |b, hash| {
        if b == bump {
            address_ok = pubkey::eq(account.key(), hash);
            !address_ok
        } else {
            !pda::is_on_curve(hash)
        }
    })?;
    if failed.is_some() || !address_ok {
        return Err(GovernanceError::InvalidAddress.into());
    }
    Ok(())
}
