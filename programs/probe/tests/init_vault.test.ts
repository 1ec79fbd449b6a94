import { AccountRole, getAddressDecoder } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { findVaultPda } from '@/lib/programs/probe';
import {
  createMint,
  expectFailure,
  expectSuccess,
  fundedSigner,
  mustReadAccount,
  randomAddress,
  send,
  TOKEN_2022_PROGRAM_ADDRESS,
  TOKEN_PROGRAM_ADDRESS,
  tokenAccountOwner,
  tokenBalance,
  withAccount,
  withAccountCount,
  withData,
  withRole,
} from '@/programs/test-support';
import { initVaultInstruction, mintFixture, OTHER_BUMP, probeSvm, TOKEN_CONFIGS } from './helpers/probe';

describe.each(TOKEN_CONFIGS)('probe init_vault ($name)', (config) => {
  it('creates the PDA-owned vault token account', async () => {
    const { svm, payer } = await probeSvm();
    const f = await mintFixture(svm, payer, config);
    const ix = initVaultInstruction(payer, f);
    const other = await fundedSigner(svm);

    // Fail: not enough accounts
    let failure = expectFailure(await send(svm, payer, [withAccountCount(ix, 5)]));
    expect(failure.error).toBe('NotEnoughAccountKeys');

    // Fail: data too short
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(2, f.vaultBump))]));
    expect(failure.error).toBe('InvalidInstructionData');

    // Fail: payer did not sign
    failure = expectFailure(await send(svm, other, [withRole(ix, 0, AccountRole.WRITABLE)]));
    expect(failure.error).toBe('MissingRequiredSignature');

    // Fail: vault read-only
    failure = expectFailure(await send(svm, payer, [withRole(ix, 1, AccountRole.READONLY)]));
    expect(failure.error).toBe('InvalidArgument');

    // Fail: not the System Program
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 4, f.tokenProgram)]));
    expect(failure.error).toBe('IncorrectProgramId');

    // Fail: token program account is not the mint's owner
    const wrongTokenProgram = f.tokenProgram === TOKEN_PROGRAM_ADDRESS ? TOKEN_2022_PROGRAM_ADDRESS : TOKEN_PROGRAM_ADDRESS;
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 5, wrongTokenProgram)]));
    expect(failure.error).toBe('IncorrectProgramId');

    // Fail: the mint is not owned by a token program
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 2, payer.address)]));
    expect(failure.error).toBe('IncorrectProgramId');

    // Fail: vault address of another mint
    const otherMint = await createMint(svm, payer, { program: config.program, mintAuthority: f.authority });
    const [otherVault] = await findVaultPda(otherMint);
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 1, otherVault)]));
    expect(failure.error).toBe('InvalidSeeds');

    // Fail: wrong vault bump
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(2, OTHER_BUMP(f.vaultBump), f.authorityBump))]));
    expect(failure.error).toBe('InvalidSeeds');

    // Fail: authority account is not the authority PDA
    failure = expectFailure(await send(svm, payer, [withAccount(ix, 3, await randomAddress())]));
    expect(failure.error).toBe('InvalidSeeds');

    // Success
    const result = expectSuccess(await send(svm, payer, [ix]));
    const vault = mustReadAccount(svm, f.vault);
    expect(vault.owner).toBe(f.tokenProgram);
    expect(vault.data.length).toBe(f.accountSpace);
    expect(vault.lamports).toBe(svm.minimumBalanceForRentExemption(BigInt(f.accountSpace)));
    expect(tokenAccountOwner(svm, f.vault)).toBe(f.authority);
    expect(getAddressDecoder().decode(vault.data)).toBe(f.mint);
    expect(tokenBalance(svm, f.vault)).toBe(0n);
    expect(result.computeUnits).toBeLessThan(config.program === 'token' ? 12_000 : 20_000);

    // Fail: already created
    failure = expectFailure(await send(svm, payer, [ix]));
    expect(failure.error).toBe('AccountAlreadyInitialized');
  });
});
