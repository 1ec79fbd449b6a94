/**
 * SPL Token and Token-2022 flows with @solana/spl-token, and the token RPC
 * methods web3.js and wallets call.
 */
import {
  AccountLayout,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
  createMint,
  getAccount,
  getOrCreateAssociatedTokenAccount,
  mintTo,
  transfer,
} from '@solana/spl-token';
import { Keypair, LAMPORTS_PER_SOL, type ParsedAccountData, type PublicKey } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestChain, type TestChain } from './testing';

let net: TestChain;
const payer = Keypair.generate();
const holder = Keypair.generate();
const other = Keypair.generate();
let mint: PublicKey;
let holderAta: PublicKey;
let otherAta: PublicKey;
let transferSig: string;

beforeAll(async () => {
  net = await startTestChain();
  const c = net.connection;
  await c.confirmTransaction({ signature: await c.requestAirdrop(payer.publicKey, 10 * LAMPORTS_PER_SOL), ...(await c.getLatestBlockhash()) });
  mint = await createMint(c, payer, payer.publicKey, null, 6);
  holderAta = (await getOrCreateAssociatedTokenAccount(c, payer, mint, holder.publicKey)).address;
  otherAta = (await getOrCreateAssociatedTokenAccount(c, payer, mint, other.publicKey)).address;
  await mintTo(c, payer, mint, holderAta, payer, 1_500_000n);
  transferSig = await transfer(c, payer, holderAta, otherAta, holder, 500_000n);
});
afterAll(() => net.close());

describe('SPL Token', () => {
  it('keeps balances that getAccount, getTokenAccountBalance and getTokenSupply agree on', async () => {
    expect((await getAccount(net.connection, holderAta)).amount).toBe(1_000_000n);
    expect((await net.connection.getTokenAccountBalance(otherAta)).value).toEqual({ amount: '500000', decimals: 6, uiAmount: 0.5, uiAmountString: '0.5' });
    expect((await net.connection.getTokenSupply(mint)).value).toEqual({ amount: '1500000', decimals: 6, uiAmount: 1.5, uiAmountString: '1.5' });
  });

  it('getOrCreateAssociatedTokenAccount finds the existing account the second time', async () => {
    expect((await getOrCreateAssociatedTokenAccount(net.connection, payer, mint, holder.publicKey)).address.equals(holderAta)).toBe(true);
  });

  it('lists token accounts by owner with a mint or program filter', async () => {
    const byMint = await net.connection.getTokenAccountsByOwner(holder.publicKey, { mint });
    expect(byMint.value.map((a) => a.pubkey.toBase58())).toEqual([holderAta.toBase58()]);
    expect(AccountLayout.decode(byMint.value[0]!.account.data).amount).toBe(1_000_000n);
    const byProgram = await net.connection.getTokenAccountsByOwner(other.publicKey, { programId: TOKEN_PROGRAM_ID });
    expect(byProgram.value.map((a) => a.pubkey.toBase58())).toEqual([otherAta.toBase58()]);
    expect((await net.connection.getTokenAccountsByOwner(payer.publicKey, { mint })).value).toEqual([]);
  });

  it('parses token accounts and mints as jsonParsed, other accounts stay binary', async () => {
    const parsed = await net.connection.getParsedTokenAccountsByOwner(holder.publicKey, { mint });
    const info = (parsed.value[0]!.account.data as ParsedAccountData).parsed.info;
    expect(info).toMatchObject({ mint: mint.toBase58(), owner: holder.publicKey.toBase58(), state: 'initialized', isNative: false });
    expect(info.tokenAmount).toEqual({ amount: '1000000', decimals: 6, uiAmount: 1, uiAmountString: '1' });

    const mintInfo = (await net.connection.getParsedAccountInfo(mint)).value!.data as ParsedAccountData;
    expect(mintInfo.program).toBe('spl-token');
    expect(mintInfo.parsed).toEqual({
      type: 'mint',
      info: { decimals: 6, freezeAuthority: null, isInitialized: true, mintAuthority: payer.publicKey.toBase58(), supply: '1500000' },
    });
    const plain = await net.connection.getParsedAccountInfo(payer.publicKey);
    expect(Buffer.isBuffer(plain.value!.data)).toBe(true);
  });

  it('records token balances before and after a transfer', async () => {
    const tx = await net.connection.getTransaction(transferSig, { maxSupportedTransactionVersion: 0 });
    const amounts = (list: typeof tx extends null ? never : NonNullable<NonNullable<typeof tx>['meta']>['preTokenBalances']) =>
      Object.fromEntries((list ?? []).map((b) => [b.owner, b.uiTokenAmount.amount]));
    expect(amounts(tx!.meta!.preTokenBalances)).toEqual({ [holder.publicKey.toBase58()]: '1500000', [other.publicKey.toBase58()]: '0' });
    expect(amounts(tx!.meta!.postTokenBalances)).toEqual({ [holder.publicKey.toBase58()]: '1000000', [other.publicKey.toBase58()]: '500000' });
    expect(tx!.meta!.postTokenBalances![0]!.mint).toBe(mint.toBase58());

    const parsed = await net.connection.getParsedTransaction(transferSig, { maxSupportedTransactionVersion: 0 });
    expect(parsed!.transaction.message.instructions[0]).toMatchObject({
      program: 'spl-token',
      parsed: { type: 'transfer', info: { source: holderAta.toBase58(), destination: otherAta.toBase58(), authority: holder.publicKey.toBase58(), amount: '500000' } },
    });
  });

  it('ranks holders with getTokenLargestAccounts', async () => {
    const largest = await net.connection.getTokenLargestAccounts(mint);
    expect(largest.value.map((a) => [a.address.toBase58(), a.amount])).toEqual([
      [holderAta.toBase58(), '1000000'],
      [otherAta.toBase58(), '500000'],
    ]);
  });

  it('refuses token methods on accounts that are not token accounts', async () => {
    const reply = await net.rpc('getTokenAccountBalance', [payer.publicKey.toBase58()]);
    expect(reply.error?.code).toBe(-32602);
    await expect(net.connection.getTokenSupply(holderAta)).rejects.toThrow(/not a Token mint/);
  });
});

