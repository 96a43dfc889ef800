import type { EvidenceUnit } from "./evidence-unit.js";
import { UnitVectors } from "./unit-similarity.js";

/** Shared content words from which a pair may align at LOOSE × the threshold. */
const MANY_SHARED = 5;
const LOOSE = 0.7;
/** Most sentences of a story a phrase may appear in and still tie two of them. */
const RARE_PHRASE_DF = 3;

/** Similarity given to two sentences that quote one statement. */
const SAME_STATEMENT = 0.9;

/** A claim before its status is known: the aligned units (one per article, more when two alignments of one claim were merged). */
export interface ClaimDraft {
  units: EvidenceUnit[];
  /** The pairs matched to each other directly, with their similarity: conflicts and dates compare these only. */
  pairs: { a: EvidenceUnit; b: EvidenceUnit; sim: number }[];
  /** Lowest similarity among the direct pairs (1 for a single unit). */
  score: number;
}

export interface AlignOptions {
  /** Cosine similarity from which two sentences of different articles state the same claim. */
  threshold?: number;
}

/**
 * Aligns the sentences of a story's articles into claims. A unit joins, for
 * each other article, its best match there when that match is close enough;
 * a sentence that states two claims can therefore appear in two claims (once
 * as an anchor, once as another sentence's best match). Units that match
 * nothing become single-source claims.
 */
export class ClaimAligner {
  readonly threshold: number;

  constructor(opts: AlignOptions = {}) {
    this.threshold = opts.threshold ?? 0.3;
  }

  /**
   * `same` names pairs of units known to state one thing whatever their words
   * (sentences quoting one statement), keyed "key|key".
   */
  align(units: EvidenceUnit[], same: Set<string> = new Set()): ClaimDraft[] {
    const vectors = new UnitVectors(units);
    // Phrases few sentences of the story use: sharing one ("counterterrorism operations") ties two sentences.
    const phraseDf = new Map<string, number>();
    for (const u of units) for (const b of u.bigrams) phraseDf.set(b, (phraseDf.get(b) ?? 0) + 1);
    const rarePhrase = (u: EvidenceUnit, v: EvidenceUnit) => [...u.bigrams].some((b) => v.bigrams.has(b) && phraseDf.get(b)! <= RARE_PHRASE_DF);
    const byArticle = new Map<string, EvidenceUnit[]>();
    for (const u of units) {
      const list = byArticle.get(u.article.id) ?? [];
      list.push(u);
      byArticle.set(u.article.id, list);
    }
    const drafts = new Map<string, ClaimDraft>();
    const matched = new Set<string>();
    for (const u of units) {
      const members = [u];
      const pairs: ClaimDraft["pairs"] = [];
      let score = 1;
      for (const [articleId, others] of byArticle) {
        if (articleId === u.article.id) continue;
        let best: EvidenceUnit | null = null;
        let bestSim = this.threshold;
        for (const v of others) {
          let sim = vectors.similarity(u, v);
          if (same.has(`${u.key}|${v.key}`)) sim = Math.max(SAME_STATEMENT, sim);
          // Long sentences dilute cosine: many shared content words still say "same claim".
          if (sim < this.threshold) {
            const shared = vectors.shared(u, v).filter((t) => !t.startsWith("E:")).length;
            if (sim >= this.threshold * LOOSE && shared >= MANY_SHARED) sim = this.threshold;
            else if (rarePhrase(u, v)) sim = this.threshold + sim / 100;
          }
          if (sim >= bestSim) [best, bestSim] = [v, sim];
        }
        if (best) {
          members.push(best);
          pairs.push({ a: u, b: best, sim: bestSim });
          score = Math.min(score, bestSim);
        }
      }
      if (members.length < 2) continue;
      members.sort(unitOrder);
      const key = members.map((m) => m.key).join("|");
      if (!drafts.has(key)) drafts.set(key, { units: members, score, pairs });
      for (const m of members) matched.add(m.key);
    }
    for (const u of units) if (!matched.has(u.key)) drafts.set(u.key, { units: [u], score: 1, pairs: [] });
    // A draft whose sentences all sit in a larger draft says nothing new: keep the larger one.
    const all = [...drafts.values()];
    const wide = all.filter((d) => !all.some((o) => o !== d && o.units.length > d.units.length && d.units.every((u) => o.units.includes(u))));
    // Two drafts over the same articles sharing a sentence are one claim aligned two ways:
    // one claim, carried by every sentence either alignment found.
    const kept: ClaimDraft[] = [];
    for (const d of [...wide].sort((a, b) => b.score - a.score || unitOrder(a.units[0]!, b.units[0]!))) {
      const arts = (x: ClaimDraft) => [...new Set(x.units.map((u) => u.article.id))].sort().join("|");
      const same = d.units.length > 1 ? kept.find((k) => arts(k) === arts(d) && d.units.some((u) => k.units.includes(u))) : undefined;
      if (!same) kept.push(d);
      else {
        for (const u of d.units) if (!same.units.includes(u)) same.units.push(u);
        same.pairs.push(...d.pairs);
      }
    }
    for (const k of kept) k.units.sort(unitOrder);
    return kept.sort((a, b) => unitOrder(a.units[0]!, b.units[0]!) || b.units.length - a.units.length);
  }
}

/** Articles in the story's order (by id), then sentence order. */
function unitOrder(a: EvidenceUnit, b: EvidenceUnit): number {
  if (a.article.id !== b.article.id) return a.article.id < b.article.id ? -1 : 1;
  return a.sentence - b.sentence;
}
