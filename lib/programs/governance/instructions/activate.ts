/**
 * `activate` (4): the proposer opens voting; the rules are fixed from now on.
 *
 * The program refuses (`StakingNotSynced`) unless staking's schedule has
 * crossed today's 00:00 UTC, so its total voting power (the quorum basis)
 * counts every lock as it stands today: `getActivateInstructions` sends
 * staking `sync` first, in the same transaction.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getActivateInstruction as build } from '@/lib/programs/generated/governance';
import { getSyncInstruction } from '@/lib/programs/staking/instructions/sync';
import type { GovernanceDeploymentInput } from '../program';
import { deployment, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface ActivateInput extends GovernanceDeploymentInput {
  proposer: PublicKey;
  proposal: PublicKey;
}

export function getActivateInstruction(input: ActivateInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(build({ proposer: signerOf(input.proposer), governance: a.governance, proposal: toAddress(input.proposal), stakingConfig: a.stakingConfig }, program));
}

/** Staking `sync` then `activate`: what a client sends to open voting. */
export function getActivateInstructions(input: ActivateInput): TransactionInstruction[] {
  const d = deployment(input);
  return [getSyncInstruction({ mint: d.mint, programId: d.stakingProgramId }), getActivateInstruction(input)];
}