describe('Token-2022', () => {
  it('creates a mint and account and parses the account extensions', async () => {
    const c = net.connection;
    const mint22 = await createMint(c, payer, payer.publicKey, payer.publicKey, 9, Keypair.generate(), undefined, TOKEN_2022_PROGRAM_ID);
    const ata = await getOrCreateAssociatedTokenAccount(c, payer, mint22, holder.publicKey, false, undefined, undefined, TOKEN_2022_PROGRAM_ID);
    await mintTo(c, payer, mint22, ata.address, payer, 2_500_000_000n, [], undefined, TOKEN_2022_PROGRAM_ID);

    const parsed = (await c.getParsedAccountInfo(ata.address)).value!.data as ParsedAccountData;
    expect(parsed.program).toBe('spl-token-2022');
    expect(parsed.parsed.info.tokenAmount.uiAmountString).toBe('2.5');
    expect(parsed.parsed.info.extensions).toEqual([{ extension: 'immutableOwner' }]);
    const mintParsed = (await c.getParsedAccountInfo(mint22)).value!.data as ParsedAccountData;
    expect(mintParsed.parsed.info.freezeAuthority).toBe(payer.publicKey.toBase58());

    const byProgram = await c.getTokenAccountsByOwner(holder.publicKey, { programId: TOKEN_2022_PROGRAM_ID });
    expect(byProgram.value.map((a) => a.pubkey.toBase58())).toEqual([ata.address.toBase58()]);
    const parsedByMint = await c.getParsedTokenAccountsByOwner(holder.publicKey, { mint: mint22 });
    expect(parsedByMint.value).toHaveLength(1);
    expect((await c.getTokenSupply(mint22)).value.uiAmountString).toBe('2.5');
  });
});
