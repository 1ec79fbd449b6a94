//! `update_performance`: the reporter records a maker's latest performance
//! report (see `instruction::UPDATE_PERFORMANCE`).

use super::shared::accounts::{self, signer, writable};
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, clock, pubkey};

/// Largest efficiency and order-flow score: 100 % in basis points.
const MAX_SCORE_BPS: u16 = 10_000;

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [reporter, config_account, maker_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, 17)?;
    let (volume, efficiency, order_flow, period) =
        (d::u64_at(data, 1), d::u16_at(data, 9), d::u16_at(data, 11), d::u32_at(data, 13));
    signer(reporter)?;
    writable(maker_account)?;
    accounts::distinct(config_account, maker_account)?;
    let config = accounts::config(program_id, config_account)?;
    if !pubkey::eq(&config.reporter, reporter.key()) {
        return Err(MakersError::NotReporter.into());
    }
    let mut maker_ref = accounts::maker_mut(config_account, maker_account)?;
        let maker = &mut *maker_ref;
    if config.is_paused() {
        return Err(MakersError::Paused.into());
    }
    if efficiency > MAX_SCORE_BPS || order_flow > MAX_SCORE_BPS {
        return Err(MakersError::InvalidParameter.into());
    }
    if period <= maker.performance_period() && maker.performance_at() != 0 {
        return Err(MakersError::StalePerformance.into());
    }
    let now = clock::unix_timestamp()?;
    maker.set_execution_volume(volume);
    maker.set_spread_efficiency_bps(efficiency);
    maker.set_order_flow_bps(order_flow);
    maker.set_performance_period(period);
    maker.set_performance_at(now);

    Event::new(EventKind::PerformanceUpdated)
        .key(maker_account.key())
        .key(&maker.wallet)
        .u64(volume)
        .i64(now)
        .u32(period)
        .u16(efficiency)
        .u16(order_flow)
        .emit();
    Ok(())
}
