//! `create_proposal`: a proposer with enough staked voting power opens a Draft
//! (see `GovernanceInstruction::CreateProposal`).

use super::shared::accounts::{self, PowerRule, ok, signer, writable};
use super::shared::create::{self, CreatePda};
use super::shared::pda;
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::{CREATE_PROPOSAL_HEADER_LEN, data as d};
use crate::interface::seeds;
use crate::interface::state::proposal::{MAX_TITLE_LEN, MAX_URI_LEN, ProposalType};
use crate::interface::state::{AccountKind, LAYOUT_VERSION, Proposal, ProposalState};
use keel_sdk::clock;
use keel_sdk::layout::Layout;
use keel_sdk::pubkey::SYSTEM_PROGRAM_ID;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, check, mem};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [proposer, payer, config_account, staking_config, proposal_account, system_program, positions @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: id u64, bump u8, type u8, hash [32], title_len u8, uri_len u8, title, uri.
    if data.len() < CREATE_PROPOSAL_HEADER_LEN {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    let id = d::u64_at(data, 0);
    let bump = data[8];
    let proposal_type = data[9];
    let (title_len, uri_len) = (data[42] as usize, data[43] as usize);
    d::expect_len(data, CREATE_PROPOSAL_HEADER_LEN + title_len + uri_len)?;
    if proposal_type >= ProposalType::COUNT {
        return Err(GovernanceError::InvalidProposalType.into());
    }
    if title_len == 0 || title_len > MAX_TITLE_LEN {
        return Err(GovernanceError::InvalidTitle.into());
    }
    if uri_len > MAX_URI_LEN {
        return Err(GovernanceError::InvalidUri.into());
    }

    signer(proposer)?;
    signer(payer)?;
    writable(payer)?;
    writable(config_account)?;
    writable(proposal_account)?;
    check::program(system_program, &SYSTEM_PROGRAM_ID)?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    if id != config.proposal_count() {
        return Err(GovernanceError::ProposalIdMismatch.into());
    }
    let now = clock::unix_timestamp()?;
    let rule = PowerRule::new(&accounts::staking_config(config, staking_config)?, now);
    let mut power = 0u64;
    for (i, position) in positions.iter().enumerate() {
        if accounts::appears_in(position, &positions[..i]) {
            return Err(GovernanceError::DuplicatePosition.into());
        }
        power = ok(power.checked_add(accounts::position_power(config, position, proposer.key(), &rule)?))?;
    }
    if power < config.min_proposal_power() {
        return Err(GovernanceError::InsufficientProposalPower.into());
    }
    let id_bytes = id.to_le_bytes();
    pda::check_canonical(proposal_account, &[seeds::PROPOSAL, config_account.key(), &id_bytes], bump, program_id)?;
    config.set_proposal_count(ok(id.checked_add(1))?);

    let bump_seed = [bump];
    CreatePda {
        payer,
        account: proposal_account,
        space: Proposal::LEN,
        lamports: create::minimum_balance(Proposal::LEN)?,
        owner: program_id,
        signer: &[seeds::PROPOSAL, config_account.key(), &id_bytes, &bump_seed],
    }
    .invoke()?;
    let mut proposal_data = proposal_account.try_borrow_mut_data()?;
    let proposal = Proposal::load_uninit_mut(&mut proposal_data).ok_or(GovernanceError::InvalidProposal)?;
    proposal.discriminator = AccountKind::Proposal as u8;
    proposal.version = LAYOUT_VERSION;
    proposal.bump = bump;
    proposal.set_state(ProposalState::Draft);
    proposal.proposal_type = proposal_type;
    proposal.governance = *config_account.key();
    proposal.proposer = *proposer.key();
    proposal.set_id(id);
    proposal.set_proposer_power(power);
    proposal.set_created_at(now);
    proposal.description_hash = d::key_at(data, 10);
    proposal.title_len = title_len as u8;
    proposal.uri_len = uri_len as u8;
    let text = &data[CREATE_PROPOSAL_HEADER_LEN..];
    mem::copy(&mut proposal.title[..title_len], &text[..title_len])?;
    mem::copy(&mut proposal.uri[..uri_len], &text[title_len..])?;

    Event::new(EventKind::ProposalCreated)
        .key(proposal_account.key())
        .key(proposer.key())
        .u64(id)
        .u8(proposal_type)
        .u64(power)
        .emit();
    Ok(())
}
