/**
 * Governance fixtures on top of the staking test helpers: a VM with both
 * programs, a 9-decimal mint, staking initialised by an admin, governance
 * initialised and handed the staking authority and vote authority (so every
 * later parameter change goes through a proposal), a guardian, and shortcuts
 * that send the client's instructions through the whole proposal lifecycle.
 * No vitest here (the bench imports it): assertions live in `assert.ts`.
 */
import { ExtensionType, getAccountLen } from '@solana/spl-token';
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import type { LiteSVM } from 'litesvm';
import {
  getAcceptStakingAuthorityInstruction,
  decodeAction,
  decodeGovernanceConfig,
  decodeProposal,
  decodeVoteRecord,
  findActionPda,
  findProposalPda,
  findVoteRecordPda,
  getActivateInstructions,
  getAddActionInstruction,
  getCastVoteInstruction,
  getChangeVoteInstruction,
  getCreateProposalInstruction,
  getExecuteInstruction,
  getFinalizeInstruction,
  getHandOverInstructions,
  getInitializeInstruction,
  getQueueInstruction,
  getRelinquishInstruction,
  type GovernanceAddresses,
  type GovernanceConfig,
  governanceAddresses,
  type GovernanceParams,
  type Proposal,
  type ProposalAction,
  type ProposalType,
  type VoteRecord,
  type VoteSide,
  type VoteWeighting,
  decodeVoterRecord,
  findVoterRecordPda,
  type VoterRecord,
} from '@/lib/programs/governance';
import {
  getInitializeInstructions as getStakingInitializeInstructions,
  getUpdateConfigInstruction,
  stakingAddresses,
  TOKEN,
} from '@/lib/programs/staking';
import {
  createMint,
  createSvm,
  mustReadAccount,
  plantAccount,
  readAccount,
  tokenProgramAddress,
  type TxResult,
  type TxSuccess,
} from '@/programs/test-support';
import {
  type Env,
  newWallet,
  ok,
  send,
  setTime,
  stake,
  START_TS,
  type StakerWallet,
  stakerWallet,
  type TokenConfig,
  SPL,
  toAddress,
  type Wallet,
} from '@/programs/staking/tests/helpers/staking';

export * from '@/programs/staking/tests/helpers/staking';

export interface GovEnv extends Env {
  gov: GovernanceAddresses;
  guardian: Wallet;
}

/**
 * Parameters the tests start from: the defaults, except a guardian, and
 * minimum powers low enough for small stakes (tests that check the minimums
 * set them).
 */
export function testParams(guardian: PublicKey, overrides: Partial<GovernanceParams> = {}): Partial<GovernanceParams> {
  return { guardian, minProposalPower: 100n * TOKEN, minVotePower: 100n * TOKEN, ...overrides };
}

/**
 * What `govEnv` hands to governance in initialize's transaction (proposed by
 * the admin, accepted by `accept_staking_authority`): both staking
 * authorities (default), only the vote authority (the admin keeps the staking
 * authority; proposals can still pass), or nothing.
 */
export type HandOver = 'both' | 'voteAuthority' | 'none';

/** A VM with staking + governance, governance owning the staking authority (see `HandOver`). */
export async function govEnv(
  options: { token?: TokenConfig; params?: Partial<GovernanceParams>; svm?: LiteSVM; handOver?: HandOver } = {},
): Promise<GovEnv> {
  const token = options.token ?? SPL;
  const svm = options.svm ?? createSvm(['staking', 'governance']);
  setTime(svm, START_TS);
  const admin = await newWallet(svm, 100n);
  const minter = await newWallet(svm);
  const guardian = await newWallet(svm);
  const mint = new PublicKey(
    await createMint(svm, admin.signer, {
      program: token.program,
      decimals: 9,
      mintAuthority: minter.address,
      transferFeeBasisPoints: token.transferFeeBasisPoints,
    }),
  );
  const tokenProgram = new PublicKey(tokenProgramAddress(token.program));
  const accountSpace = token.transferFeeBasisPoints === undefined ? 165 : getAccountLen([ExtensionType.TransferFeeAmount]);
  const env: GovEnv = {
    svm,
    token,
    admin,
    minter,
    mint,
    tokenProgram,
    addrs: stakingAddresses(mint),
    accountSpace,
    gov: governanceAddresses({ mint }),
    guardian,
  };
  ok(send(env, admin, getStakingInitializeInstructions({ payer: admin.pubkey, mint, tokenProgram })));
  const handOver = {
    both: getHandOverInstructions({ mint, currentAuthority: admin.pubkey }),
    voteAuthority: [
      getUpdateConfigInstruction({ authority: admin.pubkey, mint, update: { field: 'voteAuthority', voteAuthority: env.gov.authority } }),
      getAcceptStakingAuthorityInstruction({ mint, which: 'voteAuthority' }),
    ],
    none: [],
  }[options.handOver ?? 'both'];
  ok(
    send(env, admin, [
      getInitializeInstruction({ payer: admin.pubkey, mint, tokenProgram, params: testParams(guardian.pubkey, options.params) }),
      ...handOver,
    ]),
  );
  return env;
}

