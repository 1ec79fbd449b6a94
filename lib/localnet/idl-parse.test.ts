/**
 * The IDL-based jsonParsed form (idl-parse.ts) on the committed IDLs: named
 * accounts, remaining accounts, arguments in JSON (wide integers as strings,
 * enums by name, bytes base64), data enums (makers, staking and governance
 * `update_config`), optional accounts left out, and the fallbacks.
 */
import path from 'node:path';
import { address } from '@solana/kit';
import bs58 from 'bs58';
import { describe, expect, it } from 'vitest';
import {
  getCheckAccountsInstruction,
  getFailInstruction,
  getInitVaultInstruction,
  getMulDivInstruction,
  FailKind,
  MulDivMode,
} from '@/lib/programs/generated/probe';
import * as governance from '@/lib/programs/generated/governance';
import * as makers from '@/lib/programs/generated/makers';
import * as staking from '@/lib/programs/generated/staking';
import { idlOf, parseWithIdl, registerIdlFile } from './idl-parse';
import { parseInstruction } from './instruction-parse';

const IDL_FILE = path.resolve(__dirname, '../../programs/deploy/probe.idl.json');
const PROGRAM = 'ProbeTest1111111111111111111111111111111111';
const A = address('11111111111111111111111111111112');
const B = address('SysvarC1ock11111111111111111111111111111111');

describe('IDL-based instruction parse', () => {
  registerIdlFile(PROGRAM, IDL_FILE);
  const idl = idlOf(PROGRAM)!;
  const parse = (ix: { accounts?: readonly { address: string }[]; data?: Uint8Array | ArrayLike<number> }) =>
    parseWithIdl(idl, Uint8Array.from(ix.data ?? []), (ix.accounts ?? []).map((a) => a.address));

  it('names accounts and arguments, leaving the discriminator out', () => {
    const ix = getInitVaultInstruction({ payer: { address: A, signTransactions: async () => [] }, vault: B, mint: A, authority: B, tokenProgram: A, vaultBump: 254, authorityBump: 253 });
    expect(parse(ix)).toEqual({
      type: 'initVault',
      info: { payer: A, vault: B, mint: A, authority: B, systemProgram: '11111111111111111111111111111111', tokenProgram: A, vaultBump: 254, authorityBump: 253 },
    });
  });

  it('writes wide integers as strings, enums by name, bytes as base64, extra accounts as remainingAccounts', () => {
    expect(parse(getMulDivInstruction({ mode: MulDivMode.U64Ceil, a: 2n ** 100n, b: 1n, c: 3n }))?.info).toEqual({
      mode: 'u64Ceil',
      a: (2n ** 100n).toString(),
      b: '1',
      c: '3',
    });
    expect(parse(getFailInstruction({ kind: FailKind.Panic }))).toEqual({ type: 'fail', info: { kind: 'panic' } });
    const check = getCheckAccountsInstruction({ report: A, payload: Uint8Array.of(1, 2, 3), remainingAccounts: [B, A] });
    expect(parse(check)).toEqual({ type: 'checkAccounts', info: { report: A, remainingAccounts: [B, A], payload: 'AQID' } });
  });

  it('gives null for an unknown discriminator and throws on data the IDL does not describe', () => {
    expect(parseWithIdl(idl, Uint8Array.of(200), [])).toBeNull();
    expect(() => parseWithIdl(idl, Uint8Array.of(8, 7), [])).toThrow(/enum variant 7/);
    expect(() => parseWithIdl(idl, Uint8Array.of(8, 0, 0), [])).toThrow(/bytes after/);
    expect(() => parseWithIdl(idl, Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0, 0), [A])).toThrow(/accounts/);
  });

  it('is what jsonParsed shows for a program registered with an IDL, raw otherwise', () => {
    const data = Uint8Array.of(8, 0);
    expect(parseInstruction({ programId: PROGRAM, accounts: [], data, stackHeight: 2 })).toEqual({
      program: 'probe',
      programId: PROGRAM,
      parsed: { type: 'fail', info: { kind: 'error' } },
      stackHeight: 2,
    });
    expect(parseInstruction({ programId: PROGRAM, accounts: [], data: Uint8Array.of(8, 9), stackHeight: null })).toEqual({
      programId: PROGRAM,
      accounts: [],
      data: bs58.encode(Uint8Array.of(8, 9)),
      stackHeight: null,
    });
  });
});

