/**
 * The dev KEEL faucet behind "Get test KEEL" (localnet only): moves
 * `DEMO_FAUCET_DROP` from the demo treasury's associated token account (funded
 * from the season vault by the demo seed) to a wallet's associated token
 * account, creating it if needed. The treasury is a public dev key, so it pays
 * the fee and the rent and the wallet signs nothing. Server-side: called by
 * the `/api/dev/keel-faucet` route, which checks it talks to the local chain.
 */
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createTransferCheckedInstruction,
  getAssociatedTokenAddressSync,
  unpackAccount,
  unpackMint,
} from '@solana/spl-token';
import { type Connection, PublicKey } from '@solana/web3.js';
import { formatTokenAmount } from '@/lib/staking/format';
import { tokenProgramKind } from '@/lib/token/token-programs';
import { connectionTarget } from '@/lib/token/web3-target';
import { DEMO_FAUCET_DROP, DEMO_MINT } from './addresses';
import { devKeypair } from './keys';

export class FaucetError extends Error {}

export interface DripOptions {
  connection: Connection;
  owner: PublicKey;
  amount?: bigint;
}

export interface DripResult {
  signature: string;
  amount: bigint;
  account: PublicKey;
}

export async function dripKeel({ connection, owner, amount = DEMO_FAUCET_DROP }: DripOptions): Promise<DripResult> {
  const mint = new PublicKey(DEMO_MINT);
  const mintInfo = await connection.getAccountInfo(mint, 'confirmed');
  const tokenProgram = mintInfo ? tokenProgramKind(mintInfo.owner) && mintInfo.owner : null;
  if (!mintInfo || !tokenProgram) {
    throw new FaucetError('There is no demo KEEL on this chain. Restart it fresh to seed the demo: npm run dev -- --reset');
  }
  const { decimals } = unpackMint(mint, mintInfo, tokenProgram);
  const treasury = devKeypair('authority');
  const faucet = getAssociatedTokenAddressSync(mint, treasury.publicKey, false, tokenProgram);
  const faucetInfo = await connection.getAccountInfo(faucet, 'confirmed');
  const left = faucetInfo ? unpackAccount(faucet, faucetInfo, tokenProgram).amount : 0n;
  if (left < amount) throw new FaucetError(`The dev faucet has ${formatTokenAmount(left, { decimals })} KEEL left.`);

  const account = getAssociatedTokenAddressSync(mint, owner, true, tokenProgram);
  const signature = await connectionTarget(connection, treasury).send([
    createAssociatedTokenAccountIdempotentInstruction(treasury.publicKey, account, owner, mint, tokenProgram),
    createTransferCheckedInstruction(faucet, mint, account, treasury.publicKey, amount, decimals, [], tokenProgram),
  ]);
  return { signature, amount, account };
}
