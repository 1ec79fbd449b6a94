/**
 * What the staking builders share: the deployment addresses every instruction
 * derives from the mint, as web3.js keys and as the kit addresses the
 * generated builders (`lib/programs/generated/staking`) take, and the
 * generated builders' program option for another deployment.
 */
import type { Address } from '@solana/kit';
import type { PublicKey } from '@solana/web3.js';
import { type StakingAddresses, STAKING_PROGRAM_ID, stakingAddresses } from '../program';
import { toAddress } from '../../shared/web3';

export { signerOf, toAddress, toWeb3Instruction } from '../../shared/web3';

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

/** The deployment's accounts as kit addresses, and the generated builders' `{ programAddress }`. */
export function kitDeployment(input: DeploymentInput) {
  const d = deployment(input);
  const a = {
    config: toAddress(d.config),
    schedule: toAddress(d.schedule),
    stakeVault: toAddress(d.stakeVault),
    rewardVault: toAddress(d.rewardVault),
    mint: toAddress(d.mint),
  } satisfies Record<string, Address>;
  return { d, a, program: { programAddress: toAddress(d.programId) } };
}
