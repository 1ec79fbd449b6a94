/**
 * Sends one keeper transaction and turns any failure into a decoded KeelError,
 * so a pass can log it and carry on with the next batch.
 *
 * Confirmation polls getSignatureStatuses until the signature is confirmed or
 * its blockhash has expired. A keeper is a long-running server process: polling
 * leaves no subscription or request behind once this returns (web3.js's
 * confirmTransaction leaves an uncaught status request in flight).
 */
import { type Commitment, type Connection, type Keypair, Transaction, type TransactionInstruction } from '@solana/web3.js';
import { decodeTransactionError, KeelError, toKeelError } from '@/lib/errors';

export type SendResult = { ok: true; signature: string } | { ok: false; error: KeelError };

const POLL_MS = 400; // one slot
const LEVELS = ['processed', 'confirmed', 'finalized'];

export async function sendKeeperTransaction(
  connection: Connection,
  payer: Keypair,
  instruction: TransactionInstruction,
  commitment: Commitment = 'confirmed',
): Promise<SendResult> {
  const ctx = { programIds: [instruction.programId] };
  try {
    const { blockhash, lastValidBlockHeight } = await connection.getLatestBlockhash(commitment);
    const tx = new Transaction({ feePayer: payer.publicKey, blockhash, lastValidBlockHeight }).add(instruction);
    tx.sign(payer);
    // Preflight on: a batch that would fail (e.g. NothingToCompound after a
    // race with the owner) is refused by simulation and costs no fee.
    const signature = await connection.sendRawTransaction(tx.serialize(), { preflightCommitment: commitment });
    const err = await landed(connection, signature, lastValidBlockHeight, commitment);
    return err === null ? { ok: true, signature } : { ok: false, error: decodeTransactionError(err, ctx) };
  } catch (e) {
    return { ok: false, error: toKeelError(e, ctx) };
  }
}

/**
 * The transaction's error (null on success) once it reaches `commitment`;
 * throws when its blockhash expires first. Shared with the reporter (lib/reporter/send.ts).
 */
export async function landed(connection: Pick<Connection, 'getSignatureStatuses' | 'getBlockHeight'>, signature: string, lastValidBlockHeight: number, commitment: Commitment): Promise<unknown> {
  for (;;) {
    const status = (await connection.getSignatureStatuses([signature])).value[0];
    if (status?.err) return status.err;
    const want = Math.max(0, LEVELS.indexOf(commitment));
    if (status?.confirmationStatus && LEVELS.indexOf(status.confirmationStatus) >= want) return null;
    if ((await connection.getBlockHeight(commitment)) > lastValidBlockHeight) {
      throw new KeelError('rpc:blockhash-expired', 'The transaction expired before it was confirmed; it will be retried on the next pass.');
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
