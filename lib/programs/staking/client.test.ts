/**
 * The client against the program's interface docs: error table = error.rs,
 * event kinds = event.rs, account offsets = the layout tables in state/*.rs,
 * builders' accounts and data = instruction.rs.
 */
import { Keypair, PublicKey, SYSVAR_CLOCK_PUBKEY } from '@solana/web3.js';
import bs58 from 'bs58';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_LEN,
  CONFIG_OFFSETS,
  decodeConfig,
  decodePosition,
  decodePositionView,
  decodeStaker,
  POSITION_LEN,
  POSITION_OFFSETS,
  positionFilters,
  STAKER_LEN,
  STAKER_OFFSETS,
  TIER0_MULTIPLIER_OFFSET,
} from './accounts';
import { STAKING_ERRORS } from './errors';
import { decodeStakingEvent, parseStakingEvents, StakingEventKind } from './events';
import {
  getAcceptAuthorityInstruction,
  getAddStakeInstruction,
  getClaimInstruction,
  getCompoundInstruction,
  getCrankCompoundInstruction,
  getDepositRewardsInstruction,
  getExtendLockInstruction,
  getFundStreamInstruction,
  getExtendScheduleInstruction,
  getInitializeInstruction,
  getInitializeInstructions,
  getSyncInstruction,
  getLockForVoteInstruction,
  getRefreshInstruction,
  getSetAutoCompoundInstruction,
  getStakeInstruction,
  getUnstakeInstruction,
  getUpdateConfigInstruction,
  getViewPositionInstruction,
} from './instructions';
import { findPositionPda, findSchedulePda, findStakerPda, STAKING_PROGRAM_ID, StakingInstruction, stakingAddresses } from './program';
import { accountFlags, enumEntries, expectDocumentedLayout, expectErrorTableMirrors, interfaceDocs } from '../shared/interface-docs.testing';

const docs = interfaceDocs('staking');
const read = docs.read;

