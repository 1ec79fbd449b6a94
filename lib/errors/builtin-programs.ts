import { ASSOCIATED_TOKEN_PROGRAM_ID, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { SystemProgram } from '@solana/web3.js';
import { registerProgramErrors, type ProgramErrorEntries } from './registry';

/** solana-system-interface `SystemError`, in enum order. */
export const SYSTEM_ERRORS: ProgramErrorEntries = {
  0: { name: 'AccountAlreadyInUse', message: 'An account with this address already exists.' },
  1: { name: 'ResultWithNegativeLamports', message: 'The account does not have enough SOL for this transfer.' },
  2: { name: 'InvalidProgramId', message: 'Cannot assign the account to this program id.' },
  3: { name: 'InvalidAccountDataLength', message: 'Cannot allocate account data of this length.' },
  4: { name: 'MaxSeedLengthExceeded', message: 'The address seed is too long.' },
  5: { name: 'AddressWithSeedMismatch', message: 'The address does not match the seed.' },
  6: { name: 'NonceNoRecentBlockhashes', message: 'The nonce could not find recent blockhashes.' },
  7: { name: 'NonceBlockhashNotExpired', message: 'The nonce blockhash has not expired yet.' },
  8: { name: 'NonceUnexpectedBlockhashValue', message: 'The nonce has an unexpected blockhash.' },
};

/**
 * spl-token `TokenError` 0..=19. Token-2022 shares these codes and appends its
 * extension errors after 19; those are left to the generic `Custom(n)` text
 * rather than guessed.
 */
export const SPL_TOKEN_ERRORS: ProgramErrorEntries = {
  0: { name: 'NotRentExempt', message: 'The token account would fall below the rent-exempt minimum.' },
  1: { name: 'InsufficientFunds', message: 'Insufficient token balance.' },
  2: { name: 'InvalidMint', message: 'The mint is invalid.' },
  3: { name: 'MintMismatch', message: 'The token account belongs to a different mint.' },
  4: { name: 'OwnerMismatch', message: 'The token account owner does not match.' },
  5: { name: 'FixedSupply', message: 'This token has a fixed supply.' },
  6: { name: 'AlreadyInUse', message: 'The account is already in use.' },
  7: { name: 'InvalidNumberOfProvidedSigners', message: 'Wrong number of multisig signers provided.' },
  8: { name: 'InvalidNumberOfRequiredSigners', message: 'Wrong number of required multisig signers.' },
  9: { name: 'UninitializedState', message: 'The token account is not initialized.' },
  10: { name: 'NativeNotSupported', message: 'This instruction does not support wrapped SOL.' },
  11: { name: 'NonNativeHasBalance', message: 'A token account can only be closed when its balance is zero.' },
  12: { name: 'InvalidInstruction', message: 'Invalid token instruction.' },
  13: { name: 'InvalidState', message: 'The token account is in the wrong state for this operation.' },
  14: { name: 'Overflow', message: 'The token amount overflowed.' },
  15: { name: 'AuthorityTypeNotSupported', message: 'The account does not support this authority type.' },
  16: { name: 'MintCannotFreeze', message: 'This mint cannot freeze accounts.' },
  17: { name: 'AccountFrozen', message: 'The token account is frozen.' },
  18: { name: 'MintDecimalsMismatch', message: 'The decimals do not match the mint.' },
  19: { name: 'NonNativeNotSupported', message: 'This instruction supports only wrapped SOL.' },
};

export const ASSOCIATED_TOKEN_ERRORS: ProgramErrorEntries = {
  0: { name: 'InvalidOwner', message: 'The associated token account owner does not match its address.' },
};

registerProgramErrors(SystemProgram.programId, { name: 'system', label: 'System Program', errors: SYSTEM_ERRORS });
registerProgramErrors(TOKEN_PROGRAM_ID, { name: 'spl-token', label: 'SPL Token', errors: SPL_TOKEN_ERRORS });
registerProgramErrors(TOKEN_2022_PROGRAM_ID, { name: 'token-2022', label: 'Token-2022', errors: SPL_TOKEN_ERRORS });
registerProgramErrors(ASSOCIATED_TOKEN_PROGRAM_ID, {
  name: 'associated-token',
  label: 'Associated Token',
  errors: ASSOCIATED_TOKEN_ERRORS,
});
