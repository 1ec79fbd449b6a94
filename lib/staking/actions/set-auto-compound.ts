/** Auto-compound: opts a position in or out of the permissionless compounding crank. */
import { getSetAutoCompoundInstruction } from '@/lib/programs/staking';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import type { Position } from '../types';
import { type ActionContext, clientInput } from './shared';

export interface SetAutoCompoundOptions extends ActionContext {
  position: Pick<Position, 'address' | 'id'>;
  enabled: boolean;
}

export function setAutoCompound(options: SetAutoCompoundOptions): KeelTransactionRequest {
  const { mint, programId } = clientInput(options);
  return {
    label: `${options.enabled ? 'Turn on' : 'Turn off'} auto-compound for position #${options.position.id}`,
    instructions: [
      getSetAutoCompoundInstruction({ mint, programId, owner: options.owner, position: options.position.address, enabled: options.enabled }),
    ],
  };
}
