//! Events, logged with `sol_log_data` as one part: `kind: u8` then the fields
//! below (integers little-endian, keys 32 bytes). Indexers and the web app read
//! them from `Program data: <base64>` log lines.
//!
//! ```text
//! kind                 fields
//!  1 Initialized       config, mint, authority
//!  2 ConfigUpdated     field u8; a second part holds update_config's data for that field
//!  3 Staked            position, owner, tier u8, amount u64, lock_end i64, voting_power u64
//!  4 StakeAdded        position, owner, amount u64, total u64, lock_end i64, voting_power u64
//!  5 LockExtended      position, owner, tier u8, lock_end i64, voting_power u64
//!  6 Unstaked          position, owner, amount u64, penalty u64, rewards_paid u64, closed u8
//!  7 RewardsDeposited  depositor, amount u64 (received)
//!  8 StreamFunded      amount u64 (received), remaining u64, end i64
//!  9 Claimed           position, owner, amount u64
//! 10 Compounded        position, owner, amount u64 (staked after fees)
//! 11 AutoCompoundSet   position, enabled u8
//! 12 CrankCompounded   positions u32 (compounded), amount u64 (staked after fees)
//! 13 Refreshed         positions u32, total_reward_weight u64
//! 14 VoteLocked        position, vote_locked_until i64, voter_boost_until i64
//! ```

use core::mem::MaybeUninit;
use keel_sdk::log;

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Initialized = 1,
    ConfigUpdated = 2,
    Staked = 3,
    StakeAdded = 4,
    LockExtended = 5,
    Unstaked = 6,
    RewardsDeposited = 7,
    StreamFunded = 8,
    Claimed = 9,
    Compounded = 10,
    AutoCompoundSet = 11,
    CrankCompounded = 12,
    Refreshed = 13,
    VoteLocked = 14,
}

/// Largest event (Unstaked: 1 + 64 + 25).
const MAX_EVENT: usize = 104;

/// An event being written into a stack buffer.
pub struct Event {
    buf: MaybeUninit<[u8; MAX_EVENT]>,
    len: usize,
}

impl Event {
    #[inline(always)]
    pub fn new(kind: EventKind) -> Self {
        let mut e = Self { buf: MaybeUninit::uninit(), len: 0 };
        e.bytes::<1>(&[kind as u8]);
        e
    }

    #[inline(always)]
    fn bytes<const N: usize>(&mut self, value: &[u8; N]) {
        // Panics (aborts the instruction) rather than overflowing the buffer; the
        // lengths are constants, so this never happens for the events above.
        assert!(self.len + N <= MAX_EVENT);
        // SAFETY: in bounds (checked above); u8 has no invalid values.
        unsafe {
            let dst = (self.buf.as_mut_ptr() as *mut u8).add(self.len);
            core::ptr::copy_nonoverlapping(value.as_ptr(), dst, N);
        }
        self.len += N;
    }

    #[inline(always)]
    pub fn key(mut self, key: &[u8; 32]) -> Self {
        self.bytes(key);
        self
    }

    #[inline(always)]
    pub fn u8(mut self, value: u8) -> Self {
        self.bytes(&[value]);
        self
    }

    #[inline(always)]
    pub fn u32(mut self, value: u32) -> Self {
        self.bytes(&value.to_le_bytes());
        self
    }

    #[inline(always)]
    pub fn u64(mut self, value: u64) -> Self {
        self.bytes(&value.to_le_bytes());
        self
    }

    #[inline(always)]
    pub fn i64(mut self, value: i64) -> Self {
        self.bytes(&value.to_le_bytes());
        self
    }

    /// Logs the event.
    #[inline(always)]
    pub fn emit(self) {
        // SAFETY: the first `len` bytes were written.
        let data = unsafe { core::slice::from_raw_parts(self.buf.as_ptr() as *const u8, self.len) };
        log::log_data(&[data]);
    }

    /// Logs the event followed by `tail` (as one part).
    #[inline(always)]
    pub fn emit_with(self, tail: &[u8]) {
        // SAFETY: as in `emit`.
        let data = unsafe { core::slice::from_raw_parts(self.buf.as_ptr() as *const u8, self.len) };
        log::log_data(&[data, tail]);
    }
}
