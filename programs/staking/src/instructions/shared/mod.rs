//! Logic shared by several instructions: account loading and checks, reward
//! settlement and weight bookkeeping, token movements.

pub mod accounts;
pub mod rewards;
pub mod token;
