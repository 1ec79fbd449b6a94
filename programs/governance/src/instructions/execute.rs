//! `execute`: anyone runs the next action of a Queued proposal once its
//! timelock has elapsed, with the authority PDA signing
//! (see `GovernanceInstruction::Execute`).

use super::shared::accounts::{self, address, ok, writable};
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::seeds;
use crate::interface::state::action::MAX_ACTION_ACCOUNTS;
use crate::interface::state::{Action, ProposalState};
use core::mem::MaybeUninit;
use keel_sdk::clock;
use keel_sdk::cpi::{AccountMeta, CpiAccount, Instruction, invoke_signed_unchecked};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, proposal_account, action_account, rest @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    writable(proposal_account)?;
    writable(action_account)?;
    // Read what is needed from the config and release it: the action may be
    // governance's own `update_config`, which writes the config.
    let authority_bump = {
        let config = accounts::config(program_id, config_account)?;
        config.authority_bump
    };
    let now = clock::unix_timestamp()?;
    let mut action_data = accounts::action_mut(program_id, action_account, proposal_account.key())?;
    let (index, completes) = {
        let mut proposal_ref = accounts::proposal_mut(program_id, proposal_account, config_account.key())?;
        let proposal = &mut *proposal_ref;
        if !proposal.is(ProposalState::Queued) {
            return Err(GovernanceError::InvalidProposalState.into());
        }
        if now < proposal.eta() {
            return Err(GovernanceError::TimelockNotElapsed.into());
        }
        if now > ok(proposal.eta().checked_add(proposal.grace_period_secs()))? {
            return Err(GovernanceError::ProposalExpired.into());
        }
        let bytes: &[u8] = &action_data;
        let action = Action::load(bytes).ok_or(GovernanceError::InvalidAction)?;
        if action.executed != 0 {
            return Err(GovernanceError::ActionAlreadyExecuted.into());
        }
        let index = action.index;
        let bit = 1u32 << index;
        if proposal.action_mask() & (bit - 1) & !proposal.executed_mask() != 0 {
            return Err(GovernanceError::ActionOutOfOrder.into());
        }
        let metas = action.metas(bytes);
        if rest.len() <= metas.len() {
            return Err(ProgramError::NotEnoughAccountKeys);
        }
        for (meta, account) in metas.iter().zip(rest) {
            address(account, &meta.pubkey, GovernanceError::ActionAccountMismatch)?;
        }
        address(&rest[metas.len()], &action.program_id, GovernanceError::ActionAccountMismatch)?;

        // Recorded before the call: a failing call undoes it with the rest of
        // the transaction, and a call back into governance sees it executed.
        let action = accounts::action_header(&mut action_data);
        action.executed = 1;
        action.set_executed_at(now);
        proposal.set_executed_mask(proposal.executed_mask() | bit);
        let completes = proposal.executed_mask() == proposal.action_mask();
        if completes {
            proposal.set_state(ProposalState::Executed);
            proposal.set_closed_at(now);
        }
        (index, completes)
    };

    let bytes: &[u8] = &action_data;
    let action = Action::load(bytes).ok_or(GovernanceError::InvalidAction)?;
    Event::new(EventKind::ActionExecuting).key(proposal_account.key()).u8(index).key(&action.program_id).emit();
    let metas = action.metas(bytes);
    let n = metas.len();
    let mut cpi_metas = [const { MaybeUninit::<AccountMeta>::uninit() }; MAX_ACTION_ACCOUNTS];
    let mut infos = [const { MaybeUninit::<CpiAccount>::uninit() }; MAX_ACTION_ACCOUNTS];
    let mut i = 0;
    while i < n {
        let meta = &metas[i];
        cpi_metas[i].write(AccountMeta::new(&meta.pubkey, meta.is_writable != 0, meta.is_signer != 0));
        infos[i].write(CpiAccount::from(&rest[i]));
        i += 1;
    }
    let authority_bump = [authority_bump];
    let authority_signer: &[&[u8]] = &[seeds::AUTHORITY, config_account.key(), &authority_bump];
    // SAFETY: the first n slots were written above. No borrow of an account the
    // callee receives is alive: the config and proposal borrows ended above, and
    // the action (still borrowed: it holds the instruction) is never among its
    // own metas (`add_action` refuses it, and the proposal).
    unsafe {
        let cpi_metas = core::slice::from_raw_parts(cpi_metas.as_ptr() as *const AccountMeta, n);
        let infos = core::slice::from_raw_parts(infos.as_ptr() as *const CpiAccount, n);
        let instruction = Instruction::new(&action.program_id, cpi_metas, action.instruction_data(bytes));
        invoke_signed_unchecked(&instruction, infos, &[authority_signer])?;
    }
    if completes {
        Event::new(EventKind::ProposalExecuted).key(proposal_account.key()).emit();
    }
    Ok(())
}
