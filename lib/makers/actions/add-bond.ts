/** Add bond: moves KEEL from the wallet's token account into the bond vault. */
import type { Address } from '@solana/kit';
import { getAddBondInstruction } from '@/lib/programs/makers';
import { keelLabel } from '@/lib/staking/actions/shared';
import type { TokenHolding } from '@/lib/staking/types';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { type MakersActionContext, programConfig, tokenAccounts, walletSigner, web3 } from './shared';

export interface AddBondOptions extends MakersActionContext {
  holding: Pick<TokenHolding, 'ata'>;
  amount: bigint;
}

export function addBond(options: AddBondOptions): KeelTransactionRequest {
  const { deployment } = options;
  const ix = getAddBondInstruction(
    {
      wallet: walletSigner(options),
      config: deployment.addresses.config,
      maker: options.maker,
      walletToken: options.holding.ata.toBase58() as Address,
      bondVault: deployment.addresses.bondVault,
      ...tokenAccounts(options),
      amount: options.amount,
    },
    programConfig(options),
  );
  return { label: `Bond ${keelLabel(options.amount, options.mint.decimals)}`, instructions: [web3(ix)] };
}
