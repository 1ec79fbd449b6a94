/**
 * Exact formatting and parsing of token amounts: bigint base units in, strings
 * out, and back. No floats ever touch an amount; percentages and APRs (ratios,
 * not money) are the only numbers formatted with Intl.
 */

export interface FormatAmountOptions {
  /** Decimals of the token (KEEL: 9). */
  decimals?: number;
  /** Fraction digits shown at most; the rest is cut off (never rounded up). Default 4. */
  maxFractionDigits?: number;
  /** Fraction digits always shown (zero-padded). Default 0. */
  minFractionDigits?: number;
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * `1234500000000n` → `"1,234.5"` (9 decimals). Truncates toward zero, so a
 * balance is never shown larger than it is; a non-zero amount too small for the
 * shown digits reads `"<0.0001"`.
 */
export function formatTokenAmount(amount: bigint, options: FormatAmountOptions = {}): string {
  const { decimals = 9, maxFractionDigits = 4, minFractionDigits = 0 } = options;
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const unit = 10n ** BigInt(decimals);
  const whole = abs / unit;
  const fraction = (abs % unit).toString().padStart(decimals, '0');
  const shownDigits = Math.min(maxFractionDigits, decimals);
  let shown = fraction.slice(0, shownDigits).replace(/0+$/, '');
  if (shown.length < minFractionDigits) shown = shown.padEnd(Math.min(minFractionDigits, decimals), '0');
  if (whole === 0n && shown.replace(/0/g, '') === '' && abs !== 0n) {
    return `${negative ? '-' : ''}<${shownDigits === 0 ? '1' : `0.${'0'.repeat(shownDigits - 1)}1`}`;
  }
  return `${negative ? '-' : ''}${group(whole.toString())}${shown ? `.${shown}` : ''}`;
}

/** An amount as it goes back into an input: every digit, no grouping ("1234.5"). */
export function toInputAmount(amount: bigint, decimals = 9): string {
  const unit = 10n ** BigInt(decimals);
  const fraction = (amount % unit).toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${amount / unit}${fraction ? `.${fraction}` : ''}`;
}

export type ParseAmountResult = { ok: true; value: bigint } | { ok: false; error: string };

/**
 * Parses what a user typed into base units, exactly: `"1,234.5"` → 1234500000000n
 * (9 decimals). Accepts thousands separators (commas in groups of three, or
 * spaces) and a dot for decimals; refuses signs, exponents, a decimal comma and
 * more decimals than the token has.
 */
export function parseTokenAmount(input: string, decimals = 9): ParseAmountResult {
  const text = input.trim().replace(/[\s\u00a0\u202f_]/g, '');
  if (text === '') return { ok: false, error: 'Enter an amount.' };
  if (/^[-+]/.test(text)) return { ok: false, error: 'Enter an amount without a sign.' };
  if (/[eE]/.test(text)) return { ok: false, error: 'Write the amount out in digits.' };
  const parts = text.split('.');
  if (parts.length > 2) return { ok: false, error: 'Use one dot for decimals.' };
  const [intPart = '', fracPart = ''] = parts;
  if (fracPart.includes(',')) return { ok: false, error: 'Use a dot (.) for decimals; commas only between thousands.' };
  if (intPart.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+$/.test(intPart)) {
      return { ok: false, error: 'Use a dot (.) for decimals; commas only between thousands.' };
    }
  }
  const intDigits = intPart.replace(/,/g, '');
  if (!/^\d*$/.test(intDigits) || !/^\d*$/.test(fracPart) || intDigits + fracPart === '') {
    return { ok: false, error: 'Enter a number, like 1,234.5.' };
  }
  if (fracPart.length > decimals) {
    return { ok: false, error: `At most ${decimals} decimal places.` };
  }
  const unit = 10n ** BigInt(decimals);
  const value = BigInt(intDigits || '0') * unit + BigInt((fracPart || '0').padEnd(decimals, '0'));
  return { ok: true, value };
}

/** 0.1234 → "12.34 %". Ratios only (APR, staking ratio), never amounts. */
export function formatPercent(fraction: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits, minimumFractionDigits: 0 }).format(fraction * 100)} %`;
}

/** 1_000 bps → "10 %". */
export function formatBps(bps: number): string {
  return formatPercent(bps / 10_000);
}

/** 15_000 bps → "1.5×". */
export function formatMultiplier(bps: number): string {
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(bps / 10_000)}×`;
}

/**
 * Time left until a unix second, as a short countdown: "29 d 23 h", "5 h 12 m",
 * "4 m 10 s", "Unlocked" once reached.
 */
export function formatCountdown(untilSecs: bigint, nowSecs: bigint): string {
  const left = untilSecs - nowSecs;
  if (left <= 0n) return 'Unlocked';
  const d = left / 86_400n;
  const h = (left % 86_400n) / 3_600n;
  const m = (left % 3_600n) / 60n;
  const s = left % 60n;
  if (d > 0n) return `${d} d ${h} h`;
  if (h > 0n) return `${h} h ${m} m`;
  return `${m} m ${s} s`;
}

/** A duration in whole days when it is one ("7 days", "1 day"), else in hours ("36 h"). */
export function formatDays(secs: bigint): string {
  if (secs % 86_400n === 0n) return secs === 86_400n ? '1 day' : `${secs / 86_400n} days`;
  return `${secs / 3_600n} h`;
}

/** A chain date in UTC, "15 Jul 2026, 14:05 UTC" (the chain clock is UTC; a warp moves it). */
export function formatChainDate(date: Date): string {
  const d = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'UTC',
  }).format(date);
  return `${d} UTC`;
}

/** "3vYo…5DNM". */
export function shortAddress(address: string): string {
  return address.length > 10 ? `${address.slice(0, 4)}…${address.slice(-4)}` : address;
}
