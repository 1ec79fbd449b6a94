/** Stake: opens a position at a tier from the wallet's associated token account. */
import { getStakeInstruction, type StakingConfig } from '@/lib/programs/staking';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import type { Staker, TokenHolding } from '../types';
import { type ActionContext, clientInput, keelLabel, syncFirst } from './shared';

export interface StakeOptions extends ActionContext {
  config: Pick<StakingConfig, 'tiers'>;
  /** The wallet's staker record (null before its first stake): the new position's id is its `nextPositionId`. */
  staker: Pick<Staker, 'nextPositionId'> | null;
  holding: Pick<TokenHolding, 'ata'>;
  tier: number;
  amount: bigint;
}

export function stake(options: StakeOptions): KeelTransactionRequest {
  const tier = options.config.tiers[options.tier];
  if (!tier) throw new RangeError(`no tier ${options.tier}`);
  return {
    label: `Stake ${keelLabel(options.amount, options.mint.decimals)} · ${tier.name.toLowerCase()}`,
    instructions: [
      ...syncFirst(options),
      getStakeInstruction({
        ...clientInput(options),
        owner: options.owner,
        ownerToken: options.holding.ata,
        tier: options.tier,
        amount: options.amount,
        positionId: options.staker?.nextPositionId ?? 0,
      }),
    ],
  };
}
