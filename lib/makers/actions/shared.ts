/** What every makers action builder takes, and helpers they share. */
import { type Address, createNoopSigner, type Instruction } from '@solana/kit';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { toWeb3Instruction } from '@/lib/programs/shared/web3';
import type { KeelMint } from '@/lib/staking/types';
import type { MakersDeployment } from '../deployment';

export interface MakersActionContext {
  deployment: Pick<MakersDeployment, 'programAddress' | 'mint' | 'addresses'>;
  mint: Pick<KeelMint, 'tokenProgram' | 'decimals'>;
  /** The connected wallet: signs and pays. */
  owner: PublicKey;
  /** Its maker account, PDA `["maker", config, wallet]` (registered or about to be). */
  maker: Address;
}

/**
 * The generated builders take the wallet as a kit signer; the wallet adapter
 * signs the web3.js transaction later, so a no-op signer only carries its
 * address into the account metas (signer + writable as the IDL says).
 */
export const walletSigner = (ctx: MakersActionContext) => createNoopSigner(ctx.owner.toBase58() as Address);

/** The program address the builders are bound to (the cluster's, not the generated default). */
export const programConfig = (ctx: MakersActionContext) => ({ programAddress: ctx.deployment.programAddress });

/** The mint and its token program, as the token-moving builders take them. */
export const tokenAccounts = (ctx: MakersActionContext) => ({
  mint: ctx.deployment.mint,
  tokenProgram: ctx.mint.tokenProgram.toBase58() as Address,
});

export const web3 = (ix: Instruction): TransactionInstruction => toWeb3Instruction(ix);
