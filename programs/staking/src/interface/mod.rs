//! The program's interface, with no logic: id, instructions and their account
//! lists, account layouts, errors and events. `lib/programs/staking/` mirrors it
//! in TypeScript; the governance program reads `state::{Position, Staker,
//! Config}` at the offsets documented there.

pub mod error;
pub mod event;
pub mod instruction;
pub mod state;

use keel_sdk::pubkey::Pubkey;

/// Localnet program id (`programs/keys/staking-keypair.json`). The program never
/// compares against it: it uses the id the runtime passes, so the same build
/// serves any cluster's id.
pub const ID: Pubkey = keel_sdk::pubkey!("8fiqWWvr9pbyRoAqCaK9hMvaf8MsEME2FqZhrqnaKpth");

/// PDA seeds.
pub mod seeds {
    pub const CONFIG: &[u8] = b"config";
    pub const STAKE_VAULT: &[u8] = b"stake_vault";
    pub const REWARD_VAULT: &[u8] = b"reward_vault";
    pub const STAKER: &[u8] = b"staker";
    pub const POSITION: &[u8] = b"position";
    pub const SCHEDULE: &[u8] = b"schedule";
}
