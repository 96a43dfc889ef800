import type { FramingMarker as Marker } from "../core/article.js";
import type { ArticleDoc, Stage } from "../core/stage.js";
import { findQuotes, wordCount } from "../quotes/quote-marks.js";
import { isCue } from "../quotes/speaker-finder.js";
import { INTENSIFIERS, LOADED, LOADED_PHRASES, phrases, words } from "./lexicon.js";

const LEMMAS = new Map<string, string>();

/** Folds inflections so one entry covers botch/botched/botching and radical/radicals. */
export function lemma(w: string): string {
  const cached = LEMMAS.get(w);
  if (cached !== undefined) return cached;
  const out = computeLemma(w);
  // Bounded: an open vocabulary must not grow memory forever.
  if (LEMMAS.size > 100_000) LEMMAS.clear();
  LEMMAS.set(w, out);
  return out;
}

function computeLemma(w: string): string {
  let x = w.toLowerCase().replace(/[’']s$/, "");
  if (x.length > 5 && x.endsWith("ing")) x = x.slice(0, -3);
  else if (x.length > 4 && x.endsWith("ed")) x = x.slice(0, -2);
  else if (x.length > 4 && x.endsWith("es") && /(sh|ch|x|ss)es$/.test(x)) x = x.slice(0, -2);
  else if (x.length > 3 && x.endsWith("s") && !x.endsWith("ss")) x = x.slice(0, -1);
  if (/([bdgmnprt])\1$/.test(x)) x = x.slice(0, -1);
  return x;
}

const SINGLE = new Map<string, string>();
for (const w of words(LOADED)) SINGLE.set(lemma(w), "loaded");
for (const w of words(INTENSIFIERS)) SINGLE.set(lemma(w), "intensifier");
/** First word's lemma → phrases starting with it, each as lemmas. */
const MULTI = new Map<string, { lemmas: string[]; kind: string }[]>();
for (const p of phrases(LOADED_PHRASES)) {
  const ls = p.split(/[\s-]+/).map(lemma);
  MULTI.set(ls[0]!, [...(MULTI.get(ls[0]!) ?? []), { lemmas: ls, kind: "loaded" }]);
}

const WORD = /[\p{L}][\p{L}’'-]*/gu;
/** First three letters of every entry: a word whose start is not among them cannot be one, whatever its ending. */
const PREFIXES = new Set([...SINGLE.keys(), ...MULTI.keys()].map((l) => l.slice(0, 3)));
/** Words before a quoted phrase that make it someone's words or a name, not a scare quote. */
const NAMING = /\b(called|call|calls|calling|dubbed|termed|titled|named|nicknamed|known as|described as|describes it as|labelled|labeled|so-called|the word|the term|the phrase|headlined)\s*$/i;

/**
 * Loaded wording, intensifiers and scare quotes in the outlet's own words.
 * Words inside quotations are the speaker's, not the outlet's framing, so
 * they are left alone. One pass over the words with map lookups.
 */
export class FramingMarker implements Stage {
  readonly name = "framing";

  run(doc: ArticleDoc): void {
    const { text } = doc;
    const a = doc.article;
    const quoted = a.quotes.filter((q) => q.kind !== "indirect");
    const inQuote = (s: number, e: number) => quoted.some((q) => q.start <= s && e <= q.end + 1);
    const out: Marker[] = [];
    // One pass over the words; a phrase is checked only when its first word's lemma starts one.
    const re = new RegExp(WORD.source, "gu");
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      if (!PREFIXES.has(m[0].slice(0, 3).toLowerCase())) continue;
      const lem = lemma(m[0]);
      const multi = MULTI.get(lem);
      let matched = false;
      if (multi) {
        const next = new RegExp(WORD.source, "gu");
        next.lastIndex = re.lastIndex;
        const following: { lemma: string; end: number }[] = [];
        const longest = Math.max(...multi.map((p) => p.lemmas.length)) - 1;
        for (let k = 0; k < longest; k++) {
          const n = next.exec(text);
          if (!n) break;
          following.push({ lemma: lemma(n[0]), end: n.index + n[0].length });
        }
        for (const p of multi) {
          if (!p.lemmas.slice(1).every((l, k) => following[k]?.lemma === l)) continue;
          const end = p.lemmas.length > 1 ? following[p.lemmas.length - 2]!.end : start + m[0].length;
          if (end - start >= 60) continue;
          if (!inQuote(start, end)) out.push({ ...doc.span(start, end), kind: p.kind });
          re.lastIndex = end;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      const kind = SINGLE.get(lem);
      if (kind && !inQuote(start, start + m[0].length)) out.push({ ...doc.span(start, start + m[0].length), kind });
    }
    for (const b of a.blocks.length ? a.blocks : [{ start: 0, end: text.length, kind: "paragraph" as const }]) {
      for (const q of findQuotes(text, b.start, b.end)) {
        const inner = text.slice(q.start, q.end);
        const n = wordCount(inner);
        if (n < 1 || n > 3 || q.open_ended) continue;
        if (a.quotes.some((x) => x.start < q.end && q.start < x.end && x.kind !== "indirect")) continue;
        if (NAMING.test(text.slice(Math.max(b.start, q.open - 30), q.open))) continue;
        // A cue right before or after makes it a quotation: "'Impossible' - Kabul is now saying".
        const before = text.slice(Math.max(b.start, q.open - 25), q.open).match(/[\p{L}]+/gu) ?? [];
        const after = text.slice(q.close, Math.min(b.end, q.close + 40)).match(/[\p{L}]+/gu) ?? [];
        const opensSentence = /(^|[.!?]["”’]?)\s*$/.test(text.slice(b.start, q.open));
        if (before.slice(-1).some(isCue) || (opensSentence && after.slice(0, 5).some(isCue))) continue;
        // Titles of works are capitalised throughout.
        if (n > 1 && inner.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) continue;
        out.push({ ...doc.span(q.open, q.close), kind: "scare-quote" });
      }
    }
    a.framing = out.sort((x, y) => x.start - y.start);
  }
}
