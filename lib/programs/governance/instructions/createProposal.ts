/**
 * `create_proposal` (1): a Draft, shown to be backed by the proposer's staking
 * positions (Σ voting power ≥ the config's minimum). Title and URI go in
 * after both their lengths (the IDL's `titleAndUri`).
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getCreateProposalInstruction as build, type ProposalType as IdlProposalType } from '@/lib/programs/generated/governance';
import { findProposalPda, type GovernanceDeploymentInput, MAX_TITLE_LEN, MAX_URI_LEN, PROPOSAL_TYPES, type ProposalType } from '../program';
import { kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface CreateProposalInput extends GovernanceDeploymentInput {
  proposer: PublicKey;
  /** Pays the proposal's rent; default the proposer. */
  payer?: PublicKey;
  /** The config's `proposalCount`. */
  id: bigint;
  type: ProposalType;
  title: string;
  /** Where the description lives (ipfs://, https://…); may be empty. */
  uri: string;
  /** sha256 of the description document (32 bytes). */
  descriptionHash: Uint8Array;
  /** The proposer's staking positions whose power backs the proposal. */
  positions: PublicKey[];
}

export function getCreateProposalInstruction(input: CreateProposalInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  const [proposal, bump] = findProposalPda(d.governance, input.id, d.programId);
  const titleLen = new TextEncoder().encode(input.title).length;
  const uriLen = new TextEncoder().encode(input.uri).length;
  if (titleLen === 0 || titleLen > MAX_TITLE_LEN) throw new Error(`the title must be 1 to ${MAX_TITLE_LEN} bytes`);
  if (uriLen > MAX_URI_LEN) throw new Error(`the description URI must be at most ${MAX_URI_LEN} bytes`);
  if (input.descriptionHash.length !== 32) throw new Error('the description hash must be 32 bytes');
  return toWeb3Instruction(
    build(
      {
        proposer: signerOf(input.proposer),
        payer: signerOf(input.payer ?? input.proposer),
        governance: a.governance,
        stakingConfig: a.stakingConfig,
        proposal: toAddress(proposal),
        id: input.id,
        bump,
        proposalType: PROPOSAL_TYPES.indexOf(input.type) as IdlProposalType,
        descriptionHash: input.descriptionHash,
        titleLen,
        uriLen,
        titleAndUri: input.title + input.uri,
        positions: input.positions.map(toAddress),
      },
      program,
    ),
  );
}
