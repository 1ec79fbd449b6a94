//! Cross-program invocation through `sol_invoke_signed_c`, with the C ABI
//! structs the runtime reads (all little-endian, 64-bit pointers):
//!
//! ```text
//! AccountMeta (SolAccountMeta, 16 bytes)
//!   0  *const Pubkey  pubkey
//!   8  bool           is_writable
//!   9  bool           is_signer
//!  10  [u8; 6]        padding
//!
//! Instruction (SolInstruction, 40 bytes)
//!   0  *const Pubkey       program_id
//!   8  *const AccountMeta  accounts
//!  16  u64                 accounts_len
//!  24  *const u8           data
//!  32  u64                 data_len
//!
//! CpiAccount (SolAccountInfo, 56 bytes)
//!   0  *const Pubkey  key        } these four must point into the input buffer:
//!   8  *const u64     lamports   } the runtime writes the callee's changes back
//!  16  u64            data_len     through them (and into this data_len field)
//!  24  *const u8      data       }
//!  32  *const Pubkey  owner      }
//!  40  u64            rent_epoch   (not read by the runtime)
//!  48  bool           is_signer
//!  49  bool           is_writable
//!  50  bool           executable
//!  51  [u8; 5]        padding
//!
//! signers: (ptr, len) array of signers, each a (ptr, len) array of seeds, each a
//! (ptr, len) byte string: exactly the layout of `&[&[&[u8]]]`.
//! ```
//!
//! The runtime charges a fixed cost per CPI (`invoke_units`: 1,000 CU, ~957
//! measured in LiteSVM 1.5) plus a small term per byte of data and account
//! data, on top of the callee's own cost.
//!
//! `invoke_accounts` is the cheap way in: the metas and account infos are
//! written in one pass from the caller's views (so they cannot disagree and
//! need no key comparison). `invoke_signed` takes a prebuilt `Instruction` and
//! checks its metas against the views; `invoke_signed_unchecked` takes infos.
//!
//! Outgoing instructions live one per struct in `system` and `token`; each has
//! `invoke()` and `invoke_signed(signers)`.

pub mod system;
pub mod token;

use crate::account::AccountView;
use crate::error::{self, ProgramError, ProgramResult};
use crate::pubkey::{self, Pubkey};
use crate::syscalls;
use core::marker::PhantomData;
use core::mem::MaybeUninit;

/// Most accounts one outgoing instruction built with this module may take.
pub const MAX_CPI_ACCOUNTS: usize = 16;

/// Seeds of one PDA signer, the bump included: `&[b"vault", mint.key(), &[bump]]`.
pub type Signer<'a> = &'a [&'a [u8]];

/// One account of an outgoing instruction (C `SolAccountMeta`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct AccountMeta<'a> {
    pubkey: *const Pubkey,
    is_writable: bool,
    is_signer: bool,
    marker: PhantomData<&'a Pubkey>,
}

const _: () = assert!(core::mem::size_of::<AccountMeta>() == 16);

impl<'a> AccountMeta<'a> {
    /// An account with explicit flags.
    #[inline(always)]
    pub const fn new(pubkey: &'a Pubkey, is_writable: bool, is_signer: bool) -> Self {
        Self { pubkey, is_writable, is_signer, marker: PhantomData }
    }
    /// Read-only, not signing.
    #[inline(always)]
    pub const fn readonly(pubkey: &'a Pubkey) -> Self {
        Self::new(pubkey, false, false)
    }
    /// Writable, not signing.
    #[inline(always)]
    pub const fn writable(pubkey: &'a Pubkey) -> Self {
        Self::new(pubkey, true, false)
    }
    /// Read-only signer.
    #[inline(always)]
    pub const fn readonly_signer(pubkey: &'a Pubkey) -> Self {
        Self::new(pubkey, false, true)
    }
    /// Writable signer.
    #[inline(always)]
    pub const fn writable_signer(pubkey: &'a Pubkey) -> Self {
        Self::new(pubkey, true, true)
    }
}

