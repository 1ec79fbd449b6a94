import { AccountRole } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { getMintToInstruction } from '@/lib/programs/probe';
import {
  expectFailure,
  expectSuccess,
  mintSupply,
  randomAddress,
  send,
  TOKEN_2022_PROGRAM_ADDRESS,
  TOKEN_PROGRAM_ADDRESS,
  tokenBalance,
  withAccount,
  withAccountCount,
  withData,
  withRole,
} from '@/programs/test-support';
import { mintFixture, OTHER_BUMP, probeSvm, TOKEN_CONFIGS, userTokenAccount } from './helpers/probe';

describe.each(TOKEN_CONFIGS)('probe mint_to ($name)', (config) => {
  it('mints with the authority PDA as mint authority', async () => {
    const { svm, payer } = await probeSvm();
    const f = await mintFixture(svm, payer, config);
    const destination = await userTokenAccount(svm, payer, f, payer.address);
    const ix = getMintToInstruction({
      mint: f.mint,
      destination,
      authority: f.authority,
      tokenProgram: f.tokenProgram,
      authorityBump: f.authorityBump,
      amount: 1_000_000n,
    });

    // Fail: not enough accounts
    let failure = expectFailure(await send(svm, payer, [withAccountCount(ix, 3)]));
    expect(failure.error).toBe('NotEnoughAccountKeys');

    // Fail: data too short
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(3, f.authorityBump, 1))]));
    expect(failure.error).toBe('InvalidInstructionData');

    // Fail: token program account is not the mint's owner
    const wrongTokenProgram = f.tokenProgram === TOKEN_PROGRAM_ADDRESS ? TOKEN_2022_PROGRAM_ADDRESS : TOKEN_PROGRAM_ADDRESS;
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 3, wrongTokenProgram)]));
    expect(failure.error).toBe('IncorrectProgramId');

    // Fail: mint read-only
    failure = expectFailure(await send(svm, payer, [withRole(ix, 0, AccountRole.READONLY)]));
    expect(failure.error).toBe('InvalidArgument');

    // Fail: destination read-only
    failure = expectFailure(await send(svm, payer, [withRole(ix, 1, AccountRole.READONLY)]));
    expect(failure.error).toBe('InvalidArgument');

    // Fail: authority is not the PDA
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 2, await randomAddress())]));
    expect(failure.error).toBe('InvalidSeeds');

    // Fail: wrong bump for the authority
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(3, OTHER_BUMP(f.authorityBump), 1, 0, 0, 0, 0, 0, 0, 0))]));
    expect(failure.error).toBe('InvalidSeeds');

    // Success
    const result = expectSuccess(await send(svm, payer, [ix]));
    expect(tokenBalance(svm, destination)).toBe(1_000_000n);
    expect(mintSupply(svm, f.mint)).toBe(1_000_000n);
    expect(result.computeUnits).toBeLessThan(config.program === 'token' ? 3_000 : 6_000);
  });
});
