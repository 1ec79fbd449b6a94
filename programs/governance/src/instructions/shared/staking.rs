//! Outgoing calls to the staking program, signed by the governance authority PDA
//! (the staking config's authority and vote authority).

use crate::interface::staking::instruction as ix;
use keel_sdk::cpi::{AccountMeta, Instruction, Signer, invoke_signed};
use keel_sdk::{AccountView, ProgramResult, Pubkey};

/// Staking `lock_for_vote`: no unstaking of `position` before `until`, and the
/// voter booster.
///
/// Accounts: 0 `vote_authority` [signer]; 1 `config` [writable]; 2 `position` [writable].
///
/// Data (9 bytes): `0 u8 13`, `1 i64 until`.
pub struct LockForVote<'a> {
    pub staking_program: &'a Pubkey,
    pub vote_authority: &'a AccountView,
    pub config: &'a AccountView,
    pub position: &'a AccountView,
    pub until: i64,
}

impl LockForVote<'_> {
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        let mut data = [0u8; 9];
        data[0] = ix::LOCK_FOR_VOTE;
        data[1..9].copy_from_slice(&self.until.to_le_bytes());
        let metas = [
            AccountMeta::readonly_signer(self.vote_authority.key()),
            AccountMeta::writable(self.config.key()),
            AccountMeta::writable(self.position.key()),
        ];
        let accounts = [self.vote_authority, self.config, self.position];
        invoke_signed(&Instruction::new(self.staking_program, &metas, &data), &accounts, signers)
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
        let metas = [AccountMeta::readonly_signer(self.authority.key()), AccountMeta::writable(self.config.key())];
        let accounts = [self.authority, self.config];
        invoke_signed(&Instruction::new(self.staking_program, &metas, &data), &accounts, signers)
    }
}
