import { AccountRole } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { decodeRecord, findRecordPda, getCreatePdaInstruction, PROBE_PROGRAM_ADDRESS, RECORD_LEN } from '@/lib/programs/probe';
import {
  expectFailure,
  expectSuccess,
  fundedSigner,
  mustReadAccount,
  plantAccount,
  readAccount,
  send,
  SYSTEM_PROGRAM_ADDRESS,
  TOKEN_PROGRAM_ADDRESS,
  withAccount,
  withAccountCount,
  withData,
  withRole,
} from '@/programs/test-support';
import { probeSvm } from './helpers/probe';

describe('probe create_pda', () => {
  it('creates the record PDA with a PDA-signed CPI and writes it', async () => {
    const { svm, payer } = await probeSvm();
    const [record, bump] = await findRecordPda(payer.address);
    const ix = getCreatePdaInstruction({ payer, record, value: 77n });
    const other = await fundedSigner(svm);

    // Fail: not enough accounts
    let failure = expectFailure(await send(svm, payer, [withAccountCount(ix, 2)]));
    expect(failure.error).toBe('NotEnoughAccountKeys');

    // Fail: data too short
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(1, 0))]));
    expect(failure.error).toBe('InvalidInstructionData');

    // Fail: payer did not sign (another account pays the fee)
    failure = expectFailure(await send(svm, other, [withRole(ix, 0, AccountRole.WRITABLE)]));
    expect(failure.error).toBe('MissingRequiredSignature');

    // Fail: record read-only
    failure = expectFailure(await send(svm, payer, [withRole(ix, 1, AccountRole.READONLY)]));
    expect(failure.error).toBe('InvalidArgument');

    // Fail: not the System Program
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 2, TOKEN_PROGRAM_ADDRESS)]));
    expect(failure.error).toBe('IncorrectProgramId');

    // Fail: someone else's record address
    const [otherRecord] = await findRecordPda(other.address);
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 1, otherRecord)]));
    expect(failure.error).toBe('InvalidSeeds');

    // Success
    const result = expectSuccess(await send(svm, payer, [ix]));
    const account = mustReadAccount(svm, record);
    expect(account.owner).toBe(PROBE_PROGRAM_ADDRESS);
    expect(account.lamports).toBe(svm.minimumBalanceForRentExemption(BigInt(RECORD_LEN)));
    expect(decodeRecord(account.data)).toEqual({ discriminator: 1, bump, authority: payer.address, value: 77n });
    // find_program_address costs 1,500 CU per bump tried (255 first).
    expect(result.computeUnits).toBeLessThan(5_000 + 1_500 * (256 - bump));

    // Fail: already created
    failure = expectFailure(await send(svm, payer, [ix]));
    expect(failure.error).toBe('AccountAlreadyInitialized');
  });

  it('creates the record even when its address was pre-funded', async () => {
    const { svm } = await probeSvm();
    const rent = svm.minimumBalanceForRentExemption(BigInt(RECORD_LEN));
    for (const prefund of [1_000n, rent + 5n]) {
      const owner = await fundedSigner(svm);
      const [record, bump] = await findRecordPda(owner.address);
      // Anyone can send lamports to the address before it exists (planted
      // directly: a transfer below the rent minimum would be refused).
      plantAccount(svm, record, { owner: SYSTEM_PROGRAM_ADDRESS, lamports: prefund });
      expect(readAccount(svm, record)?.owner).toBe(SYSTEM_PROGRAM_ADDRESS);

      // Success
      expectSuccess(await send(svm, owner, [getCreatePdaInstruction({ payer: owner, record, value: prefund })]));
      const account = mustReadAccount(svm, record);
      expect(account.owner).toBe(PROBE_PROGRAM_ADDRESS);
      expect(account.lamports).toBe(prefund > rent ? prefund : rent);
      expect(decodeRecord(account.data)).toEqual({ discriminator: 1, bump, authority: owner.address, value: prefund });
    }
  });
});
