import { describe, expect, it } from 'vitest';
import { bpsToMultiplierInput, bpsToPercentInput, parseAddress, parseData, parseDaysToSecs, parseHash, parseMultiplierToBps, parsePercentToBps, secsToDaysInput, toHex } from './parse';

const DAY = 86_400n;

describe('percentages → basis points (exact)', () => {
  it.each([
    ['8', 800],
    ['8.5', 850],
    ['8.25', 825],
    ['0', 0],
    ['50', 5_000],
    [' 12.5 % ', 1_250],
    ['.5', 50],
  ])('%s → %i', (input, bps) => expect(parsePercentToBps(input, { max: 5_000 })).toEqual({ ok: true, value: bps }));

  it.each([
    ['', 'Enter a percentage.'],
    ['-1', 'Enter a percentage without a sign.'],
    ['8.125', 'At most 2 decimal places.'],
    ['50.01', 'Enter a percentage from 0 % to 50 %.'],
    ['1e2', 'Enter a percentage as a number, like 8.5.'],
    ['8,5', 'Enter a percentage as a number, like 8.5.'],
    ['.', 'Enter a percentage as a number, like 8.5.'],
  ])('%j is refused: %s', (input, error) => expect(parsePercentToBps(input, { max: 5_000 })).toEqual({ ok: false, error }));

  it('round-trips through the input form', () => {
    for (const bps of [0, 1, 10, 800, 850, 1_234, 5_000]) expect(parsePercentToBps(bpsToPercentInput(bps), { max: 5_000 })).toEqual({ ok: true, value: bps });
    expect(bpsToPercentInput(1_000)).toBe('10');
    expect(bpsToPercentInput(825)).toBe('8.25');
  });
});

describe('multipliers → basis points', () => {
  const bounds = { min: 10_000, max: 50_000 };
  it('takes up to four decimals and the × sign', () => {
    expect(parseMultiplierToBps('1.5', bounds)).toEqual({ ok: true, value: 15_000 });
    expect(parseMultiplierToBps('1.2345×', bounds)).toEqual({ ok: true, value: 12_345 });
    expect(parseMultiplierToBps('3x', bounds)).toEqual({ ok: true, value: 30_000 });
    expect(parseMultiplierToBps('1.23456', bounds)).toEqual({ ok: false, error: 'At most 4 decimal places.' });
    expect(parseMultiplierToBps('0.9', bounds)).toEqual({ ok: false, error: 'Enter a multiplier from 1× to 5×.' });
    expect(parseMultiplierToBps('5.0001', bounds)).toEqual({ ok: false, error: 'Enter a multiplier from 1× to 5×.' });
    expect(bpsToMultiplierInput(12_345)).toBe('1.2345');
    expect(bpsToMultiplierInput(30_000)).toBe('3');
  });
});

describe('days → seconds', () => {
  const bounds = { min: DAY, max: 365n * DAY };
  it('whole and hundredths of days are whole seconds', () => {
    expect(parseDaysToSecs('7', bounds)).toEqual({ ok: true, value: 7n * DAY });
    expect(parseDaysToSecs('1.5 days', bounds)).toEqual({ ok: true, value: 129_600n });
    expect(parseDaysToSecs('0.99', bounds)).toEqual({ ok: false, error: 'Enter from 1 to 365 days.' });
    expect(parseDaysToSecs('366', bounds)).toEqual({ ok: false, error: 'Enter from 1 to 365 days.' });
    expect(parseDaysToSecs('1.005', bounds)).toEqual({ ok: false, error: 'At most 2 decimal places.' });
    expect(secsToDaysInput(7n * DAY)).toBe('7');
    expect(secsToDaysInput(43_200n)).toBe('0.5');
    expect(secsToDaysInput(0n)).toBe('0');
  });
});

describe('addresses, data and hashes', () => {
  it('addresses are base58 public keys', () => {
    const r = parseAddress(' 42PHAkn3bvcr5jsME3fGzpMb4eFNn7HtjKDhzXqis9Tg ');
    expect(r.ok && r.value.toBase58()).toBe('42PHAkn3bvcr5jsME3fGzpMb4eFNn7HtjKDhzXqis9Tg');
    expect(parseAddress('')).toEqual({ ok: false, error: 'Enter an address.' });
    expect(parseAddress('0OIl')).toMatchObject({ ok: false });
    expect(parseAddress('42PHAkn3bvcr5jsME3fGzpMb4eFNn7HtjKDhzXqis9T0')).toMatchObject({ ok: false });
  });

  it('data in hex or base64', () => {
    expect(parseData('0x01 05 e8 03', 'hex')).toEqual({ ok: true, value: Uint8Array.of(1, 5, 0xe8, 3) });
    expect(parseData('', 'hex')).toEqual({ ok: true, value: new Uint8Array() });
    expect(parseData('abc', 'hex')).toEqual({ ok: false, error: 'Hex data needs an even number of digits (two per byte).' });
    expect(parseData('zz', 'hex')).toEqual({ ok: false, error: 'Hex data may only hold 0-9 and a-f.' });
    expect(parseData('AQXoAw==', 'base64')).toEqual({ ok: true, value: Uint8Array.of(1, 5, 0xe8, 3) });
    expect(parseData('AQXoA', 'base64')).toMatchObject({ ok: false });
    expect(toHex(Uint8Array.of(1, 255))).toBe('01ff');
  });

  it('a sha256 is 64 hex digits', () => {
    expect(parseHash('ab'.repeat(32))).toEqual({ ok: true, value: new Uint8Array(32).fill(0xab) });
    expect(parseHash('ab'.repeat(31))).toEqual({ ok: false, error: 'A sha256 hash is 64 hex digits.' });
  });
});
