//! Action: one instruction a proposal runs when executed, PDA
//! `["action", proposal, index as u8]`. Variable length: a fixed header, the
//! account metas, then the instruction data, all written once by `add_action`.
//!
//! Layout (`Action::HEADER_LEN` = 80, then `40 × account_count + data_len` bytes):
//!
//! ```text
//! off size field
//!   0   1  discriminator = 3 (AccountKind::Action)
//!   1   1  version = 1
//!   2   1  bump
//!   3   1  index                position in the proposal (execution order)
//!   4   1  executed             0 / 1
//!   5   1  account_count        ≤ MAX_ACTION_ACCOUNTS
//!   6   2  data_len             u16 ≤ MAX_ACTION_DATA
//!   8  32  proposal
//!  40  32  program_id           the program the action invokes
//!  72   8  executed_at          i64, 0 before
//!  80  40n accounts             { pubkey [u8; 32], is_signer u8, is_writable u8, reserved [u8; 6] }
//!                               (40 bytes so every key stays 8-aligned)
//!  80+40n  data                 data_len bytes
//! ```
//!
//! A meta marked signer is either the governance authority PDA (governance signs
//! for it with `invoke_signed`) or an account whose owner must sign the `execute`
//! transaction.

use super::AccountKind;
use keel_sdk::{aligned_offsets, le_fields};

/// Most accounts of one action.
pub const MAX_ACTION_ACCOUNTS: usize = 16;
/// Most data bytes of one action.
pub const MAX_ACTION_DATA: usize = 512;
/// Size of one stored account meta.
pub const ACTION_META_LEN: usize = 40;

#[repr(C, align(8))]
pub struct Action {
    pub discriminator: u8,
    pub version: u8,
    pub bump: u8,
    pub index: u8,
    pub executed: u8,
    pub account_count: u8,
    data_len: [u8; 2],
    pub proposal: [u8; 32],
    pub program_id: [u8; 32],
    executed_at: [u8; 8],
}

/// One stored account meta.
#[repr(C, align(8))]
pub struct ActionMeta {
    pub pubkey: [u8; 32],
    pub is_signer: u8,
    pub is_writable: u8,
    pub reserved: [u8; 6],
}

const _: () = assert!(core::mem::size_of::<Action>() == Action::HEADER_LEN);
const _: () = assert!(core::mem::size_of::<ActionMeta>() == ACTION_META_LEN);
const _: () = assert!(core::mem::align_of::<Action>() == 8 && core::mem::align_of::<ActionMeta>() == 8);
aligned_offsets!(Action, 8: proposal, program_id, executed_at);
aligned_offsets!(Action, 2: data_len);

impl Action {
    pub const HEADER_LEN: usize = 80;

    le_fields! {
        data_len, set_data_len: u16;
        executed_at, set_executed_at: i64;
    }

    /// Account size for `account_count` metas and `data_len` bytes of data.
    #[inline(always)]
    pub const fn space(account_count: usize, data_len: usize) -> usize {
        Self::HEADER_LEN + ACTION_META_LEN * account_count + data_len
    }

    /// Views `data` as an action: `None` unless it is 8-aligned, has the action
    /// discriminator and exactly the length its header announces.
    #[inline(always)]
    pub fn load(data: &[u8]) -> Option<&Self> {
        if data.len() < Self::HEADER_LEN || (data.as_ptr() as usize) % 8 != 0 || data[0] != AccountKind::Action as u8 {
            return None;
        }
        // SAFETY: HEADER_LEN bytes, 8-aligned, every bit pattern valid.
        let action = unsafe { &*(data.as_ptr() as *const Self) };
        if data.len() != Self::space(action.account_count as usize, action.data_len() as usize) {
            return None;
        }
        Some(action)
    }

    /// As `load`, mutable.
    #[inline(always)]
    pub fn load_mut(data: &mut [u8]) -> Option<&mut Self> {
        Self::load(data)?;
        // SAFETY: checked by `load`; `data` is borrowed mutably.
        Some(unsafe { &mut *(data.as_mut_ptr() as *mut Self) })
    }

    /// The stored metas. `data` must be the whole account data `load` accepted.
    #[inline(always)]
    pub fn metas<'a>(&self, data: &'a [u8]) -> &'a [ActionMeta] {
        let n = self.account_count as usize;
        // SAFETY: `load` checked the length covers n metas after the header and
        // the 8-alignment (HEADER_LEN and the meta size are multiples of 8).
        unsafe { core::slice::from_raw_parts(data.as_ptr().add(Self::HEADER_LEN) as *const ActionMeta, n) }
    }

    /// The stored instruction data. `data` must be the whole account data.
    #[inline(always)]
    pub fn instruction_data<'a>(&self, data: &'a [u8]) -> &'a [u8] {
        let start = Self::HEADER_LEN + ACTION_META_LEN * self.account_count as usize;
        // SAFETY: `load` checked the total length; in bounds.
        unsafe { core::slice::from_raw_parts(data.as_ptr().add(start), self.data_len() as usize) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::offset_of;

    #[test]
    fn offsets() {
        assert_eq!(offset_of!(Action, data_len), 6);
        assert_eq!(offset_of!(Action, proposal), 8);
        assert_eq!(offset_of!(Action, program_id), 40);
        assert_eq!(offset_of!(Action, executed_at), 72);
        assert_eq!(Action::space(2, 10), 80 + 80 + 10);
    }
}
