import type { Article } from "../core/article.js";
import { spanOf, type Evidence } from "../core/span.js";
import { contentStems } from "./word-stem.js";

/**
 * One informative sentence of one article: the smallest piece of evidence a
 * claim is built from, with the features alignment and conflict detection use.
 */
export interface EvidenceUnit {
  /** `${article}#${sentence}` */
  key: string;
  article: Article;
  sentence: number;
  evidence: Evidence;
  blockKind: string;
  stems: Map<string, number>;
  /** Adjacent content-word stems, for the rare-phrase rule of the aligner. */
  bigrams: Set<string>;
  /** Canonical entity ids mentioned in the sentence. */
  entities: Set<string>;
  /**
   * Where the sentence's content comes from beyond the outlet. `root` is the
   * reporting chain's outermost relay (a cited newspaper, statement or post);
   * null when the outlet reports it itself (a person it quotes directly).
   */
  origins: { names: string[]; root: string | null }[];
}

/** Origin kinds that are reports of their own: two outlets citing one of them are one origin. */
const RELAY_KINDS = new Set(["publication", "statement", "post"]);

/** Sentences too short to carry a claim ("Indeed.", a dateline) are not units. */
const MIN_CONTENT_WORDS = 3;

/** The evidence units of one article, in text order. Headings are not claims. */
export function evidenceUnits(article: Article, nameOf: (entity: string) => string | null = () => null): EvidenceUnit[] {
  const units: EvidenceUnit[] = [];
  const blockAt = (pos: number) => article.blocks.find((b) => b.start <= pos && pos < b.end);
  for (const [i, s] of article.sentences.entries()) {
    const block = blockAt(s.start);
    if (block && (block.kind === "heading" || block.kind === "title")) continue;
    const text = article.text.slice(s.start, s.end);
    const words = contentStems(text, s.start);
    if (words.length < MIN_CONTENT_WORDS) continue;
    const stems = new Map<string, number>();
    for (const w of words) stems.set(w.stem, (stems.get(w.stem) ?? 0) + 1);
    const bigrams = new Set<string>();
    for (let k = 1; k < words.length; k++) {
      const [x, y] = [words[k - 1]!, words[k]!];
      if (y.start - x.end <= 2 && x.stem.length >= 4 && y.stem.length >= 4) bigrams.add(`${x.stem} ${y.stem}`);
    }
    const entities = new Set<string>();
    for (const m of article.entities) if (m.start >= s.start && m.end <= s.end && m.type !== "MISC") entities.add(m.entity);
    const origins = article.origins
      .filter((o) => o.sentence === i)
      .map((o) => {
        // The chain runs from the original source outwards; the outermost relay is what another outlet would cite too.
        const chain = o.chain && o.chain.length ? o.chain : [o];
        const outer = chain[chain.length - 1]!;
        const relayed = chain.length > 1 || RELAY_KINDS.has(o.kind);
        // A resolved speaker is named by its entity ("he" is Donald Trump); unnamed sources as printed.
        const names = chain.map((c, k) => (k === 0 && o.entity && nameOf(o.entity)) || c.text.replace(/^(the|a|an)\s+/i, ""));
        return { names, root: relayed ? originKey(chain.length > 1 ? outer.text : (o.entity ?? o.text)) : null };
      });
    units.push({
      key: `${article.id}#${i}`,
      article,
      sentence: i,
      evidence: { article: article.id, ...spanOf(article.text, s.start, s.end) },
      blockKind: block?.kind ?? "paragraph",
      stems,
      bigrams,
      entities,
      origins,
    });
  }
  return units;
}

/** Normalises an origin's name or entity id so "The Wall Street Journal" and "Wall Street Journal" agree. */
export function originKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, "")
    .replace(/[^\p{L}\p{N}/]+/gu, " ")
    .trim();
}
