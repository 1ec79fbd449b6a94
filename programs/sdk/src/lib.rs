//! keel-sdk: the one shared crate of Keel's on-chain programs. `no_std`, no
//! dependencies, no allocator. One concern per module:
//!
//! | module | concern |
//! | --- | --- |
//! | `entrypoint` | `entrypoint!` macro, input parsing (duplicates), panic handler |
//! | `account` | `AccountView`: key, owner, lamports, data, flags, borrow rules; `close` |
//! | `check` | the account checks every instruction makes, with fixed errors |
//! | `error` | `ProgramError` encoded exactly as Solana does, `ProgramResult` |
//! | `pubkey` | `Pubkey`, `pubkey!` (compile-time base58), cheap equality (`eq`, inlined `eq_inline`) |
//! | `data` | fixed-offset reads of instruction data (checked; `data::raw` after a length check) |
//! | `layout` | `Layout`: fixed-size account structs viewed in place (length, alignment, discriminator); `le_fields!`, `aligned_offsets!` |
//! | `pda` | create/find program addresses; cheap check with a stored bump; `is_on_curve` |
//! | `cpi` | C-ABI invoke; `invoke_accounts` (metas and infos from the views, one pass); `cpi::system`, `cpi::token` |
//! | `token` | SPL Token / Token-2022 ids and base layouts (mint, account) |
//! | `clock`, `rent` | sysvars through syscalls (`sol_get_sysvar` for the time and Rent; rent without floats) or from their accounts (`is_clock` + `unix_timestamp_from`, `is_rent` + `Rent::from_account`) |
//! | `log`, `return_data`, `mem` | logs and events, return data, memcpy/memset/memcmp |
//! | `math` | checked u64/u128 mul-div without compiler library calls |
//! | `syscalls` | the raw extern declarations |
//!
//! Checked functions are the default; an `_unchecked` twin is `unsafe` and says
//! in `# Safety` what the caller must guarantee.

#![cfg_attr(not(test), no_std)]

pub mod account;
pub mod check;
pub mod clock;
pub mod cpi;
pub mod data;
pub mod entrypoint;
pub mod error;
pub mod layout;
pub mod log;
pub mod math;
pub mod mem;
pub mod pda;
pub mod pubkey;
pub mod rent;
pub mod return_data;
pub mod syscalls;
pub mod token;

pub use account::AccountView;
pub use error::{ProgramError, ProgramResult};
pub use pubkey::Pubkey;
