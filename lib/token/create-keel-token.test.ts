import { createMintToCheckedInstruction, unpackAccount, unpackMint } from '@solana/spl-token';
import { Keypair, type PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { decodeConfig, getInitializeInstruction, stakingAddresses } from '@/lib/programs/staking';
import { createSvm } from '@/programs/test-support';
import { expectTokenError } from '@/programs/test-support/errors';
import { sendWeb3 } from '@/programs/test-support/web3';
import { createKeelToken } from './create-keel-token';
import { KEEL_DECIMALS, KEEL_RESERVE_AMOUNT, KEEL_SEASON_AMOUNT, KEEL_SUPPLY, keel } from './keel-token';
import { svmAccountInfo, svmTarget } from './svm-target';
import { tokenProgramId, type TokenProgramKind } from './token-programs';

const KINDS: TokenProgramKind[] = ['token', 'token-2022'];

describe.each(KINDS)('createKeelToken under %s', (kind) => {
  const programId = tokenProgramId(kind);

  async function setUp() {
    const svm = createSvm(['staking']);
    const treasury = Keypair.generate();
    const target = svmTarget(svm, treasury);
    const token = await createKeelToken({ target, tokenProgram: kind, mintAuthority: treasury, vaultAuthority: treasury.publicKey });
    const mint = (key: PublicKey) => unpackMint(key, svmAccountInfo(svm, key), programId);
    const account = (key: PublicKey) => unpackAccount(key, svmAccountInfo(svm, key), programId);
    return { svm, treasury, token, mint, account };
  }

  it('mints the fixed supply once, revokes the mint authority and fills both vaults', async () => {
    const { token, mint, account, treasury } = await setUp();
    const m = mint(token.mint);
    expect(token.tokenProgram.equals(programId)).toBe(true);
    expect(m.decimals).toBe(KEEL_DECIMALS);
    expect(m.supply).toBe(KEEL_SUPPLY);
    expect(m.supply).toBe(100_000_000_000_000_000n);
    expect(m.mintAuthority).toBeNull();
    expect(m.freezeAuthority).toBeNull();
    expect(token.supply).toBe(KEEL_SUPPLY);

    const reserve = account(token.reserveVault);
    const season = account(token.seasonVault);
    expect(reserve.amount).toBe(KEEL_RESERVE_AMOUNT);
    expect(season.amount).toBe(KEEL_SEASON_AMOUNT);
    expect(reserve.amount + season.amount).toBe(m.supply);
    for (const vault of [reserve, season]) {
      expect(vault.mint.equals(token.mint)).toBe(true);
      expect(vault.owner.equals(treasury.publicKey)).toBe(true);
    }
  });

  it('cannot mint again: the former mint authority is refused', async () => {
    const { svm, token, treasury, mint } = await setUp();
    const again = sendWeb3(svm, treasury, [
      createMintToCheckedInstruction(token.mint, token.seasonVault, treasury.publicKey, 1n, KEEL_DECIMALS, [], programId),
    ]);
    expectTokenError(again, 'FixedSupply', programId.toBase58());
    expect(mint(token.mint).supply).toBe(KEEL_SUPPLY);
  });

  it('takes other amounts, vault keys and owners', async () => {
    const svm = createSvm();
    const payer = Keypair.generate();
    const minter = Keypair.generate();
    const owner = Keypair.generate().publicKey;
    const mintKey = Keypair.generate();
    const reserveKey = Keypair.generate();
    const seasonKey = Keypair.generate();
    const token = await createKeelToken({
      target: svmTarget(svm, payer),
      tokenProgram: kind,
      mint: mintKey,
      reserveVault: reserveKey,
      seasonVault: seasonKey,
      mintAuthority: minter,
      vaultAuthority: owner,
      reserveAmount: keel(900),
      seasonAmount: keel(100),
    });
    expect(token.mint.equals(mintKey.publicKey)).toBe(true);
    expect(token.reserveVault.equals(reserveKey.publicKey)).toBe(true);
    const m = unpackMint(token.mint, svmAccountInfo(svm, token.mint), programId);
    expect(m.supply).toBe(keel(1_000));
    expect(m.mintAuthority).toBeNull();
    const season = unpackAccount(token.seasonVault, svmAccountInfo(svm, token.seasonVault), programId);
    expect(season.amount).toBe(keel(100));
    expect(season.owner.equals(owner)).toBe(true);
  });

  it('runs the staking initialize in the mint’s own transaction', async () => {
    const svm = createSvm(['staking']);
    const treasury = Keypair.generate();
    const mintKey = Keypair.generate();
    const token = await createKeelToken({
      target: svmTarget(svm, treasury),
      tokenProgram: kind,
      mint: mintKey,
      mintAuthority: treasury,
      vaultAuthority: treasury.publicKey,
      withMint: [getInitializeInstruction({ payer: treasury.publicKey, mint: mintKey.publicKey, tokenProgram: programId })],
    });
    const addresses = stakingAddresses(token.mint);
    const config = decodeConfig(svmAccountInfo(svm, addresses.config)!.data);
    expect(config.mint.equals(token.mint)).toBe(true);
    expect(config.authority.equals(treasury.publicKey)).toBe(true);
    expect(config.tokenProgram.equals(programId)).toBe(true);
  });

  it('refuses an empty supply', async () => {
    const svm = createSvm();
    const payer = Keypair.generate();
    await expect(
      createKeelToken({ target: svmTarget(svm, payer), tokenProgram: kind, mintAuthority: payer, vaultAuthority: payer.publicKey, reserveAmount: 0n, seasonAmount: 0n }),
    ).rejects.toThrow(/positive sum/);
  });
});
