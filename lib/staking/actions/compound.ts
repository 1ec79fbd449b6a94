/** Compound: moves a position's rewards into its stake (same tier, lock unchanged). */
import { getCompoundInstruction } from '@/lib/programs/staking';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import type { Position } from '../types';
import { type ActionContext, clientInput, keelLabel, syncFirst } from './shared';

export interface CompoundOptions extends ActionContext {
  position: Pick<Position, 'address' | 'id'>;
  pending: bigint;
}

export function compound(options: CompoundOptions): KeelTransactionRequest {
  return {
    label: `Compound ${keelLabel(options.pending, options.mint.decimals)} into position #${options.position.id}`,
    instructions: [...syncFirst(options), getCompoundInstruction({ ...clientInput(options), owner: options.owner, position: options.position.address })],
  };
}
