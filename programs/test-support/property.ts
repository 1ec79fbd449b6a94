/**
 * Step statistics for property tests that accept some failures (nothing to
 * claim, a limit reached, ...). Such a test also passes when nothing succeeds:
 * a program that refuses every call with an accepted error, or a generator that
 * only builds steps the program refuses. Counting per kind of step how many
 * sent a transaction, how many succeeded and how many were refused (and why),
 * then requiring a minimum number of sent steps and a minimum success share per
 * kind, makes such a run fail.
 *
 * Use: one `StepStats` per `fc.assert` (all its sequences together, so the
 * shares are not those of a single short sequence); record every step
 * (`succeeded` / `refused` / `skipped`), then print `table()` and call
 * `assertFloors()`. Framework-free (it throws plain errors); imported as
 * `@/programs/test-support/property`.
 */

/** What a kind of step must reach over a run set. */
export interface StepFloor {
  /** Steps of the kind that sent a transaction (skipped ones do not count). */
  minAttempts: number;
  /** Share of the sent steps that succeeded, 0–1. */
  minShare: number;
  /**
   * Steps of the kind that succeeded. For a kind whose success depends on a
   * chain of earlier random steps (a queue needs a proposal that passed) the
   * share swings widely between runs of a few sequences; a count of successes
   * still proves the path ran without failing a correct run by chance.
   */
  minOk?: number;
}

/** Counts of one kind of step. */
export interface StepCount {
  /** Sent a transaction: `ok + refused`. */
  attempted: number;
  ok: number;
  /** Refused with an accepted error. */
  refused: number;
  /** Not sent (nothing to act on, e.g. no position yet). */
  skipped: number;
  /** Refusals by error name. */
  reasons: Map<string, number>;
}

const empty = (): StepCount => ({ attempted: 0, ok: 0, refused: 0, skipped: 0, reasons: new Map() });

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

export class StepStats<Kind extends string> {
  private readonly counts = new Map<Kind, StepCount>();

  private row(kind: Kind): StepCount {
    let c = this.counts.get(kind);
    if (!c) this.counts.set(kind, (c = empty()));
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

  count(kind: Kind): StepCount {
    return this.counts.get(kind) ?? empty();
  }

  /** Succeeded / sent; 0 when none was sent (so a floor above 0 fails). */
  share(kind: Kind): number {
    const c = this.count(kind);
    return c.attempted ? c.ok / c.attempted : 0;
  }

  /** One line per kind (those of `floors` first, in its order), for the test's output. */
  table(floors: Partial<Record<Kind, StepFloor>> = {}): string {
    const kinds = [...new Set([...(Object.keys(floors) as Kind[]), ...this.counts.keys()])];
    const header = ['kind', 'sent', 'ok', 'refused', 'skipped', 'ok share', 'floor', 'refusals'];
    const rows = kinds.map((kind) => {
      const c = this.count(kind);
      const floor = floors[kind];
      const reasons = [...c.reasons].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n}`).join(', ');
      return [kind, c.attempted, c.ok, c.refused, c.skipped, percent(this.share(kind)), floor ? percent(floor.minShare) : '-', reasons].map(String);
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    // Text left-aligned, numbers right-aligned; the last column is free text.
    const line = (cells: string[]) =>
      cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
    return [line(header), ...rows.map(line)].join('\n');
  }

  /** Every floor missed, and every recorded kind without a floor (a new kind must get one). */
  violations(floors: Record<Kind, StepFloor>): string[] {
    const out: string[] = [];
    for (const kind of Object.keys(floors) as Kind[]) {
      const { minAttempts, minShare, minOk = 0 } = floors[kind];
      const c = this.count(kind);
      if (c.attempted < minAttempts) out.push(`${kind}: ${c.attempted} sent, fewer than ${minAttempts}`);
      if (this.share(kind) < minShare) out.push(`${kind}: ${percent(this.share(kind))} succeeded, below ${percent(minShare)}`);
      if (c.ok < minOk) out.push(`${kind}: ${c.ok} succeeded, fewer than ${minOk}`);
    }
    for (const kind of this.counts.keys()) if (!(kind in floors)) out.push(`${kind}: no floor`);
    return out;
  }

  /** Throws, with the table, if a floor is missed. */
  assertFloors(floors: Record<Kind, StepFloor>): void {
    const missed = this.violations(floors);
    if (missed.length) throw new Error(`step floors missed:\n  ${missed.join('\n  ')}\n${this.table(floors)}`);
  }
}
