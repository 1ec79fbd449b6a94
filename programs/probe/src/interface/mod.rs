//! The probe's interface: id, instructions (accounts and data layouts), state
//! layouts, errors. No logic; the Codama IDL `programs/idl/probe.ts` mirrors
//! exactly this (a test compares them).

pub mod error;
pub mod instruction;
pub mod state;

use keel_sdk::Pubkey;

/// The probe's localnet program id (`programs/keys/probe-keypair.json`).
pub const ID: Pubkey = keel_sdk::pubkey!("FQVDpiuGmYFNAvwPgWtmZyYxU7dD1JZDCGQdXW1KSScK");
