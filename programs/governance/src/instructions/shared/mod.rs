//! Logic shared by several instructions: account loading and checks, canonical
//! PDA checks, account creation, the staking CPIs, tallies and parameter bounds.

pub mod accounts;
pub mod create;
pub mod params;
pub mod pda;
pub mod staking;
pub mod tally;
pub mod voter;
