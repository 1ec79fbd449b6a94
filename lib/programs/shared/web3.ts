/**
 * The one place a @solana/kit instruction (what the generated clients build)
 * becomes a web3.js v1 `TransactionInstruction`, for the wallet stack that
 * still signs web3.js transactions.
 */
import { type Instruction, isSignerRole, isWritableRole } from '@solana/kit';
import { PublicKey, TransactionInstruction } from '@solana/web3.js';

export function toWeb3Instruction(ix: Instruction): TransactionInstruction {
  return new TransactionInstruction({
    programId: new PublicKey(ix.programAddress),
    keys: (ix.accounts ?? []).map((a) => ({ pubkey: new PublicKey(a.address), isSigner: isSignerRole(a.role), isWritable: isWritableRole(a.role) })),
    data: Buffer.from(ix.data ?? new Uint8Array()),
  });
}
