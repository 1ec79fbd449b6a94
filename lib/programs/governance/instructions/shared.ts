/**
 * What the governance builders share: the deployment addresses every
 * instruction derives from the mint, as web3.js keys and as the kit addresses
 * the generated builders (`lib/programs/generated/governance`) take, and the
 * generated builders' program option for another deployment.
 */
import type { Address } from '@solana/kit';
import type { PublicKey } from '@solana/web3.js';
import { GOVERNANCE_PROGRAM_ID, type GovernanceAddresses, type GovernanceDeploymentInput, governanceAddresses } from '../program';
import { toAddress } from '../../shared/web3';

export { signerOf, toAddress, toWeb3Instruction } from '../../shared/web3';

export function deployment(input: GovernanceDeploymentInput): GovernanceAddresses {
  return governanceAddresses(input);
}

/** The deployment's accounts as kit addresses, and the generated builders' `{ programAddress }`. */
export function kitDeployment(input: GovernanceDeploymentInput) {
  const d = deployment(input);
  const a = {
    governance: toAddress(d.governance),
    authority: toAddress(d.authority),
    treasury: toAddress(d.treasury),
    stakingConfig: toAddress(d.stakingConfig),
    stakingSchedule: toAddress(d.stakingSchedule),
    stakingProgram: toAddress(d.stakingProgramId),
    mint: toAddress(d.mint),
  } satisfies Record<string, Address>;
  return { d, a, program: { programAddress: toAddress(d.programId) } };
}

/** The generated builders' program option for instructions that take no deployment (only a proposal). */
export const programOf = (programId: PublicKey | undefined) => ({ programAddress: toAddress(programId ?? GOVERNANCE_PROGRAM_ID) });
