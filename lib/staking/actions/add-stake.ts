/** Add: more tokens into a position (its lock restarts at its tier). */
import { getAddStakeInstruction } from '@/lib/programs/staking';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import type { Position, TokenHolding } from '../types';
import { type ActionContext, clientInput, keelLabel, syncFirst } from './shared';

export interface AddStakeOptions extends ActionContext {
  position: Pick<Position, 'address' | 'id'>;
  holding: Pick<TokenHolding, 'ata'>;
  amount: bigint;
}

export function addStake(options: AddStakeOptions): KeelTransactionRequest {
  return {
    label: `Add ${keelLabel(options.amount, options.mint.decimals)} to position #${options.position.id}`,
    instructions: [
      ...syncFirst(options),
      getAddStakeInstruction({
        ...clientInput(options),
        owner: options.owner,
        ownerToken: options.holding.ata,
        position: options.position.address,
        amount: options.amount,
      }),
    ],
  };
}
