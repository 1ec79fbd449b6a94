/**
 * Sends one keeper transaction and turns any failure into a decoded KeelError,
 * so a pass can log it and carry on with the next batch.
 */
import { type Commitment, type Connection, type Keypair, sendAndConfirmTransaction, Transaction, type TransactionInstruction } from '@solana/web3.js';
import { type KeelError, toKeelError } from '@/lib/errors';

export type SendResult = { ok: true; signature: string } | { ok: false; error: KeelError };

export async function sendKeeperTransaction(
  connection: Connection,
  payer: Keypair,
  instruction: TransactionInstruction,
  commitment: Commitment = 'confirmed',
): Promise<SendResult> {
  try {
    const tx = new Transaction().add(instruction);
    // Preflight on: a batch that would fail (e.g. NothingToCompound after a
    // race with the owner) is refused by simulation and costs no fee.
    const signature = await sendAndConfirmTransaction(connection, tx, [payer], { commitment, preflightCommitment: commitment });
    return { ok: true, signature };
  } catch (e) {
    return { ok: false, error: toKeelError(e, { programIds: [instruction.programId] }) };
  }
}
