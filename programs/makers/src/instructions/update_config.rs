//! `update_config`: the authority changes one parameter group within its bounds
//! (see `instruction::UPDATE_CONFIG`).

use super::shared::accounts::{self, signer, writable};
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::{self as id, data as d};
use crate::interface::state::Config;
use crate::interface::state::config::{RolloverPolicy, bounds};
use keel_sdk::token::TokenAccount;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [authority, config_account, rest @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    signer(authority)?;
    writable(config_account)?;
    let (&field, value) = data.get(1..).and_then(|d| d.split_first()).ok_or(MakersError::InvalidInstructionData)?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    if !pubkey::eq(&config.authority, authority.key()) {
        return Err(MakersError::Unauthorized.into());
    }
    let invalid = || -> ProgramError { MakersError::InvalidParameter.into() };
    let within = |v: i64, (lo, hi): (i64, i64)| lo <= v && v <= hi;

    match field {
        id::SET_PAUSED => {
            d::expect_len(value, 1)?;
            if value[0] > 1 {
                return Err(invalid());
            }
            config.paused = value[0];
        }
        id::SET_AUTHORITY => {
            d::expect_len(value, 32)?;
            config.authority = d::key_at(value, 0);
        }
        id::SET_REPORTER => {
            d::expect_len(value, 32)?;
            config.reporter = d::key_at(value, 0);
        }
        id::SET_REWARD_RULES => {
            d::expect_len(value, 12)?;
            let (min_improvement, early, cap) = (d::u16_at(value, 0), d::u16_at(value, 2), d::u64_at(value, 4));
            let (lo, hi) = bounds::MIN_IMPROVEMENT_BPS;
            let (elo, ehi) = bounds::EARLY_MULTIPLIER_BPS;
            if !(lo..=hi).contains(&min_improvement) || !(elo..=ehi).contains(&early) || cap < bounds::MIN_REWARD_PER_FILL {
                return Err(invalid());
            }
            config.set_min_improvement_bps(min_improvement);
            config.set_early_multiplier_bps(early);
            config.set_max_reward_per_fill(cap);
        }
        id::SET_EARLY_RULE => {
            d::expect_len(value, 8)?;
            let (until_season, max_makers) = (d::u32_at(value, 0), d::u32_at(value, 4));
            if max_makers > bounds::EARLY_MAX_MAKERS {
                return Err(invalid());
            }
            config.set_early_until_season(until_season);
            config.set_early_max_makers(max_makers);
        }
        id::SET_VOLATILITY => {
            d::expect_len(value, 4)?;
            let (threshold, max) = (d::u16_at(value, 0), d::u16_at(value, 2));
            let (tlo, thi) = bounds::VOLATILITY_THRESHOLD_BPS;
            let (mlo, mhi) = bounds::MAX_VOLATILITY_MULTIPLIER_BPS;
            if !(tlo..=thi).contains(&threshold) || !(mlo..=mhi).contains(&max) {
                return Err(invalid());
            }
            config.set_volatility_threshold_bps(threshold);
            config.set_max_volatility_multiplier_bps(max);
        }
        id::SET_BOND_RULES => {
            d::expect_len(value, 26)?;
            let (min_bond, window, cooldown, slash) =
                (d::u64_at(value, 0), d::i64_at(value, 8), d::i64_at(value, 16), d::u16_at(value, 24));
            if min_bond == 0
                || !within(window, bounds::INACTIVITY_WINDOW_SECS)
                || !within(cooldown, bounds::UNBOND_COOLDOWN_SECS)
                || slash > bounds::MAX_SLASH_BPS
            {
                return Err(invalid());
            }
            config.set_min_bond(min_bond);
            config.set_inactivity_window_secs(window);
            config.set_unbond_cooldown_secs(cooldown);
            config.set_slash_bps(slash);
        }
        id::SET_SEASON_LENGTH => {
            d::expect_len(value, 8)?;
            let secs = d::i64_at(value, 0);
            if !within(secs, bounds::SEASON_SECS) {
                return Err(invalid());
            }
            // The running season keeps its end; rollover starts the next at this length.
            config.set_season_secs(secs);
        }
        id::SET_ROLLOVER_POLICY => {
            d::expect_len(value, 1)?;
            match value[0] {
                p if p == RolloverPolicy::CarryOver as u8 => config.treasury = [0; 32],
                p if p == RolloverPolicy::Return as u8 => {
                    let treasury = rest.first().ok_or(MakersError::InvalidTreasury)?;
                    check_treasury(config, treasury)?;
                    config.treasury = *treasury.key();
                }
                _ => return Err(invalid()),
            }
            config.rollover_policy = value[0];
        }
        _ => return Err(MakersError::InvalidInstructionData.into()),
    }

    Event::new(EventKind::ConfigUpdated).u8(field).emit_with(value);
    Ok(())
}

/// The treasury is a token account of the config's mint, owned by the config's
/// token program, and neither vault.
fn check_treasury(config: &Config, treasury: &AccountView) -> ProgramResult {
    if !treasury.is_owned_by(&config.token_program) {
        return Err(MakersError::InvalidTreasury.into());
    }
    let data = treasury.try_borrow_data()?;
    let account = TokenAccount::from_data(&data).map_err(|_| MakersError::InvalidTreasury)?;
    if !pubkey::eq(account.mint(), &config.mint)
        || pubkey::eq(treasury.key(), &config.reward_vault)
        || pubkey::eq(treasury.key(), &config.bond_vault)
    {
        return Err(MakersError::InvalidTreasury.into());
    }
    Ok(())
}
