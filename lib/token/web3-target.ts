import { sendAndConfirmTransaction, Transaction, type Connection, type Keypair, type PublicKey, type TransactionInstruction } from '@solana/web3.js';

/**
 * The fee payer plus those of `signers` the transaction needs (web3.js refuses
 * to sign with a key the message does not require), each once.
 */
export function requiredSigners(tx: Transaction, payer: Keypair, signers: readonly Keypair[]): Keypair[] {
  const message = tx.compileMessage();
  const required = new Set(message.accountKeys.slice(0, message.header.numRequiredSignatures).map((k) => k.toBase58()));
  const seen = new Set<string>();
  return [payer, ...signers].filter((k) => {
    const id = k.publicKey.toBase58();
    if (!required.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Where set-up code (token creation, demo seeding) sends its web3.js
 * instructions: a cluster through a `Connection`, the local chain from inside
 * its own process (`lib/demo/local-chain-target.ts`), or a LiteSVM in tests.
 * The fee payer signs every transaction; `send` resolves once it has landed.
 */
export interface Web3Target {
  payer: PublicKey;
  send(instructions: TransactionInstruction[], signers?: Keypair[]): Promise<string>;
  /** Lamports that make an account of `space` bytes rent-exempt. */
  rentExempt(space: number): Promise<number>;
  /** Whether an account exists (has lamports). */
  exists(address: PublicKey): Promise<boolean>;
}

/** A target over JSON-RPC (devnet set-up scripts, RPC tests, e2e preconditions). */
export function connectionTarget(connection: Connection, payer: Keypair): Web3Target {
  return {
    payer: payer.publicKey,
    async send(instructions, signers = []) {
      const tx = new Transaction({ feePayer: payer.publicKey, ...(await connection.getLatestBlockhash('confirmed')) }).add(...instructions);
      return sendAndConfirmTransaction(connection, tx, requiredSigners(tx, payer, signers), { commitment: 'confirmed' });
    },
    rentExempt: (space) => connection.getMinimumBalanceForRentExemption(space),
    exists: async (address) => (await connection.getAccountInfo(address, 'confirmed')) !== null,
  };
}
