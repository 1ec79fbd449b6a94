import { describe, expect, it } from 'vitest';
import { addBondProblem, claimable, inactivity, quoteUnbond, registerBondProblem, unbondProblem, withdrawState } from './quotes';
import { TOKEN } from './test-fixtures';

const config = { minBond: 1_000n * TOKEN, decimals: 9, unbondCooldownSecs: 7n * 86_400n, inactivityWindowSecs: 7n * 86_400n, slashBps: 1_000 };

describe('bond rules before signing', () => {
  it('registers without a bond or with at least the minimum the wallet holds', () => {
    expect(registerBondProblem(0n, config, 0n)).toBeNull();
    expect(registerBondProblem(999n * TOKEN, config, 10_000n * TOKEN)).toBe('A bond is at least 1,000 KEEL (or register without one).');
    expect(registerBondProblem(2_000n * TOKEN, config, 1_500n * TOKEN)).toBe('You hold 1,500 KEEL.');
    expect(registerBondProblem(1_000n * TOKEN, config, 1_000n * TOKEN)).toBeNull();
  });

  it('adds bond only up to the balance and to at least the minimum in total', () => {
    expect(addBondProblem(0n, { bond: 0n }, config, TOKEN)).toBe('Enter an amount above zero.');
    expect(addBondProblem(400n * TOKEN, { bond: 0n }, config, 5_000n * TOKEN)).toBe('The bond must reach 1,000 KEEL: add at least 1,000 KEEL.');
    expect(addBondProblem(400n * TOKEN, { bond: 700n * TOKEN }, config, 5_000n * TOKEN)).toBeNull();
    expect(addBondProblem(6_000n * TOKEN, { bond: 700n * TOKEN }, config, 5_000n * TOKEN)).toBe('You hold 5,000 KEEL.');
  });

  it('unbonds all, or leaves at least the minimum', () => {
    const maker = { bond: 1_500n * TOKEN };
    expect(unbondProblem(1_500n * TOKEN, maker, config)).toBeNull();
    expect(unbondProblem(500n * TOKEN, maker, config)).toBeNull();
    expect(unbondProblem(600n * TOKEN, maker, config)).toBe('A bond left in place is at least 1,000 KEEL: unbond at most 500 KEEL, or all of it.');
    expect(unbondProblem(1_600n * TOKEN, maker, config)).toBe('Your bond is 1,500 KEEL.');
    expect(unbondProblem(400n * TOKEN, { bond: 1_000n * TOKEN }, config)).toBe('A bond left in place is at least 1,000 KEEL: unbond all of it.');
  });
});

describe('cooldown and inactivity', () => {
  const now = 1_750_000_000n;

  it('unlocks an unbond one cooldown from now and says when it restarts one already running', () => {
    expect(quoteUnbond(TOKEN, { unbonding: 0n }, config, now)).toEqual({ unlockAt: now + 604_800n, unbonding: TOKEN, restartsCooldown: false });
    expect(quoteUnbond(TOKEN, { unbonding: 5n }, config, now).restartsCooldown).toBe(true);
    expect(withdrawState({ unbonding: 0n, unlockAt: 0n }, now)).toEqual({ state: 'nothing' });
    expect(withdrawState({ unbonding: 7n, unlockAt: now + 1n }, now)).toEqual({ state: 'cooling', unlockAt: now + 1n });
    expect(withdrawState({ unbonding: 7n, unlockAt: now }, now)).toEqual({ state: 'ready', amount: 7n });
  });

  it('counts the slash window from the latest registration, fill or slash; a slash takes its share of bond + unbonding', () => {
    const maker = { registeredAt: now - 10n * 86_400n, lastFillAt: now - 3n * 86_400n, lastSlashAt: 0n, bond: 1_500n * TOKEN, unbonding: 500n * TOKEN };
    const idle = inactivity(maker, config, now);
    expect(idle).toEqual({ lastActive: now - 3n * 86_400n, slashableAt: now + 4n * 86_400n, slashable: false, slashAmount: 200n * TOKEN, exposed: true });
    expect(inactivity(maker, config, now + 4n * 86_400n).slashable).toBe(true);
    expect(inactivity({ ...maker, bond: 0n, unbonding: 0n }, config, now + 30n * 86_400n)).toMatchObject({ slashable: false, exposed: false, slashAmount: 0n });
  });

  it('claims earned minus claimed', () => {
    expect(claimable({ rewardsEarned: 10n, rewardsClaimed: 4n })).toBe(6n);
  });
});
