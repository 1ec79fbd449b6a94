//! Account layouts, read and written in place.
//!
//! Every account is a `#[repr(C)]` struct of byte arrays (alignment 1, so it sits
//! at any offset of the input buffer) with little-endian getters/setters, a
//! `LEN`, and `load`/`load_mut` that check the length and the discriminator (the
//! owner is the caller's check: `instructions::shared::accounts`). Keys sit at
//! 8-aligned offsets so `pubkey::eq` compares them as four u64 words. Byte
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

/// Integers stored as little-endian byte arrays. The structs have alignment 1,
/// so the compiler reads them a byte at a time (8 loads and 7 shifts for a
/// u64). Account data in the input buffer starts 8-aligned and every u64/i64
/// field sits at an 8-aligned offset, so the getters check the address and use
/// one aligned load when they can: same value (the target is little-endian),
/// a fraction of the compute units. Any other address still works.
pub trait LeBytes<const N: usize>: Sized {
    fn read(bytes: &[u8; N]) -> Self;
    fn write(bytes: &mut [u8; N], value: Self);
}

const _: () = assert!(cfg!(target_endian = "little"));

macro_rules! le_bytes {
    ($($ty:ty, $n:literal, $mask:literal;)*) => {
        $(
            impl LeBytes<$n> for $ty {
                #[inline(always)]
                fn read(bytes: &[u8; $n]) -> Self {
                    let p = bytes.as_ptr();
                    if p as usize & $mask == 0 {
                        // SAFETY: aligned for $ty (checked), $n readable bytes, every
                        // bit pattern valid; little-endian target.
                        unsafe { (p as *const $ty).read() }
                    } else {
                        <$ty>::from_le_bytes(*bytes)
                    }
                }
                #[inline(always)]
                fn write(bytes: &mut [u8; $n], value: Self) {
                    let p = bytes.as_mut_ptr();
                    if p as usize & $mask == 0 {
                        // SAFETY: aligned for $ty (checked), $n writable bytes.
                        unsafe { (p as *mut $ty).write(value) }
                    } else {
                        *bytes = value.to_le_bytes();
                    }
                }
            }
        )*
    };
}

le_bytes! {
    u16, 2, 1;
    u32, 4, 3;
    u64, 8, 7;
    i64, 8, 7;
}

/// Copies a 32-byte key: four aligned u64 moves when both sides are 8-aligned
/// (keys in the input buffer and at this program's key offsets are), bytes
/// otherwise.
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
        *dst = *src;
    }
}

/// Getter and setter pairs for little-endian integer fields stored as byte arrays.
macro_rules! le_fields {
    ($($get:ident, $set:ident: $ty:ty;)*) => {
        $(
            #[inline(always)]
            pub fn $get(&self) -> $ty {
                <$ty as crate::interface::state::LeBytes<{ core::mem::size_of::<$ty>() }>>::read(&self.$get)
            }
            #[inline(always)]
            pub fn $set(&mut self, value: $ty) {
                <$ty as crate::interface::state::LeBytes<{ core::mem::size_of::<$ty>() }>>::write(&mut self.$get, value)
            }
        )*
    };
}
pub(crate) use le_fields;

/// `load` / `load_mut` over a byte slice for a fixed-size state struct with
/// `LEN` and a discriminator byte at offset 0.
macro_rules! in_place {
    ($ty:ty, $kind:expr) => {
        impl $ty {
            /// Views `data` as this account: `None` unless it is exactly `LEN`
            /// bytes and starts with this account kind's discriminator.
            #[inline(always)]
            pub fn load(data: &[u8]) -> Option<&Self> {
                if data.len() != Self::LEN || data[0] != $kind as u8 {
                    return None;
                }
                // SAFETY: LEN bytes, alignment 1, every bit pattern valid.
                Some(unsafe { &*(data.as_ptr() as *const Self) })
            }

            /// As `load`, mutable.
            #[inline(always)]
            pub fn load_mut(data: &mut [u8]) -> Option<&mut Self> {
                if data.len() != Self::LEN || data[0] != $kind as u8 {
                    return None;
                }
                // SAFETY: as in `load`; `data` is borrowed mutably.
                Some(unsafe { &mut *(data.as_mut_ptr() as *mut Self) })
            }

            /// Views freshly allocated (all-zero) data to initialise it; `None`
            /// unless it is exactly `LEN` bytes and still uninitialised.
            #[inline(always)]
            pub fn load_uninit_mut(data: &mut [u8]) -> Option<&mut Self> {
                if data.len() != Self::LEN || data[0] != crate::interface::state::AccountKind::Uninitialized as u8 {
                    return None;
                }
                // SAFETY: as in `load_mut`.
                Some(unsafe { &mut *(data.as_mut_ptr() as *mut Self) })
            }
        }
        const _: () = assert!(core::mem::size_of::<$ty>() == <$ty>::LEN);
        const _: () = assert!(core::mem::align_of::<$ty>() == 1);
    };
}
pub(crate) use in_place;
