/**
 * `deposit_rewards` (6): anyone adds rewards to the drip: with what is left of
 * it, spread evenly over the config's drip period from now, reaching positions
 * pro rata to reward weight as time passes (never at once).
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getDepositRewardsInstruction as build } from '@/lib/programs/generated/staking';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface DepositRewardsInput extends DeploymentInput {
  depositor: PublicKey;
  depositorToken: PublicKey;
  tokenProgram: PublicKey;
  amount: bigint;
}

export function getDepositRewardsInstruction(input: DepositRewardsInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(
    build(
      { depositor: signerOf(input.depositor), ...a, depositorToken: toAddress(input.depositorToken), tokenProgram: toAddress(input.tokenProgram), amount: input.amount },
      program,
    ),
  );
}
