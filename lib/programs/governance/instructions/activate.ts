/**
 * `activate` (4): the proposer opens voting; the rules are fixed from now on.
 * Accounts: 0 [s] proposer; 1 [] governance config; 2 [w] proposal; 3 [] staking config.
 * Data (1): u8 4.
 *
 * The program refuses (`StakingNotSynced`) unless staking's schedule has
 * crossed today's 00:00 UTC, so its total voting power (the quorum basis)
 * counts every lock as it stands today: `getActivateInstructions` sends
 * staking `sync` first, in the same transaction.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { GovernanceInstruction, type GovernanceDeploymentInput } from '../program';
import { getSyncInstruction } from '@/lib/programs/staking/instructions/sync';
import { deployment, instruction, readonly, signer, tag, writable } from './shared';

export interface ActivateInput extends GovernanceDeploymentInput {
  proposer: PublicKey;
  proposal: PublicKey;
}

export function getActivateInstruction(input: ActivateInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [signer(input.proposer), readonly(d.governance), writable(input.proposal), readonly(d.stakingConfig)],
    tag(GovernanceInstruction.Activate),
  );
}

/** Staking `sync` then `activate`: what a client sends to open voting. */
export function getActivateInstructions(input: ActivateInput): TransactionInstruction[] {
  const d = deployment(input);
  return [getSyncInstruction({ mint: d.mint, programId: d.stakingProgramId }), getActivateInstruction(input)];
}
