//! Account layouts, read and written in place.
//!
//! Every account is a `#[repr(C, align(8))]` struct of byte arrays with
//! little-endian getters/setters, a `LEN`, and `load`/`load_mut` that check the
//! length, the 8-byte alignment and the discriminator (the owner is the caller's
//! check: `instructions::shared::accounts`). Every integer sits at an offset that
//! is a multiple of its size, so a getter is one load (see `le_fields!` for why
//! this departs from p-token's alignment-1 structs). Byte offsets are listed in
//! each file; `lib/programs/staking/client.test.ts` checks the TypeScript
//! decoders against those tables, since the governance program and the web app
//! read the accounts directly.

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
///
/// The account structs are `#[repr(C, align(8))]` and every integer field sits
/// at an offset that is a multiple of its size (u128: of 8), so each getter is
/// one native load (two for a u128) instead of a byte-by-byte assembly: with
/// alignment-1 structs (p-token's choice) LLVM's BPF backend splits every u64
/// access into 8 byte loads and 14 shifts/ors, which made field access most of
/// an instruction's cost. Account data in the runtime's input buffer is always
/// 8-aligned, and `load*` check it. (SBF is little-endian, as the layout.)
macro_rules! le_fields {
    ($($get:ident, $set:ident: $ty:tt;)*) => {
        $( le_fields!(@one $get, $set, $ty); )*
    };
    (@one $get:ident, $set:ident, u128) => {
        #[inline(always)]
        pub fn $get(&self) -> u128 {
            let p = core::ptr::addr_of!(self.$get) as *const u64;
            // SAFETY: the field is 16 bytes at an 8-aligned offset of an 8-aligned struct.
            unsafe { (p.read() as u128) | ((p.add(1).read() as u128) << 64) }
        }
        #[inline(always)]
        pub fn $set(&mut self, value: u128) {
            let p = core::ptr::addr_of_mut!(self.$get) as *mut u64;
            // SAFETY: as in the getter.
            unsafe {
                p.write(value as u64);
                p.add(1).write((value >> 64) as u64);
            }
        }
    };
    (@one $get:ident, $set:ident, $ty:ty) => {
        #[inline(always)]
        pub fn $get(&self) -> $ty {
            // SAFETY: the field has the type's size at an offset that is a multiple of
            // it (checked by `aligned_offsets!`) in an 8-aligned struct.
            unsafe { (core::ptr::addr_of!(self.$get) as *const $ty).read() }
        }
        #[inline(always)]
        pub fn $set(&mut self, value: $ty) {
            // SAFETY: as in the getter.
            unsafe { (core::ptr::addr_of_mut!(self.$get) as *mut $ty).write(value) }
        }
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

/// `load` / `load_mut` over a byte slice for a state struct with `LEN` and a
/// discriminator byte at offset 0.
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
            /// unless it is exactly `LEN` 8-aligned bytes and still uninitialised.
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