/// An outgoing instruction (C `SolInstruction`).
#[repr(C)]
pub struct Instruction<'a> {
    program_id: *const Pubkey,
    accounts: *const AccountMeta<'a>,
    accounts_len: u64,
    data: *const u8,
    data_len: u64,
    marker: PhantomData<(&'a Pubkey, &'a [AccountMeta<'a>], &'a [u8])>,
}

const _: () = assert!(core::mem::size_of::<Instruction>() == 40);

impl<'a> Instruction<'a> {
    /// Borrows the parts; nothing is copied.
    #[inline(always)]
    pub fn new(program_id: &'a Pubkey, accounts: &'a [AccountMeta<'a>], data: &'a [u8]) -> Self {
        Self {
            program_id,
            accounts: accounts.as_ptr(),
            accounts_len: accounts.len() as u64,
            data: data.as_ptr(),
            data_len: data.len() as u64,
            marker: PhantomData,
        }
    }

    fn metas(&self) -> &[AccountMeta<'a>] {
        // SAFETY: built from a slice in `new`.
        unsafe { core::slice::from_raw_parts(self.accounts, self.accounts_len as usize) }
    }
}

/// An account handed to the callee (C `SolAccountInfo`), pointing into the input
/// buffer so the runtime can write the callee's changes back.
#[repr(C)]
pub struct CpiAccount<'a> {
    key: *const Pubkey,
    lamports: *const u64,
    data_len: u64,
    data: *const u8,
    owner: *const Pubkey,
    rent_epoch: u64,
    is_signer: bool,
    is_writable: bool,
    executable: bool,
    marker: PhantomData<&'a AccountView>,
}

const _: () = assert!(core::mem::size_of::<CpiAccount>() == 56);

impl<'a> From<&'a AccountView> for CpiAccount<'a> {
    #[inline(always)]
    fn from(account: &'a AccountView) -> Self {
        let mut info = MaybeUninit::<CpiAccount>::uninit();
        // SAFETY: `info` is a local of the right size; `write_info` initialises
        // every field.
        unsafe {
            write_info(info.as_mut_ptr(), account);
            info.assume_init()
        }
    }
}

/// Writes the account info of `account` at `info` (`rent_epoch` 0: the runtime
/// does not read it). The three flag bytes follow the borrow byte in the header
/// in the same order as in `CpiAccount`, so they move as one u32.
///
/// # Safety
/// `info` must be valid for writes of a `CpiAccount`.
#[inline(always)]
unsafe fn write_info(info: *mut CpiAccount, account: &AccountView) {
    let raw = account.raw_ptr();
    // SAFETY: `raw` is a live, 8-aligned header in the input buffer; only field
    // addresses are taken from it. The u32 at offset 0 is the borrow byte then
    // is_signer, is_writable, executable (each 0 or 1, so valid bools once
    // shifted down), and offset 48 of `CpiAccount` is 8-aligned.
    unsafe {
        core::ptr::addr_of_mut!((*info).key).write(core::ptr::addr_of!((*raw).key));
        core::ptr::addr_of_mut!((*info).lamports).write(core::ptr::addr_of!((*raw).lamports));
        core::ptr::addr_of_mut!((*info).data_len).write(account.data_len() as u64);
        core::ptr::addr_of_mut!((*info).data).write(account.data_ptr());
        core::ptr::addr_of_mut!((*info).owner).write(core::ptr::addr_of!((*raw).owner));
        core::ptr::addr_of_mut!((*info).rent_epoch).write(0);
        let flags = (raw as *const u32).read() >> 8;
        (core::ptr::addr_of_mut!((*info).is_signer) as *mut u32).write(flags);
    }
}

/// One account of an outgoing instruction together with the caller's view of
/// it: the meta's key and the account info come from the same view, so they
/// cannot disagree (what `invoke_signed` has to check for separate lists).
#[derive(Clone, Copy)]
pub struct CpiMeta<'a> {
    account: &'a AccountView,
    is_writable: bool,
    is_signer: bool,
}

