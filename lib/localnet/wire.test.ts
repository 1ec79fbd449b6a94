import { Keypair, PublicKey, SystemProgram, Transaction, TransactionMessage, VersionedTransaction } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { feeFor } from './fees';
import { isStaticWritable, parseMessage, parseWireTransaction, withBlockhash } from './wire';

const payer = Keypair.generate();
const to = Keypair.generate().publicKey;
const blockhash = Keypair.generate().publicKey.toBase58();

describe('parseWireTransaction', () => {
  it('reads a legacy transaction as web3.js wrote it', () => {
    const tx = new Transaction({ feePayer: payer.publicKey, recentBlockhash: blockhash }).add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 5 }));
    tx.sign(payer);
    const parsed = parseWireTransaction(tx.serialize());
    expect(parsed.version).toBe('legacy');
    expect(parsed.signatures).toHaveLength(1);
    expect(parsed.unsigned).toEqual([false]);
    expect(parsed.recentBlockhash).toBe(blockhash);
    expect(parsed.staticKeys).toEqual([payer.publicKey.toBase58(), to.toBase58(), SystemProgram.programId.toBase58()]);
    expect(parsed.staticKeys.map((_, i) => isStaticWritable(parsed, i))).toEqual([true, true, false]);
    expect(parsed.instructions[0]).toMatchObject({ programIdIndex: 2, accounts: [0, 1] });
    expect(feeFor(parsed)).toBe(5000n);
  });

  it('reads a v0 transaction with a lookup table and an unsigned signature slot', () => {
    const table = Keypair.generate().publicKey;
    const message = new TransactionMessage({
      payerKey: payer.publicKey,
      recentBlockhash: blockhash,
      instructions: [SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 5 })],
    }).compileToV0Message([{ key: table, state: { addresses: [to], authority: undefined, deactivationSlot: BigInt('18446744073709551615'), lastExtendedSlot: 0, lastExtendedSlotStartIndex: 0 } } as never]);
    const parsed = parseWireTransaction(new VersionedTransaction(message).serialize());
    expect(parsed.version).toBe(0);
    expect(parsed.unsigned).toEqual([true]);
    expect(parsed.lookups).toEqual([{ accountKey: table.toBase58(), writableIndexes: [0], readonlyIndexes: [] }]);
    expect(parsed.staticKeys).not.toContain(to.toBase58());
  });

  it('replaces the blockhash in place', () => {
    const tx = new Transaction({ feePayer: payer.publicKey, recentBlockhash: blockhash }).add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 5 }));
    tx.sign(payer);
    const other = new PublicKey(Keypair.generate().publicKey).toBase58();
    const replaced = parseWireTransaction(withBlockhash(parseWireTransaction(tx.serialize()), other));
    expect(replaced.recentBlockhash).toBe(other);
    expect(replaced.staticKeys[0]).toBe(payer.publicKey.toBase58());
  });

  it('rejects truncated or padded bytes', () => {
    const tx = new Transaction({ feePayer: payer.publicKey, recentBlockhash: blockhash }).add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 5 }));
    tx.sign(payer);
    const bytes = tx.serialize();
    expect(() => parseWireTransaction(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
    expect(() => parseWireTransaction(Buffer.concat([bytes, Buffer.from([0])]))).toThrow(/trailing/);
  });

  it('parses a bare message for getFeeForMessage', () => {
    const tx = new Transaction({ feePayer: payer.publicKey, recentBlockhash: blockhash }).add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 5 }));
    expect(parseMessage(tx.serializeMessage()).recentBlockhash).toBe(blockhash);
  });
});
