import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { DEMO_MINT, DEMO_RESERVE_VAULT } from '@/lib/demo/addresses';
import { keelMintOn, keelReserveVaultOn } from './keel-mint';

describe('keelMintOn', () => {
  const other = Keypair.generate().publicKey.toBase58();

  it('localnet: the demo mint, whatever the environment says', () => {
    expect(keelMintOn({ id: 'localnet' }, { mint: other, reserveVault: undefined })?.toBase58()).toBe(DEMO_MINT);
    expect(keelReserveVaultOn({ id: 'localnet' }, { mint: undefined, reserveVault: undefined })?.toBase58()).toBe(DEMO_RESERVE_VAULT);
  });

  it('elsewhere: only NEXT_PUBLIC_KEEL_MINT, never the local demo', () => {
    expect(keelMintOn({ id: 'devnet' }, { mint: other, reserveVault: undefined })?.toBase58()).toBe(other);
    expect(keelMintOn({ id: 'devnet' }, { mint: undefined, reserveVault: undefined })).toBeNull();
    expect(keelMintOn({ id: 'custom' }, { mint: undefined, reserveVault: undefined })).toBeNull();
    expect(keelReserveVaultOn({ id: 'mainnet-beta' }, { mint: other, reserveVault: undefined })).toBeNull();
  });

  it('a malformed address fails loudly', () => {
    expect(() => keelMintOn({ id: 'devnet' }, { mint: 'not-a-key', reserveVault: undefined })).toThrow(/NEXT_PUBLIC_KEEL_MINT/);
  });
});
