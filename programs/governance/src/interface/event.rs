//! Events, logged with `sol_log_data` as one part: `kind: u8` then the fields
//! below (integers little-endian, keys 32 bytes). The web app reads them from
//! `Program data: <base64>` log lines (`lib/programs/governance/events.ts`).
//!
//! ```text
//! kind                  fields
//!  1 Initialized        governance, staking_config, authority, treasury
//!  2 ProposalCreated    proposal, proposer, id u64, proposal_type u8, proposer_power u64
//!  3 ActionAdded        proposal, action, index u8
//!  4 ActionRemoved      proposal, index u8
//!  5 ProposalActivated  proposal, start i64, end i64, total_power u64, quorum_required u64
//!  6 VoteCast           proposal, voter, side u8, positions u8, power u64, weight u64 (added to
//!                       the side's tally: linear the power, quadratic ⌊√new sum⌋ − ⌊√old sum⌋)
//!  7 VoteChanged        proposal, voter, side u8, records u8, weight u64 (added to the new side)
//!  8 VoteRelinquished   proposal, voter, records u8, weight_removed u64 (0 after voting ended)
//!  9 VotingExtended     proposal, end i64
//! 10 ProposalFinalized  proposal, state u8, for u64, against u64, abstain u64, quorum_power u64
//! 11 ProposalQueued     proposal, eta i64
//! 12 ActionExecuting    proposal, index u8, program_id (logged before the invocation, so a
//!                       failing action's logs name it)
//! 13 ProposalExecuted   proposal
//! 14 ProposalCancelled  proposal, by
//! 15 ProposalVetoed     proposal, guardian
//! 16 ConfigUpdated      field u8; a second part holds update_config's value for that field
//!                       (every field but Guardian; RemoveGuardian's value is empty)
//! 17 StakingPauseSet    guardian, paused u8
//! 18 ProposalExpired    proposal
//! 19 GuardianProposed   pending_guardian (update_config Guardian, a non-zero key)
//! 20 GuardianProposalCancelled  pending_guardian dropped (update_config Guardian all zero;
//!                       all zero when nothing was pending)
//! 21 GuardianAccepted   guardian (new), previous guardian (all zero: none)
//! 22 StakingAuthorityAccepted  staking_config, which u8 (0 authority, 1 vote authority)
//! ```

use core::mem::MaybeUninit;
use keel_sdk::log;

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Initialized = 1,
    ProposalCreated = 2,
    ActionAdded = 3,
    ActionRemoved = 4,
    ProposalActivated = 5,
    VoteCast = 6,
    VoteChanged = 7,
    VoteRelinquished = 8,
    VotingExtended = 9,
    ProposalFinalized = 10,
    ProposalQueued = 11,
    ActionExecuting = 12,
    ProposalExecuted = 13,
    ProposalCancelled = 14,
    ProposalVetoed = 15,
    ConfigUpdated = 16,
    StakingPauseSet = 17,
    ProposalExpired = 18,
    GuardianProposed = 19,
    GuardianProposalCancelled = 20,
    GuardianAccepted = 21,
    StakingAuthorityAccepted = 22,
}

/// Largest event (Initialized: 1 + 4 × 32).
const MAX_EVENT: usize = 129;
/// The event starts 7 bytes into an 8-aligned buffer, so the keys right after
/// the kind byte land 8-aligned and copy as four u64 moves.
const START: usize = 7;

/// An event being written into a stack buffer, in place: the builder methods
/// take `&mut self` (a by-value builder would copy the buffer at every step).
pub struct Event {
    buf: MaybeUninit<[u64; (START + MAX_EVENT).div_ceil(8)]>,
    len: usize,
}

/// Writes the 32 bytes at the 8-aligned `src` to `dst`, which lies inside an
/// event buffer with 32 bytes of room (`Event::key` checked). `dst`'s alignment
/// is a constant once inlined, so one branch remains: four word moves for keys
/// at 8-aligned offsets (every event's but `ActionExecuting`'s program id).
///
/// # Safety
/// As above; the ranges do not overlap.
#[inline(always)]
unsafe fn store_key(dst: *mut u64, src: *const u64) {
    // SAFETY: the caller's promises.
    unsafe {
        if (dst as usize) & 7 == 0 {
            *dst = *src;
            *dst.add(1) = *src.add(1);
            *dst.add(2) = *src.add(2);
            *dst.add(3) = *src.add(3);
        } else {
            core::ptr::copy_nonoverlapping(src as *const u8, dst as *mut u8, 32);
        }
    }
}

impl Event {
    #[inline(always)]
    pub fn new(kind: EventKind) -> Self {
        let mut e = Self { buf: MaybeUninit::uninit(), len: 0 };
        e.bytes::<1>(&[kind as u8]);
        e
    }

    #[inline(always)]
    fn at(&mut self) -> *mut u8 {
        // SAFETY: START + len stays inside the buffer (checked by the writers).
        unsafe { (self.buf.as_mut_ptr() as *mut u8).add(START + self.len) }
    }

    #[inline(always)]
    fn bytes<const N: usize>(&mut self, value: &[u8; N]) {
        // Aborts rather than overflowing the buffer; the lengths are constants,
        // so this never happens for the events above.
        assert!(self.len + N <= MAX_EVENT);
        // SAFETY: in bounds (checked above); u8 has no invalid values.
        unsafe { core::ptr::copy_nonoverlapping(value.as_ptr(), self.at(), N) };
        self.len += N;
    }

    #[inline(always)]
    pub fn key(&mut self, key: &[u8; 32]) -> &mut Self {
        assert!(self.len + 32 <= MAX_EVENT);
        let dst = self.at() as *mut u64;
        // Keys usually come 8-aligned (input buffer, account fields): four word
        // moves. Any other key is first copied into an aligned temporary with
        // `sol_memcpy_`, never straight into the buffer: an opaque call given a
        // pointer into this struct would hide `len` from the optimiser, which
        // would then keep it (and every field offset after it) in memory.
        // SAFETY: `key` is 32 readable bytes, the temporary 32 writable ones.
        unsafe {
            if (key.as_ptr() as usize) & 7 == 0 {
                store_key(dst, key.as_ptr() as *const u64);
            } else {
                let mut aligned = MaybeUninit::<[u64; 4]>::uninit();
                keel_sdk::mem::copy_unchecked(aligned.as_mut_ptr() as *mut u8, key.as_ptr(), 32);
                store_key(dst, aligned.as_ptr() as *const u64);
            }
        }
        self.len += 32;
        self
    }

    #[inline(always)]
    pub fn u8(&mut self, value: u8) -> &mut Self {
        self.bytes(&[value]);
        self
    }

    #[inline(always)]
    pub fn u64(&mut self, value: u64) -> &mut Self {
        self.bytes(&value.to_le_bytes());
        self
    }

    #[inline(always)]
    pub fn i64(&mut self, value: i64) -> &mut Self {
        self.bytes(&value.to_le_bytes());
        self
    }

    /// Logs the event.
    #[inline(always)]
    pub fn emit(&self) {
        // SAFETY: the first `len` bytes were written.
        let data = unsafe { core::slice::from_raw_parts((self.buf.as_ptr() as *const u8).add(START), self.len) };
        log::log_data(&[data]);
    }

    /// Logs the event followed by `tail` as a second part.
    #[inline(always)]
    pub fn emit_with(&self, tail: &[u8]) {
        // SAFETY: as in `emit`.
        let data = unsafe { core::slice::from_raw_parts((self.buf.as_ptr() as *const u8).add(START), self.len) };
        log::log_data(&[data, tail]);
    }
}