describe('IDL-based parse of makers, staking and governance', () => {
  const idl = (name: string) => {
    const id = `${name}Test`.padEnd(32, '1');
    registerIdlFile(id, path.resolve(__dirname, `../../programs/deploy/${name}.idl.json`));
    const root = idlOf(id)!;
    return (ix: { accounts?: readonly { address: string }[]; data?: Uint8Array | ArrayLike<number> }) =>
      parseWithIdl(root, Uint8Array.from(ix.data ?? []), (ix.accounts ?? []).map((a) => a.address));
  };
  const signer = (a: typeof A) => ({ address: a, signTransactions: async () => [] });

  it('decodes data enums as { __kind, ...fields }, an optional account left out absent', () => {
    const parseMakers = idl('makers');
    const volatility = makers.getUpdateConfigInstruction({ authority: signer(A), config: B, update: { __kind: 'SetVolatility', thresholdBps: 200, maxMultiplierBps: 15_000 } });
    expect(parseMakers(volatility)).toEqual({
      type: 'updateConfig',
      info: { authority: A, config: B, update: { __kind: 'setVolatility', thresholdBps: 200, maxMultiplierBps: 15_000 } },
    });
    const rollover = makers.getUpdateConfigInstruction({ authority: signer(A), config: B, treasury: A, update: { __kind: 'SetRolloverPolicy', policy: makers.RolloverPolicy.Return } });
    expect(parseMakers(rollover)?.info).toEqual({ authority: A, config: B, treasury: A, update: { __kind: 'setRolloverPolicy', policy: 'return' } });

    const parseStaking = idl('staking');
    const tiers = staking.getUpdateConfigInstruction({
      authority: signer(A),
      config: B,
      update: { __kind: 'SetTiers', tiers: [0n, 1n, 2n, 3n, 4n].map((i) => ({ lockSecs: i * 86_400n, multiplierBps: 10_000 + Number(i) })) },
    });
    expect(parseStaking(tiers)?.info.update).toEqual({
      __kind: 'setTiers',
      tiers: [0, 1, 2, 3, 4].map((i) => ({ lockSecs: String(i * 86_400), multiplierBps: 10_000 + i })),
    });
    // lock_for_vote's optional staker sits before the Clock sysvar: left out, the clock moves up a place.
    const clock = 'SysvarC1ock11111111111111111111111111111111';
    const lock = staking.getLockForVoteInstruction({ voteAuthority: signer(A), config: B, schedule: A, position: B, until: 9n });
    expect(parseStaking(lock)).toEqual({ type: 'lockForVote', info: { voteAuthority: A, config: B, schedule: A, position: B, clock, until: '9' } });
    const lockStaker = staking.getLockForVoteInstruction({ voteAuthority: signer(A), config: B, schedule: A, position: B, staker: A, until: 9n });
    expect(parseStaking(lockStaker)?.info).toEqual({ voteAuthority: A, config: B, schedule: A, position: B, staker: A, clock, until: '9' });

    const parseGovernance = idl('governance');
    const remove = governance.getUpdateConfigInstruction({ authority: signer(A), governance: B, update: { __kind: 'RemoveGuardian' } });
    expect(parseGovernance(remove)?.info).toEqual({ authority: A, governance: B, update: { __kind: 'removeGuardian' } });
    expect(() => parseGovernance({ data: [13, 12], accounts: [{ address: A }, { address: B }] })).toThrow(/enum variant 12/);
  });

  it('names remaining accounts by the IDL and reads prefixed arrays and bytes', () => {
    const refresh = staking.getRefreshInstruction({ config: A, schedule: B, positionsAndStakers: [A, B, A, B] });
    expect(idl('staking')(refresh)).toEqual({ type: 'refresh', info: { config: A, schedule: B, positionsAndStakers: [A, B, A, B] } });
    // cast_vote: the variable votes, then the sysvars' list of two from the end.
    const vote = governance.getCastVoteInstruction({
      voter: signer(A),
      governance: B,
      proposal: A,
      authority: B,
      stakingConfig: A,
      stakingSchedule: B,
      stakingProgram: A,
      side: governance.VoteSide.For,
      bumps: [255, 254],
      votes: [A, B, B],
    });
    expect(idl('governance')(vote)?.info).toMatchObject({
      votes: [A, B, B],
      sysvars: ['SysvarC1ock11111111111111111111111111111111', 'SysvarRent111111111111111111111111111111111'],
      side: 'for',
      bumps: [255, 254],
    });
    const add = governance.getAddActionInstruction({
      proposer: signer(A),
      payer: signer(A),
      governance: B,
      proposal: B,
      action: A,
      index: 2,
      bump: 254,
      programId: B,
      metas: [{ pubkey: A, flags: 1 }, { pubkey: B, flags: 2 }],
      data: Uint8Array.of(13, 8, 5),
    });
    expect(idl('governance')(add)?.info).toEqual({
      proposer: A,
      payer: A,
      governance: B,
      proposal: B,
      action: A,
      systemProgram: '11111111111111111111111111111111',
      index: 2,
      bump: 254,
      programId: B,
      metas: [{ pubkey: A, flags: 1 }, { pubkey: B, flags: 2 }],
      data: 'DQgF',
    });
  });
});
