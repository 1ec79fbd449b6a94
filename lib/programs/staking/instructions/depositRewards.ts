/**
 * `deposit_rewards` (6): anyone adds rewards to the drip: with what is left of
 * it, spread evenly over the config's drip period from now, reaching positions
 * pro rata to reward weight as time passes (never at once).
 * Accounts: 0 [s] depositor; 1 [w] config; 2 [w] schedule; 3 [w] depositor's token account;
 * 4 [w] reward vault; 5 [] mint; 6 [] token program.
 * Data (9): u8 6, u64 amount.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { getAmountDataEncoder } from './addStake';
import { type DeploymentInput, deployment, instruction, readonly, signer, writable } from './shared';

export interface DepositRewardsInput extends DeploymentInput {
  depositor: PublicKey;
  depositorToken: PublicKey;
  tokenProgram: PublicKey;
  amount: bigint;
}

export function getDepositRewardsInstruction(input: DepositRewardsInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [
      signer(input.depositor),
      writable(d.config),
      writable(d.schedule),
      writable(input.depositorToken),
      writable(d.rewardVault),
      readonly(input.mint),
      readonly(input.tokenProgram),
    ],
    getAmountDataEncoder().encode({ discriminator: StakingInstruction.DepositRewards, amount: input.amount }),
  );
}
