/**
 * Round trip of the generated client (lib/programs/generated/probe, from
 * programs/idl/probe.ts) against the committed programs/deploy/probe.so:
 * every instruction of the IDL, built by the generated builders alone (PDA
 * and program defaults resolved by them), runs in LiteSVM; the accounts the
 * program wrote decode to the values it was given, the `clock` event to the
 * IDL's event layout; every error code of the
 * IDL comes back from the program and maps to its name and message.
 */
import { getI64Decoder, getU64Decoder, type Instruction } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import {
  decodeProbeRecord,
  FailKind,
  findAuthorityPda,
  findRecordPda,
  getBurnInstructionAsync,
  getCheckAccountsInstruction,
  getClockEventInstruction,
  getClockEventReturnDecoder,
  getCloseVaultInstructionAsync,
  getCreatePdaInstructionAsync,
  getFailInstruction,
  getInitVaultInstructionAsync,
  getMintToInstructionAsync,
  getMulDivInstruction,
  getProbeErrorMessage,
  getReportDecoder,
  getTransferInstructionAsync,
  MulDivMode,
  PROBE_PROGRAM_ADDRESS,
  type ProbeError,
} from '@/lib/programs/generated/probe';
import { PROBE_ERRORS } from '@/lib/programs/probe';
import { structLayout } from '@/programs/idl/drift.testing';
import { probeIdl } from '@/programs/idl/probe';
import { events, expectFailure, expectSuccess, mustReadAccount, plantAccount, randomAddress, send, withData } from '@/programs/test-support';
import { mintFixture, probeSvm, TOKEN_CONFIGS, userTokenAccount } from './helpers/probe';

const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);

describe('probe generated client', () => {
  it('runs every IDL instruction in LiteSVM and decodes what the program wrote', async () => {
    const { svm, payer } = await probeSvm();
    const f = await mintFixture(svm, payer, TOKEN_CONFIGS[0]!);
    const [, authorityBump] = await findAuthorityPda();
    const user = await userTokenAccount(svm, payer, f, payer.address);
    const report = await randomAddress();
    plantAccount(svm, report, { owner: PROBE_PROGRAM_ADDRESS, data: new Uint8Array(36 + 48 * 2) });

    // In an order that works: the vault is created, filled, emptied, closed.
    const runs: [string, () => Promise<Instruction>][] = [
      ['checkAccounts', async () => getCheckAccountsInstruction({ report, payload: Uint8Array.of(1, 2), remainingAccounts: [payer.address] })],
      ['createPda', () => getCreatePdaInstructionAsync({ payer, value: 77n })],
      ['initVault', () => getInitVaultInstructionAsync({ payer, mint: f.mint, tokenProgram: f.tokenProgram, vaultBump: f.vaultBump, authorityBump })],
      ['mintTo', () => getMintToInstructionAsync({ mint: f.mint, destination: f.vault, tokenProgram: f.tokenProgram, authorityBump, amount: 100n })],
      ['transfer', () => getTransferInstructionAsync({ source: f.vault, mint: f.mint, destination: user, tokenProgram: f.tokenProgram, authorityBump, amount: 40n })],
      ['burn', () => getBurnInstructionAsync({ source: f.vault, mint: f.mint, tokenProgram: f.tokenProgram, authorityBump, amount: 60n })],
      ['closeVault', () => getCloseVaultInstructionAsync({ vault: f.vault, destination: payer.address, tokenProgram: f.tokenProgram, authorityBump })],
      ['clockEvent', async () => getClockEventInstruction({ tag: 5 })],
      ['mulDiv', async () => getMulDivInstruction({ mode: MulDivMode.U128Ceil, a: 10n, b: 10n, c: 3n })],
    ];
    // `fail` succeeds at failing: it is run in the errors test below.
    expect([...runs.map(([name]) => name), 'fail'].sort()).toEqual(probeIdl.program.instructions.map((ix) => ix.name).sort());

    const results = new Map<string, Awaited<ReturnType<typeof send>>>();
    for (const [name, build] of runs) {
      const result = await send(svm, payer, [await build()]);
      expect(result.ok, `${name}: ${result.ok ? '' : result.error}`).toBe(true);
      results.set(name, result);
    }

    // Accounts decode to what the program wrote.
    const [record, recordBump] = await findRecordPda({ payer: payer.address });
    expect(decodeProbeRecord(svm.getAccount(record))).toMatchObject({
      exists: true,
      data: { discriminator: 1, bump: recordBump, authority: payer.address, value: 77n },
    });
    const seen = getReportDecoder().decode(mustReadAccount(svm, report).data);
    expect(seen).toMatchObject({ accounts: 2, readersRefused: 0, dataLen: 3, programId: PROBE_PROGRAM_ADDRESS });
    expect(seen.entries.map((e) => [e.key, e.isSigner, e.isWritable, e.firstIndex])).toEqual([
      [report, false, true, 0],
      [payer.address, true, true, 1],
    ]);
    // Return data through the generated type; the event as the IDL's `clock` event lays it out.
    const clock = expectSuccess(results.get('clockEvent')!);
    const returned = getClockEventReturnDecoder().decode(clock.returnData);
    expect(returned.tag).toBe(5n);
    const [parts] = events(clock.logs);
    const clockEvent = probeIdl.program.events.find((e) => e.name === 'clock')!;
    expect(Buffer.from(parts![0]!).toString()).toBe('clock');
    const fields = structLayout(probeIdl.program, clockEvent.data);
    expect(parts!.slice(1).map((p) => p.length)).toEqual(fields.map(([, , size]) => size));
    const decoders = { slot: getU64Decoder(), unixTimestamp: getI64Decoder(), tag: getU64Decoder() };
    const decoded = Object.fromEntries(fields.map(([name], i) => [name, decoders[name as keyof typeof decoders].decode(parts![i + 1]!)]));
    expect(decoded).toEqual({ slot: returned.slot, unixTimestamp: returned.unixTimestamp, tag: 5n });
  });

  it('gets every IDL error from the program, with its name and message', async () => {
    const { svm, payer } = await probeSvm();
    const valid = getMulDivInstruction({ mode: MulDivMode.U64Floor, a: 1n, b: 1n, c: 1n });
    const causes: Record<string, Instruction> = {
      deliberateFailure: getFailInstruction({ kind: FailKind.Error }),
      divideByZero: getMulDivInstruction({ mode: MulDivMode.U64Floor, a: 1n, b: 1n, c: 0n }),
      mathOverflow: getMulDivInstruction({ mode: MulDivMode.U64Floor, a: 2n ** 64n - 1n, b: 2n, c: 1n }),
      operandTooLarge: getMulDivInstruction({ mode: MulDivMode.U64Floor, a: 2n ** 64n, b: 1n, c: 1n }),
      invalidMode: withData(valid, Uint8Array.from([7, 9, ...valid.data.slice(2)])),
    };
    expect(Object.keys(causes).sort()).toEqual(probeIdl.program.errors.map((e) => e.name).sort());
    for (const error of probeIdl.program.errors) {
      const failure = expectFailure(await send(svm, payer, [causes[error.name]!]));
      expect(failure.customCode, error.name).toBe(error.code);
      expect(getProbeErrorMessage(error.code as ProbeError)).toBe(error.message);
      expect(PROBE_ERRORS[error.code]).toEqual({ name: pascal(error.name), message: error.message });
    }
  });
});
