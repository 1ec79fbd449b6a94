/** Claim: pays one position's rewards to the wallet's associated token account. */
import { getClaimInstruction } from '@/lib/programs/staking';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import type { Position, TokenHolding } from '../types';
import { type ActionContext, clientInput, ensureAta, keelLabel, syncFirst } from './shared';

export interface ClaimOptions extends ActionContext {
  position: Pick<Position, 'address' | 'id'>;
  holding: Pick<TokenHolding, 'ata' | 'exists'>;
  /** What the page shows as pending (for the label only; the chain pays what is due when it lands). */
  pending: bigint;
}

export function claim(options: ClaimOptions): KeelTransactionRequest {
  return {
    label: `Claim ${keelLabel(options.pending, options.mint.decimals)} from position #${options.position.id}`,
    instructions: [
      ...ensureAta(options, options.holding),
      ...syncFirst(options),
      getClaimInstruction({ ...clientInput(options), owner: options.owner, position: options.position.address, destination: options.holding.ata }),
    ],
  };
}
