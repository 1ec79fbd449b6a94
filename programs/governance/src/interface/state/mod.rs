//! Account layouts, read and written in place.
//!
//! Every account is a `#[repr(C, align(8))]` struct of byte arrays with
//! little-endian getters/setters, a `LEN`, and `load`/`load_mut` that check the
//! length, the 8-byte alignment and the discriminator (the owner is the caller's
//! check: `instructions::shared::accounts`). Every integer sits at an offset
//! that is a multiple of its size, so a getter is one load (see `le_fields!`),
//! and keys at 8-aligned offsets compare as four u64 words. Byte
//! offsets are listed in each file and pinned by `tests` at the bottom, since
//! the TypeScript decoders (`lib/programs/governance/accounts.ts`) read them.
//!
//! The staking program's accounts governance reads are described in
//! `interface::staking` (governance does not link the staking crate).

pub mod action;
pub mod config;
pub mod proposal;
pub mod vote_record;

pub use action::Action;
pub use config::GovernanceConfig;
pub use proposal::{Proposal, ProposalState};
pub use vote_record::VoteRecord;

/// First byte of every account of this program.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountKind {
    /// Never written: a fresh account is all zeroes.
    Uninitialized = 0,
    Config = 1,
    Proposal = 2,
    Action = 3,
    VoteRecord = 4,
}

/// Layout version written at byte 1 of every account.
pub const LAYOUT_VERSION: u8 = 1;

/// Getter and setter pairs for little-endian integer fields stored as byte arrays.
///
/// The account structs are `#[repr(C, align(8))]` and every integer field sits
/// at an offset that is a multiple of its size (`aligned_offsets!`), so each
/// getter is one native load: with alignment-1 structs (p-token's choice)
/// LLVM's BPF backend splits every u64 access into 8 byte loads and 14
/// shifts/ors, which made field access a large share of `cast_vote`. Account
/// data in the runtime's input buffer is always 8-aligned, and `load*` check
/// it (the staking program made the same choice). SBF is little-endian, as the
/// layout.
macro_rules! le_fields {
    ($($get:ident, $set:ident: $ty:ty;)*) => {
        $(
            #[inline(always)]
            pub fn $get(&self) -> $ty {
                // SAFETY: the field has the type's size at an offset that is a multiple
                // of it (checked by `aligned_offsets!`) in an 8-aligned struct.
                unsafe { (core::ptr::addr_of!(self.$get) as *const $ty).read() }
            }
            #[inline(always)]
            pub fn $set(&mut self, value: $ty) {
                // SAFETY: as in the getter.
                unsafe { (core::ptr::addr_of_mut!(self.$get) as *mut $ty).write(value) }
            }
        )*
    };
}
pub(crate) use le_fields;

/// Compile-time check that the listed fields' offsets are multiples of `$align`.
macro_rules! aligned_offsets {
    ($ty:ty, $align:literal: $($field:ident),* $(,)?) => {
        $( const _: () = assert!(core::mem::offset_of!($ty, $field) % $align == 0); )*
    };
}
pub(crate) use aligned_offsets;

const _: () = assert!(cfg!(target_endian = "little"));

/// Copies a 32-byte key. Keys in the input buffer (account keys, keys at this
/// program's 8-aligned offsets) are 8-aligned: four u64 moves. Anything else
/// goes through `sol_memcpy_` (a different path LLVM cannot merge into a
/// byte-by-byte copy of both cases).
#[inline(always)]
pub fn copy_key(dst: &mut [u8; 32], src: &[u8; 32]) {
    let (d, s) = (dst.as_mut_ptr(), src.as_ptr());
    if (d as usize | s as usize) & 7 == 0 {
        // SAFETY: both 8-aligned (checked) and 32 bytes long; `&mut` and `&`
        // do not overlap.
        unsafe {
            let (d, s) = (d as *mut u64, s as *const u64);
            *d = *s;
            *d.add(1) = *s.add(1);
            *d.add(2) = *s.add(2);
            *d.add(3) = *s.add(3);
        }
    } else {
        // SAFETY: 32 bytes each, not overlapping (`&mut` and `&`).
        unsafe { keel_sdk::mem::copy_unchecked(d, s, 32) }
    }
}

/// `load` / `load_mut` over a byte slice for a fixed-size state struct with
/// `LEN` and a discriminator byte at offset 0.
macro_rules! in_place {
    ($ty:ty, $kind:expr) => {
        impl $ty {
            /// Whether `data` can be viewed as this type: `LEN` bytes, 8-aligned
            /// (always so for account data in the input buffer).
            #[inline(always)]
            fn fits(data: &[u8]) -> bool {
                data.len() == Self::LEN && (data.as_ptr() as usize) % 8 == 0
            }

            /// Views `data` as this account: `None` unless it is exactly `LEN`
            /// 8-aligned bytes starting with this account kind's discriminator.
            #[inline(always)]
            pub fn load(data: &[u8]) -> Option<&Self> {
                if !Self::fits(data) || data[0] != $kind as u8 {
                    return None;
                }
                // SAFETY: LEN bytes, 8-aligned, every bit pattern valid.
                Some(unsafe { &*(data.as_ptr() as *const Self) })
            }

            /// As `load`, mutable.
            #[inline(always)]
            pub fn load_mut(data: &mut [u8]) -> Option<&mut Self> {
                if !Self::fits(data) || data[0] != $kind as u8 {
                    return None;
                }
                // SAFETY: as in `load`; `data` is borrowed mutably.
                Some(unsafe { &mut *(data.as_mut_ptr() as *mut Self) })
            }

            /// Views freshly allocated (all-zero) data to initialise it; `None`
            /// unless it is exactly `LEN` bytes and still uninitialised.
            #[inline(always)]
            pub fn load_uninit_mut(data: &mut [u8]) -> Option<&mut Self> {
                if !Self::fits(data) || data[0] != crate::interface::state::AccountKind::Uninitialized as u8 {
                    return None;
                }
                // SAFETY: as in `load_mut`.
                Some(unsafe { &mut *(data.as_mut_ptr() as *mut Self) })
            }
        }
        const _: () = assert!(core::mem::size_of::<$ty>() == <$ty>::LEN);
        const _: () = assert!(core::mem::align_of::<$ty>() == 8);
    };
}
pub(crate) use in_place;
