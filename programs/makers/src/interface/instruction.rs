//! Instructions: the first data byte selects one. Each comment below is the
//! spec the IDL (`programs/idl/makers.ts`) is tested against, and through it
//! the generated TypeScript builders. Offsets are from the start of the
//! instruction data (byte 0 = discriminator); integers are little-endian.
//! Accounts are listed as `index [flags] name`: `s` signer, `w` writable.
//!
//! Every instruction checks, before touching state: the account count
//! (`NotEnoughAccountKeys`), signers (`MissingRequiredSignature`), writability
//! (`AccountNotWritable`), this program's accounts by owner, length and
//! discriminator (`InvalidConfig`, `InvalidMaker`) and their stored parent keys
//! (`InvalidMaker`, `NotMakerWallet`), the vaults, mint and token program
//! against the config (`InvalidVault`, `InvalidMint`, `InvalidTokenProgram`),
//! and the canonical PDA of every account it creates (`InvalidAddress`).

/// Creates the config for a mint and its two vaults; season 1 starts now and
/// lasts the default 30 days with no budget (`fund` adds it). The payer
/// becomes the authority. Permissionless, so whoever runs it first for a mint
/// becomes its authority: run it in the transaction that creates the mint.
/// Token-2022 mints with a transfer hook, permanent delegate,
/// non-transferable, default-account-state, pausable or confidential extension
/// are refused (`UnsupportedMintExtension`).
///
/// Accounts:
///   0. `[s, w]` payer (becomes the authority)
///   1. `[w]` config, PDA `["config", mint]` (created)
///   2. `[]` mint
///   3. `[w]` reward vault, PDA `["reward_vault", config]` (created, token owner = config)
///   4. `[w]` bond vault, PDA `["bond_vault", config]` (created, token owner = config)
///   5. `[]` token program (SPL Token or Token-2022, the mint's owner)
///   6. `[]` System Program
///
/// Data (33 bytes): `0 u8 0`, `1 [u8; 32] reporter`.
pub const INITIALIZE: u8 = 0;

/// Changes one parameter group. Authority only; each value within
/// `state::config::bounds` (`InvalidParameter`).
///
/// Accounts:
///   0. `[s]` authority
///   1. `[w]` config
///   2. `[]` treasury token account (only for `SetRolloverPolicy` with 1 = return)
///
/// Data: `0 u8 1`, `1 u8 field`, then by field (`ConfigField`):
/// - 0 `SetPaused`: `paused: u8` (0 / 1)
/// - 1 `SetAuthority`: `authority: [u8; 32]`
/// - 2 `SetReporter`: `reporter: [u8; 32]` (the sequence continues)
/// - 3 `SetRewardRules`: `min_improvement_bps: u16` (1..=1,000), `early_multiplier_bps: u16`
///   (10,000..=30,000), `max_reward_per_fill: u64` (≥ 1)
/// - 4 `SetEarlyRule`: `early_until_season: u32`, `early_max_makers: u32` (≤ 10,000)
/// - 5 `SetVolatility`: `threshold_bps: u16` (1..=10,000), `max_multiplier_bps: u16` (10,000..=30,000)
/// - 6 `SetBondRules`: `min_bond: u64` (≥ 1), `inactivity_window_secs: i64` (1..=365 days),
///   `unbond_cooldown_secs: i64` (1..=90 days), `slash_bps: u16` (≤ 5,000)
/// - 7 `SetSeasonLength`: `season_secs: i64` (1..=365 days; seasons started by later rollovers)
/// - 8 `SetRolloverPolicy`: `policy: u8` (0 carry over, 1 return to the treasury = account 2,
///   a token account of the mint other than the vaults)
pub const UPDATE_CONFIG: u8 = 1;

/// Registers the signing wallet as a maker, optionally bonding `bond` (0, or
/// at least `min_bond`; credited with what the bond vault received). Early by
/// the config's rule. Not while paused.
///
/// Accounts:
///   0. `[s, w]` wallet (pays the maker account's rent)
///   1. `[w]` config
///   2. `[w]` maker, PDA `["maker", config, wallet]` (created)
///   3. `[]` System Program
///   4. `[w]` wallet's token account (only with a bond)
///   5. `[w]` bond vault (only with a bond)
///   6. `[]` mint (only with a bond)
///   7. `[]` token program (only with a bond)
///
/// Data (9 bytes): `0 u8 2`, `1 u64 bond`.
pub const REGISTER: u8 = 2;

