'use client';

import { useWalletModal } from '@solana/wallet-adapter-react-ui';
import type { ReactNode } from 'react';
import { ProgramStatus } from '@/components/cluster/program-status';
import type { StakingGate } from './staking-data-access';
import { Button, Card, Notice } from './staking-ui';

/** What the staking pages show instead of their content while staking is not usable here. */
export function StakingGateView({ gate }: { gate: Exclude<StakingGate, { state: 'ready' }> }) {
  if (gate.state === 'loading') {
    return (
      <div data-testid="staking-loading" className="space-y-4" aria-busy="true">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="h-24 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />
          ))}
        </div>
        <div className="h-72 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />
        <span className="sr-only">Loading staking…</span>
      </div>
    );
  }
  return (
    <Card title="Staking is not available here" testId="staking-unavailable">
      <div className="space-y-3">
        <Notice tone={gate.state === 'error' ? 'error' : 'warning'}>
          <p>{gate.reason}</p>
          {gate.state === 'unavailable' && gate.hint && <p className="mt-1 font-mono text-xs">{gate.hint}</p>}
        </Notice>
        <ProgramStatus program="staking" />
      </div>
    </Card>
  );
}

/** Shown where a wallet is needed. */
export function ConnectPrompt({ children }: { children: ReactNode }) {
  const { setVisible } = useWalletModal();
  return (
    <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
      <p>{children}</p>
      <Button onClick={() => setVisible(true)}>Connect wallet</Button>
    </div>
  );
}
