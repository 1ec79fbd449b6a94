/**
 * Helpers shared by the staking instruction builders: the deployment addresses
 * every instruction derives from the mint, the accounts of the instructions
 * that move tokens into a position's stake, and the web3.js account metas and
 * data helpers all Keel clients use (`../../shared/instructions`).
 */
import type { AccountMeta, PublicKey } from '@solana/web3.js';
import { findStakerPda, type StakingAddresses, STAKING_PROGRAM_ID, stakingAddresses } from '../program';
import { readonly, signer, writable } from '../../shared/instructions';

export { concat, getDiscriminatorOnlyEncoder, instruction, readonly, signer, SYSTEM_PROGRAM_ID, writable } from '../../shared/instructions';

/** What every builder takes to find the deployment. */
export interface DeploymentInput {
  /** The staked mint (the config is `["config", mint]`). */
  mint: PublicKey;
  /** Another deployment of the program (devnet, tests); default the localnet id. */
  programId?: PublicKey;
}

export function deployment(input: DeploymentInput): StakingAddresses {
  return stakingAddresses(input.mint, input.programId ?? STAKING_PROGRAM_ID);
}

/**
 * `add_stake` and `compound` both move tokens from `source` into the stake
 * vault for an owner's position (`interface/instruction.rs`): 0 [s] owner;
 * 1 [w] config; 2 [w] schedule; 3 [w] staker; 4 [w] position; 5 [w] source; 6 [w] stake vault;
 * 7 [] mint; 8 [] token program.
 */
export function topUpAccounts(
  d: StakingAddresses,
  input: { owner: PublicKey; position: PublicKey; tokenProgram: PublicKey },
  source: PublicKey,
): AccountMeta[] {
  const [staker] = findStakerPda(d.config, input.owner, d.programId);
  return [
    signer(input.owner),
    writable(d.config),
      writable(d.schedule),
    writable(staker),
    writable(input.position),
    writable(source),
    writable(d.stakeVault),
    readonly(d.mint),
    readonly(input.tokenProgram),
  ];
}