impl<'a> CpiMeta<'a> {
    /// An account with explicit flags.
    #[inline(always)]
    pub const fn new(account: &'a AccountView, is_writable: bool, is_signer: bool) -> Self {
        Self { account, is_writable, is_signer }
    }
    /// Read-only, not signing.
    #[inline(always)]
    pub const fn readonly(account: &'a AccountView) -> Self {
        Self::new(account, false, false)
    }
    /// Writable, not signing.
    #[inline(always)]
    pub const fn writable(account: &'a AccountView) -> Self {
        Self::new(account, true, false)
    }
    /// Read-only signer.
    #[inline(always)]
    pub const fn readonly_signer(account: &'a AccountView) -> Self {
        Self::new(account, false, true)
    }
    /// Writable signer.
    #[inline(always)]
    pub const fn writable_signer(account: &'a AccountView) -> Self {
        Self::new(account, true, true)
    }
}

/// Invokes `program_id` with `accounts` (in order) and `data`; `signers` sign
/// for PDAs. The C metas and account infos are written in one pass into arrays
/// on this frame, nothing else is copied. `AccountBorrowFailed` if a view's
/// data is borrowed in a way the callee could break (any borrow of a writable
/// account, a mutable borrow of a read-only one).
///
/// Always inlined: with constant flags each account is a handful of stores,
/// and six argument registers could not be passed to a real call.
#[inline(always)]
pub fn invoke_accounts<const N: usize>(
    program_id: &Pubkey,
    accounts: &[CpiMeta; N],
    data: &[u8],
    signers: &[Signer],
) -> ProgramResult {
    let mut metas = [const { MaybeUninit::<AccountMeta>::uninit() }; N];
    let mut infos = [const { MaybeUninit::<CpiAccount>::uninit() }; N];
    let mut i = 0;
    while i < N {
        let CpiMeta { account, is_writable, is_signer } = accounts[i];
        let conflict = if is_writable { account.is_borrowed() } else { account.is_borrowed_mut() };
        if conflict {
            return Err(ProgramError::AccountBorrowFailed);
        }
        metas[i].write(AccountMeta::new(account.key(), is_writable, is_signer));
        // SAFETY: a slot of `infos`, fully written.
        unsafe { write_info(infos[i].as_mut_ptr(), account) };
        i += 1;
    }
    let instruction = Instruction {
        program_id,
        accounts: metas.as_ptr() as *const AccountMeta,
        accounts_len: N as u64,
        data: data.as_ptr(),
        data_len: data.len() as u64,
        marker: PhantomData,
    };
    // SAFETY: every meta and info was written above; the borrow checks passed.
    unsafe {
        let infos = core::slice::from_raw_parts(infos.as_ptr() as *const CpiAccount, N);
        invoke_signed_unchecked(&instruction, infos, signers)
    }
}

/// Instruction data built in `W` 8-aligned words and starting `START` bytes
/// into them, chosen so that the fields after a 1-byte (`START` 7) or 4-byte
/// (`START` 4) discriminant are 8-aligned: a u64 is one store, a key four.
/// Word 0 holds the discriminant in its high bytes.
pub(crate) struct Data<const W: usize, const START: usize>(MaybeUninit<[u64; W]>);

impl<const W: usize, const START: usize> Data<W, START> {
    /// Word 0 = `word0` (the discriminant shifted into bytes `START..8`).
    #[inline(always)]
    pub(crate) fn new(word0: u64) -> Self {
        let mut d = Data(MaybeUninit::uninit());
        d.set(0, word0);
        d
    }

    #[inline(always)]
    fn word(&mut self, i: usize) -> *mut u64 {
        assert!(i < W);
        // SAFETY: in bounds (checked; a constant after inlining).
        unsafe { (self.0.as_mut_ptr() as *mut u64).add(i) }
    }

