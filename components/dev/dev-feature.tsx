'use client';

import { UnsafeBurnerWalletName } from '@solana/wallet-adapter-unsafe-burner';
import { useWallet } from '@solana/wallet-adapter-react';
import { useId } from 'react';
import { useSolBalance } from '@/components/wallet/wallet-data-access';
import { useCluster } from '@/lib/solana/useCluster';
import { useSettingsStore } from '@/lib/stores/settings';
import { useAirdrop, useChainClock, useWarpTime } from './dev-data-access';
import { DevButton, DevCard, formatChainTime, formatSol } from './dev-ui';

const AIRDROP_SOL = 2;
const WARPS = [
  { label: '1 hour', seconds: 3_600 },
  { label: '1 day', days: 1 },
  { label: '7 days', days: 7 },
  { label: '30 days', days: 30 },
] as const;

/** Localnet-only tools: dev wallet, SOL balance + airdrop, chain clock + time warp. */
export function DevPanel() {
  const cluster = useCluster();
  const open = useSettingsStore((s) => s.devPanelOpen);
  const setOpen = useSettingsStore((s) => s.setDevPanelOpen);
  const headingId = useId();
  const bodyId = useId();
  if (!cluster.devTools) return null;

  return (
    <section
      aria-labelledby={headingId}
      data-testid="dev-panel"
      className="mb-8 rounded-xl border border-amber-300/70 bg-amber-50 p-4 dark:border-amber-500/30 dark:bg-amber-500/5"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id={headingId} className="text-sm font-semibold text-amber-900 dark:text-amber-200">
          Dev tools
        </h2>
        <span className="rounded-full bg-amber-200 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-500/20 dark:text-amber-200">
          localnet only
        </span>
        <p data-testid="dev-wallet-note" className="text-xs text-amber-900/80 dark:text-amber-200/80">
          Dev wallet — local chain only, keys in this browser.
        </p>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
          className="ml-auto rounded-md px-2 py-1 text-xs font-medium text-amber-900 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-500 dark:text-amber-200 dark:hover:bg-amber-500/10"
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <div id={bodyId} className="mt-3 grid gap-3 md:grid-cols-3">
          <DevWalletCard />
          <BalanceCard />
          <ClockCard />
        </div>
      )}
    </section>
  );
}

function DevWalletCard() {
  const { publicKey, wallet, select, connecting } = useWallet();
  const isDevWallet = wallet?.adapter.name === UnsafeBurnerWalletName;
  return (
    <DevCard title="Wallet">
      {publicKey ? (
        <>
          <p className="break-all font-mono text-xs" data-testid="dev-wallet-address" title={publicKey.toBase58()}>
            {publicKey.toBase58()}
          </p>
          <p className="text-xs text-slate-600 dark:text-slate-400">{isDevWallet ? 'Dev wallet (burner)' : wallet?.adapter.name}</p>
        </>
      ) : (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300">No wallet connected.</p>
          <DevButton testId="dev-connect" busy={connecting} onClick={() => select(UnsafeBurnerWalletName)}>
            Use dev wallet
          </DevButton>
        </>
      )}
    </DevCard>
  );
}

function BalanceCard() {
  const { publicKey } = useWallet();
  const balance = useSolBalance(publicKey);
  const airdrop = useAirdrop();
  return (
    <DevCard title="SOL balance">
      <p className="text-2xl font-semibold tabular-nums" data-testid="dev-sol-balance" aria-live="polite">
        {!publicKey ? '—' : balance.data === undefined ? (balance.isError ? 'unavailable' : '…') : formatSol(balance.data)}
      </p>
      <DevButton
        testId="dev-airdrop"
        disabled={!publicKey}
        busy={airdrop.isPending}
        onClick={() => airdrop.mutate({ sol: AIRDROP_SOL })}
      >
        Airdrop {AIRDROP_SOL} SOL
      </DevButton>
    </DevCard>
  );
}

function ClockCard() {
  const clock = useChainClock();
  const warp = useWarpTime();
  return (
    <DevCard title="Chain clock">
      <p className="text-sm tabular-nums" data-testid="dev-chain-time">
        {clock.data ? formatChainTime(clock.data.unixTimestamp) : clock.isError ? 'Chain unreachable' : '…'}
      </p>
      <div className="flex flex-wrap gap-1.5" role="group" aria-label="Warp chain time forward">
        {WARPS.map((w) => (
          <DevButton
            key={w.label}
            variant="secondary"
            testId={`dev-warp-${w.label.replace(' ', '-')}`}
            busy={warp.isPending && warp.variables?.label === w.label}
            disabled={warp.isPending}
            onClick={() => warp.mutate({ ...w })}
          >
            +{w.label}
          </DevButton>
        ))}
      </div>
    </DevCard>
  );
}
