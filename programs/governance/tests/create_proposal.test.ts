/**
 * `create_proposal`: the proposer's positions must add up to the minimum
 * power (owned, of this staking config, each once; an ended lock counts at the
 * no-lock multiplier); id, bump, type, title and URI are checked.
 */
import { SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { findProposalPda, GOVERNANCE_PROGRAM_ID, parseGovernanceEvents } from '@/lib/programs/governance';
import { TOKEN } from '@/lib/programs/staking';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError } from './helpers/assert';
import {
  createProposalIx,
  DAY,
  forgedPosition,
  govEnv,
  nonCanonicalAddress,
  now,
  ok,
  readGovernance,
  readProposal,
  send,
  SHA,
  stake,
  stakerWallet,
  voterWith,
  readPosition,
  setTime,
} from './helpers/governance';

describe('governance create_proposal', () => {
  it('needs enough staked power from the proposer’s own positions', async () => {
    const env = await govEnv({ params: { minProposalPower: 10_000n * TOKEN } });
    const alice = await stakerWallet(env, 20_000n);
    const small = stake(env, alice, 0, 6_000n * TOKEN);
    const other = stake(env, alice, 0, 4_000n * TOKEN);
    const bob = await voterWith(env, 12_000n);
    const ix = createProposalIx(env, alice, [small, other]);
    const [proposal, bump] = findProposalPda(env.gov.governance, 0n);

    // Fail: accounts, signature, writability
    expectError(send(env, alice, [web3WithAccountCount(ix, 5)]), 'NotEnoughAccountKeys');
    const paidByBob = createProposalIx(env, alice, [small, other], { payer: bob.pubkey });
    expectError(send(env, bob, [web3WithFlags(paidByBob, 0, { isSigner: false })]), 'MissingRequiredSignature');
    expectGovError(send(env, alice, [web3WithFlags(ix, 4, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, alice, [web3WithAccount(ix, 3, env.addrs.stakeVault)]), 'InvalidStakingConfig');
    // Fail: below the minimum (one unit short: only one of the positions)
    expectGovError(send(env, alice, [createProposalIx(env, alice, [small])]), 'InsufficientProposalPower');
    // Fail: the same position twice to reach it
    expectGovError(send(env, alice, [createProposalIx(env, alice, [small, small])]), 'DuplicatePosition');
    // Fail: someone else's position
    expectGovError(send(env, alice, [createProposalIx(env, alice, [small, bob.position])]), 'NotPositionOwner');
    // Fail: tokens that are not staked (a forged position)
    expectGovError(send(env, alice, [createProposalIx(env, alice, [small, forgedPosition(env, other, SystemProgram.programId)])]), 'InvalidPosition');
    // Fail: id that is not the next one, a non-canonical bump, a wrong address
    expectGovError(send(env, alice, [createProposalIx(env, alice, [small, other], { id: 1n })]), 'ProposalIdMismatch');
    const second = nonCanonicalAddress([Buffer.from('proposal'), env.gov.governance.toBuffer(), Buffer.alloc(8)], GOVERNANCE_PROGRAM_ID);
    const data = Uint8Array.from(ix.data);
    data[9] = second.bump;
    expectGovError(send(env, alice, [web3WithData(web3WithAccount(ix, 4, second.address), data)]), 'InvalidAddress');
    // Fail: title empty / type unknown / malformed lengths
    const bad = (patch: (d: Uint8Array) => void) => {
      const d = Uint8Array.from(ix.data);
      patch(d);
      return web3WithData(ix, d);
    };
    expectGovError(send(env, alice, [bad((d) => (d[10] = 5))]), 'InvalidProposalType');
    expectGovError(send(env, alice, [bad((d) => (d[43] = 0))]), 'InvalidInstructionData');
    const untitled = Uint8Array.from([...ix.data.subarray(0, 43), 0, ix.data[44]!, ...ix.data.subarray(45 + ix.data[43]!)]);
    expectGovError(send(env, alice, [web3WithData(ix, untitled)]), 'InvalidTitle');

    // Success: 6,000 + 4,000 = exactly the minimum
    const result = ok(send(env, alice, [ix]));
    const p = readProposal(env, proposal);
    expect(p).toMatchObject({
      state: 'draft',
      type: 'parameter-change',
      id: 0n,
      bump,
      title: 'Lower the early-unstake penalty',
      uri: 'ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi',
      proposerPower: 10_000n * TOKEN,
      votingStartsAt: null,
      actionIndices: [],
    });
    expect(p.descriptionHash).toEqual(SHA);
    expect(p.proposer.equals(alice.pubkey)).toBe(true);
    expect(p.createdAt).toEqual(new Date(Number(now(env.svm)) * 1000));
    expect(readGovernance(env).proposalCount).toBe(1n);
    expect(parseGovernanceEvents(result.logs)).toEqual([
      { kind: 'ProposalCreated', proposal, proposer: alice.pubkey, id: 0n, type: 'parameter-change', proposerPower: 10_000n * TOKEN },
    ]);
    // Fail: creating id 0 again
    expectGovError(send(env, alice, [ix]), 'ProposalIdMismatch');

    // Text-only, unicode title, no URI; id 1
    ok(send(env, bob, [createProposalIx(env, bob, [bob.position], { type: 'text-only', title: 'Keel ♥ makers', uri: '' })]));
    expect(readProposal(env, findProposalPda(env.gov.governance, 1n)[0])).toMatchObject({ type: 'text-only', title: 'Keel ♥ makers', uri: '' });
  });

  it('counts an ended lock at the no-lock multiplier', async () => {
    const env = await govEnv({ params: { minProposalPower: 11_000n * TOKEN } });
    const alice = await stakerWallet(env, 10_000n);
    const position = stake(env, alice, 1, 10_000n * TOKEN); // 7 days at 1.2×: 12,000 power while locked
    ok(send(env, alice, [createProposalIx(env, alice, [position])]));
    // The lock ends at the 00:00 UTC on or after 7 days; a second before, still 12,000.
    const lockEnd = readPosition(env, position).lockEndTs;
    expect(lockEnd % DAY).toBe(0n);
    setTime(env.svm, lockEnd - 1n);
    ok(send(env, alice, [createProposalIx(env, alice, [position])]));
    // The lock has ended: 10,000 now, below the 11,000 minimum (nothing wrote the position).
    setTime(env.svm, lockEnd);
    expectGovError(send(env, alice, [createProposalIx(env, alice, [position])]), 'InsufficientProposalPower');
  });
});
