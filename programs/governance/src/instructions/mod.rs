//! One file per instruction, named as in `interface::instruction`.

pub mod accept_guardian;
pub mod accept_staking_authority;
pub mod activate;
pub mod add_action;
pub mod cancel;
pub mod cast_vote;
pub mod change_vote;
pub mod create_proposal;
pub mod execute;
pub mod finalize;
pub mod initialize;
pub mod queue;
pub mod relinquish;
pub mod remove_action;
pub mod set_staking_paused;
pub mod shared;
pub mod update_config;
pub mod veto;
