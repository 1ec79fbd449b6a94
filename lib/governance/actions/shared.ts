/** What every governance action builder takes, and helpers they share. */
import type { PublicKey } from '@solana/web3.js';
import type { QueryKey } from '@tanstack/react-query';
import { type GovernanceDeployment, deploymentInput } from '../deployment';
import { governanceKeys } from '../keys';

export interface GovernanceActionContext {
  deployment: Pick<GovernanceDeployment, 'cluster' | 'mint' | 'programId' | 'addresses'>;
  /** The connected wallet: signs and pays. */
  owner: PublicKey;
}

/** Builder input for the governance client: mint and program ids. */
export const clientInput = (ctx: GovernanceActionContext) => deploymentInput(ctx.deployment);

/**
 * Keys to refresh besides the accounts the transaction writes (those the
 * transaction helper refreshes itself): the proposal list spans every proposal.
 */
export function listKeys(ctx: GovernanceActionContext): QueryKey[] {
  return [governanceKeys.proposals(ctx.deployment.cluster, ctx.deployment.addresses.governance)];
}

/** "#12". */
export const proposalRef = (id: bigint) => `#${id.toString()}`;
