/**
 * `set_auto_compound` (10): opts a position in or out of the compounding crank.
 * Accounts: 0 [s] owner; 1 [] config; 2 [w] position.
 * Data (2): u8 10, u8 enabled.
 */
import { getBooleanEncoder, getStructEncoder, getU8Encoder } from '@solana/codecs';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { type DeploymentInput, deployment, instruction, readonly, signer, writable } from './shared';

export const getSetAutoCompoundDataEncoder = () =>
  getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['enabled', getBooleanEncoder()],
  ]);

export interface SetAutoCompoundInput extends DeploymentInput {
  owner: PublicKey;
  position: PublicKey;
  enabled: boolean;
}

export function getSetAutoCompoundInstruction(input: SetAutoCompoundInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [signer(input.owner), readonly(d.config), writable(input.position)],
    getSetAutoCompoundDataEncoder().encode({ discriminator: StakingInstruction.SetAutoCompound, enabled: input.enabled }),
  );
}
