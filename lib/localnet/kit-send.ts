/**
 * Sends @solana/kit instructions from inside the chain process (faucet,
 * seeding) through the same path as RPC sendTransaction, so they land in the
 * ledger and show up in getSignaturesForAddress like any other transaction.
 */
import {
  appendTransactionMessageInstructions,
  createTransactionMessage,
  getTransactionEncoder,
  pipe,
  setTransactionMessageFeePayerSigner,
  setTransactionMessageLifetimeUsingBlockhash,
  signTransactionMessageWithSigners,
  type Blockhash,
  type Instruction,
  type TransactionSigner,
} from '@solana/kit';
import type { LocalChain } from './chain';
import { send } from './execute';
import { RpcError } from './rpc-error';

export class LocalTransactionError extends Error {
  constructor(
    message: string,
    readonly logs: string[],
  ) {
    super(message);
  }
}

/**
 * Builds, signs (payer plus any signer embedded in the instructions' account
 * metas) and sends a legacy transaction; resolves to the signature once it has
 * landed, rejects with the simulation's logs if it would fail.
 */
export async function sendInstructions(chain: LocalChain, payer: TransactionSigner, instructions: readonly Instruction[]): Promise<string> {
  chain.tick();
  const { blockhash, lastValidBlockHeight } = chain.latestBlockhash();
  const message = pipe(
    createTransactionMessage({ version: 'legacy' }),
    (m) => setTransactionMessageFeePayerSigner(payer, m),
    (m) => setTransactionMessageLifetimeUsingBlockhash({ blockhash: blockhash as Blockhash, lastValidBlockHeight: BigInt(lastValidBlockHeight) }, m),
    (m) => appendTransactionMessageInstructions(instructions, m),
  );
  const signed = await signTransactionMessageWithSigners(message);
  const bytes = new Uint8Array(getTransactionEncoder().encode(signed));
  try {
    return send(chain, bytes);
  } catch (e) {
    if (e instanceof RpcError) {
      const logs = ((e.data as { logs?: string[] } | undefined)?.logs ?? []) as string[];
      throw new LocalTransactionError(e.message, logs);
    }
    throw e;
  }
}