    /// Word `i` = `value` (little-endian).
    #[inline(always)]
    pub(crate) fn set(&mut self, i: usize, value: u64) {
        // SAFETY: an aligned word of the buffer.
        unsafe { self.word(i).write(value.to_le()) }
    }

    /// Words `i..i + 4` = `key`.
    #[inline(always)]
    pub(crate) fn key(&mut self, i: usize, key: &Pubkey) {
        assert!(i + 4 <= W);
        // SAFETY: four aligned words in bounds; a local does not overlap `key`.
        unsafe { pubkey::copy_to_aligned(self.word(i) as *mut u8, key) }
    }

    /// The `len` data bytes; every word they touch must have been written.
    #[inline(always)]
    pub(crate) fn bytes(&self, len: usize) -> &[u8] {
        assert!(START + len <= W * 8);
        // SAFETY: in bounds (checked); the caller wrote the words.
        unsafe { core::slice::from_raw_parts((self.0.as_ptr() as *const u8).add(START), len) }
    }
}

/// Invokes `instruction`; `accounts` are the views of its metas, in the same order.
#[inline]
pub fn invoke<const N: usize>(instruction: &Instruction, accounts: &[&AccountView; N]) -> ProgramResult {
    invoke_signed(instruction, accounts, &[])
}

/// Invokes `instruction` with PDA signers.
///
/// Checks before calling: at least as many views as metas
/// (`NotEnoughAccountKeys`), view `i` has meta `i`'s key (`InvalidArgument`), and
/// no view's data is borrowed in a way the callee could break
/// (`AccountBorrowFailed`: any borrow of a writable account, a mutable borrow of
/// a read-only one). A failing callee aborts the whole transaction; a returned
/// error here is from these checks or the syscall's own validation.
pub fn invoke_signed<const N: usize>(
    instruction: &Instruction,
    accounts: &[&AccountView; N],
    signers: &[Signer],
) -> ProgramResult {
    let metas = instruction.metas();
    if N < metas.len() {
        return Err(ProgramError::NotEnoughAccountKeys);
    }
    let mut i = 0;
    while i < metas.len() {
        let (meta, account) = (&metas[i], accounts[i]);
        // SAFETY: a meta's pubkey pointer comes from a `&Pubkey` that outlives it.
        if !pubkey::eq(account.key(), unsafe { &*meta.pubkey }) {
            return Err(ProgramError::InvalidArgument);
        }
        let conflict = if meta.is_writable { account.is_borrowed() } else { account.is_borrowed_mut() };
        if conflict {
            return Err(ProgramError::AccountBorrowFailed);
        }
        i += 1;
    }
    let mut infos = [const { MaybeUninit::<CpiAccount>::uninit() }; N];
    let mut j = 0;
    while j < N {
        infos[j].write(CpiAccount::from(accounts[j]));
        j += 1;
    }
    // SAFETY: every slot was written above; the borrow checks passed.
    unsafe {
        let infos = core::slice::from_raw_parts(infos.as_ptr() as *const CpiAccount, N);
        invoke_signed_unchecked(instruction, infos, signers)
    }
}

/// Invokes without the checks of `invoke_signed`.
///
/// # Safety
/// No data borrow of an account the callee may write (any writable meta) or read
/// may be alive, since the runtime rewrites those bytes; `accounts` must cover
/// every meta's key.
#[inline(always)]
pub unsafe fn invoke_signed_unchecked(
    instruction: &Instruction,
    accounts: &[CpiAccount],
    signers: &[Signer],
) -> ProgramResult {
    // SAFETY: the structs follow the C ABI above; `&[&[&[u8]]]` is the
    // (ptr, len) nesting the runtime reads for signer seeds.
    let status = unsafe {
        syscalls::sol_invoke_signed_c(
            instruction as *const Instruction as *const u8,
            accounts.as_ptr() as *const u8,
            accounts.len() as u64,
            signers.as_ptr() as *const u8,
            signers.len() as u64,
        )
    };
    error::status(status)
}
