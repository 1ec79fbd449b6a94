//! A view of one account inside the serialized input buffer, read and written in
//! place: nothing is copied when the program starts.
//!
//! Layout of one (non-duplicate) account in the input buffer, which `RawAccount`
//! mirrors byte for byte (88 bytes, then the data):
//!
//! ```text
//!  0  u8        duplicate marker (0xff = not a duplicate); reused as borrow state
//!  1  u8        is_signer
//!  2  u8        is_writable
//!  3  u8        executable
//!  4  [u8; 4]   padding (zero from the runtime; `resize` keeps the data's
//!                growth in this instruction here, an i32 LE, as pinocchio does)
//!  8  [u8; 32]  key
//! 40  [u8; 32]  owner
//! 72  u64       lamports
//! 80  u64       data_len
//! 88  [u8]      data, then 10,240 bytes of realloc space, padding to 8, rent_epoch
//! ```
//!
//! Borrow rules. The marker byte is 0xff for every account the entrypoint keeps
//! (a duplicate points at its original's bytes), so it doubles as the data's
//! borrow state, shared by all views of the same account:
//! `0xff` free, `0x00` borrowed mutably, `0xff - n` borrowed by `n` readers.
//! Lamports are read and written as values and need no borrow.
//!
//! After a CPI the runtime rewrites lamports, owner and data_len in this buffer:
//! every getter reads the buffer again, so call it again after a CPI instead of
//! keeping an old value.

use crate::error::ProgramError;
use crate::pubkey::{self, Pubkey};
use core::marker::PhantomData;
use core::ops::{Deref, DerefMut};

/// Header of one account in the input buffer (see the module comment).
#[repr(C)]
pub struct RawAccount {
    pub(crate) borrow_state: u8,
    pub(crate) is_signer: u8,
    pub(crate) is_writable: u8,
    pub(crate) executable: u8,
    pub(crate) padding: [u8; 4],
    pub(crate) key: Pubkey,
    pub(crate) owner: Pubkey,
    pub(crate) lamports: u64,
    pub(crate) data_len: u64,
}

/// Size of `RawAccount`: the data starts this many bytes after the marker byte.
pub const RAW_ACCOUNT_LEN: usize = 88;

const _: () = assert!(core::mem::size_of::<RawAccount>() == RAW_ACCOUNT_LEN);

/// Borrow state of an account nobody borrows (the runtime's non-duplicate marker).
const UNBORROWED: u8 = 0xff;
/// Borrow state of mutably borrowed data.
const MUT_BORROWED: u8 = 0;

/// One account passed to the instruction. `Copy`: it is a pointer into the input
/// buffer, and two views of the same account (a duplicate) share the bytes.
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct AccountView {
    raw: *mut RawAccount,
}

impl AccountView {
    /// # Safety
    /// `raw` must point at an account header inside the input buffer that stays
    /// valid for the whole instruction (the entrypoint's job).
    #[inline(always)]
    pub const unsafe fn new_unchecked(raw: *mut RawAccount) -> Self {
        Self { raw }
    }

    #[inline(always)]
    fn raw(&self) -> &RawAccount {
        // SAFETY: `raw` points at a live header (constructor contract), so it
        // is aligned for `RawAccount` (8): telling the optimiser lets it drop
        // the alignment tests of key comparisons (`pubkey::eq_inline`) on
        // the header's keys, which it cannot see from the raw pointer.
        unsafe {
            core::hint::assert_unchecked(self.raw as usize % core::mem::align_of::<RawAccount>() == 0);
            &*self.raw
        }
    }

    /// The account's address.
    #[inline(always)]
    pub fn key(&self) -> &Pubkey {
        &self.raw().key
    }

    /// The owning program, read from the buffer now (a CPI can change it).
    #[inline(always)]
    pub fn owner(&self) -> Pubkey {
        self.raw().owner
    }

    /// Whether the owning program is `program` (read from the buffer now).
    #[inline(always)]
    pub fn is_owned_by(&self, program: &Pubkey) -> bool {
        pubkey::eq(&self.raw().owner, program)
    }

