import { describe, expect, it } from 'vitest';
import { governanceConfigEffects, makersConfigEffects, stakingConfigEffects, tokenBalanceEffect } from './effects';
import { ADDRESSES, DAY, governanceConfig, K, makersConfig, NOW, stakingConfig } from './test-fixtures';

describe('effects: before → after', () => {
  it('only what changed, in words', () => {
    const before = stakingConfig();
    expect(stakingConfigEffects(before, before)).toEqual([]);
    expect(stakingConfigEffects(before, stakingConfig({ penaltyBps: 800 }))).toEqual([{ label: 'Early-unstake penalty', before: '10 %', after: '8 %' }]);
    expect(stakingConfigEffects(before, stakingConfig({ maxStakePerWallet: 2_000_000n * K, paused: true }))).toEqual([
      { label: 'Staking', before: 'open', after: 'paused' },
      { label: 'Maximum per wallet', before: '1,000,000 KEEL', after: '2,000,000 KEEL' },
    ]);
    const tiers = before.tiers.map((t) => (t.index === 4 ? { ...t, multiplierBps: 35_000 } : t));
    expect(stakingConfigEffects(before, stakingConfig({ tiers }))).toEqual([{ label: 'Tier 4', before: '180 days at 3×', after: '180 days at 3.5×' }]);
  });

  it('a stream funding shows what is left and until when', () => {
    const before = stakingConfig();
    const end = NOW + 180n * DAY;
    const after = stakingConfig({
      totalFunded: before.totalFunded + 60_000n * K,
      stream: { remaining: 96_500n * K, end: new Date(Number(end) * 1000), endTs: end, lastUpdateTs: NOW },
    });
    const lines = stakingConfigEffects(before, after);
    expect(lines[0]).toMatchObject({ label: 'Reward stream', after: expect.stringMatching(/^96,500 KEEL until \d+ \w+ \d{4}, \d\d:\d\d UTC$/) });
    expect(lines[1]).toEqual({ label: 'Rewards funded in total', before: '100,000 KEEL', after: '160,000 KEEL' });
  });

  it('a staking authority handed away names the new holder', () => {
    const lines = stakingConfigEffects(stakingConfig(), stakingConfig({ authority: ADDRESSES.treasury }), { [ADDRESSES.authority.toBase58()]: 'Governance' });
    expect(lines).toEqual([{ label: 'Staking authority', before: 'Governance', after: `${ADDRESSES.treasury.toBase58().slice(0, 4)}…${ADDRESSES.treasury.toBase58().slice(-4)}` }]);
    // A proposal to hand it over only proposes: the holder stays until the key accepts.
    const proposed = stakingConfigEffects(stakingConfig(), stakingConfig({ pendingVoteAuthority: ADDRESSES.treasury }), { [ADDRESSES.treasury.toBase58()]: 'Treasury' });
    expect(proposed).toEqual([{ label: 'Proposed vote authority (until it accepts)', before: 'none', after: 'Treasury' }]);
  });

  it('governance rules and token balances', () => {
    expect(governanceConfigEffects(governanceConfig(), governanceConfig({ quorumBps: 1_500, timelockSecs: 2n * DAY }))).toEqual([
      { label: 'Quorum', before: '10 %', after: '15 %' },
      { label: 'Timelock', before: '3 days', after: '2 days' },
    ]);
    const t = ADDRESSES.treasury.toBase58();
    expect(governanceConfigEffects(governanceConfig(), governanceConfig({ pendingGuardian: ADDRESSES.treasury }))).toEqual([
      { label: 'Proposed guardian (until it accepts)', before: 'none', after: `${t.slice(0, 4)}…${t.slice(-4)}` },
    ]);
    expect(tokenBalanceEffect('Treasury', 1_000_000n * K, 950_000n * K)).toEqual({ label: 'Treasury', before: '1,000,000 KEEL', after: '950,000 KEEL' });
    expect(tokenBalanceEffect('Recipient', null, 50_000n * K)).toEqual({ label: 'Recipient', before: 'no account', after: '50,000 KEEL' });
    expect(tokenBalanceEffect('Treasury', 5n, 5n)).toBeNull();
  });

  it('maker config changes: parameters, the reporter, the season budget', () => {
    const before = makersConfig();
    expect(makersConfigEffects(before, before)).toEqual([]);
    const reporter = ADDRESSES.treasury.toBase58() as typeof before.reporter;
    const after = makersConfig({ reporter, slashBps: 2_000, seasonBudget: before.seasonBudget + 100_000n * K, rolloverPolicy: 1 });
    expect(makersConfigEffects(before, after, { [reporter]: 'New reporter' })).toEqual([
      { label: 'Fill reporter', before: `${before.reporter.slice(0, 4)}…${before.reporter.slice(-4)}`, after: 'New reporter' },
      { label: 'A slash takes', before: '10 %', after: '20 %' },
      { label: 'Unspent budget at rollover', before: 'carried over', after: 'returned to the treasury' },
      { label: 'Season 1 budget', before: '1,500,000 KEEL', after: '1,600,000 KEEL' },
    ]);
  });
});
