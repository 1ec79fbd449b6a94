/** Withdraw: pays the whole unbonding amount to the wallet's KEEL account once the cooldown has passed. */
import type { Address } from '@solana/kit';
import { createAssociatedTokenAccountIdempotentInstruction } from '@solana/spl-token';
import { PublicKey } from '@solana/web3.js';
import { getWithdrawBondInstruction } from '@/lib/programs/makers';
import { keelLabel } from '@/lib/staking/actions/shared';
import type { TokenHolding } from '@/lib/staking/types';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { type MakersActionContext, programConfig, tokenAccounts, walletSigner, web3 } from './shared';

export interface WithdrawBondOptions extends MakersActionContext {
  holding: Pick<TokenHolding, 'ata' | 'exists'>;
  /** The unbonding amount (for the label; the program pays all of it). */
  amount: bigint;
}

export function withdrawBond(options: WithdrawBondOptions): KeelTransactionRequest {
  const { deployment } = options;
  const ix = getWithdrawBondInstruction(
    {
      wallet: walletSigner(options),
      config: deployment.addresses.config,
      maker: options.maker,
      destination: options.holding.ata.toBase58() as Address,
      bondVault: deployment.addresses.bondVault,
      ...tokenAccounts(options),
    },
    programConfig(options),
  );
  // withdraw_bond pays into an existing token account: create the wallet's first when it has none (it pays the rent).
  const { owner, holding } = options;
  const ata = holding.exists
    ? []
    : [createAssociatedTokenAccountIdempotentInstruction(owner, holding.ata, owner, new PublicKey(deployment.mint), options.mint.tokenProgram)];
  return { label: `Withdraw ${keelLabel(options.amount, options.mint.decimals)} of bond`, instructions: [...ata, web3(ix)] };
}