    /// `is_owned_by`, inlined (`pubkey::eq_inline`): four word compares when
    /// `program` is 8-aligned, for hot paths.
    #[inline(always)]
    pub fn is_owned_by_inline(&self, program: &Pubkey) -> bool {
        pubkey::eq_inline(&self.raw().owner, program)
    }

    /// Whether `self` and `other` have the same owner (read from the buffer
    /// now): four word compares, both owners sit 8-aligned in the headers.
    /// Once one account's owner is checked against the program id, this
    /// checks others against it without the unaligned program id.
    #[inline(always)]
    pub fn same_owner(&self, other: &AccountView) -> bool {
        pubkey::eq_inline(&self.raw().owner, &other.raw().owner)
    }

    /// Whether the System Program owns the account (owner all zero), read from
    /// the buffer now.
    #[inline(always)]
    pub fn is_system_owned(&self) -> bool {
        pubkey::is_zero(&self.raw().owner)
    }

    /// Whether the account's address is `key`, inlined (`pubkey::eq_inline`).
    #[inline(always)]
    pub fn key_eq(&self, key: &Pubkey) -> bool {
        pubkey::eq_inline(&self.raw().key, key)
    }

    /// Lamports, read from the buffer now.
    #[inline(always)]
    pub fn lamports(&self) -> u64 {
        // SAFETY: in bounds of the header; a CPI may have changed it, so read
        // through the pointer every time.
        unsafe { core::ptr::addr_of!((*self.raw).lamports).read_volatile() }
    }

    /// Sets the lamports. The runtime rejects the instruction if the account is
    /// not writable, not owned by this program (for a decrease) or if lamports
    /// are not conserved across the instruction.
    #[inline(always)]
    pub fn set_lamports(&self, lamports: u64) {
        // SAFETY: in bounds of the header; lamports are never borrowed.
        unsafe { core::ptr::addr_of_mut!((*self.raw).lamports).write_volatile(lamports) }
    }

    /// Adds lamports; `ArithmeticOverflow` if the sum does not fit.
    pub fn add_lamports(&self, amount: u64) -> Result<(), ProgramError> {
        let sum = self.lamports().checked_add(amount).ok_or(ProgramError::ArithmeticOverflow)?;
        self.set_lamports(sum);
        Ok(())
    }

    /// Removes lamports; `InsufficientFunds` if the account has fewer.
    pub fn sub_lamports(&self, amount: u64) -> Result<(), ProgramError> {
        let rest = self.lamports().checked_sub(amount).ok_or(ProgramError::InsufficientFunds)?;
        self.set_lamports(rest);
        Ok(())
    }

    /// Length of the data, read from the buffer now.
    #[inline(always)]
    pub fn data_len(&self) -> usize {
        // SAFETY: in bounds of the header.
        unsafe { core::ptr::addr_of!((*self.raw).data_len).read_volatile() as usize }
    }

    /// Whether the data is empty.
    #[inline(always)]
    pub fn data_is_empty(&self) -> bool {
        self.data_len() == 0
    }

    /// Whether the transaction signed for this account.
    #[inline(always)]
    pub fn is_signer(&self) -> bool {
        self.raw().is_signer != 0
    }

    /// Whether the transaction marked this account writable.
    #[inline(always)]
    pub fn is_writable(&self) -> bool {
        self.raw().is_writable != 0
    }

    /// Whether this account is a program.
    #[inline(always)]
    pub fn executable(&self) -> bool {
        self.raw().executable != 0
    }

    /// Whether `other` is a view of the same account (same key, so also true for a
    /// duplicate and its original).
    #[inline(always)]
    pub fn is_same(&self, other: &AccountView) -> bool {
        self.raw == other.raw
    }

    /// Pointer to the header, for the CPI account structs.
    #[inline(always)]
    pub(crate) fn raw_ptr(&self) -> *mut RawAccount {
        self.raw
    }

