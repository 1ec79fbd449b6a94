//! Instructions: the first data byte selects one. Each comment below is the spec
//! the IDL (`programs/idl/probe.ts`) is tested against, and through it the
//! generated TypeScript builders.
//! Offsets are from the start of the instruction data (byte 0 = discriminator);
//! integers are little-endian.

/// Records what the entrypoint parsed into a report account.
///
/// Accounts:
///   0. `[writable]` report: owned by the probe, at least
///      `REPORT_HEADER_LEN + REPORT_ENTRY_LEN * min(n, REPORT_MAX_ENTRIES)` bytes.
///   1.. any accounts, duplicates included (`n` = all accounts, the report's too).
///
/// Data: `0 u8 0`, then any bytes (only their count is recorded).
///
/// Report layout (written from byte 0):
/// ```text
///  0  u8        n, number of accounts the entrypoint kept
///  1  u8        readers refused: how many other views of account 0 could not
///               borrow its data while account 0's was borrowed mutably
///               (= the number of times account 0 is repeated)
///  2  u16       instruction data length
///  4  [u8; 32]  program id
/// 36  entries, one per account (at most 8), 48 bytes each:
///      0  [u8; 32]  key
///     32  u8        is_signer
///     33  u8        is_writable
///     34  u8        executable
///     35  u8        index of the first account that is the same account (own
///                   index unless it is a duplicate)
///     36  u64       lamports
///     44  u32       data length
/// ```
pub const CHECK_ACCOUNTS: u8 = 0;

/// Creates the caller's record PDA (`["record", payer]`, canonical bump found
/// on chain and stored) with a PDA-signed System Program CPI, even when the
/// address was pre-funded, and writes a `Record`.
///
/// Accounts:
///   0. `[writable, signer]` payer
///   1. `[writable]` record PDA, not yet created
///   2. `[]` System Program
///
/// Data (9 bytes): `0 u8 1`, `1 u64 value`.
pub const CREATE_PDA: u8 = 1;

/// Creates the vault for a mint: a token account at the PDA `["vault", mint]`,
/// owned (token authority) by the PDA `["authority"]`, via System
/// `create_account` + `InitializeAccount3`, for SPL Token or Token-2022 (the
/// mint's owner; Token-2022 is asked for the account size).
///
/// Accounts:
///   0. `[writable, signer]` payer
///   1. `[writable]` vault PDA `["vault", mint]`, not yet created
///   2. `[]` mint
///   3. `[]` authority PDA `["authority"]`
///   4. `[]` System Program
///   5. `[]` token program owning the mint
///
/// Data (3 bytes): `0 u8 2`, `1 u8 vault bump`, `2 u8 authority bump`.
pub const INIT_VAULT: u8 = 2;

/// Mints tokens; the authority PDA is the mint authority.
///
/// Accounts:
///   0. `[writable]` mint
///   1. `[writable]` destination token account
///   2. `[]` authority PDA `["authority"]`
///   3. `[]` token program owning the mint
///
/// Data (10 bytes): `0 u8 3`, `1 u8 authority bump`, `2 u64 amount`.
pub const MINT_TO: u8 = 3;

/// Burns tokens from an account owned by the authority PDA (e.g. the vault).
///
/// Accounts:
///   0. `[writable]` token account owned by the authority PDA
///   1. `[writable]` mint
///   2. `[]` authority PDA `["authority"]`
///   3. `[]` token program owning the mint
///
/// Data (10 bytes): `0 u8 4`, `1 u8 authority bump`, `2 u64 amount`.
pub const BURN: u8 = 4;

/// Transfers tokens out of an account owned by the authority PDA with
/// `transfer_checked` (decimals read from the mint), signed by the PDA.
///
/// Accounts:
///   0. `[writable]` source token account owned by the authority PDA
///   1. `[]` mint
///   2. `[writable]` destination token account
///   3. `[]` authority PDA `["authority"]`
///   4. `[]` token program owning the mint
///
/// Data (10 bytes): `0 u8 5`, `1 u8 authority bump`, `2 u64 amount`.
pub const TRANSFER: u8 = 5;

/// Reads the Clock, logs it (`sol_log_`, `sol_log_64_`, `sol_log_pubkey`,
/// `sol_log_compute_units_`), emits a `log_data` event and returns return data.
///
/// Accounts: none.
///
/// Data (9 bytes): `0 u8 6`, `1 u64 tag`.
///
/// Event (`Program data:`): `"clock"`, slot u64, unix_timestamp i64, tag u64.
/// Return data (32 bytes): slot u64, unix_timestamp i64, epoch u64, tag u64.
pub const CLOCK_EVENT: u8 = 6;

/// Computes `a * b / c` and returns it as return data.
///
/// Accounts: none.
///
/// Data (50 bytes): `0 u8 7`, `1 u8 mode`, `2 u128 a`, `18 u128 b`, `34 u128 c`.
/// Modes: 0 u64 floor, 1 u64 ceil (a, b, c must fit u64; 8 bytes returned),
/// 2 u128 floor, 3 u128 ceil (16 bytes returned).
///
/// Errors: `DivideByZero`, `MathOverflow`, `OperandTooLarge`, `InvalidMode`.
pub const MUL_DIV: u8 = 7;

/// Fails on purpose.
///
/// Accounts: none.
///
/// Data (2 bytes): `0 u8 8`, `1 u8 kind`: 0 returns `DeliberateFailure`
/// (Custom(0)), 1 panics (the panic handler logs and aborts).
pub const FAIL: u8 = 8;

/// Closes an empty token account owned by the authority PDA (e.g. the vault),
/// sending its lamports to `destination`.
///
/// Accounts:
///   0. `[writable]` token account owned by the authority PDA, zero balance
///   1. `[writable]` destination of the lamports
///   2. `[]` authority PDA `["authority"]`
///   3. `[]` token program owning the token account
///
/// Data (2 bytes): `0 u8 9`, `1 u8 authority bump`.
pub const CLOSE_VAULT: u8 = 9;

/// Modes of `MUL_DIV`.
pub const MUL_DIV_U64_FLOOR: u8 = 0;
pub const MUL_DIV_U64_CEIL: u8 = 1;
pub const MUL_DIV_U128_FLOOR: u8 = 2;
pub const MUL_DIV_U128_CEIL: u8 = 3;

/// Kinds of `FAIL`.
pub const FAIL_ERROR: u8 = 0;
pub const FAIL_PANIC: u8 = 1;
