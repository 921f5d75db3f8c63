// Latency figures of a run: every request's milliseconds, then p50 / p99 by the nearest rank.
export class LatencyLog {
  private readonly samples: number[] = [];

  add(milliseconds: number): void {
    this.samples.push(milliseconds);
  }

  get count(): number {
    return this.samples.length;
  }

  percentile(share: number): number {
    if (!this.samples.length) return 0;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
  }

  describe(): string {
    return `p50 ${this.percentile(0.5).toFixed(0)} ms, p99 ${this.percentile(0.99).toFixed(0)} ms`;
  }
}

/** Runs `work` for every item with at most `limit` in flight. */
export async function runLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
