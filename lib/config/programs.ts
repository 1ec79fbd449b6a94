import { PublicKey } from '@solana/web3.js';

/**
 * Program ids per cluster. Localnet ids come from the committed keypairs in
 * programs/keys/ (development only, never used on a real cluster); devnet and
 * mainnet ids are set through NEXT_PUBLIC_KEEL_<PROGRAM>_ID when deployed there.
 */
export type ProgramName = 'probe' | 'staking' | 'governance' | 'treasury' | 'makers';

export const LOCALNET_PROGRAM_IDS: Record<ProgramName, string> = {
  probe: 'FQVDpiuGmYFNAvwPgWtmZyYxU7dD1JZDCGQdXW1KSScK',
  staking: '8fiqWWvr9pbyRoAqCaK9hMvaf8MsEME2FqZhrqnaKpth',
  governance: 'Fsdxx2JqLQgC2PSiPyRJHLZxkCABHW8hFD652FtdF6Kq',
  treasury: '2zK3YFcqqmBwusyfEzHq8BU4PancFh4DRgrUaQbhBNEN',
  makers: '5RSm79tseY7pzUqqwnh1rFyHwUsymj7eB586GTCY4k5s',
};

export function localnetProgramId(name: ProgramName): PublicKey {
  return new PublicKey(LOCALNET_PROGRAM_IDS[name]);
}
