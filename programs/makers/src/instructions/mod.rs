//! One file per instruction, named as in `interface::instruction`.

pub mod add_bond;
pub mod claim;
pub mod fund;
pub mod initialize;
pub mod record_fills;
pub mod register;
pub mod request_unbond;
pub mod rollover;
pub mod shared;
pub mod slash;
pub mod update_config;
pub mod update_performance;
pub mod withdraw_bond;
