//! Account layouts and PDA seeds. State is read in place: `#[repr(C)]`
//! structs of byte arrays (alignment 1), integers behind getters/setters,
//! `load`/`load_mut` check the length and the discriminator.

use keel_sdk::{ProgramError, Pubkey};

/// Seed of a caller's record: `["record", payer]`.
pub const RECORD_SEED: &[u8] = b"record";
/// Seed of a mint's vault token account: `["vault", mint]`.
pub const VAULT_SEED: &[u8] = b"vault";
/// Seed of the probe's token authority: `["authority"]`.
pub const AUTHORITY_SEED: &[u8] = b"authority";

/// Discriminator (first byte) of a `Record`.
pub const RECORD_DISCRIMINATOR: u8 = 1;

/// Size of the `check_accounts` report header.
pub const REPORT_HEADER_LEN: usize = 36;
/// Size of one `check_accounts` report entry.
pub const REPORT_ENTRY_LEN: usize = 48;
/// Most entries a report holds.
pub const REPORT_MAX_ENTRIES: usize = 8;

/// A caller's record, 42 bytes:
/// ```text
///  0  u8        discriminator = 1
///  1  u8        bump of ["record", authority]
///  2  [u8; 32]  authority (the payer that created it)
/// 34  u64       value
/// ```
#[repr(C)]
pub struct Record {
    discriminator: u8,
    bump: u8,
    authority: Pubkey,
    value: [u8; 8],
}

const _: () = assert!(core::mem::size_of::<Record>() == Record::LEN);
const _: () = assert!(core::mem::align_of::<Record>() == 1);

impl Record {
    pub const LEN: usize = 42;

    /// Views initialised record data; `InvalidAccountData` on a wrong length or
    /// discriminator.
    pub fn load(data: &[u8]) -> Result<&Record, ProgramError> {
        if data.len() != Self::LEN || data[0] != RECORD_DISCRIMINATOR {
            return Err(ProgramError::InvalidAccountData);
        }
        // SAFETY: LEN bytes, alignment 1, every bit pattern valid.
        Ok(unsafe { &*(data.as_ptr() as *const Record) })
    }

    /// Views record data for writing, initialised or not (`init` sets the
    /// discriminator); `InvalidAccountData` on a wrong length.
    pub fn load_mut_uninit(data: &mut [u8]) -> Result<&mut Record, ProgramError> {
        if data.len() != Self::LEN {
            return Err(ProgramError::InvalidAccountData);
        }
        // SAFETY: LEN bytes, alignment 1, every bit pattern valid.
        Ok(unsafe { &mut *(data.as_mut_ptr() as *mut Record) })
    }

    /// Writes a fresh record.
    pub fn init(&mut self, bump: u8, authority: &Pubkey, value: u64) {
        self.discriminator = RECORD_DISCRIMINATOR;
        self.bump = bump;
        self.authority = *authority;
        self.value = value.to_le_bytes();
    }

    pub fn bump(&self) -> u8 {
        self.bump
    }

    pub fn authority(&self) -> &Pubkey {
        &self.authority
    }

    pub fn value(&self) -> u64 {
        u64::from_le_bytes(self.value)
    }
}
