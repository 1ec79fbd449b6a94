/**
 * Where fills come from.
 *
 * - `SimulatedSource`: the live market of `market.ts`, quoting with every
 *   maker the config has (listed from chain each round, so a maker who
 *   registers through the page starts getting fills); makers it knows (the
 *   demo's) keep their described quality, others get one derived from their
 *   address. Its ids continue after the chain's `reporter_sequence` each
 *   round, and its seed mixes in that sequence, so a restart resumes with
 *   new fills rather than the same market again.
 * - `fileFills`: a CSV / JSONL replay (`file-source.ts`), validated whole.
 */
import type { PublicKey } from '@solana/web3.js';
import type { MakersConfig, MakersKeys } from '@/lib/programs/makers';
import type { ReporterChain } from './chain';
import { readFillsFile } from './file-source';
import type { ReportedFill } from './fills';
import { type MakerProfile, profileFromAddress, SimulatedMarket } from './market';

export class SimulatedSource {
  private market: SimulatedMarket | null = null;
  private wallets = new Map<string, PublicKey>();

  constructor(
    private readonly options: {
      seed: string;
      /** Minutes of market per round. */
      minutes: number;
      /** Profiles of makers the simulation knows by wallet (base58). */
      known?: ReadonlyMap<string, MakerProfile>;
    },
  ) {}

  /** Wallets the market quoted with in the last round (base58 → key), for the performance reports. */
  get makerWallets(): ReadonlyMap<string, PublicKey> {
    return this.wallets;
  }

  /** The next round's fills, or [] when the config has no makers yet. */
  async next(chain: ReporterChain, keys: MakersKeys, config: MakersConfig): Promise<ReportedFill[]> {
    if (!chain.listMakers) throw new Error('SimulatedSource: this chain cannot list makers');
    const wallets = await chain.listMakers(keys.config, keys.programId);
    this.wallets = new Map(wallets.map((w) => [w.toBase58(), w]));
    if (wallets.length === 0) return [];
    const profiles = wallets.map((w) => this.options.known?.get(w.toBase58()) ?? profileFromAddress(w));
    if (!this.market) {
      this.market = new SimulatedMarket({ seed: `${this.options.seed}:${config.reporterSequence}`, makers: profiles, firstId: config.reporterSequence + 1n });
    } else {
      this.market.setMakers(profiles);
      this.market.skipTo(config.reporterSequence);
    }
    return this.market.ticks(this.options.minutes);
  }

  /** Per-maker totals since the last call (for `update_performance`). */
  takeStats() {
    return this.market?.takeStats() ?? new Map();
  }
}

/** The fills of a CSV / JSONL file; throws with every problem listed when any row is invalid. */
export function fileFills(path: string): ReportedFill[] {
  const parsed = readFillsFile(path);
  if (!parsed.ok) throw new Error(`the file of fills was refused, nothing was sent:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.fills;
}
