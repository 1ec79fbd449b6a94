//! `add_action`: the proposer appends an instruction to a Draft proposal
//! (see `GovernanceInstruction::AddAction`).

use super::shared::accounts::{self, ok, signer, writable};
use super::shared::create::{self, CreatePda};
use super::shared::pda;
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::{GUARDIAN_FIELD, META_SIGNER, META_WRITABLE, REMOVE_GUARDIAN_FIELD, UPDATE_CONFIG, data as d};
use crate::interface::seeds;
use crate::interface::state::action::{ActionMeta, MAX_ACTION_ACCOUNTS, MAX_ACTION_DATA};
use crate::interface::state::config::ACTION_INDEX_LIMIT;
use crate::interface::state::proposal::ProposalType;
use crate::interface::state::{AccountKind, Action, LAYOUT_VERSION, ProposalState};
use keel_sdk::pubkey::SYSTEM_PROGRAM_ID;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, check, mem, pubkey};

/// Bytes of one meta in the instruction data: pubkey, flags.
const DATA_META_LEN: usize = 33;
/// Offset of the first meta in the instruction data.
const METAS_AT: usize = 35;

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [proposer, payer, config_account, proposal_account, action_account, system_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: index u8, bump u8, program_id [32], count u8, count × {pubkey, flags}, data_len u16, data.
    if data.len() < METAS_AT {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    let (index, bump) = (data[0], data[1]);
    let count = data[34] as usize;
    if count > MAX_ACTION_ACCOUNTS {
        return Err(GovernanceError::ActionTooLarge.into());
    }
    let metas_end = METAS_AT + DATA_META_LEN * count;
    if data.len() < metas_end + 2 {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    let data_len = d::u16_at(data, metas_end) as usize;
    if data_len > MAX_ACTION_DATA {
        return Err(GovernanceError::ActionTooLarge.into());
    }
    d::expect_len(data, metas_end + 2 + data_len)?;

    signer(proposer)?;
    signer(payer)?;
    writable(payer)?;
    writable(proposal_account)?;
    writable(action_account)?;
    check::program(system_program, &SYSTEM_PROGRAM_ID)?;
    let config = accounts::config(program_id, config_account)?;
    let mut proposal_ref = accounts::proposal_mut(program_id, proposal_account, config_account.key())?;
    let proposal = &mut *proposal_ref;
    if !pubkey::eq(&proposal.proposer, proposer.key()) {
        return Err(GovernanceError::NotProposer.into());
    }
    if !proposal.is(ProposalState::Draft) {
        return Err(GovernanceError::InvalidProposalState.into());
    }
    if proposal.proposal_type == ProposalType::TextOnly as u8 {
        return Err(GovernanceError::ActionsNotAllowed.into());
    }
    if proposal.action_count >= config.max_actions {
        return Err(GovernanceError::TooManyActions.into());
    }
    if index != proposal.next_action_index || index >= ACTION_INDEX_LIMIT {
        return Err(GovernanceError::InvalidActionIndex.into());
    }
    let mut i = 0;
    while i < count {
        let at = METAS_AT + DATA_META_LEN * i;
        let key = accounts::key_at(data, at);
        if data[at + 32] & !(META_SIGNER | META_WRITABLE) != 0 {
            return Err(GovernanceError::InvalidInstructionData.into());
        }
        // An action that names its own proposal or itself could rewrite them
        // while it runs.
        if pubkey::eq(key, proposal_account.key()) || pubkey::eq(key, action_account.key()) {
            return Err(GovernanceError::InvalidAction.into());
        }
        i += 1;
    }
    let index_seed = [index];
    pda::check_canonical(action_account, &[seeds::ACTION, proposal_account.key(), &index_seed], bump, program_id)?;

    let bump_seed = [bump];
    CreatePda {
        payer,
        account: action_account,
        space: Action::space(count, data_len),
        lamports: create::minimum_balance(Action::space(count, data_len))?,
        owner: program_id,
        signer: &[seeds::ACTION, proposal_account.key(), &index_seed, &bump_seed],
    }
    .invoke()?;
    {
        let mut action_data = action_account.try_borrow_mut_data()?;
        let (header, rest) = action_data.split_at_mut(Action::HEADER_LEN);
        // SAFETY: HEADER_LEN bytes of a fresh (zero) account; alignment 1.
        let action = unsafe { &mut *(header.as_mut_ptr() as *mut Action) };
        action.discriminator = AccountKind::Action as u8;
        action.version = LAYOUT_VERSION;
        action.bump = bump;
        action.index = index;
        action.account_count = count as u8;
        action.set_data_len(data_len as u16);
        action.proposal = *proposal_account.key();
        action.program_id = d::key_at(data, 2);
        let mut i = 0;
        while i < count {
            let at = METAS_AT + DATA_META_LEN * i;
            // SAFETY: the account was created with room for `count` metas; alignment 1.
            let meta = unsafe { &mut *(rest.as_mut_ptr().add(i * core::mem::size_of::<ActionMeta>()) as *mut ActionMeta) };
            meta.pubkey = d::key_at(data, at);
            meta.is_signer = (data[at + 32] & META_SIGNER != 0) as u8;
            meta.is_writable = (data[at + 32] & META_WRITABLE != 0) as u8;
            i += 1;
        }
        let data_at = core::mem::size_of::<ActionMeta>() * count;
        mem::copy(&mut rest[data_at..], &data[metas_end + 2..])?;
    }
    if changes_guardian(program_id, &d::key_at(data, 2), &data[metas_end + 2..]) {
        proposal.guardian_actions = ok(proposal.guardian_actions.checked_add(1))?;
    }
    proposal.set_action_mask(proposal.action_mask() | 1 << index);
    proposal.action_count = ok(proposal.action_count.checked_add(1))?;
    proposal.next_action_index = index + 1;

    Event::new(EventKind::ActionAdded).key(proposal_account.key()).key(action_account.key()).u8(index).emit();
    Ok(())
}

/// Whether an action (its program and data) is governance's own `update_config`
/// of the guardian (proposing a successor or removing it): such a proposal is
/// out of the guardian's reach.
pub fn changes_guardian(program_id: &Pubkey, action_program: &Pubkey, data: &[u8]) -> bool {
    pubkey::eq(action_program, program_id)
        && data.len() >= 2
        && data[0] == UPDATE_CONFIG
        && (data[1] == GUARDIAN_FIELD || data[1] == REMOVE_GUARDIAN_FIELD)
}
