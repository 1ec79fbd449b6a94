/**
 * The chain's clock, which is what locks and reward streams run on (on the
 * local chain it runs ahead of the wall clock after a time warp). Read from the
 * Clock sysvar, which every cluster serves, then advanced locally once a second
 * so countdowns and pending rewards tick between reads.
 */
import { useConnection } from '@solana/wallet-adapter-react';
import type { Connection } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useCluster } from '@/lib/solana/useCluster';
import { fetchChainUnixTime } from './clock-sysvar';
import { stakingKeys } from './keys';

export interface ChainTimeReading {
  unixTimestamp: bigint;
  /** Wall-clock ms when it was read. */
  readAtMs: number;
}

export async function fetchChainTime(connection: Connection): Promise<ChainTimeReading> {
  return { unixTimestamp: await fetchChainUnixTime(connection), readAtMs: Date.now() };
}

/** Chain time at wall-clock `nowMs`, extrapolated from a reading. */
export function chainTimeAt(reading: ChainTimeReading, nowMs: number): bigint {
  return reading.unixTimestamp + BigInt(Math.max(0, Math.floor((nowMs - reading.readAtMs) / 1000)));
}

export function useChainTimeReading() {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: stakingKeys.chainTime(cluster),
    queryFn: () => fetchChainTime(connection),
    refetchInterval: 30_000,
    staleTime: 5_000,
  });
}

/**
 * One shared one-second ticker for every ticking number on the page (a
 * useSyncExternalStore source; the server snapshot is 0: no time on the server).
 */
const listeners = new Set<() => void>();
let tickMs = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    tickMs = Date.now();
    timer = setInterval(() => {
      tickMs = Date.now();
      for (const l of listeners) l();
    }, 1_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function snapshot(): number {
  if (tickMs === 0) tickMs = Date.now();
  return tickMs;
}

/** Chain unix seconds, ticking every second; null until the first reading. */
export function useChainNow(): bigint | null {
  const reading = useChainTimeReading().data;
  const nowMs = useSyncExternalStore(subscribe, snapshot, () => 0);
  if (!reading || nowMs === 0) return null;
  return chainTimeAt(reading, nowMs);
}
