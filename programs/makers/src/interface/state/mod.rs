//! Account layouts and PDA seeds, read and written in place.
//!
//! Every account is a `#[repr(C, align(8))]` struct of byte arrays with
//! little-endian getters/setters (`keel_sdk::le_fields!`), a `LEN`, and
//! `keel_sdk::layout::Layout`, whose `load`/`load_mut` check the length, the
//! 8-byte alignment and the discriminator (the owner is the caller's check:
//! `instructions::shared::accounts`). Every integer sits at an offset that is a
//! multiple of its size (u128: of 8). The byte tables in `config.rs` and
//! `maker.rs` are what `programs/idl/makers.test.ts` checks the IDL against.

pub mod config;
pub mod maker;

pub use config::Config;
pub use maker::{Maker, SeasonStats};

/// Seed of the config: `["config", mint]`.
pub const CONFIG_SEED: &[u8] = b"config";
/// Seed of a maker: `["maker", config, wallet]`.
pub const MAKER_SEED: &[u8] = b"maker";
/// Seed of the reward vault: `["reward_vault", config]`.
pub const REWARD_VAULT_SEED: &[u8] = b"reward_vault";
/// Seed of the bond vault: `["bond_vault", config]`.
pub const BOND_VAULT_SEED: &[u8] = b"bond_vault";

/// First byte of every account of this program (`Uninitialized` is
/// `keel_sdk::layout::UNINITIALIZED`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountKind {
    /// Never written: a fresh account is all zeroes.
    Uninitialized = 0,
    Config = 1,
    Maker = 2,
}

/// Discriminator of a `Config`.
pub const CONFIG_DISCRIMINATOR: u8 = 1;
/// Discriminator of a `Maker`.
pub const MAKER_DISCRIMINATOR: u8 = 2;
const _: () = assert!(CONFIG_DISCRIMINATOR == AccountKind::Config as u8 && MAKER_DISCRIMINATOR == AccountKind::Maker as u8);

/// Layout version written at byte 1 of every account.
pub const LAYOUT_VERSION: u8 = 1;