    /// Pointer to the first data byte.
    #[inline(always)]
    pub fn data_ptr(&self) -> *mut u8 {
        // SAFETY: the data follows the 88-byte header.
        unsafe { (self.raw as *mut u8).add(RAW_ACCOUNT_LEN) }
    }

    /// Whether the data is borrowed mutably (a reader or a CPI would conflict).
    #[inline(always)]
    pub fn is_borrowed_mut(&self) -> bool {
        self.raw().borrow_state == MUT_BORROWED
    }

    /// Whether the data is borrowed at all (a writer or a writable CPI would conflict).
    #[inline(always)]
    pub fn is_borrowed(&self) -> bool {
        self.raw().borrow_state != UNBORROWED
    }

    /// Borrows the data for reading; `AccountBorrowFailed` while it is borrowed
    /// mutably (through this view or a duplicate).
    pub fn try_borrow_data(&self) -> Result<Ref<'_, [u8]>, ProgramError> {
        // SAFETY: in bounds of the header.
        let state = unsafe { &mut (*self.raw).borrow_state };
        // 1 would mean 254 readers: refuse rather than wrap into "mutable".
        if *state == MUT_BORROWED || *state == 1 {
            return Err(ProgramError::AccountBorrowFailed);
        }
        *state -= 1;
        Ok(Ref {
            // SAFETY: no writer exists (checked above) until this Ref drops.
            value: unsafe { self.borrow_data_unchecked() },
            state: state as *mut u8,
        })
    }

    /// Borrows the data for writing; `AccountBorrowFailed` while it is borrowed
    /// at all. Does not check `is_writable` (the runtime rejects writes to a
    /// read-only account at the end of the instruction; use `check::writable`).
    pub fn try_borrow_mut_data(&self) -> Result<RefMut<'_, [u8]>, ProgramError> {
        // SAFETY: in bounds of the header.
        let state = unsafe { &mut (*self.raw).borrow_state };
        if *state != UNBORROWED {
            return Err(ProgramError::AccountBorrowFailed);
        }
        *state = MUT_BORROWED;
        Ok(RefMut {
            // SAFETY: nobody else holds a borrow (checked above) until this drops.
            value: unsafe { self.borrow_mut_data_unchecked() },
            state: state as *mut u8,
            marker: PhantomData,
        })
    }

    /// The data without borrow tracking.
    ///
    /// # Safety
    /// No mutable borrow of this account's data (through any view) may be alive
    /// while the returned slice is, and no CPI may run while it is held.
    #[inline(always)]
    pub unsafe fn borrow_data_unchecked(&self) -> &[u8] {
        // SAFETY: data_len bytes follow the header (runtime layout); aliasing is
        // the caller's promise.
        unsafe { core::slice::from_raw_parts(self.data_ptr(), self.data_len()) }
    }

    /// The data, mutable, without borrow tracking.
    ///
    /// # Safety
    /// No other borrow of this account's data (through any view) may be alive
    /// while the returned slice is, and no CPI may run while it is held.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn borrow_mut_data_unchecked(&self) -> &mut [u8] {
        // SAFETY: as above; exclusivity is the caller's promise.
        unsafe { core::slice::from_raw_parts_mut(self.data_ptr(), self.data_len()) }
    }
}

