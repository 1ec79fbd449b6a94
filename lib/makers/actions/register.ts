/** Register: the wallet becomes a maker, optionally bonding KEEL from its token account in the same instruction. */
import type { Address } from '@solana/kit';
import { getRegisterInstruction } from '@/lib/programs/makers';
import { keelLabel } from '@/lib/staking/actions/shared';
import type { TokenHolding } from '@/lib/staking/types';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { type MakersActionContext, programConfig, tokenAccounts, walletSigner, web3 } from './shared';

export interface RegisterOptions extends MakersActionContext {
  /** 0 for no bond; otherwise at least the config's minimum bond. */
  bond: bigint;
  /** The wallet's KEEL account the bond comes from (only read with a bond). */
  holding: Pick<TokenHolding, 'ata'>;
}

export function register(options: RegisterOptions): KeelTransactionRequest {
  const { deployment, bond } = options;
  const base = { wallet: walletSigner(options), config: deployment.addresses.config, maker: options.maker, bond };
  const withBond =
    bond === 0n ? {} : { walletToken: options.holding.ata.toBase58() as Address, bondVault: deployment.addresses.bondVault, ...tokenAccounts(options) };
  return {
    label: bond === 0n ? 'Register as a maker' : `Register as a maker, bonding ${keelLabel(bond, options.mint.decimals)}`,
    instructions: [web3(getRegisterInstruction({ ...base, ...withBond }, programConfig(options)))],
  };
}
