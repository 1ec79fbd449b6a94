'use client';

import { ProgramStatus } from '@/components/cluster/program-status';
import { Card, Notice } from '@/components/staking/staking-ui';
import type { MakersGate } from './makers-data-access';

/** What the Makers page shows instead of its content while makers is not usable here. */
export function MakersGateView({ gate }: { gate: Exclude<MakersGate, { state: 'ready' }> }) {
  if (gate.state === 'loading') {
    return (
      <div data-testid="makers-loading" className="space-y-4" aria-busy="true">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="h-24 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />
          ))}
        </div>
        <div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />
        <span className="sr-only">Loading makers…</span>
      </div>
    );
  }
  return (
    <Card title="Maker rewards are not available here" testId="makers-unavailable">
      <div className="space-y-3">
        <Notice tone={gate.state === 'error' ? 'error' : 'warning'}>
          <p>{gate.reason}</p>
          {gate.state === 'unavailable' && gate.hint && <p className="mt-1 font-mono text-xs">{gate.hint}</p>}
        </Notice>
        <ProgramStatus program="makers" />
      </div>
    </Card>
  );
}
