/** Extend: moves a position to a longer tier (the lock restarts now). */
import { getExtendLockInstruction, type StakingConfig } from '@/lib/programs/staking';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import type { Position } from '../types';
import { type ActionContext, clientInput, syncFirst } from './shared';

export interface ExtendLockOptions extends ActionContext {
  config: Pick<StakingConfig, 'tiers'>;
  position: Pick<Position, 'address' | 'id' | 'tier'>;
  tier: number;
}

export function extendLock(options: ExtendLockOptions): KeelTransactionRequest {
  const tier = options.config.tiers[options.tier];
  if (!tier || options.tier <= options.position.tier) throw new RangeError('extendLock: pick a longer tier');
  const { mint, programId } = clientInput(options);
  return {
    label: `Extend position #${options.position.id} to ${tier.name.toLowerCase()}`,
    instructions: [...syncFirst(options), getExtendLockInstruction({ mint, programId, owner: options.owner, position: options.position.address, tier: options.tier })],
  };
}
