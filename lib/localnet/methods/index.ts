/** Every RPC method the local chain answers, by name. */
import { accountMethods } from './accounts';
import { clusterMethods } from './cluster';
import { devMethods } from './dev';
import { tokenMethods } from './tokens';
import { transactionMethods } from './transactions';
import type { MethodSpec } from './types';

export const METHODS: Record<string, MethodSpec> = {
  ...accountMethods,
  ...clusterMethods,
  ...tokenMethods,
  ...transactionMethods,
  ...devMethods,
};