impl AccountView {
    /// Changes the data length to `new_len`, zeroing the bytes it adds (the
    /// realloc space after the data may hold a previous shrink's bytes). The
    /// runtime lets an instruction grow an account by at most
    /// `MAX_PERMITTED_DATA_INCREASE` (10,240) bytes over its length at the
    /// start; the growth so far is kept in the header's padding, so a larger
    /// total is refused here with `InvalidRealloc` rather than by the runtime
    /// after the fact. `AccountBorrowFailed` while the data is borrowed. Rent
    /// for the new length is the caller's (move the lamports first).
    pub fn resize(&self, new_len: usize) -> Result<(), ProgramError> {
        if self.is_borrowed() {
            return Err(ProgramError::AccountBorrowFailed);
        }
        let old_len = self.data_len();
        // SAFETY: the padding is 4 bytes of the header, never borrowed.
        let delta_ptr = unsafe { core::ptr::addr_of_mut!((*self.raw).padding) };
        // SAFETY: as above.
        let delta = i32::from_le_bytes(unsafe { delta_ptr.read() }) as i64;
        let new_delta = delta + new_len as i64 - old_len as i64;
        if new_len > i32::MAX as usize || new_delta > crate::entrypoint::MAX_PERMITTED_DATA_INCREASE as i64 {
            return Err(ProgramError::InvalidRealloc);
        }
        if new_len > old_len {
            // SAFETY: the input buffer holds the data and then 10,240 bytes of
            // realloc space (checked above: the data never passes its start
            // length + 10,240); nobody borrows the data (checked above).
            // (`mem::fill`: the sol_memset_ syscall; SBF has no memset.)
            crate::mem::fill(unsafe { core::slice::from_raw_parts_mut(self.data_ptr().add(old_len), new_len - old_len) }, 0);
        }
        // SAFETY: header fields; see above.
        unsafe {
            delta_ptr.write((new_delta as i32).to_le_bytes());
            core::ptr::addr_of_mut!((*self.raw).data_len).write_volatile(new_len as u64);
        }
        Ok(())
    }
}

/// Closes an account this program owns: zeroes its data and moves all its
/// lamports to `destination`; the runtime deletes it at the end of the
/// transaction. The zero discriminator (`layout::UNINITIALIZED`) keeps it
/// unusable should someone refund it within the same transaction.
/// `AccountBorrowFailed` while its data is borrowed, `ArithmeticOverflow` if
/// `destination`'s lamports would overflow.
pub fn close(account: &AccountView, destination: &AccountView) -> Result<(), ProgramError> {
    {
        let mut data = account.try_borrow_mut_data()?;
        crate::mem::fill(&mut data, 0);
    }
    let lamports = account.lamports();
    destination.add_lamports(lamports)?;
    account.set_lamports(0);
    Ok(())
}

/// Shared borrow of account data; releases it when dropped.
pub struct Ref<'a, T: ?Sized> {
    value: &'a T,
    state: *mut u8,
}

impl<'a, T: ?Sized> Ref<'a, T> {
    /// Narrows the borrow to part of the value (e.g. a state struct), keeping it.
    pub fn map<U: ?Sized>(orig: Ref<'a, T>, f: impl FnOnce(&'a T) -> &'a U) -> Ref<'a, U> {
        let r = Ref { value: f(orig.value), state: orig.state };
        core::mem::forget(orig);
        r
    }
}

impl<T: ?Sized> Deref for Ref<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.value
    }
}

impl<T: ?Sized> Drop for Ref<'_, T> {
    fn drop(&mut self) {
        // SAFETY: `state` points at the borrow byte this Ref decremented.
        unsafe { *self.state += 1 }
    }
}

/// Exclusive borrow of account data; releases it when dropped.
pub struct RefMut<'a, T: ?Sized> {
    value: *mut T,
    state: *mut u8,
    marker: PhantomData<&'a mut T>,
}

impl<'a, T: ?Sized> RefMut<'a, T> {
    /// Narrows the borrow to part of the value (e.g. a state struct), keeping it.
    pub fn map<U: ?Sized>(orig: RefMut<'a, T>, f: impl FnOnce(&'a mut T) -> &'a mut U) -> RefMut<'a, U> {
        // SAFETY: `orig` is the only access path to the value; it is forgotten below.
        let value = f(unsafe { &mut *orig.value });
        let r = RefMut { value: value as *mut U, state: orig.state, marker: PhantomData };
        core::mem::forget(orig);
        r
    }
}

impl<T: ?Sized> Deref for RefMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: exclusive borrow held until drop.
        unsafe { &*self.value }
    }
}

impl<T: ?Sized> DerefMut for RefMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: exclusive borrow held until drop.
        unsafe { &mut *self.value }
    }
}

