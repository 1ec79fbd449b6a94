/**
 * `claim` (8): pays a position's rewards to a token account (and rewrites the
 * position's curve: its participation booster runs on).
 */
import { createAssociatedTokenAccountIdempotentInstruction, getAssociatedTokenAddressSync } from '@solana/spl-token';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getClaimInstruction as build } from '@/lib/programs/generated/staking';
import { findStakerPda } from '../program';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface ClaimInput extends DeploymentInput {
  owner: PublicKey;
  position: PublicKey;
  tokenProgram: PublicKey;
  /** Where the rewards go; default the owner's associated token account. */
  destination?: PublicKey;
}

export function getClaimInstruction(input: ClaimInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  const destination = input.destination ?? getAssociatedTokenAddressSync(input.mint, input.owner, false, input.tokenProgram);
  return toWeb3Instruction(
    build(
      {
        owner: signerOf(input.owner),
        ...a,
        position: toAddress(input.position),
        destination: toAddress(destination),
        tokenProgram: toAddress(input.tokenProgram),
        staker: toAddress(findStakerPda(d.config, input.owner, d.programId)[0]),
      },
      program,
    ),
  );
}

/**
 * `claim` to the owner's associated token account, preceded by its creation
 * when `ataExists` is false (the caller checked; creating costs ~18,000 CU).
 */
export function getClaimInstructions(input: ClaimInput & { ataExists: boolean }): TransactionInstruction[] {
  const ata = getAssociatedTokenAddressSync(input.mint, input.owner, false, input.tokenProgram);
  const claim = getClaimInstruction({ ...input, destination: ata });
  if (input.ataExists) return [claim];
  return [createAssociatedTokenAccountIdempotentInstruction(input.owner, ata, input.owner, input.mint, input.tokenProgram), claim];
}
