'use client';

import { LAMPORTS_PER_SOL } from '@solana/web3.js';
import { useSolBalance } from '@/components/wallet/wallet-data-access';
import { walletPower } from '@/lib/staking/quotes';
import { useGetTestKeel } from '@/lib/staking/use-get-test-keel';
import { DEMO_FAUCET_DROP } from '@/lib/demo/addresses';
import type { StakingState } from './staking-data-access';
import { Card, Keel, Pending } from './staking-ui';

/** Enough SOL for a few transactions and the staker/position accounts' rent. */
const LOW_SOL_LAMPORTS = 0.01 * LAMPORTS_PER_SOL;

/** The wallet's KEEL, what it stakes and its voting power; on localnet, the dev faucet. */
export function WalletCard({ state }: { state: StakingState }) {
  const { holding, wallet, owner, devTools } = state;
  const sol = useSolBalance(owner);
  const lowSol = owner !== null && sol.data !== undefined && sol.data < LOW_SOL_LAMPORTS;
  return (
    <Card title="Your KEEL" testId="wallet-card">
      {!owner ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No wallet connected.</p>
      ) : (
        <dl className="grid grid-cols-2 gap-3">
          <div className="col-span-2">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Balance</dt>
            <dd className="text-2xl font-semibold" aria-live="polite">
              {holding ? <Keel amount={holding.amount} testId="keel-balance" /> : <Pending />}
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Staked</dt>
            <dd className="font-semibold">{wallet ? <Keel amount={wallet.staker?.totalAmount ?? 0n} testId="wallet-staked" /> : <Pending />}</dd>
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Voting power</dt>
            <dd className="font-semibold">
              {wallet ? (
                <Keel amount={walletPower(wallet.config, wallet.positions, state.now)} unit={false} digits={2} testId="wallet-voting-power" />
              ) : (
                <Pending />
              )}
            </dd>
          </div>
        </dl>
      )}
      {owner && lowSol && (
        <p className="mt-3 text-sm text-amber-700 dark:text-amber-300" data-testid="low-sol">
          This wallet needs a little SOL for fees and account rent{devTools ? ': use Airdrop in the dev tools above.' : '.'}
        </p>
      )}
      {devTools && owner && <DevFaucet />}
    </Card>
  );
}

function DevFaucet() {
  const faucet = useGetTestKeel();
  return (
    <div
      data-testid="dev-faucet"
      className="mt-4 rounded-lg border border-amber-300/70 bg-amber-50 p-3 dark:border-amber-500/30 dark:bg-amber-500/5"
    >
      <p className="flex flex-wrap items-center gap-2 text-xs font-semibold text-amber-900 dark:text-amber-200">
        Dev faucet
        <span className="rounded-full bg-amber-200 px-2 py-0.5 font-medium dark:bg-amber-500/20">localnet only</span>
      </p>
      <p className="mt-1 text-xs text-amber-900/80 dark:text-amber-200/80">
        Play-money KEEL from the demo treasury on the local chain, <Keel amount={DEMO_FAUCET_DROP} digits={0} /> a press.
      </p>
      <button
        type="button"
        data-testid="get-test-keel"
        onClick={() => faucet.mutate()}
        disabled={faucet.isPending}
        aria-busy={faucet.isPending || undefined}
        className="mt-2 inline-flex items-center gap-1.5 rounded-md bg-amber-500 px-2.5 py-1.5 text-sm font-semibold text-slate-950 hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 disabled:cursor-not-allowed disabled:opacity-50"
      >
        {faucet.isPending && <span aria-hidden="true" className="h-3 w-3 animate-spin rounded-full border-2 border-current border-t-transparent" />}
        Get test KEEL
      </button>
    </div>
  );
}

