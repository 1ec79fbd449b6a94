//! `cast_vote`: a voter votes with one or more staking positions, each locked
//! in staking until the vote can no longer change (see
//! `GovernanceInstruction::CastVote`).
//!
//! The hot path of governance (budget: 5,000 CU for one position on a linear
//! proposal, the staking CPI included), so:
//! - positions' stored fields are compared instead of derived addresses;
//! - the vote record's address is proven by its creation, not hashed here: it
//!   is created by a System CPI signed with the seeds `["vote", proposal,
//!   position, bump]`, which the runtime only accepts for the address those
//!   seeds derive (the record must not sign the transaction itself, which a
//!   PDA never does). The bump must still be the canonical one (else a second
//!   record, a second vote): every higher bump is proven to hash onto the curve
//!   (`pda::check_bumps_above`; nothing to do for bump 255). The checks run in
//!   a fixed order, so each wrong record fails one documented way (see
//!   `GovernanceInstruction::CastVote`);
//! - one pass per position (checks, record, lock), the minimum power checked
//!   on the total at the end (a failure reverts everything);
//! - the rent minimum is read once, key compares are inlined word compares.
//!
//! Quadratic proposals add the wallet's voter record (`["voter", proposal,
//! voter]`, created the same way on its first vote): the positions' total
//! power joins the wallet's sum on the side, and the tally moves by
//! ⌊√new sum⌋ − ⌊√old sum⌋ (`shared::voter`), so splitting stake into
//! positions or votes into transactions gains nothing.

use super::shared::accounts::{self, PowerRule, address, ok, signer, writable};
use super::shared::create::{self, CreatePda};
use super::shared::staking::LockForVote;
use super::shared::{pda, tally, voter as voter_record};
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::seeds;
use crate::interface::state::config::VoteWeighting;
use crate::interface::state::proposal::VoteSide;
use crate::interface::state::{AccountKind, LAYOUT_VERSION, VoteRecord, VoterRecord, copy_key};
use keel_sdk::{clock, rent};
use keel_sdk::layout::Layout;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey};

