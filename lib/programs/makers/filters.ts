/**
 * `getProgramAccounts` filters for the makers program's accounts (plain
 * objects in the JSON-RPC shape, so web3.js and kit callers both take them):
 * every maker of one config is its 352-byte accounts with discriminator 2 at
 * offset 0 and the config's key at offset 40 (`state/maker.rs`).
 */
import bs58 from 'bs58';
import { MAKER_DISCRIMINATOR } from '@/lib/programs/generated/makers';
import { MAKER_LEN } from './state';

/** Offset of `config` in a maker account. */
export const MAKER_CONFIG_OFFSET = 40;

export function makerAccountFilters(config: string) {
  return [
    { dataSize: MAKER_LEN },
    { memcmp: { offset: 0, bytes: bs58.encode(Uint8Array.of(MAKER_DISCRIMINATOR)) } },
    { memcmp: { offset: MAKER_CONFIG_OFFSET, bytes: config } },
  ];
}
