/**
 * `cast_vote`: every rejection (double votes, other owners' / closed / forged /
 * foreign positions, non-canonical records, power below the minimum, closed
 * voting, wrong accounts), then votes with one and with five positions, the
 * staking lock, linear and quadratic weights.
 */
import { Keypair, PublicKey, SystemProgram, SYSVAR_CLOCK_PUBKEY, SYSVAR_RENT_PUBKEY, TransactionInstruction } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { findVoteRecordPda, getCastVoteInstruction, getSetStakingPausedInstruction, GOVERNANCE_PROGRAM_ID, isqrt, parseGovernanceEvents } from '@/lib/programs/governance';
import { getInitializeInstructions, stakingAddresses, TOKEN } from '@/lib/programs/staking';
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
  readConfig,
  readProposal,
  readVote,
  readVoter,
  send,
  stake,
  stakeIx,
  stakerWallet,
  tokenAccount,
  unstakeIx,
  voteIx,
  voteRecordAddress,
  voterRecordAddress,
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
    expectError(send(env, bob, [web3WithAccountCount(ix, 9)]), 'NotEnoughAccountKeys');
    expectGovError(send(env, bob, [web3WithData(ix, Uint8Array.of(5, 0))]), 'InvalidInstructionData');
    // Fail: unknown side
    expectGovError(send(env, bob, [web3WithData(ix, Uint8Array.of(5, 3, ix.data[2]!))]), 'InvalidVoteSide');
    // Fail: voter did not sign
    expectError(send(env, alice, [web3WithFlags(ix, 0, { isSigner: false })]), 'MissingRequiredSignature');
    // Fail: read-only proposal, position, vote record
    expectGovError(send(env, bob, [web3WithFlags(ix, 2, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, bob, [web3WithFlags(ix, 8, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, bob, [web3WithFlags(ix, 9, { isWritable: false })]), 'AccountNotWritable');
    // Fail: wrong authority, staking config, staking program, system program
    expectGovError(send(env, bob, [web3WithAccount(ix, 3, bob.pubkey)]), 'InvalidAuthority');
    expectGovError(send(env, bob, [web3WithAccount(ix, 4, env.addrs.stakeVault)]), 'InvalidStakingConfig');
    // The staking schedule is checked by staking's lock_for_vote (in the CPI)
    expectStakingError(send(env, bob, [web3WithAccount(ix, 5, env.addrs.stakeVault)]), 'InvalidSchedule');
    expectGovError(send(env, bob, [web3WithAccount(ix, 6, env.tokenProgram)]), 'InvalidStakingProgram');
    expectError(send(env, bob, [web3WithAccount(ix, 7, env.tokenProgram)]), 'IncorrectProgramId');
    // Fail: the last two accounts are not the Clock and Rent sysvars
    expectGovError(send(env, bob, [web3WithAccount(ix, 10, SYSVAR_RENT_PUBKEY)]), 'InvalidSysvar');
    expectGovError(send(env, bob, [web3WithAccount(ix, 11, SYSVAR_CLOCK_PUBKEY)]), 'InvalidSysvar');
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
    const forged = web3WithData(web3WithAccount(ix, 9, second.address), Uint8Array.of(5, 0, second.bump));
    expectGovError(send(env, bob, [forged]), 'InvalidAddress');
    // Fail: the record of another position. The program does not hash the
    // address: the System CPI that creates the record is signed with bob's
    // position's seeds, and the runtime refuses it for any other address.
    expectError(send(env, bob, [web3WithAccount(ix, 9, voteRecordAddress(proposal, alice.position))]), 'PrivilegeEscalation');
    // Fail: a record that signs the transaction itself (a keypair: any address
    // it likes, so a second record per position); no PDA can sign.
    const signingRecord = Keypair.generate();
    const withSigningRecord = web3WithFlags(web3WithAccount(ix, 9, signingRecord.publicKey), 9, { isSigner: true });
    expectGovError(send(env, bob, [withSigningRecord], [signingRecord]), 'InvalidAddress');
    // Fail: the address of an existing account of this program (the proposal) as the record
    expectGovError(send(env, bob, [web3WithAccount(ix, 9, proposal)]), 'InvalidAddress');
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
    // The goal: ≤ 5,000 CU with the record's canonical bump 255 (bench: 4,925);
    // each lower bump costs one more hash and curve check (~340 CU, ~45 more once).
    expect(result.computeUnits).toBeLessThanOrEqual(5_000 + 400 * (255 - readVote(env, proposal, bob.position).bump));

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
    ok(send(env, env.admin, getInitializeInstructions({ payer: env.admin.pubkey, mint: otherMint, tokenProgram: env.tokenProgram })));
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
    // Bench: 18,618 with five records at bump 255; ~340 per lower bump.
    const lowerBumps = positions.reduce((sum, position) => sum + 255 - readVote(env, proposal, position).bump, 0);
    expect(result.computeUnits).toBeLessThan(24_000 + 400 * lowerBumps);
  });

  it('fails each wrong vote record one documented way, in check order', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const bob = await stakerWallet(env, 20_000n);
    const proposal = propose(env, alice, [alice.position]);
    activate(env, alice, proposal);
    // Positions until one whose record's canonical bump is below 255 (half of all seeds), so a
    // bump above the canonical one exists.
    let position = stake(env, bob, 0, 1_000n * TOKEN);
    while (findVoteRecordPda(proposal, position)[1] === 255) position = stake(env, bob, 0, 1_000n * TOKEN);
    const [record, canonical] = findVoteRecordPda(proposal, position);
    const ix = voteIx(env, bob, proposal, 'for', [position]);
    const withRecord = (address: PublicKey, bump: number) => web3WithData(web3WithAccount(ix, 9, address), Uint8Array.of(5, 0, bump));
    const seeds = [Buffer.from('vote'), proposal.toBuffer(), position.toBuffer()];
    const second = nonCanonicalAddress(seeds, GOVERNANCE_PROGRAM_ID);

    // 1. The record signed the transaction (no PDA can): InvalidAddress
    const impostor = Keypair.generate();
    expectGovError(send(env, bob, [web3WithFlags(web3WithAccount(ix, 9, impostor.publicKey), 9, { isSigner: true })], [impostor]), 'InvalidAddress');
    // 2. A non-canonical bump, whatever the address: InvalidAddress
    expectGovError(send(env, bob, [withRecord(second.address, second.bump)]), 'InvalidAddress');
    expectGovError(send(env, bob, [withRecord(record, second.bump)]), 'InvalidAddress');
    expectGovError(send(env, bob, [withRecord(PublicKey.unique(), second.bump)]), 'InvalidAddress');
    // 3. An account of this program that is not the record: InvalidAddress
    expectGovError(send(env, bob, [web3WithAccount(ix, 9, proposal)]), 'InvalidAddress');
    // 4. An account with data of another program: AccountAlreadyExists
    expectGovError(send(env, bob, [web3WithAccount(ix, 9, bob.token)]), 'AccountAlreadyExists');
    // 5. A fresh account at another address than the seeds and bump derive: the runtime refuses
    //    the create CPI's PDA signature (PrivilegeEscalation); a bump above the canonical one
    //    derives no address at all, and the runtime aborts the program (ProgramFailedToComplete).
    expectError(send(env, bob, [web3WithAccount(ix, 9, PublicKey.unique())]), 'PrivilegeEscalation');
    for (const address of [PublicKey.unique(), record]) {
      const aborted = expectError(send(env, bob, [withRecord(address, canonical + 1)]), 'ProgramFailedToComplete');
      expect(aborted.logs.join('\n')).toContain('Could not create program address with signer seeds');
    }
    // Nothing of it voted.
    expect(readProposal(env, proposal).votesCast).toBe(0);

    ok(send(env, bob, [ix]));
    // 3. The existing record at exactly its address: AlreadyVoted (whatever side)
    expectGovError(send(env, bob, [voteIx(env, bob, proposal, 'against', [position])]), 'AlreadyVoted');
    // … and with a non-canonical bump it is still the bump that fails first.
    expectGovError(send(env, bob, [withRecord(record, second.bump)]), 'InvalidAddress');
    expect(readProposal(env, proposal)).toMatchObject({ votesCast: 1, tallies: { for: 1_000n * TOKEN } });
  });

  it('votes while staking is paused (governance stays able to unpause it)', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const bob = await voterWith(env, 2_000n);
    const proposal = propose(env, alice, [alice.position]);
    activate(env, alice, proposal);
    ok(send(env, env.guardian, [getSetStakingPausedInstruction({ mint: env.mint, guardian: env.guardian.pubkey, paused: true })]));
    expect(readConfig(env).paused).toBe(true);
    // Staking refuses new stakes, but the vote counts and locks as usual.
    expectStakingError(send(env, bob, [stakeIx(env, bob, 0, 500n * TOKEN)]), 'Paused');
    ok(send(env, bob, [voteIx(env, bob, proposal, 'for', [bob.position])]));
    expect(readProposal(env, proposal).tallies.for).toBe(2_000n * TOKEN);
    expect(readPosition(env, bob.position).voteLockedUntilTs).toBe(readProposal(env, proposal).endTs + DAY);
    // The lock holds while paused too: exits stay open, a voting position's do after the lock.
    expectStakingError(send(env, bob, [unstakeIx(env, bob, bob.position, TOKEN)]), 'VoteLocked');
  });

  it('weighs a wallet by the integer square root of its total power under quadratic voting, however it splits', async () => {
    const env = await govEnv({ params: { voteWeighting: 'quadratic' } });
    const whale = await voterWith(env, 90_000n);
    const small = [await voterWith(env, 1_000n), await voterWith(env, 1_000n), await voterWith(env, 1_000n)];
    const splitter = await stakerWallet(env, 10_000n);
    const pieces = Array.from({ length: 10 }, () => stake(env, splitter, 0, 1_000n * TOKEN));
    const single = await voterWith(env, 10_000n);
    const proposal = propose(env, whale, [whale.position]);
    activate(env, whale, proposal);
    expect(readProposal(env, proposal).voteWeighting).toBe('quadratic');
    const ix = voteIx(env, single, proposal, 'against', [single.position]);

    // Fail: the voter record missing (a builder for a linear proposal: one bump too few)
    expectGovError(send(env, single, [getCastVoteInstruction({ mint: env.mint, voter: single.pubkey, proposal, weighting: 'linear', side: 'for', positions: [single.position] })]), 'InvalidInstructionData');
    // (the sysvars kept last)
    const withoutVoterRecord = new TransactionInstruction({ programId: ix.programId, keys: ix.keys.filter((_, i) => i !== 10), data: ix.data });
    expectError(send(env, single, [withoutVoterRecord]), 'NotEnoughAccountKeys');
    // Fail: read-only voter record
    expectGovError(send(env, single, [web3WithFlags(ix, 10, { isWritable: false })]), 'AccountNotWritable');
    // Fail: voter record at a non-canonical bump; at another address (runtime)
    const voterSeeds = [Buffer.from('voter'), proposal.toBuffer(), single.pubkey.toBuffer()];
    const second = nonCanonicalAddress(voterSeeds, GOVERNANCE_PROGRAM_ID);
    expectGovError(send(env, single, [web3WithData(web3WithAccount(ix, 10, second.address), Uint8Array.of(5, 1, ix.data[2]!, second.bump))]), 'InvalidAddress');
    expectError(send(env, single, [web3WithAccount(ix, 10, PublicKey.unique())]), 'PrivilegeEscalation');

    ok(send(env, whale, [voteIx(env, whale, proposal, 'against', [whale.position])]));
    // Fail: another wallet's voter record
    expectGovError(send(env, single, [web3WithAccount(ix, 10, voterRecordAddress(proposal, whale.pubkey))]), 'InvalidVoterRecord');
    for (const s of small) ok(send(env, s, [voteIx(env, s, proposal, 'for', [s.position])]));
    let p = readProposal(env, proposal);
    // √(90,000e9) = 9,486,832 against; 3 wallets × √(1,000e9) = 3 × 1,000,000 for.
    expect(p.tallies.against).toBe(isqrt(90_000n * TOKEN));
    expect(p.tallies.against).toBe(9_486_832n);
    expect(p.tallies.for).toBe(3n * 1_000_000n);
    // Quorum still counts linear power.
    expect(p.quorumPower).toBe(3_000n * TOKEN);
    expect(readVote(env, proposal, whale.position)).toMatchObject({ power: 90_000n * TOKEN, weight: 0n });
    expect(readVoter(env, proposal, whale.pubkey)).toMatchObject({ records: 1, power: { for: 0n, against: 90_000n * TOKEN, abstain: 0n } });

    // Ten positions of 1,000 in two transactions weigh what one position of 10,000 does:
    // ⌊√(10,000e9)⌋ = 3,162,277, not 10 × 1,000,000.
    const split = ok(send(env, splitter, [voteIx(env, splitter, proposal, 'for', pieces.slice(0, 4))]));
    expect(parseGovernanceEvents(split.logs)).toMatchObject([{ kind: 'VoteCast', positions: 4, power: 4_000n * TOKEN, weight: isqrt(4_000n * TOKEN) }]);
    // (The voter record exists now: it is used whatever bump the data gives.)
    const restIx = voteIx(env, splitter, proposal, 'for', pieces.slice(4));
    const rest = ok(send(env, splitter, [web3WithData(restIx, Uint8Array.from([...restIx.data.subarray(0, -1), 0]))]));
    expect(parseGovernanceEvents(rest.logs)).toMatchObject([{ kind: 'VoteCast', positions: 6, weight: isqrt(10_000n * TOKEN) - isqrt(4_000n * TOKEN) }]);
    const oneTx = ok(send(env, single, [ix]));
    p = readProposal(env, proposal);
    expect(p.tallies.for).toBe(3n * 1_000_000n + 3_162_277n);
    expect(p.tallies.against).toBe(9_486_832n + 3_162_277n);
    expect(readVoter(env, proposal, splitter.pubkey)).toMatchObject({ records: 10, power: { for: 10_000n * TOKEN } });
    // Cost of the first quadratic vote (voter record created) and a later one (bench: quadratic cases).
    expect(oneTx.computeUnits).toBeLessThan(7_600 + 400 * (255 - readVote(env, proposal, single.position).bump) + 400 * (255 - readVoter(env, proposal, single.pubkey).bump));
    expect(rest.computeUnits).toBeLessThan(6 * 4_800 + 400 * pieces.slice(4).reduce((sum, q) => sum + 255 - readVote(env, proposal, q).bump, 0));
  });
});
