/**
 * Recent blockhashes and the block height each appeared at. LiteSVM accepts
 * only its single latest blockhash, so its own check is turned off and this
 * queue decides instead, with the validator's rule: a blockhash is usable while
 * the block height is at most 150 past the height it was issued at.
 */
export const MAX_PROCESSING_AGE = 150;

export class BlockhashQueue {
  private readonly heights = new Map<string, number>();

  add(hash: string, height: number): void {
    if (!this.heights.has(hash)) this.heights.set(hash, height);
  }

  lastValidBlockHeight(hash: string): number | undefined {
    const h = this.heights.get(hash);
    return h === undefined ? undefined : h + MAX_PROCESSING_AGE;
  }

  isValid(hash: string, height: number): boolean {
    const last = this.lastValidBlockHeight(hash);
    return last !== undefined && height <= last;
  }

  /** Forgets hashes that expired; they answer "not found" like on a real node. */
  prune(height: number): void {
    for (const [hash, h] of this.heights) if (h + MAX_PROCESSING_AGE < height) this.heights.delete(hash);
  }

  toJSON(): [string, number][] {
    return [...this.heights];
  }

  static fromJSON(entries: [string, number][]): BlockhashQueue {
    const q = new BlockhashQueue();
    for (const [hash, h] of entries) q.add(hash, h);
    return q;
  }
}
