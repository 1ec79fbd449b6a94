/**
 * Reads of the local chain for the specs: what a flow wrote, decoded with the
 * app's own program clients, so a spec confirms a transaction by its effect on
 * chain and not only by what the page prints about it.
 */
import { getAccount, getAssociatedTokenAddressSync } from '@solana/spl-token';
import { type Connection, PublicKey } from '@solana/web3.js';
import { DEMO_MINT } from '@/lib/demo/addresses';
import {
  decodeAction,
  decodeGovernanceConfig,
  decodeProposal,
  findActionPda,
  findProposalPda,
  governanceAddresses,
  type GovernanceConfig,
  type Proposal,
  type ProposalAction,
} from '@/lib/programs/governance';
import { decodeConfig, decodePosition, findPositionPda, type StakePosition, type StakingConfig } from '@/lib/programs/staking';

/** The demo KEEL mint and the governance deployment over it (staking config, treasury, authority…). */
export const mint = new PublicKey(DEMO_MINT);
export const gov = governanceAddresses({ mint });

/** An account's data; throws (naming what was expected) when the account does not exist. */
async function accountData(connection: Connection, address: PublicKey, what: string): Promise<Buffer> {
  const info = await connection.getAccountInfo(address, 'confirmed');
  if (!info) throw new Error(`no ${what} account at ${address.toBase58()}`);
  return info.data;
}

export async function readStakingConfig(connection: Connection): Promise<StakingConfig> {
  return decodeConfig(await accountData(connection, gov.stakingConfig, 'staking config'));
}

export async function readGovernanceConfig(connection: Connection): Promise<GovernanceConfig> {
  return decodeGovernanceConfig(await accountData(connection, gov.governance, 'governance config'));
}

/** Position `id` of `owner` (ids count up from 0 per wallet). */
export async function readPosition(connection: Connection, owner: PublicKey, id: number): Promise<StakePosition> {
  return decodePosition(await accountData(connection, findPositionPda(gov.stakingConfig, owner, id)[0], `position #${id}`));
}

export function proposalAddress(id: bigint): PublicKey {
  return findProposalPda(gov.governance, id)[0];
}

/** Proposal `id` (the number the page shows and puts in its URL). */
export async function readProposal(connection: Connection, id: bigint): Promise<Proposal> {
  return decodeProposal(await accountData(connection, proposalAddress(id), `proposal #${id}`));
}

export function actionAddress(id: bigint, index: number): PublicKey {
  return findActionPda(proposalAddress(id), index)[0];
}

/** Action `index` (0-based; the page numbers them from 1) of proposal `id`. */
export async function readAction(connection: Connection, id: bigint, index: number): Promise<ProposalAction> {
  return decodeAction(await accountData(connection, actionAddress(id, index), `action ${index} of proposal #${id}`));
}

/** The mint's token program (SPL Token or Token-2022: the mint account's owner). */
export async function keelTokenProgram(connection: Connection): Promise<PublicKey> {
  return (await connection.getAccountInfo(mint, 'confirmed'))!.owner;
}

/** A wallet's KEEL account (its associated token account), as the app derives it. */
export async function keelAccount(connection: Connection, owner: PublicKey): Promise<PublicKey> {
  return getAssociatedTokenAddressSync(mint, owner, true, await keelTokenProgram(connection));
}

/** What a KEEL token account holds; throws when it does not exist. */
export async function tokenAccountBalance(connection: Connection, address: PublicKey): Promise<bigint> {
  return (await getAccount(connection, address, 'confirmed', await keelTokenProgram(connection))).amount;
}

/** A wallet's KEEL on chain (its associated token account). */
export async function tokenBalance(connection: Connection, owner: PublicKey): Promise<bigint> {
  return tokenAccountBalance(connection, await keelAccount(connection, owner));
}
