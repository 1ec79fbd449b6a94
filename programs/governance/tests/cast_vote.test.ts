/**
 * `cast_vote`: every rejection (double votes, other owners' / closed / forged /
 * foreign positions, non-canonical records, power below the minimum, closed
 * voting, wrong accounts), then votes with one and with five positions, the
 * staking lock, linear and quadratic weights.
 */
import { Keypair, PublicKey, SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { GOVERNANCE_PROGRAM_ID, isqrt, parseGovernanceEvents } from '@/lib/programs/governance';
import { getInitializeInstruction, stakingAddresses, TOKEN } from '@/lib/programs/staking';
import { createMint } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import {
  activate,
  DAY,
  forgedPosition,
  govEnv,
  nonCanonicalAddress,
  now,
  ok,
  positionExists,
  propose,
  readPosition,
  readProposal,
  readVote,
  send,
  stake,
  stakerWallet,
  tokenAccount,
  unstakeIx,
  voteIx,
  voteRecordAddress,
  voterWith,
  warpPast,
} from './helpers/governance';
import { expectError, expectGovError, expectStakingError } from './helpers/assert';

describe('governance cast_vote', () => {
  it('refuses every way to vote without staked, unused power, then counts and locks', async () => {
    const env = await govEnv({ params: { minVotePower: 1_000n * TOKEN } });
    const alice = await voterWith(env, 5_000n);
    const bob = await voterWith(env, 2_000n);
    const carol = await voterWith(env, 999n); // below the minimum to vote
    const proposal = propose(env, alice, [alice.position]);
    const ix = voteIx(env, bob, proposal, 'for', [bob.position]);

    // Fail: voting has not started (Draft)
    expectGovError(send(env, bob, [ix]), 'VotingClosed');
    activate(env, alice, proposal);

    // Fail: not enough accounts / data
    expectError(send(env, bob, [web3WithAccountCount(ix, 8)]), 'NotEnoughAccountKeys');
    expectGovError(send(env, bob, [web3WithData(ix, Uint8Array.of(5, 0))]), 'InvalidInstructionData');
    // Fail: unknown side
    expectGovError(send(env, bob, [web3WithData(ix, Uint8Array.of(5, 3, ix.data[2]!))]), 'InvalidVoteSide');
    // Fail: voter did not sign
    expectError(send(env, alice, [web3WithFlags(ix, 0, { isSigner: false })]), 'MissingRequiredSignature');
    // Fail: read-only proposal, position, vote record
    expectGovError(send(env, bob, [web3WithFlags(ix, 2, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, bob, [web3WithFlags(ix, 7, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, bob, [web3WithFlags(ix, 8, { isWritable: false })]), 'AccountNotWritable');
    // Fail: wrong authority, staking config, staking program, system program
    expectGovError(send(env, bob, [web3WithAccount(ix, 3, bob.pubkey)]), 'InvalidAuthority');
    expectGovError(send(env, bob, [web3WithAccount(ix, 4, env.addrs.stakeVault)]), 'InvalidStakingConfig');
    expectGovError(send(env, bob, [web3WithAccount(ix, 5, env.tokenProgram)]), 'InvalidStakingProgram');
    expectError(send(env, bob, [web3WithAccount(ix, 6, env.tokenProgram)]), 'IncorrectProgramId');
    // Fail: someone else's position
    expectGovError(send(env, bob, [voteIx(env, bob, proposal, 'for', [alice.position])]), 'NotPositionOwner');
    // Fail: tokens that are not staked: a copy of bob's position owned by the System Program, or by governance
    for (const owner of [SystemProgram.programId, GOVERNANCE_PROGRAM_ID]) {
      const fake = forgedPosition(env, bob.position, owner);
      expectGovError(send(env, bob, [voteIx(env, bob, proposal, 'for', [fake])]), 'InvalidPosition');
    }
    // Fail: the same position twice in one vote
    expectGovError(send(env, bob, [voteIx(env, bob, proposal, 'for', [bob.position, bob.position])]), 'AlreadyVoted');
    // Fail: a vote record at a valid but non-canonical bump (a second record for the same position)
    const seeds = [Buffer.from('vote'), proposal.toBuffer(), bob.position.toBuffer()];
    const second = nonCanonicalAddress(seeds, GOVERNANCE_PROGRAM_ID);
    const forged = web3WithData(web3WithAccount(ix, 8, second.address), Uint8Array.of(5, 0, second.bump));
    expectGovError(send(env, bob, [forged]), 'InvalidAddress');
    // Fail: the record of another position. The program does not hash the
    // address: the System CPI that creates the record is signed with bob's
    // position's seeds, and the runtime refuses it for any other address.
    expectError(send(env, bob, [web3WithAccount(ix, 8, voteRecordAddress(proposal, alice.position))]), 'PrivilegeEscalation');
    // Fail: a record that signs the transaction itself (a keypair: any address
    // it likes, so a second record per position); no PDA can sign.
    const signingRecord = Keypair.generate();
    const withSigningRecord = web3WithFlags(web3WithAccount(ix, 8, signingRecord.publicKey), 8, { isSigner: true });
    expectGovError(send(env, bob, [withSigningRecord], [signingRecord]), 'InvalidAddress');
    // Fail: the address of an existing account of this program (the proposal) as the record
    expectGovError(send(env, bob, [web3WithAccount(ix, 8, proposal)]), 'InvalidAddress');
    // Fail: below the minimum voting power
    expectGovError(send(env, carol, [voteIx(env, carol, proposal, 'for', [carol.position])]), 'InsufficientVotingPower');

    // Success
    const result = ok(send(env, bob, [ix]));
    const p = readProposal(env, proposal);
    expect(p.tallies).toEqual({ for: 2_000n * TOKEN, against: 0n, abstain: 0n });
    expect(p).toMatchObject({ quorumPower: 2_000n * TOKEN, votes: 1, votesCast: 1 });
    expect(readVote(env, proposal, bob.position)).toMatchObject({ side: 'for', power: 2_000n * TOKEN, weight: 2_000n * TOKEN, votedAt: new Date(Number(now(env.svm)) * 1000) });
    expect(readVote(env, proposal, bob.position).voter.equals(bob.pubkey)).toBe(true);
    expect(parseGovernanceEvents(result.logs)).toEqual([
      { kind: 'VoteCast', proposal, voter: bob.pubkey, side: 'for', positions: 1, power: 2_000n * TOKEN, weight: 2_000n * TOKEN },
    ]);
    // Locked in staking until the vote can no longer be extended (end + 24 h), with the voter booster.
    const position = readPosition(env, bob.position);
    expect(position.voteLockedUntilTs).toBe(p.endTs + DAY);
    expect(position.boostBps).toBeGreaterThanOrEqual(1_500);
    expectStakingError(send(env, bob, [unstakeIx(env, bob, bob.position, TOKEN)]), 'VoteLocked');
    // The goal: ≤ 5,000 CU with the record's canonical bump 255 (bench: 4,662);
    // each lower bump costs one more hash and curve check (~340 CU, ~45 more once).
    expect(result.computeUnits).toBeLessThan(5_000 + 400 * (255 - readVote(env, proposal, bob.position).bump));

    // Fail: the same position again
    expectGovError(send(env, bob, [voteIx(env, bob, proposal, 'against', [bob.position])]), 'AlreadyVoted');
    // Fail: after the end
    warpPast(env, p.endTs);
    expectGovError(send(env, alice, [voteIx(env, alice, proposal, 'for', [alice.position])]), 'VotingClosed');
  });

  it('refuses a position closed after voting on another proposal, and one moved to another owner', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const bob = await voterWith(env, 2_000n);
    const first = propose(env, alice, [alice.position]);
    activate(env, alice, first);
    ok(send(env, bob, [voteIx(env, bob, first, 'for', [bob.position])]));
    // After the first vote (and its lock) bob unstakes everything: the position is closed.
    warpPast(env, readProposal(env, first).endTs, DAY + 1n);
    ok(send(env, bob, [unstakeIx(env, bob, bob.position, 2_000n * TOKEN)]));
    expect(positionExists(env, bob.position)).toBe(false);
    const second = propose(env, alice, [alice.position]);
    activate(env, alice, second);
    // Fail: the closed position
    expectGovError(send(env, bob, [voteIx(env, bob, second, 'for', [bob.position])]), 'InvalidPosition');
    // Fail: a position staked by someone else cannot be voted by bob
    expectGovError(send(env, bob, [voteIx(env, bob, second, 'for', [alice.position])]), 'NotPositionOwner');
    // Fail: a position of another staking deployment (another mint), even bob's own
    const otherMint = new PublicKey(await createMint(env.svm, env.admin.signer, { program: 'token', decimals: 9, mintAuthority: env.minter.address }));
    ok(send(env, env.admin, [getInitializeInstruction({ payer: env.admin.pubkey, mint: otherMint, tokenProgram: env.tokenProgram })]));
    const otherEnv = { ...env, mint: otherMint, addrs: stakingAddresses(otherMint) };
    const bobOther = { ...bob, token: await tokenAccount(otherEnv, bob.pubkey, 1_000n * TOKEN) };
    const foreign = stake(otherEnv, bobOther, 0, 1_000n * TOKEN);
    expectGovError(send(env, bob, [voteIx(env, bob, second, 'for', [foreign])]), 'InvalidPosition');
  });

  it('votes with five positions in one transaction, each recorded and locked', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const proposal = propose(env, alice, [alice.position]);
    activate(env, alice, proposal);
    const whale = await stakerWallet(env, 50_000n);
    const positions = [0, 1, 2, 3, 4].map((tier) => stake(env, whale, tier, 1_000n * TOKEN));
    const result = ok(send(env, whale, [voteIx(env, whale, proposal, 'abstain', positions)]));
    // Tier multipliers 1.0 / 1.2 / 1.5 / 2.0 / 3.0
    const power = 8_700n * TOKEN;
    expect(readProposal(env, proposal)).toMatchObject({ tallies: { for: 0n, against: 0n, abstain: power }, quorumPower: power, votes: 5 });
    for (const position of positions) {
      expect(readVote(env, proposal, position).side).toBe('abstain');
      expect(readPosition(env, position).voteLockedUntilTs).toBe(readProposal(env, proposal).endTs + DAY);
    }
    expect(parseGovernanceEvents(result.logs)).toMatchObject([{ kind: 'VoteCast', positions: 5, power, weight: power }]);
    // Bench: 18,658 with five records at bump 255; ~340 per lower bump.
    const lowerBumps = positions.reduce((sum, position) => sum + 255 - readVote(env, proposal, position).bump, 0);
    expect(result.computeUnits).toBeLessThan(19_000 + 400 * lowerBumps);
  });

  it('weighs each position by the integer square root of its power under quadratic voting', async () => {
    const env = await govEnv({ params: { voteWeighting: 'quadratic' } });
    const whale = await voterWith(env, 90_000n);
    const small = [await voterWith(env, 1_000n), await voterWith(env, 1_000n), await voterWith(env, 1_000n)];
    const proposal = propose(env, whale, [whale.position]);
    activate(env, whale, proposal);
    expect(readProposal(env, proposal).voteWeighting).toBe('quadratic');
    ok(send(env, whale, [voteIx(env, whale, proposal, 'against', [whale.position])]));
    for (const s of small) ok(send(env, s, [voteIx(env, s, proposal, 'for', [s.position])]));
    const p = readProposal(env, proposal);
    // √(90,000e9) = 9,486,832 against; 3 × √(1,000e9) = 3 × 1,000,000 for.
    expect(p.tallies.against).toBe(isqrt(90_000n * TOKEN));
    expect(p.tallies.against).toBe(9_486_832n);
    expect(p.tallies.for).toBe(3n * 1_000_000n);
    // Quorum still counts linear power.
    expect(p.quorumPower).toBe(3_000n * TOKEN);
    expect(readVote(env, proposal, whale.position)).toMatchObject({ power: 90_000n * TOKEN, weight: 9_486_832n });
  });
});
