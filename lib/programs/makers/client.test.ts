/**
 * The makers client against the byte maps in
 * programs/makers/src/interface/instruction.rs (offset 0 = discriminator,
 * little-endian integers) and the reward model's worked examples.
 */
import { describe, expect, it } from 'vitest';
import {
  fillReward,
  FundTarget,
  getFundInstructionDataEncoder,
  getRecordFillsInstructionDataEncoder,
  getUpdateConfigInstructionDataEncoder,
  getUpdatePerformanceInstructionDataEncoder,
  limitToBudget,
  MAKERS_ERRORS,
  slashSplit,
  volatilityMultiplierBps,
} from '.';
import { getMakersError } from './errors';

const hex = (bytes: ArrayLike<number>) => Buffer.from(Uint8Array.from(bytes)).toString('hex');

describe('makers instruction data', () => {
  it('record_fills: u8 6, 7 zero bytes, u64 sequence at 8, 16-byte fills from 16', () => {
    const data = getRecordFillsInstructionDataEncoder().encode({
      sequence: 0x0102n,
      fills: [{ notional: 5n, improvementBps: 3, volatilityBps: 0x0201, maker: 7 }],
    });
    expect(hex(data)).toBe(`06${'00'.repeat(7)}0201000000000000` + `0500000000000000` + `0300` + `0102` + `07` + '000000');
  });

  it('update_config: u8 1, u8 field, then the field data', () => {
    const enc = getUpdateConfigInstructionDataEncoder();
    expect(hex(enc.encode({ update: { __kind: 'SetPaused', paused: true } }))).toBe('010001');
    expect(hex(enc.encode({ update: { __kind: 'SetVolatility', thresholdBps: 200, maxMultiplierBps: 15_000 } }))).toBe('0105c800983a');
    expect(enc.encode({ update: { __kind: 'SetBondRules', minBond: 1n, inactivityWindowSecs: 2n, unbondCooldownSecs: 3n, slashBps: 4 } }).length).toBe(2 + 26);
  });

  it('fund: u8 11, u64 amount, u8 target; update_performance: 17 bytes', () => {
    expect(hex(getFundInstructionDataEncoder().encode({ amount: 9n, target: FundTarget.NextSeason }))).toBe('0b090000000000000001');
    const perf = getUpdatePerformanceInstructionDataEncoder().encode({ executionVolume: 1n, spreadEfficiencyBps: 2, orderFlowBps: 3, period: 4 });
    expect(hex(perf)).toBe('07010000000000000002000300' + '04000000');
  });
});

describe('reward model', () => {
  const rules = { minImprovementBps: 1, earlyMultiplierBps: 20_000, volatilityThresholdBps: 200, maxVolatilityMultiplierBps: 15_000, maxRewardPerFill: 10n ** 13n };

  it('is notional × improvement / 10,000 × early × volatility, capped', () => {
    expect(fillReward(rules, false, 10n ** 12n, 5, 0).reward).toBe(5n * 10n ** 8n);
    expect(fillReward(rules, true, 10n ** 12n, 5, 300).reward).toBe(15n * 10n ** 8n);
    expect(fillReward(rules, true, 2n ** 64n - 1n, 65_535, 65_535)).toMatchObject({ reward: 10n ** 13n, flags: 2 });
    expect(fillReward(rules, true, 10n ** 12n, 0, 0)).toMatchObject({ reward: 0n, flags: 1 });
    expect(limitToBudget(fillReward(rules, false, 10n ** 12n, 5, 0), 7n)).toMatchObject({ reward: 7n, flags: 4 });
    expect(volatilityMultiplierBps(250, 200, 15_000)).toBe(12_500);
    expect(slashSplit(50n, 950n, 1_000)).toEqual([50n, 50n]);
  });
});

describe('MAKERS_ERRORS', () => {
  it('names the codes as interface/error.rs and has a sentence for each', () => {
    expect(getMakersError(19)?.name).toBe('StaleSequence');
    expect(Object.keys(MAKERS_ERRORS)).toHaveLength(37);
    for (const e of Object.values(MAKERS_ERRORS)) expect(e.message).toMatch(/^[A-Z].*\.$/);
  });
});
