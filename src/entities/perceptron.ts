/**
 * An averaged perceptron over string features, for greedy sequence tagging.
 * Small and fast: the weights are one Float32Array per feature.
 */
export class Perceptron {
  readonly tags: string[];
  readonly weights = new Map<string, Float32Array>();
  // Averaging bookkeeping (training only).
  private totals = new Map<string, Float64Array>();
  private stamps = new Map<string, Float64Array>();
  private instances = 0;

  constructor(tags: string[]) {
    this.tags = tags;
    this.buffer = new Float32Array(tags.length);
  }

  /** Reused between calls: scoring allocates nothing. */
  private buffer: Float32Array;

  scores(features: string[]): Float32Array {
    const s = this.buffer;
    s.fill(0);
    const n = s.length;
    for (let i = 0; i < features.length; i++) {
      const w = this.weights.get(features[i]!);
      if (w === undefined) continue;
      for (let k = 0; k < n; k++) s[k]! += w[k]!;
    }
    return s;
  }

  /** The summed weights of some features, as a fresh vector (to cache a word's own features). */
  partial(features: string[]): Float32Array {
    return Float32Array.from(this.scores(features));
  }

  /** The weights in an open-addressing table keyed by the 30-bit hash of their feature string (see feature-hash.ts); built on first use. */
  private table: { keys: Int32Array; weights: Float32Array; mask: number } | null = null;

  private buildTable(hash: (f: string) => number): { keys: Int32Array; weights: Float32Array; mask: number } {
    const n = this.tags.length;
    let size = 1;
    while (size < this.weights.size * 2.5) size <<= 1;
    const keys = new Int32Array(size).fill(-1);
    const weights = new Float32Array(size * n);
    const mask = size - 1;
    for (const [f, w] of this.weights) {
      const h = hash(f);
      let i = h & mask;
      while (keys[i] !== -1 && keys[i] !== h) i = (i + 1) & mask;
      // A collision of two features' hashes sums their weights: rare, and a small error.
      keys[i] = h;
      for (let k = 0; k < n; k++) weights[i * n + k]! += w[k]!;
    }
    return { keys, weights, mask };
  }

  /** The best tag given a precomputed partial score and the hashes of further features. */
  predictFromHashes(base: Float32Array, hashes: Int32Array, count: number, hash: (f: string) => number): number {
    const t = (this.table ??= this.buildTable(hash));
    const s = this.buffer;
    const n = s.length;
    for (let k = 0; k < n; k++) s[k] = base[k]!;
    for (let j = 0; j < count; j++) {
      const h = hashes[j]!;
      let i = h & t.mask;
      for (;;) {
        const key = t.keys[i]!;
        if (key === h) {
          const o = i * n;
          for (let k = 0; k < n; k++) s[k]! += t.weights[o + k]!;
          break;
        }
        if (key === -1) break;
        i = (i + 1) & t.mask;
      }
    }
    let best = 0;
    for (let k = 1; k < n; k++) if (s[k]! > s[best]!) best = k;
    return best;
  }

  predict(features: string[]): number {
    const s = this.scores(features);
    let best = 0;
    for (let k = 1; k < s.length; k++) if (s[k]! > s[best]!) best = k;
    return best;
  }

  /** One training step: on a mistake, move weights towards the truth. */
  update(truth: number, guess: number, features: string[]): void {
    this.instances++;
    if (truth === guess) return;
    for (const f of features) {
      let w = this.weights.get(f);
      if (!w) {
        w = new Float32Array(this.tags.length);
        this.weights.set(f, w);
        this.totals.set(f, new Float64Array(this.tags.length));
        this.stamps.set(f, new Float64Array(this.tags.length));
      }
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      for (const [k, d] of [[truth, 1], [guess, -1]] as const) {
        tot[k]! += (this.instances - st[k]!) * w[k]!;
        st[k] = this.instances;
        w[k]! += d;
      }
    }
  }

  /** Replaces the weights by their averages over all steps; the model then generalises better. */
  average(): void {
    for (const [f, w] of this.weights) {
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      for (let k = 0; k < w.length; k++) {
        const total = tot[k]! + (this.instances - st[k]!) * w[k]!;
        w[k] = total / this.instances;
      }
    }
    this.totals = new Map();
    this.stamps = new Map();
  }

  /** Compact form: weights under `prune` dropped, rounded to 3 decimals. */
  toJSON(prune = 0.001): { tags: string[]; weights: Record<string, number[]> } {
    const weights: Record<string, number[]> = {};
    for (const [f, w] of this.weights) {
      const kept: number[] = [];
      w.forEach((x, k) => {
        if (Math.abs(x) >= prune) kept.push(k, Math.round(x * 1000) / 1000);
      });
      if (kept.length) weights[f] = kept;
    }
    return { tags: this.tags, weights };
  }

  static fromJSON(data: { tags: string[]; weights: Record<string, number[]> }): Perceptron {
    const p = new Perceptron(data.tags);
    for (const [f, kv] of Object.entries(data.weights)) {
      const w = new Float32Array(data.tags.length);
      for (let i = 0; i < kv.length; i += 2) w[kv[i]!] = kv[i + 1]!;
      p.weights.set(f, w);
    }
    return p;
  }
}
