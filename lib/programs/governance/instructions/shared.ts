/**
 * Helpers shared by the governance instruction builders: the deployment
 * addresses every instruction derives from the mint, and the web3.js account
 * metas and data helpers all Keel clients use (`../../shared/instructions`).
 */
import { type GovernanceAddresses, type GovernanceDeploymentInput, governanceAddresses } from '../program';

export { concat, instruction, readonly, signer, SYSTEM_PROGRAM_ID, tag, writable } from '../../shared/instructions';

export function deployment(input: GovernanceDeploymentInput): GovernanceAddresses {
  return governanceAddresses(input);
}
