//! Loading accounts with their checks, each failing with a named error.
//!
//! An account of this program with the right discriminator and length can only
//! have been written by this program at its PDA, so after `owner == program_id`
//! and the discriminator, comparing the stored parent keys (`governance`,
//! `proposal`) is enough: no address derivation on hot paths. The generic
//! parts are keel-sdk's (`check`, `layout::Layout::load_ref*`); what stays here
//! is which error each failure returns (a borrow conflict included: it means
//! another account of the instruction is this one).

use crate::interface::error::GovernanceError;
use crate::interface::staking;
use crate::interface::state::{Action, GovernanceConfig, Proposal, VoteRecord};
use keel_sdk::account::{Ref, RefMut};
use keel_sdk::layout::Layout;
use keel_sdk::math::mul_div;
use keel_sdk::{AccountView, ProgramError, Pubkey, check, pubkey};

/// `Option` → `MathOverflow`.
#[inline(always)]
pub fn ok<T>(value: Option<T>) -> Result<T, ProgramError> {
    value.ok_or_else(|| GovernanceError::MathOverflow.into())
}

/// `account` signed the transaction (`MissingRequiredSignature`).
pub use keel_sdk::check::signer;

/// `account` is writable (`AccountNotWritable`).
#[inline(always)]
pub fn writable(account: &AccountView) -> Result<(), ProgramError> {
    check::writable(account).map_err(|_| GovernanceError::AccountNotWritable.into())
}

/// `account` has address `expected`, else `error`. Inlined word compares when
/// `expected` is 8-aligned (keys in the input buffer and in this program's
/// accounts are).
#[inline(always)]
pub fn address(account: &AccountView, expected: &Pubkey, error: GovernanceError) -> Result<(), ProgramError> {
    if account.key_eq(expected) { Ok(()) } else { Err(error.into()) }
}

/// Whether `account`'s owner is `owner`, inlined (`owner` stored 8-aligned,
/// as the staking program in the governance config).
#[inline(always)]
pub fn owned_by(account: &AccountView, owner: &Pubkey) -> bool {
    account.is_owned_by_inline(owner)
}

/// The governance config, read-only (`InvalidConfig`).
#[inline(always)]
pub fn config<'a>(program_id: &Pubkey, account: &'a AccountView) -> Result<Ref<'a, GovernanceConfig>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(GovernanceError::InvalidConfig.into());
    }
    let data = account.try_borrow_data().map_err(|_| GovernanceError::InvalidConfig)?;
    GovernanceConfig::load_ref(data).ok_or_else(|| GovernanceError::InvalidConfig.into())
}

/// The governance config, mutable (`InvalidConfig`).
#[inline(always)]
pub fn config_mut<'a>(
    program_id: &Pubkey,
    account: &'a AccountView,
) -> Result<RefMut<'a, GovernanceConfig>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(GovernanceError::InvalidConfig.into());
    }
    let data = account.try_borrow_mut_data().map_err(|_| GovernanceError::InvalidConfig)?;
    GovernanceConfig::load_ref_mut(data).ok_or_else(|| GovernanceError::InvalidConfig.into())
}

/// A proposal of this program, mutable, whatever governance it belongs to
/// (`InvalidProposal`). For instructions that take no config: the proposal
/// carries every parameter it needs.
#[inline(always)]
pub fn any_proposal_mut<'a>(program_id: &Pubkey, account: &'a AccountView) -> Result<RefMut<'a, Proposal>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(GovernanceError::InvalidProposal.into());
    }
    // Already borrowed: another account of this instruction passed here again
    // (the config, say), so not a proposal.
    let data = account.try_borrow_mut_data().map_err(|_| GovernanceError::InvalidProposal)?;
    Proposal::load_ref_mut(data).ok_or_else(|| GovernanceError::InvalidProposal.into())
}

