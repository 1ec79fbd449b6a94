'use client';

import { ProtocolStatsRow } from './protocol-stats';
import { PositionsTable } from './positions-table';
import { StakeForm } from './stake-form';
import { useStakingState } from './staking-data-access';
import { StakingGateView } from './staking-gate';
import { WalletCard } from './wallet-card';

/** The Stake page: protocol numbers, the stake form, the wallet's KEEL and its positions. */
export function StakeFeature() {
  const state = useStakingState();
  if (state.gate.state !== 'ready') return <StakingGateView gate={state.gate} />;
  return (
    <div className="space-y-6">
      <ProtocolStatsRow stats={state.stats} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <StakeForm state={state} />
        </div>
        <WalletCard state={state} />
      </div>
      <PositionsTable state={state} />
    </div>
  );
}
