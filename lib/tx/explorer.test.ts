import { describe, expect, it } from 'vitest';
import { explorerUrl } from './explorer';

const SIG = '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW';

describe('explorerUrl', () => {
  it('uses custom mode with the RPC URL for localnet', () => {
    const url = explorerUrl({ tx: SIG }, { id: 'localnet', rpcUrl: 'http://127.0.0.1:8899' });
    expect(url).toBe(`https://explorer.solana.com/tx/${SIG}?cluster=custom&customUrl=http%3A%2F%2F127.0.0.1%3A8899`);
  });
  it('uses custom mode for a custom RPC, URL-encoded', () => {
    const url = new URL(explorerUrl({ address: 'So11111111111111111111111111111111111111112' }, { id: 'custom', rpcUrl: 'https://rpc.example.com/x?key=a&b=c' }));
    expect(url.pathname).toBe('/address/So11111111111111111111111111111111111111112');
    expect(url.searchParams.get('cluster')).toBe('custom');
    expect(url.searchParams.get('customUrl')).toBe('https://rpc.example.com/x?key=a&b=c');
  });
  it('names devnet', () => {
    expect(explorerUrl({ tx: SIG }, { id: 'devnet', rpcUrl: 'https://api.devnet.solana.com' })).toBe(
      `https://explorer.solana.com/tx/${SIG}?cluster=devnet`,
    );
  });
  it('leaves mainnet-beta as the explorer default', () => {
    expect(explorerUrl({ block: 42 }, { id: 'mainnet-beta', rpcUrl: 'https://api.mainnet-beta.solana.com' })).toBe(
      'https://explorer.solana.com/block/42',
    );
  });
});
