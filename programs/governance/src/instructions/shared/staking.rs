//! Outgoing calls to the staking program, signed by the governance authority PDA
//! (the staking config's authority and vote authority, or the pending one that
//! accepts).

use crate::interface::staking::instruction as ix;
use keel_sdk::cpi::{CpiMeta, Signer, invoke_accounts};
use keel_sdk::{AccountView, ProgramResult, Pubkey};

/// Staking `lock_for_vote`: no unstaking of `position` before `until`, and the
/// voter booster.
///
/// Accounts: 0 `vote_authority` [signer]; 1 `config` [writable]; 2 `schedule`
/// [writable] (staking checks it); 3 `position` [writable]; 4 the Clock sysvar
/// (staking reads the time from it).
///
/// Data (9 bytes): `0 u8 13`, `1 i64 until`.
pub struct LockForVote<'a> {
    pub staking_program: &'a Pubkey,
    pub vote_authority: &'a AccountView,
    pub config: &'a AccountView,
    pub schedule: &'a AccountView,
    pub position: &'a AccountView,
    pub clock: &'a AccountView,
    pub until: i64,
}

impl LockForVote<'_> {
    #[inline(always)]
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        // The data starts at byte 7 of two words: the tag is word 0's top byte,
        // `until` all of word 1 (one store instead of eight byte stores).
        let words = [(ix::LOCK_FOR_VOTE as u64) << 56, self.until as u64];
        // SAFETY: bytes 7..16 of the 16-byte local.
        let data = unsafe { core::slice::from_raw_parts((words.as_ptr() as *const u8).add(7), 9) };
        let accounts = [
            CpiMeta::readonly_signer(self.vote_authority),
            CpiMeta::writable(self.config),
            CpiMeta::writable(self.schedule),
            CpiMeta::writable(self.position),
            CpiMeta::readonly(self.clock),
        ];
        invoke_accounts(self.staking_program, &accounts, data, signers)
    }
}

/// Staking `accept_authority`: the authority PDA takes over the staking
/// config's authority (`which` 0) or vote authority (1) that was proposed to it.
///
/// Accounts: 0 `pending` [signer]; 1 `config` [writable].
///
/// Data (2 bytes): `0 u8 17`, `1 u8 which`.
pub struct AcceptAuthority<'a> {
    pub staking_program: &'a Pubkey,
    pub pending: &'a AccountView,
    pub config: &'a AccountView,
    pub which: u8,
}

impl AcceptAuthority<'_> {
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        let data = [ix::ACCEPT_AUTHORITY, self.which];
        let accounts = [CpiMeta::readonly_signer(self.pending), CpiMeta::writable(self.config)];
        invoke_accounts(self.staking_program, &accounts, &data, signers)
    }
}

/// Staking `update_config` field `SetPaused`.
///
/// Accounts: 0 `authority` [signer]; 1 `config` [writable].
///
/// Data (3 bytes): `0 u8 1`, `1 u8 0` (SetPaused), `2 u8 paused`.
pub struct SetPaused<'a> {
    pub staking_program: &'a Pubkey,
    pub authority: &'a AccountView,
    pub config: &'a AccountView,
    pub paused: bool,
}

impl SetPaused<'_> {
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        let data = [ix::UPDATE_CONFIG, ix::SET_PAUSED, self.paused as u8];
        let accounts = [CpiMeta::readonly_signer(self.authority), CpiMeta::writable(self.config)];
        invoke_accounts(self.staking_program, &accounts, &data, signers)
    }
}
