'use client';

import type { ProgramName } from '@/lib/config/programs';
import { programIdOn } from '@/lib/config/cluster';
import { useCluster } from '@/lib/solana/useCluster';
import { explorerUrl } from '@/lib/tx/explorer';

/** Whether the section's program exists on the active cluster; features show this instead of failing. */
export function ProgramStatus({ program }: { program: ProgramName }) {
  const cluster = useCluster();
  const id = programIdOn(cluster, program);
  if (!id) {
    return (
      <p data-testid={`program-status-${program}`} className="text-sm text-amber-700 dark:text-amber-300">
        The {program} program is not deployed on this cluster ({cluster.label}).
      </p>
    );
  }
  const address = id.toBase58();
  return (
    <p data-testid={`program-status-${program}`} className="text-sm text-slate-600 dark:text-slate-300">
      {program[0]!.toUpperCase() + program.slice(1)} program on {cluster.label}:{' '}
      <a
        href={explorerUrl({ address }, cluster)}
        target="_blank"
        rel="noreferrer"
        className="font-mono text-keel-600 underline-offset-2 hover:underline dark:text-keel-400"
        title={address}
      >
        {address.slice(0, 4)}…{address.slice(-4)}
      </a>
    </p>
  );
}
