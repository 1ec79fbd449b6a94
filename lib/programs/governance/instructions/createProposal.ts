/**
 * `create_proposal` (1): a Draft, shown to be backed by the proposer's staking
 * positions (Σ voting power ≥ the config's minimum).
 * Accounts: 0 [s] proposer; 1 [s, w] payer; 2 [w] governance config;
 * 3 [] staking config; 4 [w] proposal PDA; 5 [] system program;
 * 6.. [] the proposer's positions.
 * Data: u8 1, u64 id, u8 bump, u8 type, [32] description hash, u8 title_len,
 * u8 uri_len, title, uri (UTF-8).
 */
import { fixEncoderSize, getBytesEncoder, getStructEncoder, getU64Encoder, getU8Encoder } from '@solana/codecs';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import {
  findProposalPda,
  GovernanceInstruction,
  type GovernanceDeploymentInput,
  MAX_TITLE_LEN,
  MAX_URI_LEN,
  PROPOSAL_TYPES,
  type ProposalType,
} from '../program';
import { concat, deployment, instruction, readonly, signer, SYSTEM_PROGRAM_ID, writable } from './shared';

export const getCreateProposalHeaderEncoder = () =>
  getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['id', getU64Encoder()],
    ['bump', getU8Encoder()],
    ['proposalType', getU8Encoder()],
    ['descriptionHash', fixEncoderSize(getBytesEncoder(), 32)],
    ['titleLen', getU8Encoder()],
    ['uriLen', getU8Encoder()],
  ]);

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
  const d = deployment(input);
  const [proposal, bump] = findProposalPda(d.governance, input.id, d.programId);
  const title = new TextEncoder().encode(input.title);
  const uri = new TextEncoder().encode(input.uri);
  if (title.length === 0 || title.length > MAX_TITLE_LEN) throw new Error(`the title must be 1 to ${MAX_TITLE_LEN} bytes`);
  if (uri.length > MAX_URI_LEN) throw new Error(`the description URI must be at most ${MAX_URI_LEN} bytes`);
  if (input.descriptionHash.length !== 32) throw new Error('the description hash must be 32 bytes');
  const header = getCreateProposalHeaderEncoder().encode({
    discriminator: GovernanceInstruction.CreateProposal,
    id: input.id,
    bump,
    proposalType: PROPOSAL_TYPES.indexOf(input.type),
    descriptionHash: input.descriptionHash,
    titleLen: title.length,
    uriLen: uri.length,
  });
  return instruction(
    d.programId,
    [
      signer(input.proposer),
      signer(input.payer ?? input.proposer, true),
      writable(d.governance),
      readonly(d.stakingConfig),
      writable(proposal),
      readonly(SYSTEM_PROGRAM_ID),
      ...input.positions.map(readonly),
    ],
    concat(header, title, uri),
  );
}
