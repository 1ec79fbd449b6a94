/**
 * A simulated SOL/USDC market whose fills the reporter records on the local
 * chain (`npm run dev`) and in the demo's genesis history. Deterministic for a
 * seed. One tick is a minute of trading:
 *
 * - **Volatility** (bp, the figure each fill reports) follows a mean-reverting
 *   log process around 150 bp with rare jumps (×2.5), so it crosses the
 *   program's 200 bp threshold now and then and its multiplier applies.
 * - **Price** moves by volatility × √(1 minute / 1 day) × a normal draw.
 * - **Reference spread** (what a taker would pay without the makers) widens
 *   with volatility: 4 bp + volatility / 20.
 * - Each maker quotes on a tick with its **uptime**; its **improvement** over
 *   the reference spread is its edge ± jitter, at least 0 and below the spread
 *   (0 earns nothing: under the 1 bp minimum).
 * - **Fills** per tick are Poisson, more when volatile; each goes to a quoting
 *   maker with weight (1 + improvement) × √size (tighter quotes draw more
 *   flow) and is lognormal around the maker's typical size, converted to KEEL
 *   at `keelPrice` (the notional `record_fills` takes, in base units).
 *
 * `takeStats` hands the per-maker totals since its last call to the
 * performance reports (execution volume, spread efficiency, order flow).
 */
import type { PublicKey } from '@solana/web3.js';
import { type ReportedFill, U16_MAX } from './fills';
import { type Random, seededRandom } from './random';

export interface MakerProfile {
  wallet: PublicKey;
  /** Mean improvement it quotes over the reference spread, bp. */
  edgeBps: number;
  /** Spread of its improvement from tick to tick, bp. */
  jitterBps: number;
  /** Its typical fill, SOL. */
  sizeSol: number;
  /** Chance it quotes on a tick, 0..1. */
  uptime: number;
}

export interface MarketOptions {
  seed: string | number;
  makers: readonly MakerProfile[];
  /** Id of the first fill: the chain's `reporter_sequence` + 1 when resuming. */
  firstId: bigint;
  /** SOL/USDC mid at the start (default 150). */
  price?: number;
  /** USDC per KEEL: fills are converted to KEEL at it (default 0.25). */
  keelPrice?: number;
  /** Mean fills per tick in a calm market (default 3). */
  fillsPerTick?: number;
}

export interface MakerStats {
  fills: number;
  /** Σ notional, KEEL base units. */
  notional: bigint;
  /** Σ notional × improvement / reference spread (bp of the spread taken off, weighted). */
  efficiencyWeighted: bigint;
}

const MEAN_VOL_BPS = 150;
const MINUTES_PER_DAY = 1_440;
/** Base units per 1/1000 KEEL (9 decimals). */
const MILLI_KEEL = 1_000_000n;

export class SimulatedMarket {
  readonly random: Random;
  private makers: MakerProfile[];
  private nextId: bigint;
  private logVol = Math.log(MEAN_VOL_BPS);
  private mid: number;
  private readonly keelPrice: number;
  private readonly fillsPerTick: number;
  private stats = new Map<string, MakerStats>();

  constructor(options: MarketOptions) {
    if (options.firstId < 1n) throw new RangeError('SimulatedMarket: fill ids start at 1');
    this.random = seededRandom(options.seed);
    this.makers = [...options.makers];
    this.nextId = options.firstId;
    this.mid = options.price ?? 150;
    this.keelPrice = options.keelPrice ?? 0.25;
    this.fillsPerTick = options.fillsPerTick ?? 3;
  }

  get price(): number {
    return this.mid;
  }

  get volatilityBps(): number {
    return Math.min(U16_MAX, Math.round(Math.exp(this.logVol)));
  }

  /** The makers quoting from the next tick on (makers register while the market runs). */
  setMakers(makers: readonly MakerProfile[]): void {
    this.makers = [...makers];
  }

  /** Continue ids after `sequence` (the chain recorded up to it, e.g. another reporter did). */
  skipTo(sequence: bigint): void {
    if (sequence >= this.nextId) this.nextId = sequence + 1n;
  }

  /** `count` minutes of trading. */
  ticks(count: number): ReportedFill[] {
    const out: ReportedFill[] = [];
    for (let i = 0; i < count; i++) out.push(...this.tick());
    return out;
  }

  /** One minute: volatility and price move, makers quote, takers fill. */
  tick(): ReportedFill[] {
    const r = this.random;
    this.logVol += 0.05 * (Math.log(MEAN_VOL_BPS) - this.logVol) + 0.12 * r.normal() + (r.next() < 0.01 ? Math.log(2.5) : 0);
    this.logVol = Math.min(Math.log(2_000), Math.max(Math.log(20), this.logVol));
    const vol = this.volatilityBps;
    this.mid *= Math.exp((vol / 10_000) * r.normal() * Math.sqrt(1 / MINUTES_PER_DAY));
    const reference = 4 + vol / 20;

    const quotes = this.makers
      .filter((m) => r.next() < m.uptime)
      .map((m) => ({ maker: m, improvement: Math.round(Math.min(reference - 1, Math.max(0, m.edgeBps + m.jitterBps * r.normal()))) }));
    if (quotes.length === 0) return [];
    const weights = quotes.map((q) => (1 + q.improvement) * Math.sqrt(q.maker.sizeSol));
    const total = weights.reduce((a, b) => a + b, 0);

    const fills: ReportedFill[] = [];
    const count = r.poisson(this.fillsPerTick * (0.6 + vol / 375));
    for (let i = 0; i < count; i++) {
      const q = quotes[pick(weights, total, r.next())]!;
      const sizeSol = q.maker.sizeSol * Math.exp(0.6 * r.normal() - 0.18);
      const notional = BigInt(Math.max(1, Math.round(((sizeSol * this.mid) / this.keelPrice) * 1_000))) * MILLI_KEEL;
      fills.push({ id: this.nextId, maker: q.maker.wallet, notional, improvementBps: q.improvement, volatilityBps: vol });
      this.nextId += 1n;
      this.count(q.maker.wallet, notional, Math.round((q.improvement / reference) * 10_000));
    }
    return fills;
  }

  /** Per-maker totals since the last call (wallet base58 → stats), then starts over. */
  takeStats(): Map<string, MakerStats> {
    const out = this.stats;
    this.stats = new Map();
    return out;
  }

  private count(wallet: PublicKey, notional: bigint, efficiencyBps: number) {
    const key = wallet.toBase58();
    const s = this.stats.get(key) ?? { fills: 0, notional: 0n, efficiencyWeighted: 0n };
    s.fills += 1;
    s.notional += notional;
    s.efficiencyWeighted += notional * BigInt(efficiencyBps);
    this.stats.set(key, s);
  }
}

/** Index whose cumulative weight first exceeds `u × total`. */
function pick(weights: number[], total: number, u: number): number {
  let acc = 0;
  const target = u * total;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]!;
    if (target < acc) return i;
  }
  return weights.length - 1;
}

/**
 * A profile for a maker the simulation has no description of (registered
 * through the page, say): derived from its address, so it is stable across
 * restarts, in the middle of the demo makers' range.
 */
export function profileFromAddress(wallet: PublicKey): MakerProfile {
  const b = wallet.toBytes();
  const unit = (i: number) => b[i]! / 255;
  return { wallet, edgeBps: 1 + 3 * unit(0), jitterBps: 0.8 + unit(1), sizeSol: 10 + 50 * unit(2), uptime: 0.4 + 0.4 * unit(3) };
}