/// Adds `amount` to the maker's bond (credited with what arrived; the bond
/// must reach `min_bond`). Not while paused.
///
/// Accounts:
///   0. `[s]` wallet
///   1. `[w]` config
///   2. `[w]` maker
///   3. `[w]` wallet's token account (source)
///   4. `[w]` bond vault
///   5. `[]` mint
///   6. `[]` token program
///
/// Data (9 bytes): `0 u8 3`, `1 u64 amount`.
pub const ADD_BOND: u8 = 3;

/// Moves `amount` of the bond to unbonding, unlocking at now +
/// `unbond_cooldown_secs` (the whole unbonding amount's clock restarts). The
/// bond left is 0 or at least `min_bond`. Unbonding tokens stay slashable
/// until withdrawn. Allowed while paused.
///
/// Accounts:
///   0. `[s]` wallet
///   1. `[w]` config
///   2. `[w]` maker
///
/// Data (9 bytes): `0 u8 4`, `1 u64 amount`.
pub const REQUEST_UNBOND: u8 = 4;

/// Pays the whole unbonding amount to a token account of the wallet's choice
/// once `unlock_at` has passed (`UnbondCooldown` before). Allowed while paused.
///
/// Accounts:
///   0. `[s]` wallet
///   1. `[w]` config
///   2. `[w]` maker
///   3. `[w]` destination token account
///   4. `[w]` bond vault
///   5. `[]` mint
///   6. `[]` token program
///
/// Data (1 byte): `0 u8 5`.
pub const WITHDRAW_BOND: u8 = 5;

/// The reporter records a batch of fills (see the module docs of
/// `interface` for the reward formula). `sequence` must exceed the config's
/// `reporter_sequence` (`StaleSequence`); it is stored. The makers are the
/// remaining accounts (at most `MAX_MAKERS`, each a maker of this config,
/// writable; the same maker may appear twice); each fill names one by index.
/// 1..=`MAX_FILLS` fills. Refused after `season_end` (`SeasonEnded`: roll over
/// first) and while paused.
///
/// Accounts:
///   0. `[s]` reporter
///   1. `[w]` config
///   2.. `[w]` makers, referred to by the fills' `maker` index (0 = account 2)
///
/// Data: `0 u8 6`, `1 [u8; 7] padding` (zero), `8 u64 sequence`, then from
/// byte 16 the fills, 16 bytes each (`Fill`).
pub const RECORD_FILLS: u8 = 6;

/// The reporter records a maker's performance report for `period` (which must
/// exceed the maker's last, `StalePerformance`). Efficiency and order flow are
/// basis points (≤ 10,000). Not while paused.
///
/// Accounts:
///   0. `[s]` reporter
///   1. `[]` config
///   2. `[w]` maker
///
/// Data (17 bytes): `0 u8 7`, `1 u64 execution volume`, `9 u16 spread efficiency bps`,
/// `11 u16 order flow bps`, `13 u32 period`.
pub const UPDATE_PERFORMANCE: u8 = 7;

/// Pays the maker's pending rewards (earned − claimed) from the reward vault to
/// `destination`. A destination that does not exist yet (system-owned, no
/// data) is created as the wallet's associated token account (the wallet pays
/// its rent; the ATA program refuses any other address); an existing one is any
/// token account of the mint. Not while paused.
///
/// Accounts:
///   0. `[s, w]` wallet
///   1. `[w]` config
///   2. `[w]` maker
///   3. `[w]` destination token account
///   4. `[w]` reward vault
///   5. `[]` mint
///   6. `[]` token program
///   7. `[]` System Program
///   8. `[]` Associated Token Account program
///
/// Data (1 byte): `0 u8 8`.
pub const CLAIM: u8 = 8;