describe('staking client vs interface', () => {
  it('mirrors the error enum in order', () => {
    expectErrorTableMirrors(docs, STAKING_ERRORS, 39);
  });

  it('mirrors the event kinds', () => {
    expect(docs.variants(read('event.rs'))).toEqual(enumEntries(StakingEventKind));
  });

  it('uses the documented account offsets and lengths', () => {
    for (const [file, offsets, len] of [
      ['state/position.rs', POSITION_OFFSETS, POSITION_LEN],
      ['state/staker.rs', STAKER_OFFSETS, STAKER_LEN],
      ['state/config.rs', CONFIG_OFFSETS, CONFIG_LEN],
    ] as const) {
      expectDocumentedLayout(docs, file, offsets, len);
      expect(read(file)).toContain(`pub const LEN: usize = ${len};`);
    }
  });

  it('decodes accounts written at those offsets', () => {
    const owner = Keypair.generate().publicKey;
    const p = new Uint8Array(POSITION_LEN);
    const dv = new DataView(p.buffer);
    p[0] = 2;
    p[POSITION_OFFSETS.tier] = 3;
    p[POSITION_OFFSETS.autoCompound] = 1;
    p.set(owner.toBytes(), POSITION_OFFSETS.owner);
    dv.setUint32(POSITION_OFFSETS.id, 7, true);
    dv.setBigUint64(POSITION_OFFSETS.amount, 123n, true);
    dv.setBigInt64(POSITION_OFFSETS.lockEnd, 1_800_000_000n, true);
    dv.setBigUint64(POSITION_OFFSETS.votingPower, 246n, true);
    dv.setBigUint64(POSITION_OFFSETS.rewardDebt + 8, 1n, true);
    dv.setBigInt64(POSITION_OFFSETS.voteLockedUntil, 1_700_000_000n, true);
    const pos = decodePosition(p);
    expect(pos).toMatchObject({ tier: 3, tierName: '90 days', autoCompound: true, id: 7, amount: 123n, votingPower: 246n, rewardDebt: 1n << 64n });
    expect(pos.owner.equals(owner)).toBe(true);
    expect(pos.unlockAt).toEqual(new Date(1_800_000_000_000));
    expect(pos.voteLockedUntil).toEqual(new Date(1_700_000_000_000));
    expect(pos.voterBoostUntil).toBeNull();
    expect(() => decodePosition(p.subarray(1))).toThrow('not a staking position');
    p[0] = 1;
    expect(() => decodePosition(p)).toThrow('not a staking position');

    const s = new Uint8Array(STAKER_LEN);
    s[0] = 3;
    new DataView(s.buffer).setBigUint64(STAKER_OFFSETS.votingPower, 99n, true);
    new DataView(s.buffer).setUint32(STAKER_OFFSETS.nextPositionId, 4, true);
    expect(decodeStaker(s)).toMatchObject({ votingPower: 99n, nextPositionId: 4 });

    const c = new Uint8Array(CONFIG_LEN);
    c[0] = 1;
    c[6] = 1;
    new DataView(c.buffer).setBigUint64(CONFIG_OFFSETS.totalVotingPower, 5n, true);
    expect(decodeConfig(c)).toMatchObject({ penaltyDestination: 'treasury', totalVotingPower: 5n });
    c[6] = 9;
    expect(() => decodeConfig(c)).toThrow('unknown penalty destination 9');

    // The no-lock multiplier readers apply to an ended lock: tiers[0].multiplier_bps.
    expect(read('state/config.rs')).toContain(`pub const TIER0_MULTIPLIER_OFFSET: usize = ${TIER0_MULTIPLIER_OFFSET};`);
    expect(TIER0_MULTIPLIER_OFFSET).toBe(CONFIG_OFFSETS.tiers + 8);
    new DataView(c.buffer).setUint16(TIER0_MULTIPLIER_OFFSET, 11_000, true);
    c[6] = 0;
    expect(decodeConfig(c).tiers[0]!.multiplierBps).toBe(11_000);
    // The pending authorities (layout v2): all zero reads as none.
    expect(decodeConfig(c)).toMatchObject({ pendingAuthority: null, pendingVoteAuthority: null });
    c.set(owner.toBytes(), CONFIG_OFFSETS.pendingVoteAuthority);
    expect(decodeConfig(c).pendingVoteAuthority?.equals(owner)).toBe(true);
    expect(decodeConfig(c).pendingAuthority).toBeNull();
    expect(() => decodeConfig(c.subarray(0, 560))).toThrow('not a staking config account');

    const v = new Uint8Array(48);
    new DataView(v.buffer).setBigUint64(0, 77n, true);
    new DataView(v.buffer).setUint16(32, 2_500, true);
    expect(decodePositionView(v)).toMatchObject({ pending: 77n, boostBps: 2_500 });
  });

  it('builds every instruction with the documented accounts and data', () => {
    const mint = Keypair.generate().publicKey;
    const tokenProgram = new PublicKey('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
    const owner = Keypair.generate().publicKey;
    const token = Keypair.generate().publicKey;
    const d = stakingAddresses(mint);
    const [position, bump] = findPositionPda(d.config, owner, 3);
    const [staker] = findStakerPda(d.config, owner);
    const cases = [
      [getInitializeInstruction({ payer: owner, mint, tokenProgram }), StakingInstruction.Initialize, 1, 'sw w - w w - - w'],
      [getUpdateConfigInstruction({ authority: owner, mint, update: { field: 'paused', paused: true } }), StakingInstruction.UpdateConfig, 3, 's w'],
      [getStakeInstruction({ owner, ownerToken: token, mint, tokenProgram, tier: 2, amount: 5n, positionId: 3 }), StakingInstruction.Stake, 15, 'sw w w w w w w - - -'],
      [getAddStakeInstruction({ owner, ownerToken: token, mint, tokenProgram, position, amount: 5n }), StakingInstruction.AddStake, 9, 's w w w w w w - -'],
      [getExtendLockInstruction({ owner, mint, position, tier: 4 }), StakingInstruction.ExtendLock, 2, 's w w w w'],
      [getUnstakeInstruction({ owner, ownerToken: token, mint, tokenProgram, position, amount: 5n }), StakingInstruction.Unstake, 9, 'sw w w w w w w w - -'],
      [getUnstakeInstruction({ owner, ownerToken: token, mint, tokenProgram, position, amount: 5n, penaltyDestination: 'burn' }), StakingInstruction.Unstake, 9, 'sw w w w w w w w w -'],
      [getUnstakeInstruction({ owner, ownerToken: token, mint, tokenProgram, position, amount: 5n, penaltyDestination: 'treasury', treasury: token }), StakingInstruction.Unstake, 9, 'sw w w w w w w w - - w'],
      [getDepositRewardsInstruction({ depositor: owner, depositorToken: token, mint, tokenProgram, amount: 5n }), StakingInstruction.DepositRewards, 9, 's w w w w - -'],
      [getFundStreamInstruction({ authority: owner, authorityToken: token, mint, tokenProgram, amount: 5n, durationSecs: 6n }), StakingInstruction.FundStream, 17, 's w w w w - -'],
      [getClaimInstruction({ owner, position, mint, tokenProgram, destination: token }), StakingInstruction.Claim, 1, 's w w w w w - - w'],
      [getCompoundInstruction({ owner, position, mint, tokenProgram }), StakingInstruction.Compound, 1, 's w w w w w w - -'],
      [getSetAutoCompoundInstruction({ owner, position, mint, enabled: true }), StakingInstruction.SetAutoCompound, 2, 's - w'],
      [getCrankCompoundInstruction({ mint, tokenProgram, positions: [{ position, owner }] }), StakingInstruction.CrankCompound, 1, 'w w w w - - w w'],
      [getRefreshInstruction({ mint, positions: [{ position, owner }, { position, owner }] }), StakingInstruction.Refresh, 1, 'w w w w w w'],
      [getLockForVoteInstruction({ voteAuthority: owner, position, owner, mint, until: 9n }), StakingInstruction.LockForVote, 9, 's w w w w -'],
      [getViewPositionInstruction({ mint, position }), StakingInstruction.ViewPosition, 1, '- - -'],
      [getLockForVoteInstruction({ voteAuthority: owner, position, mint, until: 9n }), StakingInstruction.LockForVote, 9, 's w w w -'],
      [getExtendScheduleInstruction({ payer: owner, mint }), StakingInstruction.ExtendSchedule, 1, 'sw - w -'],
      [getSyncInstruction({ mint }), StakingInstruction.Sync, 1, 'w w'],
      [getAcceptAuthorityInstruction({ pending: owner, mint, which: 'voteAuthority' }), StakingInstruction.AcceptAuthority, 2, 's w'],
    ] as const;
    for (const [ix, discriminator, length, shape] of cases) {
      expect(ix.programId.equals(STAKING_PROGRAM_ID)).toBe(true);
      expect(ix.data[0], StakingInstruction[discriminator]).toBe(discriminator);
      expect(ix.data.length, StakingInstruction[discriminator]).toBe(length);
      expect(accountFlags(ix), StakingInstruction[discriminator]).toBe(shape);
    }
    const stake = cases[2][0];
    expect([...stake.data]).toEqual([2, 2, 5, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, bump]);
    expect(stake.keys[1]!.pubkey.equals(d.config) && stake.keys[3]!.pubkey.equals(staker) && stake.keys[4]!.pubkey.equals(position)).toBe(true);
    expect(stake.keys[6]!.pubkey.equals(d.stakeVault)).toBe(true);
    expect(cases[16][0].keys[0]!.pubkey.equals(d.config)).toBe(true);
    // The staker records: claim's account 8, refresh's second of each pair, lock_for_vote's account 4.
    expect(cases[10][0].keys[8]!.pubkey.equals(staker)).toBe(true);
    expect(cases[14][0].keys[3]!.pubkey.equals(staker) && cases[14][0].keys[5]!.pubkey.equals(staker)).toBe(true);
    expect(cases[15][0].keys[4]!.pubkey.equals(staker)).toBe(true);
    // lock_for_vote: the Clock sysvar last, with or without the staker record.
    for (const ix of [cases[15][0], cases[17][0]]) expect(ix.keys.at(-1)!.pubkey.equals(SYSVAR_CLOCK_PUBKEY)).toBe(true);
    // The schedule right after the config in every instruction that settles (crank, refresh: account 1).
    for (const [ix, discriminator] of cases) {
      if (['Initialize', 'UpdateConfig', 'SetAutoCompound', 'ExtendSchedule', 'Sync', 'AcceptAuthority'].includes(StakingInstruction[discriminator])) continue;
      const at = ix.keys.findIndex((k) => k.pubkey.equals(d.config));
      expect(ix.keys[at + 1]!.pubkey.equals(d.schedule), StakingInstruction[discriminator]).toBe(true);
    }
    // The schedule: initialize's account 7, extend_schedule's 2, sync's 1.
    expect(d.schedule.equals(findSchedulePda(d.config)[0])).toBe(true);
    expect(cases[0][0].keys[7]!.pubkey.equals(d.schedule) && cases[18][0].keys[2]!.pubkey.equals(d.schedule)).toBe(true);
    expect(cases[19][0].keys[1]!.pubkey.equals(d.schedule)).toBe(true);
    expect(getInitializeInstructions({ payer: owner, mint, tokenProgram }).map((ix) => ix.data[0])).toEqual([0, 15, 15]);
    // accept_authority: which = 1 for the vote authority, 0 for the authority; the pending key signs.
    expect([...cases[20][0].data]).toEqual([17, 1]);
    expect([...getAcceptAuthorityInstruction({ pending: owner, mint, which: 'authority' }).data]).toEqual([17, 0]);
    expect(cases[20][0].keys[0]!.pubkey.equals(owner) && cases[20][0].keys[1]!.pubkey.equals(d.config)).toBe(true);
    // update_config proposes an authority; null (the zero key) cancels.
    const cancel = getUpdateConfigInstruction({ authority: owner, mint, update: { field: 'authority', authority: null } });
    expect([...cancel.data]).toEqual([1, 1, ...new Uint8Array(32)]);
  });

  it('decodes events and keeps to the staking program in the logs', () => {
    const position = Keypair.generate().publicKey;
    const data = new Uint8Array(8 + 32 + 32 + 8);
    data[0] = StakingEventKind.Claimed;
    data.set(position.toBytes(), 8);
    data.set(position.toBytes(), 40);
    new DataView(data.buffer).setBigUint64(72, 42n, true);
    expect(decodeStakingEvent(data)).toEqual({ kind: 'Claimed', position, owner: position, amount: 42n });
    const line = `Program data: ${Buffer.from(data).toString('base64')}`;
    const id = STAKING_PROGRAM_ID.toBase58();
    const other = Keypair.generate().publicKey.toBase58();
    const logs = [`Program ${id} invoke [1]`, line, `Program ${other} invoke [2]`, line, `Program ${other} success`, `Program ${id} success`, line];
    expect(parseStakingEvents(logs)).toHaveLength(1);
  });
});

describe('staking client queries', () => {
  it('filters positions by discriminator, owner and config', () => {
    const owner = Keypair.generate().publicKey;
    const config = Keypair.generate().publicKey;
    const f = positionFilters(owner, config);
    expect(f[0]).toEqual({ dataSize: POSITION_LEN });
    expect([...bs58.decode((f[1] as { memcmp: { bytes: string } }).memcmp.bytes)]).toEqual([2]);
    expect((f[2] as { memcmp: { offset: number } }).memcmp.offset).toBe(8);
  });
});
