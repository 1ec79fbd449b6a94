//! `update_config`: the authority changes one parameter group within its bounds
//! (see `StakingInstruction::UpdateConfig`).

use super::shared::accounts::{self, signer, writable};
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::{ConfigField, data as d};
use crate::interface::state::Config;
use crate::interface::state::config::{AuthorityKind, PenaltyDestination, TIER_COUNT, Tier, bounds};
use keel_sdk::token::TokenAccount;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [authority, config_account, rest @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    signer(authority)?;
    writable(config_account)?;
    let (&field, value) = data.split_first().ok_or(StakingError::InvalidInstructionData)?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    if !pubkey::eq(&config.authority, authority.key()) {
        return Err(StakingError::Unauthorized.into());
    }

    match field {
        f if f == ConfigField::SetPaused as u8 => {
            d::expect_len(value, 1)?;
            if value[0] > 1 {
                return Err(StakingError::InvalidParameter.into());
            }
            config.paused = value[0];
        }
        f if f == ConfigField::SetAuthority as u8 => {
            d::expect_len(value, 32)?;
            propose(config, AuthorityKind::Authority, d::key_at(value, 0));
            return Ok(());
        }
        f if f == ConfigField::SetVoteAuthority as u8 => {
            d::expect_len(value, 32)?;
            propose(config, AuthorityKind::VoteAuthority, d::key_at(value, 0));
            return Ok(());
        }
        f if f == ConfigField::SetPenaltyDestination as u8 => {
            d::expect_len(value, 1)?;
            let destination = PenaltyDestination::from_u8(value[0]).ok_or(StakingError::InvalidParameter)?;
            if destination == PenaltyDestination::Treasury {
                let treasury = rest.first().ok_or(StakingError::InvalidTreasury)?;
                check_treasury(config, treasury)?;
                config.treasury = *treasury.key();
            } else {
                config.treasury = [0; 32];
            }
            config.penalty_destination = destination as u8;
        }
        f if f == ConfigField::SetTiers as u8 => {
            d::expect_len(value, TIER_COUNT * 10)?;
            let mut tiers = [Tier::new(0, 0); TIER_COUNT];
            let mut i = 0;
            while i < TIER_COUNT {
                tiers[i] = Tier::new(d::i64_at(value, i * 10), d::u16_at(value, i * 10 + 8));
                i += 1;
            }
            check_tiers(&tiers)?;
            config.tiers = tiers;
        }
        f if f == ConfigField::SetPenaltyBps as u8 => {
            d::expect_len(value, 2)?;
            let bps = d::u16_at(value, 0);
            if bps > bounds::MAX_PENALTY_BPS {
                return Err(StakingError::InvalidParameter.into());
            }
            config.set_penalty_bps(bps);
        }
        f if f == ConfigField::SetStakeLimits as u8 => {
            d::expect_len(value, 16)?;
            let (min, max) = (d::u64_at(value, 0), d::u64_at(value, 8));
            if min == 0 || min > max {
                return Err(StakingError::InvalidParameter.into());
            }
            config.set_min_stake(min);
            config.set_max_stake_per_wallet(max);
        }
        f if f == ConfigField::SetBoosters as u8 => {
            d::expect_len(value, 30)?;
            let (long_lock, voter, participation) = (d::u16_at(value, 0), d::u16_at(value, 2), d::u16_at(value, 4));
            let (long_lock_min, voter_secs, window) = (d::i64_at(value, 6), d::i64_at(value, 14), d::i64_at(value, 22));
            let bps_ok = long_lock <= bounds::MAX_BOOSTER_BPS
                && voter <= bounds::MAX_BOOSTER_BPS
                && participation <= bounds::MAX_BOOSTER_BPS;
            let secs = bounds::MIN_BOOSTER_SECS..=bounds::MAX_BOOSTER_SECS;
            let secs_ok = (0..=bounds::MAX_LOCK_SECS).contains(&long_lock_min)
                && secs.contains(&voter_secs)
                && secs.contains(&window);
            if !bps_ok || !secs_ok {
                return Err(StakingError::InvalidParameter.into());
            }
            config.set_long_lock_bps(long_lock);
            config.set_voter_bps(voter);
            config.set_participation_bps(participation);
            config.set_long_lock_min_secs(long_lock_min);
            config.set_voter_boost_secs(voter_secs);
            config.set_participation_window_secs(window);
        }
        f if f == ConfigField::SetDripPeriod as u8 => {
            d::expect_len(value, 8)?;
            let secs = d::i64_at(value, 0);
            if !(bounds::MIN_DRIP_SECS..=bounds::MAX_DRIP_SECS).contains(&secs) {
                return Err(StakingError::InvalidParameter.into());
            }
            // The running drip keeps its end; the next inflow spreads over this.
            config.set_drip_period_secs(secs);
        }
        _ => return Err(StakingError::InvalidInstructionData.into()),
    }

    Event::new(EventKind::ConfigUpdated).u8(field).emit_with(value);
    Ok(())
}

/// Proposes `key` as the next holder of `kind` (it takes over when it signs
/// `accept_authority`), or cancels the pending proposal when `key` is all zero.
/// Logs `AuthorityProposed` / `AuthorityProposalCancelled`.
fn propose(config: &mut Config, kind: AuthorityKind, key: [u8; 32]) {
    let (_, pending) = config.authority_slots(kind);
    if key == [0; 32] {
        let dropped = *pending;
        *pending = [0; 32];
        Event::new(EventKind::AuthorityProposalCancelled).key(&dropped).u8(kind as u8).emit();
    } else {
        *pending = key;
        Event::new(EventKind::AuthorityProposed).key(&key).u8(kind as u8).emit();
    }
}

/// Tier 0 has no lock; locks strictly increase up to 4 years; multipliers do not
/// decrease and lie in [1.0×, 5.0×].
fn check_tiers(tiers: &[Tier; TIER_COUNT]) -> ProgramResult {
    if tiers[0].lock_secs() != 0 {
        return Err(StakingError::InvalidParameter.into());
    }
    let mut i = 0;
    while i < TIER_COUNT {
        let (lock, mult) = (tiers[i].lock_secs(), tiers[i].multiplier_bps());
        if !(bounds::MIN_MULTIPLIER_BPS..=bounds::MAX_MULTIPLIER_BPS).contains(&mult) || lock > bounds::MAX_LOCK_SECS {
            return Err(StakingError::InvalidParameter.into());
        }
        if i > 0 && (lock <= tiers[i - 1].lock_secs() || mult < tiers[i - 1].multiplier_bps()) {
            return Err(StakingError::InvalidParameter.into());
        }
        i += 1;
    }
    Ok(())
}

/// The treasury is a token account of the config's mint, owned by the config's
/// token program, and neither vault.
fn check_treasury(config: &Config, treasury: &AccountView) -> ProgramResult {
    if !treasury.is_owned_by(&config.token_program) {
        return Err(StakingError::InvalidTreasury.into());
    }
    let data = treasury.try_borrow_data()?;
    let account = TokenAccount::from_data(&data).map_err(|_| StakingError::InvalidTreasury)?;
    if !pubkey::eq(account.mint(), &config.mint)
        || pubkey::eq(treasury.key(), &config.stake_vault)
        || pubkey::eq(treasury.key(), &config.reward_vault)
    {
        return Err(StakingError::InvalidTreasury.into());
    }
    Ok(())
}
