//! Events, logged with `sol_log_data` as one part: an 8-byte header (`kind: u8`
//! then 7 zero bytes), then the fields below in order: keys (32 bytes), then
//! u64/i64 (8 bytes), then u32 and u8 (integers little-endian). The header and
//! the field order keep every key and u64 8-aligned in the buffer, so building an
//! event is a few word stores. Indexers and the web app read them from
//! `Program data: <base64>` log lines.
//!
//! ```text
//! kind                 fields after the header
//!  1 Initialized       config, mint, authority
//!  2 ConfigUpdated     field u8; a second part holds update_config's data for that field
//!  3 Staked            position, owner, amount u64, lock_end i64, voting_power u64, tier u8
//!  4 StakeAdded        position, owner, amount u64, total u64, lock_end i64, voting_power u64
//!  5 LockExtended      position, owner, lock_end i64, voting_power u64, tier u8
//!  6 Unstaked          position, owner, amount u64, penalty u64, rewards_paid u64, closed u8
//!  7 RewardsDeposited  depositor, amount u64 (received), drip_remaining u64, drip_end i64
//!  8 StreamFunded      amount u64 (received), remaining u64, end i64
//!  9 Claimed           position, owner, amount u64
//! 10 Compounded        position, owner, amount u64 (staked after fees)
//! 11 AutoCompoundSet   position, enabled u8
//! 12 CrankCompounded   amount u64 (staked after fees), positions u32 (compounded)
//! 13 Refreshed         total_reward_weight u64, positions u32
//! 14 VoteLocked        position, vote_locked_until i64, voter_boost_until i64
//! 15 ScheduleExtended  schedule, data_len u64, history_cap u32
//! 16 Synced            total_voting_power u64, total_reward_weight u64, synced_day u32, reached u8
//! 17 AuthorityProposed pending, which u8 (0 authority, 1 vote authority)
//! 18 AuthorityProposalCancelled  pending (the key dropped; all zero if none was), which u8
//! 19 AuthorityAccepted authority (new), previous, which u8
//! ```
//!
//! `update_config` logs `ConfigUpdated` for every field but `SetAuthority` and
//! `SetVoteAuthority`, which log 17 or 18 (they propose, they change nobody's
//! powers).

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
    ScheduleExtended = 15,
    Synced = 16,
    AuthorityProposed = 17,
    AuthorityProposalCancelled = 18,
    AuthorityAccepted = 19,
}

/// Largest event (Unstaked: 8 + 64 + 24 + 1).
const MAX_EVENT: usize = 104;

#[repr(C, align(8))]
struct Buffer([u8; MAX_EVENT]);

/// An event being written into an aligned stack buffer, in place (`&mut self`
/// builders: a by-value builder copies the buffer at every step). Calls are
/// inlined with constant offsets, so each field is one or a few stores.
pub struct Event {
    buf: MaybeUninit<Buffer>,
    len: usize,
    kind: EventKind,
}

impl Event {
    #[inline(always)]
    pub fn new(kind: EventKind) -> Self {
        // The header is written by `emit`: a builder returned by value with
        // words already in its buffer is copied, and the copy of the words
        // not yet written becomes stores of zero.
        Self { buf: MaybeUninit::uninit(), len: 8, kind }
    }

    #[inline(always)]
    fn ptr(&mut self) -> *mut u8 {
        self.buf.as_mut_ptr() as *mut u8
    }

    /// Writes 8 bytes at an 8-aligned offset.
    #[inline(always)]
    fn word(&mut self, value: u64) {
        // Offsets are constants after inlining: a bad layout fails at the first run of a test.
        assert!(self.len % 8 == 0 && self.len + 8 <= MAX_EVENT);
        // SAFETY: in bounds and 8-aligned (the buffer is align(8)).
        unsafe { (self.ptr().add(self.len) as *mut u64).write(value.to_le()) };
        self.len += 8;
    }

    #[inline(always)]
    pub fn key(&mut self, key: &[u8; 32]) -> &mut Self {
        let src = key.as_ptr();
        if (src as usize) % 8 == 0 {
            // SAFETY: 32 readable bytes, 8-aligned (keys in the input buffer and in
            // this program's account data always are).
            let words = unsafe { (src as *const [u64; 4]).read() };
            for w in words {
                self.word(u64::from_le(w));
            }
        } else {
            // Through an aligned temporary: copying straight into the buffer
            // would leave the optimiser two ways to write it and it would merge
            // them into byte moves for the aligned case too.
            let mut aligned = MaybeUninit::<[u64; 4]>::uninit();
            // SAFETY: 32 bytes each, distinct.
            let words = unsafe {
                keel_sdk::mem::copy_unchecked(aligned.as_mut_ptr() as *mut u8, src, 32);
                aligned.assume_init()
            };
            for w in words {
                self.word(u64::from_le(w));
            }
        }
        self
    }

    #[inline(always)]
    pub fn u64(&mut self, value: u64) -> &mut Self {
        self.word(value);
        self
    }

    #[inline(always)]
    pub fn i64(&mut self, value: i64) -> &mut Self {
        self.word(value as u64);
        self
    }

    #[inline(always)]
    pub fn u32(&mut self, value: u32) -> &mut Self {
        assert!(self.len + 4 <= MAX_EVENT);
        // SAFETY: in bounds; byte writes need no alignment.
        unsafe { core::ptr::copy_nonoverlapping(value.to_le_bytes().as_ptr(), self.ptr().add(self.len), 4) };
        self.len += 4;
        self
    }

    #[inline(always)]
    pub fn u8(&mut self, value: u8) -> &mut Self {
        assert!(self.len < MAX_EVENT);
        // SAFETY: in bounds.
        unsafe { self.ptr().add(self.len).write(value) };
        self.len += 1;
        self
    }

    #[inline(always)]
    fn bytes(&self) -> &[u8] {
        // SAFETY: the first `len` bytes were written.
        unsafe { core::slice::from_raw_parts(self.buf.as_ptr() as *const u8, self.len) }
    }

    /// Logs the event.
    #[inline(always)]
    pub fn emit(&mut self) {
        self.header();
        log::log_data(&[self.bytes()]);
    }

    /// Logs the event followed by `tail` as a second part.
    #[inline(always)]
    pub fn emit_with(&mut self, tail: &[u8]) {
        self.header();
        log::log_data(&[self.bytes(), tail]);
    }

    /// Word 0: the kind.
    #[inline(always)]
    fn header(&mut self) {
        // SAFETY: word 0 of the 8-aligned buffer.
        unsafe { (self.ptr() as *mut u64).write((self.kind as u64).to_le()) };
    }
}
