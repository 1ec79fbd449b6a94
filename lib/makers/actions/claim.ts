/** Claim: pays the maker's pending rewards to the wallet's KEEL account (the program creates the account when missing). */
import type { Address } from '@solana/kit';
import { getClaimInstruction } from '@/lib/programs/makers';
import { keelLabel } from '@/lib/staking/actions/shared';
import type { TokenHolding } from '@/lib/staking/types';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { type MakersActionContext, programConfig, tokenAccounts, walletSigner, web3 } from './shared';

export interface ClaimOptions extends MakersActionContext {
  holding: Pick<TokenHolding, 'ata'>;
  /** What the page shows as pending (for the label only; the program pays what is pending when it lands). */
  pending: bigint;
}

export function claim(options: ClaimOptions): KeelTransactionRequest {
  const { deployment } = options;
  const ix = getClaimInstruction(
    {
      wallet: walletSigner(options),
      config: deployment.addresses.config,
      maker: options.maker,
      destination: options.holding.ata.toBase58() as Address,
      rewardVault: deployment.addresses.rewardVault,
      ...tokenAccounts(options),
    },
    programConfig(options),
  );
  return { label: `Claim ${keelLabel(options.pending, options.mint.decimals)} of maker rewards`, instructions: [web3(ix)] };
}
