/**
 * `unstake` (5): withdraws part or all of a position (penalty before the lock
 * ends; withdrawing everything also pays its rewards and closes it).
 * Accounts: 0 [s, w] owner; 1 [w] config; 2 [w] schedule; 3 [w] staker; 4 [w] position;
 * 5 [w] owner's token account; 6 [w] stake vault; 7 [w] reward vault;
 * 8 [] mint ([w] when penalties are burned); 9 [] token program;
 * 10 [w] treasury token account (only when penalties go to the treasury).
 * Data (9): u8 5, u64 amount.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findStakerPda, StakingInstruction } from '../program';
import { getAmountDataEncoder } from './addStake';
import { type DeploymentInput, deployment, instruction, readonly, signer, writable } from './shared';

export interface UnstakeInput extends DeploymentInput {
  owner: PublicKey;
  ownerToken: PublicKey;
  tokenProgram: PublicKey;
  position: PublicKey;
  amount: bigint;
  /** The config's penalty destination (decides the extra accounts); default recycle. */
  penaltyDestination?: 'recycle' | 'treasury' | 'burn';
  /** The config's treasury token account, when penalties go to the treasury. */
  treasury?: PublicKey | null;
}

export function getUnstakeInstruction(input: UnstakeInput): TransactionInstruction {
  const d = deployment(input);
  const [staker] = findStakerPda(d.config, input.owner, d.programId);
  const destination = input.penaltyDestination ?? 'recycle';
  const keys = [
    signer(input.owner, true),
    writable(d.config),
      writable(d.schedule),
    writable(staker),
    writable(input.position),
    writable(input.ownerToken),
    writable(d.stakeVault),
    writable(d.rewardVault),
    destination === 'burn' ? writable(input.mint) : readonly(input.mint),
    readonly(input.tokenProgram),
  ];
  if (destination === 'treasury') {
    if (!input.treasury) throw new Error('unstake: the treasury account is required when penalties go to the treasury');
    keys.push(writable(input.treasury));
  }
  return instruction(
    d.programId,
    keys,
    getAmountDataEncoder().encode({ discriminator: StakingInstruction.Unstake, amount: input.amount }),
  );
}