// ------------------------------------------------------------------ accounts

function mustRead(env: Env, key: PublicKey): Uint8Array {
  const a = readAccount(env.svm, toAddress(key));
  if (!a) throw new Error(`account ${key.toBase58()} missing`);
  return a.data;
}

export function exists(env: Env, key: PublicKey): boolean {
  return readAccount(env.svm, toAddress(key)) !== null;
}

export const readGovernance = (env: GovEnv): GovernanceConfig => decodeGovernanceConfig(mustRead(env, env.gov.governance));
export const readProposal = (env: Env, proposal: PublicKey): Proposal => decodeProposal(mustRead(env, proposal));
export const readAction = (env: Env, proposal: PublicKey, index: number): ProposalAction =>
  decodeAction(mustRead(env, findActionPda(proposal, index)[0]));
export const readVote = (env: Env, proposal: PublicKey, position: PublicKey): VoteRecord =>
  decodeVoteRecord(mustRead(env, findVoteRecordPda(proposal, position)[0]));
export const voteRecordAddress = (proposal: PublicKey, position: PublicKey) => findVoteRecordPda(proposal, position)[0];
export const voterRecordAddress = (proposal: PublicKey, voter: PublicKey) => findVoterRecordPda(proposal, voter)[0];
export const readVoter = (env: Env, proposal: PublicKey, voter: PublicKey): VoterRecord =>
  decodeVoterRecord(mustRead(env, voterRecordAddress(proposal, voter)));

// ------------------------------------------------------------------ lifecycle shortcuts

/** A staker with one position of `tokens` whole tokens at `tier` (tier 0: power = amount). */
export async function voterWith(env: GovEnv, tokens: bigint, tier = 0): Promise<StakerWallet & { position: PublicKey }> {
  const wallet = await stakerWallet(env, tokens);
  const position = stake(env, wallet, tier, tokens * TOKEN);
  return { ...wallet, position };
}

export const SHA = new Uint8Array(32).fill(7);

export function createProposalIx(
  env: GovEnv,
  proposer: Wallet,
  positions: PublicKey[],
  options: { type?: ProposalType; title?: string; uri?: string; id?: bigint; payer?: PublicKey } = {},
): TransactionInstruction {
  return getCreateProposalInstruction({
    mint: env.mint,
    proposer: proposer.pubkey,
    payer: options.payer,
    id: options.id ?? readGovernance(env).proposalCount,
    type: options.type ?? 'parameter-change',
    title: options.title ?? 'Lower the early-unstake penalty',
    uri: options.uri ?? 'ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi',
    descriptionHash: SHA,
    positions,
  });
}

/** Creates a Draft with `actions` and returns its address. */
export function propose(
  env: GovEnv,
  proposer: Wallet,
  positions: PublicKey[],
  actions: TransactionInstruction[] = [],
  options: { type?: ProposalType; title?: string } = {},
): PublicKey {
  const id = readGovernance(env).proposalCount;
  ok(send(env, proposer, [createProposalIx(env, proposer, positions, { ...options, id })]));
  const [proposal] = findProposalPda(env.gov.governance, id);
  actions.forEach((action, index) => {
    ok(send(env, proposer, [getAddActionInstruction({ mint: env.mint, proposer: proposer.pubkey, proposal, index, action })]));
  });
  return proposal;
}

export function activate(env: GovEnv, proposer: Wallet, proposal: PublicKey): TxSuccess {
  return ok(send(env, proposer, getActivateInstructions({ mint: env.mint, proposer: proposer.pubkey, proposal })));
}

