/**
 * A `Web3Target` over a LiteSVM, for tests of set-up code (Node only: it
 * pulls in LiteSVM and the program test support).
 */
import { address, lamports } from '@solana/kit';
import { type AccountInfo, Keypair, PublicKey } from '@solana/web3.js';
import type { LiteSVM } from 'litesvm';
import { readAccount } from '@/programs/test-support';
import { sendWeb3 } from '@/programs/test-support/web3';
import type { Web3Target } from './web3-target';

export function svmTarget(svm: LiteSVM, payer: Keypair = Keypair.generate(), sol = 100n): Web3Target {
  svm.airdrop(address(payer.publicKey.toBase58()), lamports(sol * 1_000_000_000n));
  return {
    payer: payer.publicKey,
    async send(instructions, signers = []) {
      const result = sendWeb3(svm, payer, instructions, signers);
      if (!result.ok) throw new Error(`transaction failed: ${result.error}\n${result.logs.join('\n')}`);
      return 'svm';
    },
    rentExempt: async (space) => Number(svm.minimumBalanceForRentExemption(BigInt(space))),
    exists: async (key) => readAccount(svm, address(key.toBase58())) !== null,
  };
}

/** The account as web3.js `AccountInfo` (what spl-token's `unpack*` read), or null. */
export function svmAccountInfo(svm: LiteSVM, key: PublicKey): AccountInfo<Buffer> | null {
  const account = readAccount(svm, address(key.toBase58()));
  if (!account) return null;
  return {
    data: Buffer.from(account.data),
    owner: new PublicKey(account.owner),
    lamports: Number(account.lamports),
    executable: account.executable,
  };
}
