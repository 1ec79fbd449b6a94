/**
 * A `Web3Target` that lands web3.js transactions on the local chain from inside
 * its own process (genesis seeding runs before the RPC server listens), through
 * the same path as RPC sendTransaction: preflight, ledger record, signatures
 * that getSignaturesForAddress finds. Server-only.
 */
import { Transaction, type Keypair } from '@solana/web3.js';
import type { LocalChain } from '@/lib/localnet/chain';
import { send } from '@/lib/localnet/execute';
import { RpcError } from '@/lib/localnet/rpc-error';
import { requiredSigners, type Web3Target } from '@/lib/token/web3-target';

export function localChainTarget(chain: LocalChain, payer: Keypair): Web3Target {
  return {
    payer: payer.publicKey,
    async send(instructions, signers = []) {
      chain.tick();
      const tx = new Transaction({ feePayer: payer.publicKey, recentBlockhash: chain.latestBlockhash().blockhash }).add(...instructions);
      tx.sign(...requiredSigners(tx, payer, signers));
      try {
        return send(chain, tx.serialize());
      } catch (e) {
        if (e instanceof RpcError) {
          const logs = (e.data as { logs?: string[] } | undefined)?.logs ?? [];
          throw new Error(`${e.message}\n${logs.join('\n')}`, { cause: e });
        }
        throw e;
      }
    },
    rentExempt: async (space) => Number(chain.svm.minimumBalanceForRentExemption(BigInt(space))),
    exists: async (address) => chain.account(address.toBase58()) !== null,
  };
}
