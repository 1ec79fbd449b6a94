//! `record_fills`: the reporter's batch of fills for many makers (see
//! `instruction::RECORD_FILLS` and the reward formula in `interface`).
//!
//! Cost shape: the makers are checked once (owner, length, discriminator,
//! config), then each fill is an index, a season check, the reward (one
//! 64×64 product and one division) and a dozen in-place adds; one event for
//! the whole batch carries the fills, their results and the makers' keys.

use super::shared::accounts::{self, signer, writable};
use super::shared::ok;
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind, FILL_BELOW_MINIMUM, FILL_BUDGET_LIMITED, FILL_CAPPED, FillResult};
use crate::interface::instruction::{FILL_LEN, FILLS_OFFSET, Fill, MAX_FILLS, MAX_MAKERS, SEQUENCE_OFFSET, data as d};
use crate::interface::state::{Maker, SeasonStats};
use crate::math::{RewardRules, fill_reward, limit_to_budget};
use core::mem::MaybeUninit;
use keel_sdk::layout::Layout;
use keel_sdk::math::wide_mul;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, clock, log, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [reporter, config_account, makers @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if data.len() < FILLS_OFFSET || (data.len() - FILLS_OFFSET) % FILL_LEN != 0 || data.as_ptr() as usize % 8 != 0 {
        return Err(MakersError::InvalidInstructionData.into());
    }
    let count = (data.len() - FILLS_OFFSET) / FILL_LEN;
    if count == 0 {
        return Err(MakersError::EmptyBatch.into());
    }
    if count > MAX_FILLS {
        return Err(MakersError::TooManyFills.into());
    }
    if makers.is_empty() {
        return Err(ProgramError::NotEnoughAccountKeys);
    }
    if makers.len() > MAX_MAKERS {
        return Err(MakersError::TooManyMakers.into());
    }
    let sequence = d::u64_at(data, SEQUENCE_OFFSET);
    // SAFETY: `count` 16-byte fills start at byte 16 of data whose start is
    // 8-aligned (checked above); `Fill` is `repr(C, align(8))` of integers, valid
    // for every bit pattern.
    let fills = unsafe { core::slice::from_raw_parts(data.as_ptr().add(FILLS_OFFSET) as *const Fill, count) };

    signer(reporter)?;
    writable(config_account)?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    if !pubkey::eq(&config.reporter, reporter.key()) {
        return Err(MakersError::NotReporter.into());
    }
    // Each maker once: writable, not the config, this program's maker of this config.
    for maker in makers {
        writable(maker)?;
        accounts::distinct(config_account, maker)?;
        if !maker.same_owner(config_account) {
            return Err(MakersError::InvalidMaker.into());
        }
        // SAFETY: no borrow of a maker is held in this instruction (the config,
        // the only one borrowed, is a different account: checked above).
        match Maker::load(unsafe { maker.borrow_data_unchecked() }) {
            Some(m) if pubkey::eq_inline(&m.config, config_account.key()) => {}
            _ => return Err(MakersError::InvalidMaker.into()),
        }
    }
    if config.is_paused() {
        return Err(MakersError::Paused.into());
    }
    if sequence <= config.reporter_sequence() {
        return Err(MakersError::StaleSequence.into());
    }
    let now = clock::unix_timestamp()?;
    if now >= config.season_end() {
        return Err(MakersError::SeasonEnded.into());
    }

    let rules = RewardRules {
        min_improvement_bps: config.min_improvement_bps(),
        early_multiplier_bps: config.early_multiplier_bps(),
        volatility_threshold_bps: config.volatility_threshold_bps(),
        max_volatility_multiplier_bps: config.max_volatility_multiplier_bps(),
        max_reward_per_fill: config.max_reward_per_fill(),
    };
    let season = config.season_index();
    let mut budget_left = config.budget_left();
    let mut total: u64 = 0;
    let mut results = [const { MaybeUninit::<FillResult>::uninit() }; MAX_FILLS];
    for (fill, slot) in fills.iter().zip(results.iter_mut()) {
        let account = makers.get(fill.maker as usize).ok_or(MakersError::InvalidMakerIndex)?;
        // SAFETY: checked to be a maker above (length, alignment, discriminator);
        // the only reference to its data while this fill is applied (a maker
        // passed twice shares the bytes, used one fill at a time; no CPI runs).
        let maker = unsafe { &mut *(account.data_ptr() as *mut Maker) };
        if maker.current.index() != season {
            roll_season(maker, season);
        }
        let r = limit_to_budget(
            fill_reward(&rules, maker.early != 0, fill.notional, fill.improvement_bps, fill.volatility_bps),
            budget_left,
        );
        budget_left -= r.reward;
        total += r.reward;
        let weighted = wide_mul(fill.notional, fill.improvement_bps as u64);
        let notional = fill.notional as u128;

        maker.set_rewards_earned(ok(maker.rewards_earned().checked_add(r.reward))?);
        maker.set_notional(maker.notional().saturating_add(notional));
        maker.set_improvement_weighted(maker.improvement_weighted().saturating_add(weighted));
        maker.set_fills(maker.fills().saturating_add(1));
        maker.set_last_fill_at(now);
        let s = &mut maker.current;
        s.set_fills(s.fills().saturating_add(1));
        s.set_notional(s.notional().saturating_add(notional));
        s.set_improvement_weighted(s.improvement_weighted().saturating_add(weighted));
        s.set_rewards(s.rewards().saturating_add(r.reward));
        if r.flags & (FILL_CAPPED | FILL_BUDGET_LIMITED) != 0 {
            s.set_capped_fills(s.capped_fills().saturating_add(1));
        }
        if r.flags & FILL_BELOW_MINIMUM != 0 {
            s.set_below_minimum_fills(s.below_minimum_fills().saturating_add(1));
        }
        let flags = r.flags;
        slot.write(FillResult { reward: r.reward, early_bps: r.early_bps, volatility_bps: r.volatility_bps, flags, reserved: [0; 3] });
    }

    let emitted = config.season_emitted() + total;
    config.set_season_emitted(emitted);
    config.set_total_earned(config.total_earned() + total as u128);
    config.set_total_fills(config.total_fills().saturating_add(count as u64));
    config.set_reporter_sequence(sequence);

    let mut header = Event::new(EventKind::FillsRecorded);
    header.u64(sequence).u64(total).u64(emitted).u64(config.season_budget()).u32(season).u32(count as u32);
    // SAFETY: the first `count` results were written in the loop.
    let results = unsafe { core::slice::from_raw_parts(results.as_ptr() as *const u8, count * FillResult::LEN) };
    let mut parts = [const { MaybeUninit::<&[u8]>::uninit() }; 3 + MAX_MAKERS];
    parts[0].write(header.bytes());
    parts[1].write(&data[FILLS_OFFSET..]);
    parts[2].write(results);
    for (part, maker) in parts[3..].iter_mut().zip(makers) {
        part.write(maker.key());
    }
    // SAFETY: the first 3 + makers parts were written.
    log::log_data(unsafe { core::slice::from_raw_parts(parts.as_ptr() as *const &[u8], 3 + makers.len()) });
    Ok(())
}

/// The maker's first fill in season `season`: `current` becomes `previous`
/// and starts again at `season`. Out of line: once per maker and season.
#[cold]
#[inline(never)]
fn roll_season(maker: &mut Maker, season: u32) {
    // SAFETY: two distinct fields of the same struct, 56 bytes each.
    unsafe { core::ptr::copy_nonoverlapping(&maker.current as *const SeasonStats, &mut maker.previous as *mut SeasonStats, 1) };
    let s = &mut maker.current;
    s.set_index(season);
    s.set_fills(0);
    s.set_notional(0);
    s.set_improvement_weighted(0);
    s.set_rewards(0);
    s.set_capped_fills(0);
    s.set_below_minimum_fills(0);
}
