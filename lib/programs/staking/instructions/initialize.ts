/**
 * `initialize` (0): creates the config for a mint and its two vaults with the
 * default parameters; the payer becomes authority and vote authority.
 * Accounts: 0 [s, w] payer; 1 [w] config; 2 [] mint; 3 [w] stake vault;
 * 4 [w] reward vault; 5 [] token program; 6 [] system program.
 * Data (1): u8 0.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { type DeploymentInput, SYSTEM_PROGRAM_ID, deployment, getDiscriminatorOnlyEncoder, instruction, readonly, signer, writable } from './shared';

/** `initialize` takes no arguments: its data is the discriminator alone. */
export const getInitializeDataEncoder = getDiscriminatorOnlyEncoder;

export interface InitializeInput extends DeploymentInput {
  payer: PublicKey;
  /** SPL Token or Token-2022: the mint's owner. */
  tokenProgram: PublicKey;
}

export function getInitializeInstruction(input: InitializeInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [
      signer(input.payer, true),
      writable(d.config),
      readonly(input.mint),
      writable(d.stakeVault),
      writable(d.rewardVault),
      readonly(input.tokenProgram),
      readonly(SYSTEM_PROGRAM_ID),
    ],
    getInitializeDataEncoder().encode({ discriminator: StakingInstruction.Initialize }),
  );
}
