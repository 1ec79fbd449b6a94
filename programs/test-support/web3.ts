/**
 * Sending @solana/web3.js 1.x instructions (what the app's clients in
 * `lib/programs/*` build) to a LiteSVM, which takes @solana/kit transactions:
 * the web3.js `Transaction` is signed, serialized to wire bytes, decoded with
 * kit's `getTransactionDecoder()` and sent. Outcomes go through `send.ts`'s
 * conversion, so they have the same `TxResult` shape and error names.
 *
 * Signing: only the keypairs the message requires sign (so a test can drop a
 * signer flag and pass the same keypairs); a required signature nobody
 * provides is left empty, and LiteSVM rejects the transaction at signature
 * verification.
 */
import { getTransactionDecoder } from '@solana/kit';
import { type AccountMeta, type Keypair, type PublicKey, Transaction, TransactionInstruction } from '@solana/web3.js';
import { FailedTransactionMetadata, type LiteSVM } from 'litesvm';
import { toTxFailure, toTxSuccess, type TxResult } from './send';

/** The web3.js transaction as the kit `Transaction` LiteSVM takes. */
export function toKitTransaction(svm: LiteSVM, feePayer: Keypair, instructions: TransactionInstruction[], signers: Keypair[]) {
  const tx = new Transaction({ feePayer: feePayer.publicKey, recentBlockhash: svm.latestBlockhash() });
  tx.add(...instructions);
  const message = tx.compileMessage();
  const required = new Set(message.accountKeys.slice(0, message.header.numRequiredSignatures).map((k) => k.toBase58()));
  const seen = new Set<string>();
  const signing = [feePayer, ...signers].filter((k) => {
    const id = k.publicKey.toBase58();
    if (!required.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  tx.partialSign(...signing);
  const wire = tx.serialize({ requireAllSignatures: false, verifySignatures: false });
  return getTransactionDecoder().decode(wire);
}

/**
 * Signs with `feePayer` and whichever of `signers` the message needs, and sends.
 * A fresh blockhash each time, so identical transactions are not deduplicated.
 */
export function sendWeb3(svm: LiteSVM, feePayer: Keypair, instructions: TransactionInstruction[], signers: Keypair[] = []): TxResult {
  svm.expireBlockhash();
  const result = svm.sendTransaction(toKitTransaction(svm, feePayer, instructions, signers));
  return result instanceof FailedTransactionMetadata ? toTxFailure(result) : toTxSuccess(result);
}

/** Like `sendWeb3`, without changing state (for read-only instructions and return data). */
export function simulateWeb3(svm: LiteSVM, feePayer: Keypair, instructions: TransactionInstruction[], signers: Keypair[] = []): TxResult {
  const result = svm.simulateTransaction(toKitTransaction(svm, feePayer, instructions, signers));
  return result instanceof FailedTransactionMetadata ? toTxFailure(result) : toTxSuccess(result.meta());
}

// ------------------------------------------------ variations of a working instruction (Mollusk-style tests)

function withKeys(ix: TransactionInstruction, keys: AccountMeta[]): TransactionInstruction {
  return new TransactionInstruction({ programId: ix.programId, keys, data: ix.data });
}

/** Copy of `ix` with account `index` replaced by `pubkey` (same flags). */
export function web3WithAccount(ix: TransactionInstruction, index: number, pubkey: PublicKey): TransactionInstruction {
  const keys = ix.keys.map((k) => ({ ...k }));
  const meta = keys[index];
  if (!meta) throw new Error(`instruction has no account ${index}`);
  keys[index] = { ...meta, pubkey };
  return withKeys(ix, keys);
}

/** Copy of `ix` with account `index` given other flags. */
export function web3WithFlags(
  ix: TransactionInstruction,
  index: number,
  flags: { isSigner?: boolean; isWritable?: boolean },
): TransactionInstruction {
  const keys = ix.keys.map((k) => ({ ...k }));
  const meta = keys[index];
  if (!meta) throw new Error(`instruction has no account ${index}`);
  keys[index] = { ...meta, ...flags };
  return withKeys(ix, keys);
}

/** Copy of `ix` keeping its first `count` accounts. */
export function web3WithAccountCount(ix: TransactionInstruction, count: number): TransactionInstruction {
  return withKeys(ix, ix.keys.slice(0, count));
}

/** Copy of `ix` with extra accounts appended. */
export function web3WithExtraAccounts(ix: TransactionInstruction, extra: AccountMeta[]): TransactionInstruction {
  return withKeys(ix, [...ix.keys, ...extra]);
}

/** Copy of `ix` with other data. */
export function web3WithData(ix: TransactionInstruction, data: Uint8Array): TransactionInstruction {
  return new TransactionInstruction({ programId: ix.programId, keys: ix.keys, data: Buffer.from(data) });
}