/// A proposal of `governance`, mutable (`InvalidProposal`).
#[inline(always)]
pub fn proposal_mut<'a>(
    program_id: &Pubkey,
    account: &'a AccountView,
    governance: &Pubkey,
) -> Result<RefMut<'a, Proposal>, ProgramError> {
    let proposal = any_proposal_mut(program_id, account)?;
    if !pubkey::eq_inline(&proposal.governance, governance) {
        return Err(GovernanceError::InvalidProposal.into());
    }
    Ok(proposal)
}

/// A proposal of the governance config `config_account`, mutable
/// (`InvalidProposal`), for a caller that has loaded that config with `config`
/// already (so its owner is this program): the owners are compared in the
/// input buffer, both 8-aligned, rather than with the unaligned program id.
#[inline(always)]
pub fn proposal_of_mut<'a>(config_account: &AccountView, account: &'a AccountView) -> Result<RefMut<'a, Proposal>, ProgramError> {
    if !account.same_owner(config_account) {
        return Err(GovernanceError::InvalidProposal.into());
    }
    let data = account.try_borrow_mut_data().map_err(|_| GovernanceError::InvalidProposal)?;
    match Proposal::load_ref_mut(data) {
        Some(p) if pubkey::eq_inline(&p.governance, config_account.key()) => Ok(p),
        _ => Err(GovernanceError::InvalidProposal.into()),
    }
}

/// An action of `proposal`, mutable (`InvalidAction`).
#[inline(always)]
pub fn action_mut<'a>(
    program_id: &Pubkey,
    account: &'a AccountView,
    proposal: &Pubkey,
) -> Result<RefMut<'a, [u8]>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(GovernanceError::InvalidAction.into());
    }
    let data = account.try_borrow_mut_data().map_err(|_| GovernanceError::InvalidAction)?;
    match Action::load(&data) {
        Some(a) if pubkey::eq(&a.proposal, proposal) => Ok(data),
        _ => Err(GovernanceError::InvalidAction.into()),
    }
}

/// Views action data `action_mut` checked.
#[inline(always)]
pub fn action_header(data: &mut [u8]) -> &mut Action {
    // SAFETY: `action_mut` checked length and discriminator; alignment 1.
    unsafe { &mut *(data.as_mut_ptr() as *mut Action) }
}

/// A vote record on `proposal` cast by `voter`, mutable (`InvalidVoteRecord`,
/// `NotVoter`).
#[inline(always)]
pub fn vote_record_mut<'a>(
    program_id: &Pubkey,
    account: &'a AccountView,
    proposal: &Pubkey,
    voter: &Pubkey,
) -> Result<RefMut<'a, VoteRecord>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(GovernanceError::InvalidVoteRecord.into());
    }
    let data = account.try_borrow_mut_data().map_err(|_| GovernanceError::InvalidVoteRecord)?;
    match VoteRecord::load(&data) {
        Some(r) if pubkey::eq(&r.proposal, proposal) => {
            if !pubkey::eq(&r.voter, voter) {
                return Err(GovernanceError::NotVoter.into());
            }
        }
        _ => return Err(GovernanceError::InvalidVoteRecord.into()),
    }
    // SAFETY: `load` accepted `data` just above. (Mapping after the two key
    // compares: `load_ref_mut` first costs change_vote/relinquish ~14 CU.)
    Ok(unsafe { VoteRecord::load_ref_mut_unchecked(data) })
}

/// The staking config of `config` (`InvalidStakingConfig`): its address, owned
/// by the staking program, staking config length and discriminator.
#[inline(always)]
pub fn staking_config<'a>(config: &GovernanceConfig, account: &'a AccountView) -> Result<Ref<'a, [u8]>, ProgramError> {
    if !account.key_eq(&config.staking_config) || !owned_by(account, &config.staking_program) {
        return Err(GovernanceError::InvalidStakingConfig.into());
    }
    let data = account.try_borrow_data()?;
    if data.len() != staking::config::LEN || !aligned(&data) || data[0] != staking::config::DISCRIMINATOR {
        return Err(GovernanceError::InvalidStakingConfig.into());
    }
    Ok(data)
}