impl<T: ?Sized> Drop for RefMut<'_, T> {
    fn drop(&mut self) {
        // SAFETY: `state` points at the borrow byte this RefMut set.
        unsafe { *self.state = UNBORROWED }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two accounts of 16 data bytes each, as the input buffer lays them out
    /// (header, data; realloc space left out).
    #[repr(C, align(8))]
    struct Buffer([u8; 2 * (RAW_ACCOUNT_LEN + 16)]);

    const STRIDE: usize = RAW_ACCOUNT_LEN + 16;

    fn buffer(lamports: [u64; 2]) -> Buffer {
        let mut b = Buffer([0; 2 * STRIDE]);
        for (i, l) in lamports.iter().enumerate() {
            let h = &mut b.0[i * STRIDE..(i + 1) * STRIDE];
            h[0] = UNBORROWED;
            h[72..80].copy_from_slice(&l.to_le_bytes());
            h[80..88].copy_from_slice(&16u64.to_le_bytes());
            h[RAW_ACCOUNT_LEN..].fill(0xab);
        }
        b
    }

    fn views(b: &mut Buffer) -> (AccountView, AccountView) {
        let p = b.0.as_mut_ptr();
        // SAFETY: two headers with their data, alive for the test.
        unsafe {
            (
                AccountView::new_unchecked(p as *mut RawAccount),
                AccountView::new_unchecked(p.add(STRIDE) as *mut RawAccount),
            )
        }
    }

    #[test]
    fn resize_zeroes_what_it_adds_and_keeps_to_the_runtime_limit() {
        use crate::entrypoint::MAX_PERMITTED_DATA_INCREASE as MAX;
        // One account of 16 data bytes followed by its realloc space.
        #[repr(C, align(8))]
        struct Big([u8; RAW_ACCOUNT_LEN + 16 + MAX]);
        let mut b = Big([0xab; RAW_ACCOUNT_LEN + 16 + MAX]);
        b.0[0] = UNBORROWED;
        b.0[4..8].fill(0);
        b.0[80..88].copy_from_slice(&16u64.to_le_bytes());
        // SAFETY: a header with its data and realloc space, alive for the test.
        let account = unsafe { AccountView::new_unchecked(b.0.as_mut_ptr() as *mut RawAccount) };
        assert_eq!(account.resize(40), Ok(()));
        assert_eq!(account.data_len(), 40);
        {
            let data = account.try_borrow_data().unwrap();
            assert!(data[..16].iter().all(|&x| x == 0xab) && data[16..].iter().all(|&x| x == 0));
            assert_eq!(account.resize(8), Err(ProgramError::AccountBorrowFailed));
        }
        // Shrinking gives room back; the total growth stays within MAX.
        assert_eq!(account.resize(8), Ok(()));
        assert_eq!(account.resize(16 + MAX), Ok(()));
        assert_eq!(account.resize(16 + MAX + 1), Err(ProgramError::InvalidRealloc));
        assert_eq!(account.data_len(), 16 + MAX);
    }

    #[test]
    fn close_zeroes_and_moves_lamports() {
        let mut b = buffer([1_000, 5]);
        let (account, destination) = views(&mut b);
        assert_eq!(close(&account, &destination), Ok(()));
        assert_eq!((account.lamports(), destination.lamports()), (0, 1_005));
        assert!(account.try_borrow_data().unwrap().iter().all(|&x| x == 0));
        assert!(destination.try_borrow_data().unwrap().iter().all(|&x| x == 0xab));
        assert!(!account.is_borrowed());
    }

    #[test]
    fn close_refuses_borrowed_data_and_overflow() {
        let mut b = buffer([1_000, 5]);
        let (account, destination) = views(&mut b);
        let held = account.try_borrow_data().unwrap();
        assert_eq!(close(&account, &destination), Err(ProgramError::AccountBorrowFailed));
        drop(held);

        let mut b = buffer([1_000, u64::MAX]);
        let (account, destination) = views(&mut b);
        assert_eq!(close(&account, &destination), Err(ProgramError::ArithmeticOverflow));
        assert_eq!(destination.lamports(), u64::MAX);
    }
}
