import { AccountRole } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { getMintToInstruction, getTransferInstruction } from '@/lib/programs/probe';
import {
  createMint,
  expectFailure,
  expectSuccess,
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
import { OTHER_BUMP, probeSvm, TOKEN_CONFIGS, userTokenAccount, vaultFixture } from './helpers/probe';

describe.each(TOKEN_CONFIGS)('probe transfer ($name)', (config) => {
  it('transfer_checked out of the vault, signed by the authority PDA', async () => {
    const { svm, payer } = await probeSvm();
    const f = await vaultFixture(svm, payer, config);
    const common = { mint: f.mint, authority: f.authority, tokenProgram: f.tokenProgram, authorityBump: f.authorityBump };
    expectSuccess(await send(svm, payer, [getMintToInstruction({ ...common, destination: f.vault, amount: 50_000n })]));
    const destination = await userTokenAccount(svm, payer, f, payer.address);
    const ix = getTransferInstruction({ ...common, source: f.vault, destination, amount: 10_000n });

    // Fail: not enough accounts
    let failure = expectFailure(await send(svm, payer, [withAccountCount(ix, 4)]));
    expect(failure.error).toBe('NotEnoughAccountKeys');

    // Fail: data too short
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(5))]));
    expect(failure.error).toBe('InvalidInstructionData');

    // Fail: token program account is not the mint's owner
    const wrongTokenProgram = f.tokenProgram === TOKEN_PROGRAM_ADDRESS ? TOKEN_2022_PROGRAM_ADDRESS : TOKEN_PROGRAM_ADDRESS;
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 4, wrongTokenProgram)]));
    expect(failure.error).toBe('IncorrectProgramId');

    // Fail: source read-only
    failure = expectFailure(await send(svm, payer, [withRole(ix, 0, AccountRole.READONLY)]));
    expect(failure.error).toBe('InvalidArgument');

    // Fail: destination read-only
    failure = expectFailure(await send(svm, payer, [withRole(ix, 2, AccountRole.READONLY)]));
    expect(failure.error).toBe('InvalidArgument');

    // Fail: authority is not the PDA
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 3, await randomAddress())]));
    expect(failure.error).toBe('InvalidSeeds');

    // Fail: wrong bump for the authority
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(5, OTHER_BUMP(f.authorityBump), 1, 0, 0, 0, 0, 0, 0, 0))]));
    expect(failure.error).toBe('InvalidSeeds');

    // Fail: a mint of the same program that is not the accounts' mint (the token program's MintMismatch, Custom(3))
    const otherMint = await createMint(svm, payer, { program: config.program, mintAuthority: f.authority });
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 1, otherMint)]));
    expect(failure.error).toBe('Custom(3)');

    // Success
    const result = expectSuccess(await send(svm, payer, [ix]));
    const fee = (10_000n * BigInt(config.transferFeeBasisPoints ?? 0)) / 10_000n;
    expect(tokenBalance(svm, f.vault)).toBe(40_000n);
    expect(tokenBalance(svm, destination)).toBe(10_000n - fee);
    expect(result.computeUnits).toBeLessThan(config.program === 'token' ? 3_000 : 7_000);
  });
});
