import type { Keypair, PublicKey, Transaction, VersionedTransaction } from '@solana/web3.js';

/**
 * What the transaction helper needs from a wallet: wallet-adapter's
 * `useWallet()` has this shape once connected; scripts and tests use
 * `keypairSigner`.
 */
export interface KeelSigner {
  publicKey: PublicKey;
  signTransaction<T extends Transaction | VersionedTransaction>(transaction: T): Promise<T>;
}

export function keypairSigner(keypair: Keypair): KeelSigner {
  return {
    publicKey: keypair.publicKey,
    async signTransaction<T extends Transaction | VersionedTransaction>(transaction: T): Promise<T> {
      if ('version' in transaction) transaction.sign([keypair]);
      else transaction.partialSign(keypair);
      return transaction;
    },
  };
}
