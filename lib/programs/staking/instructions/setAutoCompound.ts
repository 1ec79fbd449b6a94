/**
 * `set_auto_compound` (10): opts a position in or out of the compounding crank.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getSetAutoCompoundInstruction as build } from '@/lib/programs/generated/staking';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface SetAutoCompoundInput extends DeploymentInput {
  owner: PublicKey;
  position: PublicKey;
  enabled: boolean;
}

export function getSetAutoCompoundInstruction(input: SetAutoCompoundInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(build({ owner: signerOf(input.owner), config: a.config, position: toAddress(input.position), enabled: input.enabled }, program));
}
