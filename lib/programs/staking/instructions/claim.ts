/**
 * `claim` (8): pays a position's rewards to a token account (and recomputes the
 * position: an ended lock falls to the no-lock multiplier).
 * Accounts: 0 [s] owner; 1 [w] config; 2 [w] schedule; 3 [w] position; 4 [w] destination token
 * account; 5 [w] reward vault; 6 [] mint; 7 [] token program; 8 [w] the owner's staker.
 * Data (1): u8 8.
 */
import { createAssociatedTokenAccountIdempotentInstruction, getAssociatedTokenAddressSync } from '@solana/spl-token';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findStakerPda, StakingInstruction } from '../program';
import { type DeploymentInput, deployment, getDiscriminatorOnlyEncoder, instruction, readonly, signer, writable } from './shared';

/** Still exported here under its staking name; it lives in `../../shared/instructions`. */
export { getDiscriminatorOnlyEncoder };

export interface ClaimInput extends DeploymentInput {
  owner: PublicKey;
  position: PublicKey;
  tokenProgram: PublicKey;
  /** Where the rewards go; default the owner's associated token account. */
  destination?: PublicKey;
}

export function getClaimInstruction(input: ClaimInput): TransactionInstruction {
  const d = deployment(input);
  const destination =
    input.destination ?? getAssociatedTokenAddressSync(input.mint, input.owner, false, input.tokenProgram);
  return instruction(
    d.programId,
    [
      signer(input.owner),
      writable(d.config),
      writable(d.schedule),
      writable(input.position),
      writable(destination),
      writable(d.rewardVault),
      readonly(input.mint),
      readonly(input.tokenProgram),
      writable(findStakerPda(d.config, input.owner, d.programId)[0]),
    ],
    getDiscriminatorOnlyEncoder().encode({ discriminator: StakingInstruction.Claim }),
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
  return [
    createAssociatedTokenAccountIdempotentInstruction(input.owner, ata, input.owner, input.mint, input.tokenProgram),
    claim,
  ];
}
