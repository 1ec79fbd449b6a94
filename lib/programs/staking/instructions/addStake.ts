/**
 * `add_stake` (3): adds tokens to a position; its lock restarts at its tier.
 * Accounts: 0 [s] owner; 1 [w] config; 2 [w] schedule; 3 [w] staker; 4 [w] position;
 * 5 [w] owner's token account; 6 [w] stake vault; 7 [] mint; 8 [] token program.
 * Data (9): u8 3, u64 amount.
 */
import { getStructEncoder, getU64Encoder, getU8Encoder } from '@solana/codecs';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { type DeploymentInput, deployment, instruction, topUpAccounts } from './shared';

export const getAmountDataEncoder = () =>
  getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['amount', getU64Encoder()],
  ]);

export interface AddStakeInput extends DeploymentInput {
  owner: PublicKey;
  ownerToken: PublicKey;
  tokenProgram: PublicKey;
  position: PublicKey;
  amount: bigint;
}

export function getAddStakeInstruction(input: AddStakeInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    topUpAccounts(d, input, input.ownerToken),
    getAmountDataEncoder().encode({ discriminator: StakingInstruction.AddStake, amount: input.amount }),
  );
}
