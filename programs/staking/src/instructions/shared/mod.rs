//! Logic shared by several instructions: account loading and checks, reward
//! settlement and weight bookkeeping, the schedule's boundary walk and a
//! position write on it, token movements.

pub mod accounts;
pub mod rewards;
pub mod schedule;
pub mod token;
pub mod write;
