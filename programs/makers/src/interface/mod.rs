//! The makers program's interface, with no logic: id, seeds, instructions
//! (accounts and data), account layouts, errors and events. The Codama IDL
//! `programs/idl/makers.ts` mirrors exactly this (`programs/idl/makers.test.ts`
//! compares them) and `lib/programs/generated/makers/` is generated from it.
//!
//! # Design
//!
//! Keel pays market makers for tightening spreads. The exchange's **reporter**
//! (a key stored in the config, rotatable by the authority) records the fills
//! of registered makers in batches; each fill earns KEEL from the current
//! **season's budget**, which is funded with real tokens into the **reward
//! vault** before it can be paid. Makers claim what they earned at any time.
//! Makers may **bond** KEEL; a bonded maker without fills for the inactivity
//! window can be **slashed** by anyone, a bounded share of its bond going to
//! the reward vault.
//!
//! ## Accounts
//!
//! | account | address | owner | what |
//! | --- | --- | --- | --- |
//! | `Config` (512 B) | PDA `["config", mint]` | this program | parameters, the season, the reporter's sequence, totals (`state/config.rs`) |
//! | `Maker` (352 B) | PDA `["maker", config, wallet]` | this program | early flag, bond, lifetime totals, latest performance report, current and previous season stats (`state/maker.rs`) |
//! | reward vault | PDA `["reward_vault", config]` | token program; token owner = config | budgets and rewards not yet claimed |
//! | bond vault | PDA `["bond_vault", config]` | token program; token owner = config | bonds and unbonding amounts |
//!
//! Both vaults are token accounts of the mint whose token authority is the
//! config PDA, which signs transfers out with `["config", mint, [bump]]`.
//! Accounts are created only at their canonical PDA (initialize and register
//! search the bump on chain); afterwards an account of this program with the
//! right discriminator can only be one the program created, so instructions
//! check owner + length + discriminator, then the stored parent keys (a maker's
//! `config` and `wallet`) and compare vaults, mint and token program with the
//! config's stored addresses. Each failure has its own error (`error.rs`).
//!
//! ## Rewards
//!
//! For one fill of notional `n` (KEEL base units, as the reporter converted
//! it), spread improvement `i` bp and volatility `v` bp:
//!
//! ```text
//! early_bps = early_multiplier_bps if the maker is early, else 10_000
//! vol_bps   = 10_000                                         if v <= threshold
//!           = min(v × 10_000 / threshold, max_volatility_multiplier_bps)   otherwise
//! raw       = floor(n × i × early_bps × vol_bps / 10^12)     (0 if i < min_improvement_bps)
//! reward    = min(raw, max_reward_per_fill, season_budget − season_emitted)
//! ```
//!
//! i.e. notional × improvement / 10,000 × early × volatility multiplier, with
//! one rounding (down) at the end. `i × early_bps × vol_bps` ≤ 65,535 × 30,000
//! × 30,000 < 2^46, so `n × that` is a 64×64→128-bit product and one 128÷64
//! division (`keel_sdk::math::mul_div`, checked; a quotient past u64 is
//! capped like any other large value). A fill past the budget is paid what is
//! left and its result says so (`FILL_BUDGET_LIMITED`); once the budget is
//! spent, fills still count in the stats and earn 0. Fills below the minimum
//! improvement count too and earn 0 (`FILL_BELOW_MINIMUM`).
//!
//! A maker is **early** when it registers while `season_index ≤
//! early_until_season` (default 1: the first season) or while fewer than
//! `early_max_makers` makers exist (default 0: off); the flag is kept.
//!
//! ## Seasons
//!
//! Season 1 starts at `initialize` and lasts `season_secs` (default 30 days).
//! `fund` adds what the vault received to the current season's budget or to
//! `next_budget`. After `season_end` fills are refused (`SeasonEnded`) until
//! anyone calls `rollover`: the next season starts at the old end (or now,
//! when rollover comes more than a whole season late) and runs `season_secs`;
//! its budget is `next_budget` plus, by `rollover_policy`, the unspent budget
//! (0 carry over, the default) or nothing, the unspent part then going to the
//! `treasury` token account (1 return). A slash adds what the reward vault
//! received to the current budget.
//!
//! A maker's season stats roll lazily: the first fill of a maker in a new
//! season moves `current` to `previous` and starts `current` at the config's
//! season index. Readers apply the same rule: `current` counts for the season
//! whose index it holds.
//!
//! **Invariants** (the property test checks them after every step):
//! reward vault ≥ Σ pending (earned − claimed) + (season_budget −
//! season_emitted) + next_budget; season_emitted ≤ season_budget; bond vault
//! ≥ Σ bond + Σ unbonding.
//!
//! ## Reporting
//!
//! `record_fills` carries the reporter's `sequence`, which must exceed the last
//! accepted one (`StaleSequence` otherwise): a retried batch can never pay
//! twice. Sequences may skip numbers; they continue across a reporter rotation.
//! The batch's makers are its remaining accounts and each fill names one by
//! index, so one transaction pays many makers. `update_performance` records a
//! maker's latest performance report, whose `period` must increase.
//!
//! ## Bonds and slashing
//!
//! `register` may bond, `add_bond` adds; a non-zero bond is at least
//! `min_bond`. `request_unbond` moves bond to `unbonding`, unlocking at now +
//! `unbond_cooldown_secs` (restarted by each request); `withdraw_bond` pays
//! it out after that. `slash` is permissionless once the maker has had no fill,
//! registration or slash for `inactivity_window_secs`: `slash_bps` of its bond
//! + unbonding (bond first) goes to the reward vault; the slash restarts the
//! window, so once per window.
//!
//! ## Pause
//!
//! While `paused`: register, add_bond, record_fills, update_performance, claim,
//! rollover, slash and fund are refused (`Paused`); request_unbond,
//! withdraw_bond and update_config stay open.
//!
//! ## Parameters (defaults; bounds enforced by `update_config`)
//!
//! See `state::config::defaults` and `state::config::bounds`.
//!
//! ## Events
//!
//! Every change logs one event (`sol_log_data`, `event.rs`).

pub mod error;
pub mod event;
pub mod instruction;
pub mod state;

use keel_sdk::pubkey::Pubkey;

/// Localnet program id (`programs/keys/makers-keypair.json`). The program never
/// compares against it: it uses the id the runtime passes.
pub const ID: Pubkey = keel_sdk::pubkey!("5RSm79tseY7pzUqqwnh1rFyHwUsymj7eB586GTCY4k5s");