/** The proposal's weighting as stored (a Draft's is decided at activation; linear until then). */
export const weightingOf = (env: Env, proposal: PublicKey): VoteWeighting => (exists(env, proposal) ? readProposal(env, proposal).voteWeighting : 'linear');

export function voteIx(env: GovEnv, voter: Wallet, proposal: PublicKey, side: VoteSide, positions: PublicKey[]): TransactionInstruction {
  return getCastVoteInstruction({ mint: env.mint, voter: voter.pubkey, proposal, weighting: weightingOf(env, proposal), side, positions });
}

export function changeVoteIx(env: GovEnv, voter: Wallet, proposal: PublicKey, side: VoteSide, positions: PublicKey[]): TransactionInstruction {
  return getChangeVoteInstruction({ voter: voter.pubkey, proposal, weighting: weightingOf(env, proposal), side, positions });
}

export function relinquishIx(env: GovEnv, voter: Wallet, proposal: PublicKey, positions: PublicKey[]): TransactionInstruction {
  return getRelinquishInstruction({ voter: voter.pubkey, proposal, weighting: weightingOf(env, proposal), positions });
}

export function vote(env: GovEnv, voter: Wallet, proposal: PublicKey, side: VoteSide, positions: PublicKey[]): TxSuccess {
  return ok(send(env, voter, [voteIx(env, voter, proposal, side, positions)]));
}

export function finalize(env: GovEnv, proposal: PublicKey): TxResult {
  return send(env, env.admin, [getFinalizeInstruction({ proposal })]);
}

export function queue(env: GovEnv, proposal: PublicKey): TxResult {
  return send(env, env.admin, [getQueueInstruction({ proposal })]);
}

export function executeIx(env: GovEnv, proposal: PublicKey, index: number): TransactionInstruction {
  return getExecuteInstruction({ mint: env.mint, proposal, action: readAction(env, proposal, index) });
}

export function execute(env: GovEnv, proposal: PublicKey, index: number): TxResult {
  return send(env, env.admin, [executeIx(env, proposal, index)]);
}

/**
 * A proposal taken to Queued: created by `proposer` with `actions`, activated,
 * voted for by `proposer`'s positions, finalized after the voting period.
 */
export function passAndQueue(
  env: GovEnv,
  proposer: Wallet,
  positions: PublicKey[],
  actions: TransactionInstruction[],
): PublicKey {
  const proposal = propose(env, proposer, positions, actions);
  activate(env, proposer, proposal);
  vote(env, proposer, proposal, 'for', positions);
  warpPast(env, readProposal(env, proposal).endTs);
  ok(finalize(env, proposal));
  ok(queue(env, proposal));
  return proposal;
}

/** Sets the clock to `ts` + `by` seconds. */
export function warpPast(env: GovEnv, ts: bigint, by = 0n): void {
  setTime(env.svm, ts + by);
}

/** Mints `amount` base units to any token account of the env's mint. */
export async function mintTokensTo(env: GovEnv, account: PublicKey, amount: bigint): Promise<void> {
  const { mintTokens } = await import('@/programs/test-support');
  await mintTokens(env.svm, env.admin.signer, {
    mint: toAddress(env.mint),
    destination: toAddress(account),
    authority: env.minter.signer,
    amount,
    program: env.token.program,
  });
}

/**
 * A bump below the canonical one that still gives a valid PDA (off the curve)
 * for `seeds`, with its address: what an attacker would use for a second
 * record of the same position.
 */
export function nonCanonicalAddress(seeds: Uint8Array[], programId: PublicKey): { address: PublicKey; bump: number } {
  const [, canonical] = PublicKey.findProgramAddressSync(seeds, programId);
  for (let bump = canonical - 1; bump >= 0; bump--) {
    try {
      return { address: PublicKey.createProgramAddressSync([...seeds, Uint8Array.of(bump)], programId), bump };
    } catch {
      // on the curve: try the next one
    }
  }
  throw new Error('no second valid bump');
}

/** A copy of `position`'s bytes at a fresh address owned by `owner` (a forged position). */
export function forgedPosition(env: GovEnv, position: PublicKey, owner: PublicKey): PublicKey {
  const fake = PublicKey.unique();
  plantAccount(env.svm, toAddress(fake), { owner: toAddress(owner), data: mustReadAccount(env.svm, toAddress(position)).data });
  return fake;
}
