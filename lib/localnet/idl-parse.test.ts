/**
 * The IDL-based jsonParsed form (idl-parse.ts) on the probe's committed IDL:
 * named accounts, remaining accounts, arguments in JSON (wide integers as
 * strings, enums by name, bytes base64), and the fallbacks.
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
