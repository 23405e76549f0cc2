// A sliding-window limit per key (here: one person in one room). In memory:
// with several processes each enforces it for its own connections. Keys whose
// window has passed are swept, so the map stays as small as the set of people
// who sent something in the last window, whatever ids a client makes up.
export class SlidingWindowLimiter {
  private hits = new Map<string, number[]>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records a hit and says whether it is within the limit. */
  take(key: string, now = Date.now()): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return true;
  }

  forget(key: string): void {
    this.hits.delete(key);
  }

  /** Drops every key with no hit inside the window. */
  sweep(now = Date.now()): void {
    for (const [key, times] of this.hits) if (!times.some((t) => now - t < this.windowMs)) this.hits.delete(key);
  }

  get size(): number {
    return this.hits.size;
  }
}
