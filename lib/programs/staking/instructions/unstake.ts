/**
 * `unstake` (5): withdraws part or all of a position (penalty before the lock
 * ends; withdrawing everything also pays its rewards and closes it). The
 * config's penalty destination decides the rest: burn writes the mint, the
 * treasury is the optional last account.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getUnstakeInstruction as build } from '@/lib/programs/generated/staking';
import { findStakerPda } from '../program';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

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

/** The mint's place in `unstake`'s accounts (writable when penalties are burned). */
const MINT_ACCOUNT = 8;

export function getUnstakeInstruction(input: UnstakeInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  const [staker] = findStakerPda(d.config, input.owner, d.programId);
  const destination = input.penaltyDestination ?? 'recycle';
  if (destination === 'treasury' && !input.treasury) throw new Error('unstake: the treasury account is required when penalties go to the treasury');
  const ix = toWeb3Instruction(
    build(
      {
        owner: signerOf(input.owner),
        ...a,
        staker: toAddress(staker),
        position: toAddress(input.position),
        ownerToken: toAddress(input.ownerToken),
        tokenProgram: toAddress(input.tokenProgram),
        treasury: destination === 'treasury' ? toAddress(input.treasury!) : undefined,
        amount: input.amount,
      },
      program,
    ),
  );
  // The IDL gives the mint one role; burning the penalty writes it.
  if (destination === 'burn') ix.keys[MINT_ACCOUNT]!.isWritable = true;
  return ix;
}
