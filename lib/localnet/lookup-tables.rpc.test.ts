/**
 * Versioned transactions that load accounts through an address lookup table:
 * the table is created and extended on chain, then used, and the RPC resolves
 * its addresses for balances, history and subscriptions.
 */
import { AddressLookupTableProgram, Keypair, LAMPORTS_PER_SOL, SystemProgram, TransactionMessage, VersionedTransaction, type TransactionInstruction } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestChain, type TestChain } from './testing';

let net: TestChain;
const payer = Keypair.generate();

async function sendV0(instructions: TransactionInstruction[], tables: Parameters<TransactionMessage['compileToV0Message']>[0] = []) {
  const { blockhash, lastValidBlockHeight } = await net.connection.getLatestBlockhash();
  const tx = new VersionedTransaction(new TransactionMessage({ payerKey: payer.publicKey, recentBlockhash: blockhash, instructions }).compileToV0Message(tables));
  tx.sign([payer]);
  const signature = await net.connection.sendTransaction(tx);
  const { value } = await net.connection.confirmTransaction({ signature, blockhash, lastValidBlockHeight });
  expect(value.err).toBeNull();
  return signature;
}

beforeAll(async () => {
  net = await startTestChain();
  await net.connection.confirmTransaction({ signature: await net.connection.requestAirdrop(payer.publicKey, 5 * LAMPORTS_PER_SOL), ...(await net.connection.getLatestBlockhash()) });
});
afterAll(() => net.close());

describe('address lookup tables', () => {
  it('creates, extends and uses a table in a v0 transaction', async () => {
    const recipient = Keypair.generate().publicKey;
    const [create, table] = AddressLookupTableProgram.createLookupTable({ authority: payer.publicKey, payer: payer.publicKey, recentSlot: await net.connection.getSlot() });
    const extend = AddressLookupTableProgram.extendLookupTable({ lookupTable: table, authority: payer.publicKey, payer: payer.publicKey, addresses: [recipient] });
    await sendV0([create, extend]);
    net.chain.advanceBlocks(1); // addresses become usable in the slot after the extension

    const state = (await net.connection.getAddressLookupTable(table)).value!;
    expect(state.state.addresses.map((a) => a.toBase58())).toEqual([recipient.toBase58()]);

    const sig = await sendV0([SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: recipient, lamports: LAMPORTS_PER_SOL })], [state]);
    expect(await net.connection.getBalance(recipient)).toBe(LAMPORTS_PER_SOL);
    const tx = await net.connection.getTransaction(sig, { maxSupportedTransactionVersion: 0 });
    expect(tx?.meta?.loadedAddresses?.writable.map((k) => k.toBase58())).toEqual([recipient.toBase58()]);
    expect(tx?.transaction.message.staticAccountKeys.map((k) => k.toBase58())).not.toContain(recipient.toBase58());
    expect(tx?.meta?.postBalances.at(-1)).toBe(LAMPORTS_PER_SOL);
    expect((await net.connection.getSignaturesForAddress(recipient)).map((s) => s.signature)).toEqual([sig]);
  });
});
