/**
 * Helpers shared by the staking instruction builders: account metas and the
 * deployment addresses every instruction derives from the mint.
 */
import { type AccountMeta, PublicKey, TransactionInstruction } from '@solana/web3.js';
import { type StakingAddresses, STAKING_PROGRAM_ID, stakingAddresses } from '../program';

export const SYSTEM_PROGRAM_ID = new PublicKey('11111111111111111111111111111111');

export const signer = (pubkey: PublicKey, writable = false): AccountMeta => ({ pubkey, isSigner: true, isWritable: writable });
export const writable = (pubkey: PublicKey): AccountMeta => ({ pubkey, isSigner: false, isWritable: true });
export const readonly = (pubkey: PublicKey): AccountMeta => ({ pubkey, isSigner: false, isWritable: false });

/** What every builder takes to find the deployment. */
export interface DeploymentInput {
  /** The staked mint (the config is `["config", mint]`). */
  mint: PublicKey;
  /** Another deployment of the program (devnet, tests); default the localnet id. */
  programId?: PublicKey;
}

export function deployment(input: DeploymentInput): StakingAddresses {
  return stakingAddresses(input.mint, input.programId ?? STAKING_PROGRAM_ID);
}

export function instruction(programId: PublicKey, keys: AccountMeta[], data: Uint8Array | ArrayLike<number>): TransactionInstruction {
  return new TransactionInstruction({ programId, keys, data: Buffer.from(data as Uint8Array) });
}
