/** Unbond: moves part or all of the bond to unbonding; it can be withdrawn once the cooldown has passed. */
import { getRequestUnbondInstruction } from '@/lib/programs/makers';
import { keelLabel } from '@/lib/staking/actions/shared';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { type MakersActionContext, programConfig, walletSigner, web3 } from './shared';

export interface RequestUnbondOptions extends MakersActionContext {
  amount: bigint;
}

export function requestUnbond(options: RequestUnbondOptions): KeelTransactionRequest {
  const ix = getRequestUnbondInstruction(
    { wallet: walletSigner(options), config: options.deployment.addresses.config, maker: options.maker, amount: options.amount },
    programConfig(options),
  );
  return { label: `Unbond ${keelLabel(options.amount, options.mint.decimals)}`, instructions: [web3(ix)] };
}
