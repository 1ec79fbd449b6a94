/**
 * Every Keel program that has a Codama IDL, by the name of its `.so` in
 * `programs/deploy/`. A program plugs in with one line here and its
 * `programs/idl/<name>.ts`; `npm run generate:clients` does the rest.
 */
import type { RootNode } from 'codama';
import { governanceIdl } from './governance';
import { makersIdl } from './makers';
import { probeIdl } from './probe';
import { stakingIdl } from './staking';

export const KEEL_IDLS: Readonly<Record<string, RootNode>> = {
  governance: governanceIdl,
  makers: makersIdl,
  probe: probeIdl,
  staking: stakingIdl,
};