/// Anyone starts the next season once the current one has ended
/// (`SeasonNotEnded` before). The unspent budget carries over or goes to the
/// treasury by `rollover_policy`; `next_budget` joins the new budget. Not while
/// paused.
///
/// Accounts:
///   0. `[w]` config
///   1. `[w]` reward vault
///   2. `[]` mint
///   3. `[]` token program
///   4. `[w]` treasury token account (only with policy 1 = return)
///
/// Data (1 byte): `0 u8 9`.
pub const ROLLOVER: u8 = 9;

/// Anyone slashes a bonded maker that had no fill, registration or slash for
/// `inactivity_window_secs`: `slash_bps` of bond + unbonding (taken from the
/// bond first) moves to the reward vault and joins the current season's
/// budget. Once per window: the slash restarts it. Not while paused.
///
/// Accounts:
///   0. `[w]` config
///   1. `[w]` maker
///   2. `[w]` bond vault
///   3. `[w]` reward vault
///   4. `[]` mint
///   5. `[]` token program
///
/// Data (1 byte): `0 u8 10`.
pub const SLASH: u8 = 10;

/// Anyone adds budget: `amount` moves from the funder's token account to the
/// reward vault and what arrived is added to the current season's budget
/// (`target` 0) or to `next_budget` (1). Not while paused.
///
/// Accounts:
///   0. `[s]` funder
///   1. `[w]` config
///   2. `[w]` funder's token account (source)
///   3. `[w]` reward vault
///   4. `[]` mint
///   5. `[]` token program
///
/// Data (10 bytes): `0 u8 11`, `1 u64 amount`, `9 u8 target`.
pub const FUND: u8 = 11;

/// `update_config` fields (byte 1 of its data).
pub const SET_PAUSED: u8 = 0;
pub const SET_AUTHORITY: u8 = 1;
pub const SET_REPORTER: u8 = 2;
pub const SET_REWARD_RULES: u8 = 3;
pub const SET_EARLY_RULE: u8 = 4;
pub const SET_VOLATILITY: u8 = 5;
pub const SET_BOND_RULES: u8 = 6;
pub const SET_SEASON_LENGTH: u8 = 7;
pub const SET_ROLLOVER_POLICY: u8 = 8;

/// `fund` targets.
pub const FUND_CURRENT_SEASON: u8 = 0;
pub const FUND_NEXT_SEASON: u8 = 1;

/// Byte offset of the sequence in `record_fills` data.
pub const SEQUENCE_OFFSET: usize = 8;
/// Byte offset of the first fill in `record_fills` data.
pub const FILLS_OFFSET: usize = 16;
/// Most fills one `record_fills` takes (a transaction fits about 60 with one
/// maker, 46 with eight: `programs/makers/README.md`).
pub const MAX_FILLS: usize = 64;
/// Most maker accounts one `record_fills` takes.
pub const MAX_MAKERS: usize = 32;

/// One fill of `record_fills` (16 bytes, 8-aligned in the instruction data,
/// which the runtime places 8-aligned):
///
/// ```text
/// off size field
///  0    8 notional         u64 KEEL base units, as the reporter converted it
///  8    2 improvement_bps  u16 spread improvement
/// 10    2 volatility_bps   u16 the market's volatility at the fill
/// 12    1 maker            u8 index into the batch's maker accounts
/// 13    3 reserved         zero
/// ```
#[repr(C, align(8))]
pub struct Fill {
    pub notional: u64,
    pub improvement_bps: u16,
    pub volatility_bps: u16,
    pub maker: u8,
    pub reserved: [u8; 3],
}

/// Size of one `Fill`.
pub const FILL_LEN: usize = 16;
const _: () = assert!(core::mem::size_of::<Fill>() == FILL_LEN && core::mem::align_of::<Fill>() == 8);
const _: () = assert!(cfg!(target_endian = "little"));

/// Little-endian readers over instruction data (`keel_sdk::data::raw`; the
/// caller checked the length with `expect_len` or a bound of its own).
pub mod data {
    use super::super::error::MakersError;
    pub use keel_sdk::data::raw::{i64_at, key_at, u16_at, u32_at, u64_at};

    /// `data` has exactly `len` bytes (`InvalidInstructionData`).
    #[inline(always)]
    pub fn expect_len(data: &[u8], len: usize) -> Result<(), MakersError> {
        keel_sdk::data::expect_len(data, len).map_err(|_| MakersError::InvalidInstructionData)
    }
}
