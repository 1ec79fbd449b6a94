/**
 * The one place the generated clients (@solana/kit) meet the wallet stack
 * (web3.js v1): keys in as kit addresses and signers, a kit instruction out
 * as a web3.js `TransactionInstruction`.
 */
import { type Address, type Instruction, isSignerRole, isWritableRole, type TransactionSigner } from '@solana/kit';
import { PublicKey, TransactionInstruction } from '@solana/web3.js';

/** A web3.js key as a kit address (a `PublicKey` is always a valid one). */
export const toAddress = (key: PublicKey): Address => key.toBase58() as Address;

/**
 * A signer account for a generated builder: it only marks the account as
 * signing. The wallet signs the web3.js transaction later; this never signs.
 */
export const signerOf = (key: PublicKey): TransactionSigner => ({ address: toAddress(key), signTransactions: async () => [] });

export function toWeb3Instruction(ix: Instruction): TransactionInstruction {
  return new TransactionInstruction({
    programId: new PublicKey(ix.programAddress),
    keys: (ix.accounts ?? []).map((a) => ({ pubkey: new PublicKey(a.address), isSigner: isSignerRole(a.role), isWritable: isWritableRole(a.role) })),
    data: Buffer.from(ix.data ?? new Uint8Array()),
  });
}
