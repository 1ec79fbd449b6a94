'use client';

import { formatBps, formatChainDate, formatPercent, formatTokenAmount } from '@/lib/staking/format';
import type { ProtocolStats } from '@/lib/staking/types';
import { Keel, Pending, Stat } from './staking-ui';

/** Total staked, staking ratio, APR and penalty: the protocol's current numbers. */
export function ProtocolStatsRow({ stats }: { stats: ProtocolStats | null }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="protocol-stats">
      <Stat
        label="Total staked"
        testId="stat-total-staked"
        value={stats ? <Keel amount={stats.totalStaked} digits={0} /> : <Pending />}
        hint={stats ? `Limits: ${formatMin(stats)} min, ${formatMax(stats)} max per wallet` : undefined}
      />
      <Stat
        label="Staking ratio"
        testId="stat-staking-ratio"
        value={stats ? formatPercent(stats.stakingRatio) : <Pending />}
        hint={stats ? (stats.ratioOfCirculating ? 'of circulating supply (excl. locked reserve)' : 'of total supply') : undefined}
      />
      <Stat
        label="Pool APR"
        testId="stat-apr"
        value={stats ? formatPercent(stats.apr, 1) : <Pending />}
        hint={
          stats ? (
            stats.streamEnd ? (
              <>
                <Keel amount={stats.streamPerDay} digits={0} />/day until {formatChainDate(stats.streamEnd).replace(/, \d\d:\d\d UTC$/, '')}
              </>
            ) : (
              'No reward stream running'
            )
          ) : undefined
        }
      />
      <Stat
        label="Early-unstake penalty"
        testId="stat-penalty"
        value={stats ? formatBps(stats.penaltyBps) : <Pending />}
        hint="of the amount, before the lock ends"
      />
    </dl>
  );
}

const formatMin = (s: ProtocolStats) => formatTokenAmount(s.minStake);
const formatMax = (s: ProtocolStats) => formatTokenAmount(s.maxStakePerWallet);