/// What a position's voting power is computed with: the staking program's
/// rule (see `interface::staking`) needs the time.
pub struct PowerRule {
    /// Unix seconds.
    pub now: i64,
}

impl PowerRule {
    /// The rule at `now` (the staking config is checked by the caller).
    #[inline(always)]
    pub fn new(_staking_config: &[u8], now: i64) -> Self {
        PowerRule { now }
    }

    /// The current voting power of a position's raw bytes (length checked).
    #[inline(always)]
    pub fn power(&self, position: &[u8]) -> Result<u64, ProgramError> {
        use staking::position as p;
        let ended = position[p::TIER] != 0 && self.now >= u64_at(position, p::LOCK_END) as i64;
        if ended {
            let fall = u16::from_le_bytes([position[p::FALL_MULTIPLIER_BPS], position[p::FALL_MULTIPLIER_BPS + 1]]);
            ok(mul_div(u64_at(position, p::AMOUNT), fall as u64, 10_000))
        } else {
            Ok(u64_at(position, p::VOTING_POWER))
        }
    }
}

/// The current voting power of a staking position of `config`'s staking config
/// owned by `owner`: owned by the staking program, position length and
/// discriminator, its config field (`InvalidPosition`), its owner field
/// (`NotPositionOwner`).
#[inline(always)]
pub fn position_power(
    config: &GovernanceConfig,
    account: &AccountView,
    owner: &Pubkey,
    rule: &PowerRule,
) -> Result<u64, ProgramError> {
    use staking::position as p;
    if !owned_by(account, &config.staking_program) {
        return Err(GovernanceError::InvalidPosition.into());
    }
    let data = account.try_borrow_data()?;
    if data.len() != p::LEN
        || !aligned(&data)
        || data[0] != p::DISCRIMINATOR
        || !pubkey::eq_inline(key_at(&data, p::CONFIG), &config.staking_config)
    {
        return Err(GovernanceError::InvalidPosition.into());
    }
    if !pubkey::eq_inline(key_at(&data, p::OWNER), owner) {
        return Err(GovernanceError::NotPositionOwner.into());
    }
    rule.power(&data)
}

/// The current voting power of a position `position_power` already checked.
#[inline(always)]
pub fn checked_position_power(account: &AccountView, rule: &PowerRule) -> Result<u64, ProgramError> {
    let data = account.try_borrow_data()?;
    if data.len() != staking::position::LEN || !aligned(&data) {
        return Err(GovernanceError::InvalidPosition.into());
    }
    rule.power(&data)
}

/// The key stored at `at` (the caller checked the length).
#[inline(always)]
pub fn key_at(data: &[u8], at: usize) -> &Pubkey {
    // SAFETY: 32 bytes in bounds (caller); Pubkey has alignment 1.
    unsafe { &*(data.as_ptr().add(at) as *const Pubkey) }
}

/// The u64 stored at `at` of account data that `aligned` accepted (`at` a
/// multiple of 8, in bounds: the caller checked the length).
#[inline(always)]
pub fn u64_at(data: &[u8], at: usize) -> u64 {
    debug_assert!(at % 8 == 0 && at + 8 <= data.len() && aligned(data));
    // SAFETY: 8 bytes in bounds at an 8-aligned address (caller).
    unsafe { (data.as_ptr().add(at) as *const u64).read() }
}

/// Whether account data starts 8-aligned (always so in the input buffer).
#[inline(always)]
pub fn aligned(data: &[u8]) -> bool {
    (data.as_ptr() as usize) % 8 == 0
}

/// Whether `account` appears in `others` (same key).
#[inline(always)]
pub fn appears_in(account: &AccountView, others: &[AccountView]) -> bool {
    others.iter().any(|o| pubkey::eq(o.key(), account.key()))
}
