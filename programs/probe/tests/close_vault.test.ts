import { AccountRole } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { getBurnInstruction, getCloseVaultInstruction, getMintToInstruction } from '@/lib/programs/probe';
import {
  expectFailure,
  expectSuccess,
  mustReadAccount,
  randomAddress,
  readAccount,
  send,
  TOKEN_2022_PROGRAM_ADDRESS,
  TOKEN_PROGRAM_ADDRESS,
  withAccount,
  withAccountCount,
  withData,
  withRole,
} from '@/programs/test-support';
import { OTHER_BUMP, probeSvm, TOKEN_CONFIGS, vaultFixture } from './helpers/probe';

describe.each(TOKEN_CONFIGS)('probe close_vault ($name)', (config) => {
  it('closes the empty vault, signed by the authority PDA', async () => {
    const { svm, payer } = await probeSvm();
    const f = await vaultFixture(svm, payer, config);
    const common = { mint: f.mint, authority: f.authority, tokenProgram: f.tokenProgram, authorityBump: f.authorityBump };
    const destination = await randomAddress();
    const ix = getCloseVaultInstruction({ ...common, vault: f.vault, destination });

    // Fail: not enough accounts
    let failure = expectFailure(await send(svm, payer, [withAccountCount(ix, 3)]));
    expect(failure.error).toBe('NotEnoughAccountKeys');

    // Fail: data too short
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(9))]));
    expect(failure.error).toBe('InvalidInstructionData');

    // Fail: token program account is not the vault's owner
    const wrongTokenProgram = f.tokenProgram === TOKEN_PROGRAM_ADDRESS ? TOKEN_2022_PROGRAM_ADDRESS : TOKEN_PROGRAM_ADDRESS;
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 3, wrongTokenProgram)]));
    expect(failure.error).toBe('IncorrectProgramId');

    // Fail: vault read-only
    failure = expectFailure(await send(svm, payer, [withRole(ix, 0, AccountRole.READONLY)]));
    expect(failure.error).toBe('InvalidArgument');

    // Fail: destination read-only
    failure = expectFailure(await send(svm, payer, [withRole(ix, 1, AccountRole.READONLY)]));
    expect(failure.error).toBe('InvalidArgument');

    // Fail: wrong bump for the authority
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(9, OTHER_BUMP(f.authorityBump)))]));
    expect(failure.error).toBe('InvalidSeeds');

    // Fail: the vault still holds tokens (the token program's NonNativeHasBalance, Custom(11))
    expectSuccess(await send(svm, payer, [getMintToInstruction({ ...common, destination: f.vault, amount: 10n })]));
    failure = expectFailure(await send(svm, payer, [ix]));
    expect(failure.error).toBe('Custom(11)');
    expectSuccess(await send(svm, payer, [getBurnInstruction({ ...common, source: f.vault, amount: 10n })]));

    // Success
    const rent = mustReadAccount(svm, f.vault).lamports;
    const result = expectSuccess(await send(svm, payer, [ix]));
    expect(readAccount(svm, f.vault)).toBeNull();
    expect(mustReadAccount(svm, destination).lamports).toBe(rent);
    expect(result.computeUnits).toBeLessThan(config.program === 'token' ? 3_000 : 6_000);
  });
});
