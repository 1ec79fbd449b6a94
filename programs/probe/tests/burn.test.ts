import { AccountRole } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { getBurnInstruction, getMintToInstruction } from '@/lib/programs/probe';
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
import { OTHER_BUMP, probeSvm, TOKEN_CONFIGS, vaultFixture } from './helpers/probe';

describe.each(TOKEN_CONFIGS)('probe burn ($name)', (config) => {
  it('burns from the vault, signed by the authority PDA', async () => {
    const { svm, payer } = await probeSvm();
    const f = await vaultFixture(svm, payer, config);
    const common = { mint: f.mint, authority: f.authority, tokenProgram: f.tokenProgram, authorityBump: f.authorityBump };
    expectSuccess(await send(svm, payer, [getMintToInstruction({ ...common, destination: f.vault, amount: 5_000n })]));
    const ix = getBurnInstruction({ ...common, source: f.vault, amount: 1_200n });

    // Fail: not enough accounts
    let failure = expectFailure(await send(svm, payer, [withAccountCount(ix, 3)]));
    expect(failure.error).toBe('NotEnoughAccountKeys');

    // Fail: data too short
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(4, f.authorityBump))]));
    expect(failure.error).toBe('InvalidInstructionData');

    // Fail: token program account is not the mint's owner
    const wrongTokenProgram = f.tokenProgram === TOKEN_PROGRAM_ADDRESS ? TOKEN_2022_PROGRAM_ADDRESS : TOKEN_PROGRAM_ADDRESS;
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 3, wrongTokenProgram)]));
    expect(failure.error).toBe('IncorrectProgramId');

    // Fail: source read-only
    failure = expectFailure(await send(svm, payer, [withRole(ix, 0, AccountRole.READONLY)]));
    expect(failure.error).toBe('InvalidArgument');

    // Fail: mint read-only
    failure = expectFailure(await send(svm, payer, [withRole(ix, 1, AccountRole.READONLY)]));
    expect(failure.error).toBe('InvalidArgument');

    // Fail: authority is not the PDA
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 2, await randomAddress())]));
    expect(failure.error).toBe('InvalidSeeds');

    // Fail: wrong bump for the authority
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(4, OTHER_BUMP(f.authorityBump), 1, 0, 0, 0, 0, 0, 0, 0))]));
    expect(failure.error).toBe('InvalidSeeds');

    // Fail: more than the balance (the token program's InsufficientFunds, Custom(1))
    failure = expectFailure(await send(svm, payer, [getBurnInstruction({ ...common, source: f.vault, amount: 5_001n })]));
    expect(failure.error).toBe('Custom(1)');
    expect(failure.instructionIndex).toBe(0);

    // Success
    const result = expectSuccess(await send(svm, payer, [ix]));
    expect(tokenBalance(svm, f.vault)).toBe(3_800n);
    expect(mintSupply(svm, f.mint)).toBe(3_800n);
    expect(result.computeUnits).toBeLessThan(config.program === 'token' ? 3_000 : 6_000);
  });
});
