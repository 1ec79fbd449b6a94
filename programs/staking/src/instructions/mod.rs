//! One file per instruction, named as in `interface::instruction`.

pub mod accept_authority;
pub mod add_stake;
pub mod claim;
pub mod compound;
pub mod crank_compound;
pub mod deposit_rewards;
pub mod extend_lock;
pub mod extend_schedule;
pub mod fund_stream;
pub mod initialize;
pub mod lock_for_vote;
pub mod refresh;
pub mod set_auto_compound;
pub mod shared;
pub mod stake;
pub mod sync;
pub mod unstake;
pub mod update_config;
pub mod view_position;
