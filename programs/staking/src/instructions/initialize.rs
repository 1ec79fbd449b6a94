//! `initialize`: creates the config, both vaults and the schedule's first
//! 10,240 bytes (see `StakingInstruction::Initialize`).

use super::shared::accounts::{signer, writable};
use super::shared::schedule::day_of;
use super::shared::rewards::ok;
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use crate::interface::seeds;
use crate::interface::state::config::{PenaltyDestination, defaults};
use crate::interface::state::schedule::{MAX_GROWTH, ScheduleHeader};
use crate::interface::state::{AccountKind, Config, LAYOUT_VERSION};
use keel_sdk::cpi::system::CreatePdaAccount;
use keel_sdk::cpi::token::{GetAccountDataSize, InitializeAccount3};
use keel_sdk::layout::Layout;
use keel_sdk::token::{self, Mint, TOKEN_2022_PROGRAM_ID};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, clock, pda, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [payer, config, mint, stake_vault, reward_vault, token_program, _system_program, schedule, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(StakingError::InvalidInstructionData.into());
    }
    signer(payer)?;
    writable(payer)?;
    writable(config)?;
    writable(stake_vault)?;
    writable(reward_vault)?;
    writable(schedule)?;
    if !config.is_owned_by(&pubkey::SYSTEM_PROGRAM_ID) || !config.data_is_empty() {
        return Err(StakingError::AlreadyInitialized.into());
    }
    if !token::is_token_program(token_program.key()) {
        return Err(StakingError::InvalidTokenProgram.into());
    }
    if !mint.is_owned_by(token_program.key()) {
        return Err(StakingError::InvalidMint.into());
    }
    let decimals = {
        let mint_data = mint.try_borrow_data()?;
        let decimals = Mint::from_data(&mint_data).map_err(|_| StakingError::InvalidMint)?.decimals();
        if pubkey::eq(token_program.key(), &TOKEN_2022_PROGRAM_ID) {
            check_mint_extensions(&mint_data)?;
        }
        decimals
    };

    // Canonical bumps (initialize runs once, so the search is affordable here).
    let config_bump = pda::check_canonical(config, &[seeds::CONFIG, mint.key()], program_id)
        .map_err(|_| StakingError::InvalidAddress)?;
    let stake_vault_bump = pda::check_canonical(stake_vault, &[seeds::STAKE_VAULT, config.key()], program_id)
        .map_err(|_| StakingError::InvalidAddress)?;
    let reward_vault_bump = pda::check_canonical(reward_vault, &[seeds::REWARD_VAULT, config.key()], program_id)
        .map_err(|_| StakingError::InvalidAddress)?;
    let schedule_bump = pda::check_canonical(schedule, &[seeds::SCHEDULE, config.key()], program_id)
        .map_err(|_| StakingError::InvalidAddress)?;

    // Accounts: config, then each vault (space asked from the token program, so
    // Token-2022 extensions the mint requires, e.g. transfer fees, fit).
    let bump = [config_bump];
    CreatePdaAccount {
        payer,
        account: config,
        space: Config::LEN,
        owner: program_id,
        signer: &[seeds::CONFIG, mint.key(), &bump],
    }
    .invoke()?;
    let vault_len = GetAccountDataSize { token_program: token_program.key(), mint }.invoke()?;
    for (vault, seed, vault_bump) in
        [(stake_vault, seeds::STAKE_VAULT, stake_vault_bump), (reward_vault, seeds::REWARD_VAULT, reward_vault_bump)]
    {
        let bump = [vault_bump];
        CreatePdaAccount {
            payer,
            account: vault,
            space: vault_len,
            owner: token_program.key(),
            signer: &[seed, config.key(), &bump],
        }
        .invoke()?;
        InitializeAccount3 { token_program: token_program.key(), account: vault, mint, owner: config.key() }
            .invoke()?;
    }

    // The schedule: its first 10,240 bytes (a CPI may create no more);
    // `extend_schedule` grows it to the full ring and the history.
    let bump = [schedule_bump];
    CreatePdaAccount {
        payer,
        account: schedule,
        space: MAX_GROWTH,
        owner: program_id,
        signer: &[seeds::SCHEDULE, config.key(), &bump],
    }
    .invoke()?;
    let now = clock::unix_timestamp()?;
    let today = ok(day_of(now))?;
    {
        let mut data = schedule.try_borrow_mut_data()?;
        let header = ScheduleHeader::load_uninit_mut(&mut data[..ScheduleHeader::LEN])
            .ok_or(StakingError::AlreadyInitialized)?;
        header.discriminator = AccountKind::Schedule as u8;
        header.version = LAYOUT_VERSION;
        header.bump = schedule_bump;
        header.config = *config.key();
        header.set_first_day(today);
        // history_len and history_cap start at zero: the ring is not complete yet.
    }

    let mut data = config.try_borrow_mut_data()?;
    let state = Config::load_uninit_mut(&mut data).ok_or(StakingError::AlreadyInitialized)?;
    state.discriminator = AccountKind::Config as u8;
    state.version = LAYOUT_VERSION;
    state.bump = config_bump;
    state.stake_vault_bump = stake_vault_bump;
    state.reward_vault_bump = reward_vault_bump;
    state.paused = 0;
    state.penalty_destination = PenaltyDestination::Recycle as u8;
    state.decimals = decimals;
    state.authority = *payer.key();
    state.vote_authority = *payer.key();
    state.mint = *mint.key();
    state.token_program = *token_program.key();
    state.stake_vault = *stake_vault.key();
    state.reward_vault = *reward_vault.key();
    state.tiers = defaults::TIERS;
    state.set_penalty_bps(defaults::PENALTY_BPS);
    state.set_long_lock_bps(defaults::LONG_LOCK_BPS);
    state.set_voter_bps(defaults::VOTER_BPS);
    state.set_participation_bps(defaults::PARTICIPATION_BPS);
    state.set_long_lock_min_secs(defaults::LONG_LOCK_MIN_SECS);
    state.set_voter_boost_secs(defaults::VOTER_BOOST_SECS);
    state.set_participation_window_secs(defaults::PARTICIPATION_WINDOW_SECS);
    state.set_min_stake(defaults::MIN_STAKE);
    state.set_max_stake_per_wallet(defaults::MAX_STAKE_PER_WALLET);
    state.set_drip_period_secs(defaults::DRIP_PERIOD_SECS);
    // Synced at now: the schedule's walk starts from today's boundary.
    state.set_stream_last_update(now);
    state.set_synced_day(today);
    // Totals, accumulator, stream and counters start at zero (fresh account).

    Event::new(EventKind::Initialized).key(config.key()).key(mint.key()).key(payer.key()).emit();
    Ok(())
}

