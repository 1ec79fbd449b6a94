//! The program's interface, with no logic: id, instructions and their account
//! lists, account layouts, errors, events, and the staking program's layouts
//! governance reads. `lib/programs/governance/` mirrors it in TypeScript.

pub mod error;
pub mod event;
pub mod instruction;
pub mod staking;
pub mod state;

use keel_sdk::pubkey::Pubkey;

/// Localnet program id (`programs/keys/governance-keypair.json`). The program
/// never compares against it: it uses the id the runtime passes.
pub const ID: Pubkey = keel_sdk::pubkey!("Fsdxx2JqLQgC2PSiPyRJHLZxkCABHW8hFD652FtdF6Kq");

/// PDA seeds.
pub mod seeds {
    /// `["governance", staking_config]`: the governance config.
    pub const GOVERNANCE: &[u8] = b"governance";
    /// `["authority", governance]`: signs actions; staking authority; treasury owner.
    pub const AUTHORITY: &[u8] = b"authority";
    /// `["treasury", governance]`: the treasury token account.
    pub const TREASURY: &[u8] = b"treasury";
    /// `["proposal", governance, id u64 LE]`.
    pub const PROPOSAL: &[u8] = b"proposal";
    /// `["action", proposal, index u8]`.
    pub const ACTION: &[u8] = b"action";
    /// `["vote", proposal, position]`.
    pub const VOTE: &[u8] = b"vote";
    /// `["voter", proposal, voter]`: a wallet's power per side on a quadratic proposal.
    pub const VOTER: &[u8] = b"voter";
}
