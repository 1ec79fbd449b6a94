import { AccountRole } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { decodeReport, getCheckAccountsInstruction, PROBE_PROGRAM_ADDRESS, reportLen } from '@/lib/programs/probe';
import {
  expectFailure,
  expectSuccess,
  mustReadAccount,
  plantAccount,
  randomAddress,
  send,
  SYSTEM_PROGRAM_ADDRESS,
  withAccountCount,
  withRole,
} from '@/programs/test-support';
import { probeSvm } from './helpers/probe';

describe('probe check_accounts', () => {
  it('parses accounts, duplicates and data as the runtime serialised them', async () => {
    const { svm, payer } = await probeSvm();
    const report = await randomAddress();
    const other = await randomAddress();
    plantAccount(svm, other, { owner: SYSTEM_PROGRAM_ADDRESS, data: new Uint8Array(3), lamports: 5_000_000n });
    // report, payer (signer), other, report again, System Program, other again
    const remaining = [
      { address: payer.address, role: AccountRole.WRITABLE_SIGNER },
      { address: other, role: AccountRole.READONLY },
      { address: report, role: AccountRole.WRITABLE },
      { address: SYSTEM_PROGRAM_ADDRESS, role: AccountRole.READONLY },
      { address: other, role: AccountRole.READONLY },
    ];
    const ix = getCheckAccountsInstruction({ report, remaining, payload: Uint8Array.of(1, 2, 3, 4, 5) });

    // Fail: no accounts
    plantAccount(svm, report, { owner: PROBE_PROGRAM_ADDRESS, data: new Uint8Array(reportLen(6)) });
    let failure = expectFailure(await send(svm, payer, [withAccountCount(ix, 0)]));
    expect(failure.error).toBe('NotEnoughAccountKeys');

    // Fail: report not owned by the probe
    plantAccount(svm, report, { owner: SYSTEM_PROGRAM_ADDRESS, data: new Uint8Array(reportLen(6)) });
    failure = expectFailure(await send(svm, payer, [ix]));
    expect(failure.error).toBe('InvalidAccountOwner');

    // Fail: report read-only (both of its places)
    plantAccount(svm, report, { owner: PROBE_PROGRAM_ADDRESS, data: new Uint8Array(reportLen(6)) });
    failure = expectFailure(await send(svm, payer, [withRole(withRole(ix, 0, AccountRole.READONLY), 3, AccountRole.READONLY)]));
    expect(failure.error).toBe('InvalidArgument');

    // Fail: report too small for six entries
    plantAccount(svm, report, { owner: PROBE_PROGRAM_ADDRESS, data: new Uint8Array(reportLen(5)) });
    failure = expectFailure(await send(svm, payer, [ix]));
    expect(failure.error).toBe('AccountDataTooSmall');

    // Success
    plantAccount(svm, report, { owner: PROBE_PROGRAM_ADDRESS, data: new Uint8Array(reportLen(6)) });
    const reportLamports = mustReadAccount(svm, report).lamports;
    const result = expectSuccess(await send(svm, payer, [ix]));
    const seen = decodeReport(mustReadAccount(svm, report).data);
    expect(seen.accounts).toBe(6);
    expect(seen.readersRefused).toBe(1); // the duplicate of the report could not borrow it
    expect(seen.dataLen).toBe(6);
    expect(seen.programId).toBe(PROBE_PROGRAM_ADDRESS);
    expect(seen.entries.map((e) => e.key)).toEqual([report, payer.address, other, report, SYSTEM_PROGRAM_ADDRESS, other]);
    expect(seen.entries.map((e) => e.firstIndex)).toEqual([0, 1, 2, 0, 4, 2]);
    expect(seen.entries.map((e) => e.isSigner)).toEqual([false, true, false, false, false, false]);
    expect(seen.entries.map((e) => e.isWritable)).toEqual([true, true, false, true, false, false]);
    expect(seen.entries.map((e) => e.executable)).toEqual([false, false, false, false, true, false]);
    expect(seen.entries[0]!.lamports).toBe(reportLamports);
    expect(seen.entries[0]!.dataLen).toBe(reportLen(6));
    expect(seen.entries[2]!.lamports).toBe(5_000_000n);
    expect(seen.entries[2]!.dataLen).toBe(3);
    expect(seen.entries[5]).toEqual(seen.entries[2]);
    expect(result.computeUnits).toBeLessThan(2_500);
  });
});
