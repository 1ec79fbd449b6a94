'use client';

import { useState } from 'react';
import { ProgramStatus } from '@/components/cluster/program-status';
import { Keel, Pending, Stat } from '@/components/staking/staking-ui';
import type { LeaderboardRow } from '@/lib/makers/types';
import { formatChainDate, formatCountdown, formatPercent } from '@/lib/staking/format';
import { SeasonCharts } from './charts';
import { Leaderboard } from './leaderboard';
import { MakerPanel } from './maker-panel';
import { type MakersState, useMakersState, useSeasonBoard } from './makers-data-access';
import { MakersGateView } from './makers-gate';
import { PayoutExplanationDialog } from './payout-explanation';

/** The Makers page: the season's numbers, the leaderboard with payout explanations, the wallet's maker panel, charts. */
export function MakersFeature() {
  const state = useMakersState();
  if (state.gate.state !== 'ready' || !state.config) return <MakersGateView gate={state.gate.state === 'ready' ? { state: 'loading' } : state.gate} />;
  return <Makers state={state} currentSeason={state.config.seasonIndex} />;
}

function Makers({ state, currentSeason }: { state: MakersState; currentSeason: number }) {
  // null follows the current season as rollovers happen; a number is the season the user picked.
  const [picked, setPicked] = useState<number | null>(null);
  const season = picked ?? currentSeason;
  const board = useSeasonBoard(state, season);
  const [explained, setExplained] = useState<LeaderboardRow | null>(null);
  const decimals = state.mint?.decimals ?? 9;

  return (
    <div className="space-y-6">
      <SeasonStats state={state} />
      <Leaderboard
        season={season}
        seasons={currentSeason}
        onSeason={(s) => setPicked(s === currentSeason ? null : s)}
        state={board}
        wallet={state.owner?.toBase58() ?? null}
        decimals={decimals}
        onExplain={setExplained}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <MakerPanel state={state} />
        <div className="min-w-0 lg:col-span-2">
          <SeasonCharts state={state} season={season} board={board.board} />
        </div>
      </div>
      <PayoutExplanationDialog state={state} season={season} row={explained} onClose={() => setExplained(null)} />
      <ProgramStatus program="makers" />
    </div>
  );
}

function SeasonStats({ state }: { state: MakersState }) {
  const { config, now, makers } = state;
  if (!config) return null;
  const decimals = state.mint?.decimals ?? 9;
  const used = config.seasonBudget === 0n ? 0 : Number((config.seasonEmitted * 1_000_000n) / config.seasonBudget) / 1_000_000;
  const ended = now !== null && now >= config.seasonEnd;
  const active = makers?.filter((m) => m.current.index === config.seasonIndex && m.current.fills > 0).length;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="makers-stats">
      <Stat
        label="Season"
        testId="stat-season"
        value={config.seasonIndex}
        hint={now === null ? undefined : ended ? 'ended; the next starts at the rollover' : `ends ${formatChainDate(new Date(Number(config.seasonEnd) * 1000))} (${formatCountdown(config.seasonEnd, now)} left)`}
      />
      <Stat
        label="Budget used"
        testId="stat-budget-used"
        value={formatPercent(used, 1)}
        hint={
          <>
            <Keel amount={config.seasonEmitted} decimals={decimals} digits={0} /> of <Keel amount={config.seasonBudget} decimals={decimals} digits={0} />
          </>
        }
      />
      <Stat label="Makers" testId="stat-makers" value={config.makers} hint={active === undefined ? undefined : `${active} with fills this season`} />
      <Stat
        label="Unclaimed rewards"
        testId="stat-unclaimed"
        value={<Keel amount={config.totalEarned - config.totalClaimed} decimals={decimals} digits={0} />}
        hint={makers === null ? <Pending /> : `${config.totalFills.toLocaleString('en-US')} fills recorded in all`}
      />
    </dl>
  );
}