/// Token-2022 extensions a staked mint may carry. Anything else is refused: a
/// transfer hook needs accounts the program does not pass, a permanent delegate
/// could drain the vaults, a non-transferable / pausable / frozen-by-default mint
/// could trap them, confidential balances would bypass the balance checks.
const ALLOWED_EXTENSIONS: [u16; 10] = [
    1,  // TransferFeeConfig (fees are borne by senders; credits use what arrived)
    3,  // MintCloseAuthority (only closable at zero supply)
    10, // InterestBearingConfig (display only)
    18, // MetadataPointer
    19, // TokenMetadata
    20, // GroupPointer
    21, // TokenGroup
    22, // GroupMemberPointer
    23, // TokenGroupMember
    25, // ScaledUiAmount (display only)
];

/// Walks a Token-2022 mint's TLV extensions: bytes 0..82 base mint, padding to
/// 165, byte 165 the account type (1 = mint), then `{ type u16, length u16, value }`
/// entries until the data ends or a type 0 (uninitialised) entry.
fn check_mint_extensions(data: &[u8]) -> ProgramResult {
    const TLV_START: usize = token::ACCOUNT_LEN + 1;
    if data.len() <= TLV_START {
        return Ok(());
    }
    let mut at = TLV_START;
    while at + 4 <= data.len() {
        let kind = u16::from_le_bytes([data[at], data[at + 1]]);
        let len = u16::from_le_bytes([data[at + 2], data[at + 3]]) as usize;
        if kind == 0 {
            break;
        }
        if !ALLOWED_EXTENSIONS.contains(&kind) {
            return Err(StakingError::UnsupportedMintExtension.into());
        }
        at += 4 + len;
    }
    Ok(())
}
