//! Events, logged with `sol_log_data`: the first part is an 8-byte header
//! (`kind: u8` then 7 zero bytes) and the fields below in order: keys (32
//! bytes), then u64/i64 (8 bytes), then u32, u16 and u8 (integers
//! little-endian). The order keeps every key and u64 8-aligned in the buffer.
//! Indexers and the web app read them from `Program data: <base64>` lines;
//! with the instruction's accounts they rebuild every number of the accounts.
//!
//! ```text
//! kind                    fields after the header
//!  1 Initialized          config, mint, authority, reporter, season_end i64
//!  2 ConfigUpdated        field u8; a second part holds update_config's data after the field byte
//!  3 Registered           maker, wallet, bond u64, registered_at i64, number u32, early u8
//!  4 BondAdded            maker, wallet, amount u64 (received), bond u64
//!  5 UnbondRequested      maker, wallet, amount u64, unbonding u64, unlock_at i64
//!  6 BondWithdrawn        maker, wallet, amount u64
//!  7 FillsRecorded        sequence u64, total u64 (Σ rewards), season_emitted u64, season_budget u64,
//!                         season_index u32, fills u32; then more parts (below)
//!  8 PerformanceUpdated   maker, wallet, execution_volume u64, performance_at i64, period u32,
//!                         spread_efficiency_bps u16, order_flow_bps u16
//!  9 Claimed              maker, wallet, destination, amount u64, created u8 (destination created)
//! 10 RolledOver           season_start i64, season_end i64, season_budget u64, carried u64,
//!                         returned u64, ended_emitted u64, season_index u32 (the new one)
//! 11 Slashed              maker, wallet, amount u64 (taken from bond + unbonding), received u64
//!                         (into the reward vault and the budget), bond u64, unbonding u64
//! 12 Funded               funder, amount u64 (received), season_budget u64, next_budget u64, target u8
//! ```
//!
//! `FillsRecorded` is one `sol_log_data` call with `3 + makers` parts: the
//! header above; the batch's fills exactly as the instruction data carried them
//! (16 bytes each, `instruction::Fill`); one 16-byte `FillResult` per fill, in
//! the same order; then the key of each maker account, in the order the fills'
//! `maker` indexes refer to.

use core::mem::MaybeUninit;
use keel_sdk::log;

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Initialized = 1,
    ConfigUpdated = 2,
    Registered = 3,
    BondAdded = 4,
    UnbondRequested = 5,
    BondWithdrawn = 6,
    FillsRecorded = 7,
    PerformanceUpdated = 8,
    Claimed = 9,
    RolledOver = 10,
    Slashed = 11,
    Funded = 12,
}

/// What one fill earned (16 bytes, `FillsRecorded`'s third part):
///
/// ```text
/// off size field
///  0    8 reward           u64 paid into the maker's pending rewards
///  8    2 early_bps        u16 early multiplier applied (10_000 = none)
/// 10    2 volatility_bps   u16 volatility multiplier applied (10_000 = none)
/// 12    1 flags            FILL_* bits
/// 13    3 reserved         zero
/// ```
pub const FILL_RESULT_LEN: usize = 16;
#[repr(C, align(8))]
pub struct FillResult {
    pub reward: u64,
    pub early_bps: u16,
    pub volatility_bps: u16,
    pub flags: u8,
    pub reserved: [u8; 3],
}
impl FillResult {
    pub const LEN: usize = FILL_RESULT_LEN;
}
const _: () = assert!(core::mem::size_of::<FillResult>() == FILL_RESULT_LEN);

/// The improvement was below `min_improvement_bps`: earned nothing.
pub const FILL_BELOW_MINIMUM: u8 = 1;
/// The reward was cut to `max_reward_per_fill`.
pub const FILL_CAPPED: u8 = 2;
/// The reward was cut to what was left of the season budget (possibly 0).
pub const FILL_BUDGET_LIMITED: u8 = 4;

/// Largest single-part event (Initialized: 8 + 4 × 32 + 8).
const MAX_EVENT: usize = 144;

#[repr(C, align(8))]
struct Buffer([u8; MAX_EVENT]);

/// An event being written into an aligned stack buffer, in place (`&mut self`
/// builders). Calls are inlined with constant offsets, so each field is one or
/// a few stores.
pub struct Event {
    buf: MaybeUninit<Buffer>,
    len: usize,
}

impl Event {
    #[inline(always)]
    pub fn new(kind: EventKind) -> Self {
        let mut e = Self { buf: MaybeUninit::uninit(), len: 0 };
        e.word(kind as u64);
        e
    }

    #[inline(always)]
    fn ptr(&mut self) -> *mut u8 {
        self.buf.as_mut_ptr() as *mut u8
    }

    /// Writes 8 bytes at an 8-aligned offset.
    #[inline(always)]
    fn word(&mut self, value: u64) {
        assert!(self.len % 8 == 0 && self.len + 8 <= MAX_EVENT);
        // SAFETY: in bounds and 8-aligned (the buffer is align(8)).
        unsafe { (self.ptr().add(self.len) as *mut u64).write(value.to_le()) };
        self.len += 8;
    }

    #[inline(always)]
    pub fn key(&mut self, key: &[u8; 32]) -> &mut Self {
        let src = key.as_ptr();
        if (src as usize) % 8 == 0 {
            // SAFETY: 32 readable bytes, 8-aligned.
            let words = unsafe { (src as *const [u64; 4]).read() };
            for w in words {
                self.word(u64::from_le(w));
            }
        } else {
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
        self.raw(&value.to_le_bytes())
    }

    #[inline(always)]
    pub fn u16(&mut self, value: u16) -> &mut Self {
        self.raw(&value.to_le_bytes())
    }

    #[inline(always)]
    pub fn u8(&mut self, value: u8) -> &mut Self {
        self.raw(&[value])
    }

    #[inline(always)]
    fn raw<const N: usize>(&mut self, bytes: &[u8; N]) -> &mut Self {
        assert!(self.len + N <= MAX_EVENT);
        // SAFETY: in bounds; byte writes need no alignment.
        unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), self.ptr().add(self.len), N) };
        self.len += N;
        self
    }

    #[inline(always)]
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the first `len` bytes were written.
        unsafe { core::slice::from_raw_parts(self.buf.as_ptr() as *const u8, self.len) }
    }

    /// Logs the event.
    #[inline(always)]
    pub fn emit(&self) {
        log::log_data(&[self.bytes()]);
    }

    /// Logs the event followed by `tail` as a second part.
    #[inline(always)]
    pub fn emit_with(&self, tail: &[u8]) {
        log::log_data(&[self.bytes(), tail]);
    }
}
