/**
 * Step statistics for the governance property tests: per kind of step, how
 * many sent a transaction, succeeded, were refused (and why) or were skipped
 * (nothing to act on), and floors on those counts so a run that does nothing
 * useful fails instead of passing idle. Same API as the shared helper another
 * change adds (`programs/test-support/property.ts`); swap the import once it
 * is on main. Framework-free: plain errors.
 */

/** What a kind of step must reach over a run set. */
export interface StepFloor {
  /** Steps of the kind that sent a transaction. */
  minAttempts: number;
  /** Share of the sent steps that succeeded, 0–1. */
  minShare: number;
}

interface StepCount {
  attempted: number;
  ok: number;
  refused: number;
  skipped: number;
  reasons: Map<string, number>;
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

export class StepStats<Kind extends string> {
  private readonly counts = new Map<Kind, StepCount>();

  private row(kind: Kind): StepCount {
    let c = this.counts.get(kind);
    if (!c) this.counts.set(kind, (c = { attempted: 0, ok: 0, refused: 0, skipped: 0, reasons: new Map() }));
    return c;
  }

  succeeded(kind: Kind): void {
    const c = this.row(kind);
    c.attempted++;
    c.ok++;
  }

  refused(kind: Kind, reason: string): void {
    const c = this.row(kind);
    c.attempted++;
    c.refused++;
    c.reasons.set(reason, (c.reasons.get(reason) ?? 0) + 1);
  }

  skipped(kind: Kind): void {
    this.row(kind).skipped++;
  }

  /** Succeeded / sent; 0 when none was sent. */
  share(kind: Kind): number {
    const c = this.counts.get(kind);
    return c?.attempted ? c.ok / c.attempted : 0;
  }

  /** One line per kind: sent, ok, refused, skipped, share, refusals. */
  table(): string {
    return [...this.counts]
      .map(([kind, c]) => {
        const reasons = [...c.reasons].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n}`).join(', ');
        return `${kind.padEnd(12)} sent ${c.attempted}, ok ${c.ok}, refused ${c.refused}, skipped ${c.skipped}, ok ${percent(this.share(kind))}${reasons ? ` (${reasons})` : ''}`;
      })
      .join('\n');
  }

  /** Throws, with the table, if a floor is missed or a recorded kind has none. */
  assertFloors(floors: Record<Kind, StepFloor>): void {
    const missed: string[] = [];
    for (const kind of Object.keys(floors) as Kind[]) {
      const { minAttempts, minShare } = floors[kind];
      const attempted = this.counts.get(kind)?.attempted ?? 0;
      if (attempted < minAttempts) missed.push(`${kind}: ${attempted} sent, fewer than ${minAttempts}`);
      if (this.share(kind) < minShare) missed.push(`${kind}: ${percent(this.share(kind))} succeeded, below ${percent(minShare)}`);
    }
    for (const kind of this.counts.keys()) if (!(kind in floors)) missed.push(`${kind}: no floor`);
    if (missed.length) throw new Error(`step floors missed:\n  ${missed.join('\n  ')}\n${this.table()}`);
  }
}
