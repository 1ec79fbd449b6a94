import { describe, expect, it } from 'vitest';
import type { KeelPublicEnv } from './env';
import { defaultClusterSetting, programIdOn, requireProgramId, resolveCluster } from './cluster';
import { LOCALNET_PROGRAM_IDS } from './programs';

const noIds = { probe: undefined, staking: undefined, governance: undefined, treasury: undefined, makers: undefined };
const env = (over: Partial<KeelPublicEnv> = {}): KeelPublicEnv => ({
  cluster: undefined,
  rpcUrl: undefined,
  programIds: noIds,
  mint: undefined,
  reserveVault: undefined,
  ...over,
});

describe('cluster config', () => {
  it('defaults to localnet on 127.0.0.1:8899 with the committed program ids', () => {
    const setting = defaultClusterSetting(env());
    expect(setting).toEqual({ id: 'localnet', customRpcUrl: null });
    const cluster = resolveCluster(setting, env());
    expect(cluster).toMatchObject({ id: 'localnet', rpcUrl: 'http://127.0.0.1:8899', key: 'localnet', devTools: true });
    expect(programIdOn(cluster, 'probe')?.toBase58()).toBe(LOCALNET_PROGRAM_IDS.probe);
  });

  it('takes the default cluster and its RPC URL from the environment', () => {
    const e = env({ cluster: 'devnet', rpcUrl: 'https://devnet.example.com' });
    const cluster = resolveCluster(defaultClusterSetting(e), e);
    expect(cluster).toMatchObject({ id: 'devnet', rpcUrl: 'https://devnet.example.com', devTools: false });
    // The override applies to the default cluster only.
    expect(resolveCluster({ id: 'mainnet-beta', customRpcUrl: null }, e).rpcUrl).toBe('https://api.mainnet-beta.solana.com');
  });

  it('reads non-localnet program ids from the environment, or reports them missing', () => {
    const staking = '8fiqWWvr9pbyRoAqCaK9hMvaf8MsEME2FqZhrqnaKpth';
    const e = env({ programIds: { ...noIds, staking } });
    const devnet = resolveCluster({ id: 'devnet', customRpcUrl: null }, e);
    expect(programIdOn(devnet, 'staking')?.toBase58()).toBe(staking);
    expect(programIdOn(devnet, 'governance')).toBeNull();
    expect(() => requireProgramId(devnet, 'governance')).toThrow(/not deployed on Devnet/);
  });

  it('validates custom URLs and keys the cache by URL', () => {
    const cluster = resolveCluster({ id: 'custom', customRpcUrl: 'https://rpc.example.com' }, env());
    expect(cluster).toMatchObject({ id: 'custom', key: 'custom:https://rpc.example.com', devTools: false });
    // A bad stored URL falls back to the default cluster instead of breaking the app.
    expect(resolveCluster({ id: 'custom', customRpcUrl: 'ftp://nope' }, env()).id).toBe('localnet');
  });

  it('rejects a bad environment loudly', () => {
    expect(() => defaultClusterSetting(env({ cluster: 'testnet' }))).toThrow(/NEXT_PUBLIC_KEEL_CLUSTER/);
    expect(() => defaultClusterSetting(env({ rpcUrl: 'not a url' }))).toThrow(/NEXT_PUBLIC_KEEL_RPC_URL/);
    expect(() => defaultClusterSetting(env({ cluster: 'custom' }))).toThrow(/needs NEXT_PUBLIC_KEEL_RPC_URL/);
    expect(() => resolveCluster({ id: 'devnet', customRpcUrl: null }, env({ programIds: { ...noIds, probe: 'xyz' } }))).toThrow(/PROBE/);
  });
});
