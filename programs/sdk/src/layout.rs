//! Fixed-layout account state read and written in place.
//!
//! A program's account is a `#[repr(C, align(8))]` struct of byte arrays (and
//! `u8`s) with a discriminator at byte 0 and a fixed size. `Layout` views
//! account data as such a struct after checking the length, the 8-byte
//! alignment and the discriminator; `le_fields!` gives it little-endian
//! getter/setter pairs that compile to one native load or store each, and
//! `aligned_offsets!` proves at compile time that every field sits where those
//! loads need it.
//!
//! Why aligned fields: with alignment-1 structs (p-token's choice) LLVM's BPF
//! backend splits every u64 access into 8 byte loads and 14 shifts/ors. Account
//! data in the runtime's input buffer is always 8-aligned, and every `load*`
//! checks it. SBF is little-endian, as the layouts.
//!
//! What stays in the program: the owner check (the caller's, before loading),
//! the parent-key checks and which named error each failure returns.
//! ```ignore
//! let data = account.try_borrow_mut_data()?;
//! let config = Config::load_ref_mut(data).ok_or(MyError::InvalidConfig)?;
//! ```

use crate::account::{Ref, RefMut};

const _: () = assert!(cfg!(target_endian = "little"));

/// Byte 0 of data no program has written yet (a fresh account is all zeroes).
pub const UNINITIALIZED: u8 = 0;

/// An account layout read in place: `LEN` bytes starting with `DISCRIMINATOR`.
///
/// # Safety
/// The implementing type must be `#[repr(C, align(8))]`, exactly `LEN` bytes,
/// and valid for every bit pattern (byte arrays and `u8`s only: integers are
/// read through `le_fields!`), since `load*` reinterpret arbitrary account data.
/// Size and alignment are checked at compile time wherever `load*` is used.
pub unsafe trait Layout: Sized {
    /// Size of the account data.
    const LEN: usize;
    /// Byte 0 of an initialised account of this type; never `UNINITIALIZED`.
    const DISCRIMINATOR: u8;

    #[doc(hidden)]
    const CHECK: () = {
        assert!(core::mem::size_of::<Self>() == Self::LEN && Self::LEN > 0);
        assert!(core::mem::align_of::<Self>() == 8);
        assert!(Self::DISCRIMINATOR != UNINITIALIZED);
    };

    /// Whether `data` is exactly `LEN` 8-aligned bytes starting with `byte`
    /// (alignment always holds for account data in the input buffer).
    #[inline(always)]
    fn fits(data: &[u8], byte: u8) -> bool {
        #[allow(clippy::let_unit_value)]
        let () = Self::CHECK;
        data.len() == Self::LEN && (data.as_ptr() as usize) % 8 == 0 && data[0] == byte
    }

    /// Views `data` as this account: `None` unless it is exactly `LEN`
    /// 8-aligned bytes starting with `DISCRIMINATOR`.
    #[inline(always)]
    fn load(data: &[u8]) -> Option<&Self> {
        if !Self::fits(data, Self::DISCRIMINATOR) {
            return None;
        }
        // SAFETY: LEN bytes, 8-aligned, every bit pattern valid (trait contract).
        Some(unsafe { &*(data.as_ptr() as *const Self) })
    }

    /// As `load`, mutable.
    #[inline(always)]
    fn load_mut(data: &mut [u8]) -> Option<&mut Self> {
        if !Self::fits(data, Self::DISCRIMINATOR) {
            return None;
        }
        // SAFETY: as in `load`; `data` is borrowed mutably.
        Some(unsafe { &mut *(data.as_mut_ptr() as *mut Self) })
    }

    /// Views freshly allocated (all-zero) data to initialise it: `None` unless
    /// it is exactly `LEN` 8-aligned bytes whose first byte is still
    /// `UNINITIALIZED`.
    #[inline(always)]
    fn load_uninit_mut(data: &mut [u8]) -> Option<&mut Self> {
        if !Self::fits(data, UNINITIALIZED) {
            return None;
        }
        // SAFETY: as in `load_mut`.
        Some(unsafe { &mut *(data.as_mut_ptr() as *mut Self) })
    }

