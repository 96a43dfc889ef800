import type { EvidenceUnit } from "./evidence-unit.js";

/** Entity overlap says more about "the same claim" than a shared word. */
const ENTITY_BOOST = 1.5;


/**
 * TF-IDF vectors of a story's units (stems plus canonical entities), with IDF
 * taken over the story itself: a word every sentence of the story uses
 * ("Bagram" in a story about Bagram) says little about which claim it is.
 */
export class UnitVectors {
  private readonly vecs = new Map<string, Map<string, number>>();
  private readonly norms = new Map<string, number>();

  constructor(units: EvidenceUnit[]) {
    const df = new Map<string, number>();
    const terms = (u: EvidenceUnit) => [...u.stems.keys(), ...[...u.entities].map((e) => `E:${e}`)];
    for (const u of units) for (const t of new Set(terms(u))) df.set(t, (df.get(t) ?? 0) + 1);
    const n = units.length;
    for (const u of units) {
      const v = new Map<string, number>();
      for (const [s, c] of u.stems) v.set(s, (1 + Math.log(c)) * idf(n, df.get(s)!));
      for (const e of u.entities) {
        const t = `E:${e}`;
        v.set(t, ENTITY_BOOST * idf(n, df.get(t)!));
      }

      let norm = 0;
      for (const w of v.values()) norm += w * w;
      this.vecs.set(u.key, v);
      this.norms.set(u.key, Math.sqrt(norm) || 1);
    }
  }

  /** Cosine similarity of two units, 0..1. */
  similarity(a: EvidenceUnit, b: EvidenceUnit): number {
    const va = this.vecs.get(a.key);
    const vb = this.vecs.get(b.key);
    if (!va || !vb) return 0;
    const [small, large] = va.size < vb.size ? [va, vb] : [vb, va];
    let dot = 0;
    for (const [t, w] of small) {
      const x = large.get(t);
      if (x) dot += w * x;
    }
    return dot / (this.norms.get(a.key)! * this.norms.get(b.key)!);
  }

  /** Terms two units share, strongest first (for explaining an alignment). */
  shared(a: EvidenceUnit, b: EvidenceUnit): string[] {
    const va = this.vecs.get(a.key)!;
    const vb = this.vecs.get(b.key)!;
    return [...va.keys()].filter((t) => vb.has(t)).sort((x, y) => vb.get(y)! * va.get(y)! - vb.get(x)! * va.get(x)!);
  }
}

function idf(n: number, df: number): number {
  return Math.log((n + 1) / (df + 0.5));
}