/// Most positions one `cast_vote` takes (8 fixed accounts + 2 per position + 2 sysvars).
pub const MAX_VOTE_POSITIONS: usize = 16;

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [voter, config_account, proposal_account, authority, staking_config, staking_schedule, staking_program, system_program, pairs @ ..] =
        accounts
    else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // The last two: the Clock and the Rent sysvars, read from their accounts
    // rather than by syscall (the clock passed on to staking).
    let [.., clock_sysvar, rent_sysvar] = pairs else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: side u8, one bump per (position, vote record) pair, then (quadratic
    // proposals) the voter record's bump; split once the proposal is loaded.
    let (&side, bumps) = data.split_first().ok_or(GovernanceError::InvalidInstructionData)?;
    let side = VoteSide::from_u8(side).ok_or(GovernanceError::InvalidVoteSide)?;

    signer(voter)?;
    writable(voter)?;
    writable(proposal_account)?;
    writable(staking_config)?;
    if !pubkey::is_zero(system_program.key()) {
        return Err(ProgramError::IncorrectProgramId);
    }
    if !clock::is_clock(clock_sysvar) || !rent::is_rent(rent_sysvar) {
        return Err(GovernanceError::InvalidSysvar.into());
    }
    let config = accounts::config(program_id, config_account)?;
    address(authority, &config.authority, GovernanceError::InvalidAuthority)?;
    address(staking_program, &config.staking_program, GovernanceError::InvalidStakingProgram)?;
    let mut proposal_ref = accounts::proposal_of_mut(config_account, proposal_account)?;
    let proposal = &mut *proposal_ref;
    let quadratic = proposal.vote_weighting == VoteWeighting::Quadratic as u8;
    let (bumps, voter_bump) = if quadratic {
        let (&voter_bump, bumps) = bumps.split_last().ok_or(GovernanceError::InvalidInstructionData)?;
        (bumps, voter_bump)
    } else {
        (bumps, 0)
    };
    let n = bumps.len();
    if n == 0 || n > MAX_VOTE_POSITIONS {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    if pairs.len() < 2 * n + quadratic as usize + 2 {
        return Err(ProgramError::NotEnoughAccountKeys);
    }
    let now = clock::unix_timestamp_from(clock_sysvar)?;
    if !tally::voting_open(proposal, now) {
        return Err(GovernanceError::VotingClosed.into());
    }
    // Released before the staking CPI, which writes it.
    let rule = PowerRule::new(&accounts::staking_config(&config, staking_config)?, now);
    // The wallet's voter record (quadratic): checked, or created, before any vote.
    let voter_account = if quadratic {
        let account = &pairs[2 * n];
        writable(account)?;
        open_voter_record(program_id, proposal_account, voter, account, &(voter_bump, rent_sysvar))?;
        Some(account)
    } else {
        None
    };

    let until = tally::lock_until(proposal)?;
    let record_rent = create::minimum_balance_from(rent_sysvar, VoteRecord::LEN)?;
    let authority_bump = [config.authority_bump];
    let authority_signer: &[&[u8]] = &[seeds::AUTHORITY, config_account.key(), &authority_bump];
    let mut total = 0u64;
    let mut i = 0;
    while i < n {
        let (position, record, bump) = (&pairs[2 * i], &pairs[2 * i + 1], bumps[i]);
        writable(position)?;
        writable(record)?;
        // The voter's position of this staking config, and its power now.
        let power = accounts::position_power(&config, position, voter.key(), &rule)?;

        // The record: not yet created (one vote per position), at the canonical
        // bump; its address is proven by the create CPI below, which signs with
        // these seeds, so it must not be a transaction signer (no PDA is).
        let record_seeds: [&[u8]; 3] = [seeds::VOTE, proposal_account.key(), position.key()];
        if record.is_signer() {
            return Err(GovernanceError::InvalidAddress.into());
        }
        pda::check_bumps_above(&record_seeds, bump, program_id)?;
        if record.same_owner(config_account) {
            // Owned by this program (the config's owner, checked above): voted
            // already, if this is the record's address at all.
            return Err(if pda::is_address(record, &record_seeds, bump, program_id) {
                GovernanceError::AlreadyVoted
            } else {
                GovernanceError::InvalidAddress
            }
            .into());
        }
        let bump_seed = [bump];
        CreatePda {
            payer: voter,
            account: record,
            space: VoteRecord::LEN,
            lamports: record_rent,
            owner: program_id,
            signer: &[seeds::VOTE, proposal_account.key(), position.key(), &bump_seed],
        }
        .invoke()?;
        // Linear: the record's weight is its power. Quadratic: 0, the wallet's
        // weight is ⌊√Σ power⌋ per side (its voter record, below).
        let weight = if quadratic { 0 } else { power };
        {
            let mut record_data = record.try_borrow_mut_data()?;
            let r = VoteRecord::load_uninit_mut(&mut record_data).ok_or(GovernanceError::InvalidVoteRecord)?;
            r.discriminator = AccountKind::VoteRecord as u8;
            r.version = LAYOUT_VERSION;
            r.bump = bump;
            r.side = side as u8;
            copy_key(&mut r.proposal, proposal_account.key());
            copy_key(&mut r.position, position.key());
            copy_key(&mut r.voter, voter.key());
            r.set_power(power);
            r.set_weight(weight);
            r.set_voted_at(now);
        }
        LockForVote {
            staking_program: &config.staking_program,
            vote_authority: authority,
            config: staking_config,
            schedule: staking_schedule,
            position,
            clock: clock_sysvar,
            until,
        }
            .invoke_signed(&[authority_signer])?;
        // Quorum counts the power either way; the weight is the record's.
        tally::add(proposal, side, power, weight)?;
        total = ok(total.checked_add(power))?;
        i += 1;
    }
    // On the positions' total; failing here reverts the records and locks above.
    if total < config.min_vote_power() {
        return Err(GovernanceError::InsufficientVotingPower.into());
    }
    let weight_total = match voter_account {
        Some(account) => {
            let mut record = voter_record::record_mut(program_id, account, proposal_account.key(), voter.key())?;
            let records = ok(record.records().checked_add(n as u32))?;
            record.set_records(records);
            voter_record::add_weight(proposal, &mut record, side, total)?
        }
        None => total,
    };
    proposal.set_votes(ok(proposal.votes().checked_add(n as u32))?);
    proposal.set_votes_cast(ok(proposal.votes_cast().checked_add(n as u32))?);
    let extended = tally::update_quorum(proposal, now)?;

    Event::new(EventKind::VoteCast)
        .key(proposal_account.key())
        .key(voter.key())
        .u8(side as u8)
        .u8(n as u8)
        .u64(total)
        .u64(weight_total)
        .emit();
    if extended {
        Event::new(EventKind::VotingExtended).key(proposal_account.key()).i64(proposal.end()).emit();
    }
    Ok(())
}

/// The wallet's voter record on a quadratic proposal: an existing one must be
/// the wallet's on this proposal (`InvalidVoterRecord`); otherwise it is
/// created at `["voter", proposal, voter]` with the canonical `bump`, the vote
/// records' way (a signer or a non-canonical bump: `InvalidAddress`; any other
/// address fails in the runtime's check of the create CPI's PDA signature).
#[inline(never)]
fn open_voter_record(
    program_id: &Pubkey,
    proposal_account: &AccountView,
    voter: &AccountView,
    account: &AccountView,
    &(bump, rent_sysvar): &(u8, &AccountView),
) -> ProgramResult {
    if account.is_owned_by(program_id) {
        voter_record::record_mut(program_id, account, proposal_account.key(), voter.key())?;
        return Ok(());
    }
    let record_seeds: [&[u8]; 3] = [seeds::VOTER, proposal_account.key(), voter.key()];
    if account.is_signer() {
        return Err(GovernanceError::InvalidAddress.into());
    }
    pda::check_bumps_above(&record_seeds, bump, program_id)?;
    let bump_seed = [bump];
    CreatePda {
        payer: voter,
        account,
        space: VoterRecord::LEN,
        lamports: create::minimum_balance_from(rent_sysvar, VoterRecord::LEN)?,
        owner: program_id,
        signer: &[seeds::VOTER, proposal_account.key(), voter.key(), &bump_seed],
    }
    .invoke()?;
    let mut data = account.try_borrow_mut_data()?;
    let r = VoterRecord::load_uninit_mut(&mut data).ok_or(GovernanceError::InvalidVoterRecord)?;
    r.discriminator = AccountKind::VoterRecord as u8;
    r.version = LAYOUT_VERSION;
    r.bump = bump;
    copy_key(&mut r.proposal, proposal_account.key());
    copy_key(&mut r.voter, voter.key());
    Ok(())
}