    /// `load` over a borrow of account data, keeping the borrow; `None` (and the
    /// borrow released) when `load` refuses the data.
    #[inline(always)]
    fn load_ref(data: Ref<'_, [u8]>) -> Option<Ref<'_, Self>> {
        if !Self::fits(&data, Self::DISCRIMINATOR) {
            return None;
        }
        // SAFETY: as in `load`.
        Some(Ref::map(data, |d| unsafe { &*(d.as_ptr() as *const Self) }))
    }

    /// `load_mut` over a mutable borrow of account data, keeping the borrow;
    /// `None` (and the borrow released) when `load` refuses the data.
    #[inline(always)]
    fn load_ref_mut(data: RefMut<'_, [u8]>) -> Option<RefMut<'_, Self>> {
        if !Self::fits(&data, Self::DISCRIMINATOR) {
            return None;
        }
        // SAFETY: as in `load_mut`; the borrow is exclusive.
        Some(RefMut::map(data, |d| unsafe { &mut *(d.as_mut_ptr() as *mut Self) }))
    }

    /// `load_ref_mut` for data the caller has just checked with `load`: for a
    /// caller that compares fields before keeping the borrow (cheaper on hot
    /// paths than holding the typed borrow across the comparisons).
    ///
    /// # Safety
    /// `Self::load(&data)` must have returned `Some` for this same borrow.
    #[inline(always)]
    unsafe fn load_ref_mut_unchecked(data: RefMut<'_, [u8]>) -> RefMut<'_, Self> {
        debug_assert!(Self::fits(&data, Self::DISCRIMINATOR));
        // SAFETY: the caller checked the data with `load` (length, alignment, discriminator).
        RefMut::map(data, |d| unsafe { &mut *(d.as_mut_ptr() as *mut Self) })
    }
}

/// Getter and setter pairs for little-endian integer fields stored as byte
/// arrays of a `#[repr(C, align(8))]` struct, each one native load or store
/// (a `u128`: two u64s, so its field needs only 8-alignment). Every field's
/// offset must be a multiple of its size (of 8 for a `u128`): prove it with
/// `aligned_offsets!`.
///
/// ```ignore
/// impl Position {
///     keel_sdk::le_fields! {
///         amount, set_amount: u64;
///         reward_debt, set_reward_debt: u128;
///     }
/// }
/// ```
#[macro_export]
macro_rules! le_fields {
    ($($get:ident, $set:ident: $ty:tt;)*) => {
        $( $crate::le_fields!(@one $get, $set, $ty); )*
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
            const _: () = assert!(core::mem::size_of::<$ty>() <= 8);
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

/// Compile-time check that the listed fields' offsets are multiples of `$align`.
///
/// ```ignore
/// keel_sdk::aligned_offsets!(Position, 8: owner, config, amount);
/// keel_sdk::aligned_offsets!(Position, 2: multiplier_bps);
/// ```
#[macro_export]
macro_rules! aligned_offsets {
    ($ty:ty, $align:literal: $($field:ident),* $(,)?) => {
        $( const _: () = assert!(core::mem::offset_of!($ty, $field) % $align == 0); )*
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{AccountView, RAW_ACCOUNT_LEN};

    #[repr(C, align(8))]
    struct Thing {
        discriminator: u8,
        version: u8,
        small: [u8; 2],
        word: [u8; 4],
        big: [u8; 8],
        signed: [u8; 8],
        wide: [u8; 16],
    }

    impl Thing {
        const LEN: usize = 40;
        crate::le_fields! {
            small, set_small: u16;
            word, set_word: u32;
            big, set_big: u64;
            signed, set_signed: i64;
            wide, set_wide: u128;
        }
    }

    // SAFETY: repr(C, align(8)), byte arrays and u8s only.
    unsafe impl Layout for Thing {
        const LEN: usize = Thing::LEN;
        const DISCRIMINATOR: u8 = 7;
    }
    crate::aligned_offsets!(Thing, 8: big, signed, wide);
    crate::aligned_offsets!(Thing, 4: word);
    crate::aligned_offsets!(Thing, 2: small);

    /// 8-aligned backing store: an account header then `Thing::LEN` data bytes.
    #[repr(C, align(8))]
    struct Buffer([u8; RAW_ACCOUNT_LEN + 48]);

    impl Buffer {
        fn new() -> Self {
            let mut b = Buffer([0; RAW_ACCOUNT_LEN + 48]);
            b.0[0] = 0xff; // unborrowed
            b.0[80..88].copy_from_slice(&(Thing::LEN as u64).to_le_bytes());
            b
        }
        fn data(&mut self) -> &mut [u8] {
            &mut self.0[RAW_ACCOUNT_LEN..RAW_ACCOUNT_LEN + Thing::LEN]
        }
        fn view(&mut self) -> AccountView {
            // SAFETY: a header followed by data_len bytes, alive for the test.
            unsafe { AccountView::new_unchecked(self.0.as_mut_ptr() as *mut _) }
        }
    }

    #[test]
    fn loads_only_matching_data() {
        let mut b = Buffer::new();
        assert!(Thing::load(b.data()).is_none(), "uninitialised");
        assert!(Thing::load_mut(b.data()).is_none());
        let t = Thing::load_uninit_mut(b.data()).unwrap();
        t.discriminator = 7;
        assert!(Thing::load_uninit_mut(b.data()).is_none(), "already initialised");
        assert!(Thing::load(b.data()).is_some());
        assert!(Thing::load_mut(b.data()).is_some());

        b.data()[0] = 8;
        assert!(Thing::load(b.data()).is_none(), "other discriminator");
        b.data()[0] = 7;

        let all = &mut b.0[RAW_ACCOUNT_LEN..];
        assert!(Thing::load(&all[..Thing::LEN - 1]).is_none(), "short");
        assert!(Thing::load(&all[..Thing::LEN + 8]).is_none(), "long");
        all[8] = 7;
        assert!(Thing::load(&all[8..8 + Thing::LEN]).is_some());
        all[1] = 7;
        assert!(Thing::load(&all[1..1 + Thing::LEN]).is_none(), "misaligned");
    }

    #[test]
    fn fields_are_little_endian_in_place() {
        let mut b = Buffer::new();
        let t = Thing::load_uninit_mut(b.data()).unwrap();
        t.discriminator = 7;
        t.set_small(0x0102);
        t.set_word(0x0304_0506);
        t.set_big(0x0708_090a_0b0c_0d0e);
        t.set_signed(-2);
        t.set_wide(0x1112_1314_1516_1718_191a_1b1c_1d1e_1f20);
        let d = b.data();
        assert_eq!(&d[2..4], &[0x02, 0x01]);
        assert_eq!(&d[4..8], &[0x06, 0x05, 0x04, 0x03]);
        assert_eq!(&d[8..16], &0x0708_090a_0b0c_0d0eu64.to_le_bytes());
        assert_eq!(&d[16..24], &(-2i64).to_le_bytes());
        assert_eq!(&d[24..40], &0x1112_1314_1516_1718_191a_1b1c_1d1e_1f20u128.to_le_bytes());
        let t = Thing::load(d).unwrap();
        assert_eq!(t.small(), 0x0102);
        assert_eq!(t.word(), 0x0304_0506);
        assert_eq!(t.big(), 0x0708_090a_0b0c_0d0e);
        assert_eq!(t.signed(), -2);
        assert_eq!(t.wide(), 0x1112_1314_1516_1718_191a_1b1c_1d1e_1f20);
    }

    #[test]
    fn load_ref_keeps_or_releases_the_borrow() {
        let mut b = Buffer::new();
        let account = b.view();
        assert!(Thing::load_ref(account.try_borrow_data().unwrap()).is_none());
        assert!(!account.is_borrowed(), "released on refusal");
        assert!(Thing::load_ref_mut(account.try_borrow_mut_data().unwrap()).is_none());
        assert!(!account.is_borrowed());

        account.try_borrow_mut_data().unwrap()[0] = 7;
        {
            let mut t = Thing::load_ref_mut(account.try_borrow_mut_data().unwrap()).unwrap();
            assert!(account.is_borrowed_mut());
            t.set_big(42);
        }
        assert!(!account.is_borrowed());
        {
            let data = account.try_borrow_mut_data().unwrap();
            assert_eq!(Thing::load(&data).map(|t| t.big()), Some(42));
            // SAFETY: `load` accepted `data` just above.
            let mut t = unsafe { Thing::load_ref_mut_unchecked(data) };
            assert!(account.is_borrowed_mut());
            t.set_small(3);
        }
        assert!(!account.is_borrowed());
        let t = Thing::load_ref(account.try_borrow_data().unwrap()).unwrap();
        assert_eq!(t.small(), 3);
        assert!(account.is_borrowed() && !account.is_borrowed_mut());
        assert_eq!(t.big(), 42);
        assert!(account.try_borrow_mut_data().is_err());
        drop(t);
        assert!(!account.is_borrowed());
    }
}
