//! Account layouts, read and written in place.
//!
//! Every account is a `#[repr(C)]` struct of byte arrays (alignment 1, so it can
//! sit at any offset of the input buffer) with little-endian getters/setters, a
//! `LEN`, and `load`/`load_mut` that check the length and the discriminator (the
//! owner is the caller's check: `processor::shared::accounts`). Byte offsets are
//! listed in each file; `tests` at the bottom pin them, since the governance
//! program and the TypeScript decoders read them directly.

pub mod config;
pub mod position;
pub mod staker;

pub use config::{Config, Tier};
pub use position::Position;
pub use staker::Staker;

/// First byte of every account of this program.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountKind {
    /// Never written: a fresh account is all zeroes.
    Uninitialized = 0,
    Config = 1,
    Position = 2,
    Staker = 3,
}

/// Layout version written at byte 1 of every account.
pub const LAYOUT_VERSION: u8 = 1;

/// Getter and setter pairs for little-endian integer fields stored as byte arrays.
macro_rules! le_fields {
    ($($get:ident, $set:ident: $ty:ty;)*) => {
        $(
            #[inline(always)]
            pub fn $get(&self) -> $ty {
                <$ty>::from_le_bytes(self.$get)
            }
            #[inline(always)]
            pub fn $set(&mut self, value: $ty) {
                self.$get = value.to_le_bytes();
            }
        )*
    };
}
pub(crate) use le_fields;

/// `load` / `load_mut` over a byte slice for a state struct with `LEN` and a
/// discriminator byte at offset 0.
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
