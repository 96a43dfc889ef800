import type { Article, Entity, Quote } from "../core/article.js";
import type { Evidence } from "../core/span.js";
import type { QuoteVariants } from "../report/report.js";
import { innerOps, overlapRatio, wordDiff, wordTokens, type DiffOp } from "./word-diff.js";

/** One printed quote in the story, with its article. */
export interface PrintedQuote {
  article: Article;
  quote: Quote;
  evidence: Evidence;
}

/** One statement: the quotes of it as each outlet printed it. */
export interface QuoteGroup {
  speaker: string | null;
  speakerEntity: string | null;
  members: PrintedQuote[];
}

/** Fewest words for two quotes to be compared: "back" alone says nothing. */
const MIN_WORDS = 4;
/** Share of the shorter wording found, in order, in the other for both to be one statement. */
const SAME_STATEMENT = 0.5;
/** When speakers are unknown or differ, only near-identical wordings are one statement. */
const SAME_STATEMENT_NO_SPEAKER = 0.8;

/**
 * Groups the direct and partial quotes of a story's articles into statements:
 * two quotes from different articles are one statement when most words of the
 * shorter appear in order in the longer and their speakers agree.
 */
export function buildQuoteGroups(articles: Article[], entities: Map<string, Entity>): QuoteGroup[] {
  const printed: PrintedQuote[] = [];
  for (const a of articles)
    for (const q of a.quotes) if (q.kind !== "indirect") printed.push({ article: a, quote: q, evidence: { article: a.id, start: q.start, end: q.end, text: q.text } });
  const tokens = printed.map((p) => wordTokens(p.quote.text, p.quote.start));
  const parent = printed.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < printed.length; i++) {
    if (tokens[i]!.length < MIN_WORDS) continue;
    for (let j = i + 1; j < printed.length; j++) {
      if (printed[i]!.article === printed[j]!.article || tokens[j]!.length < MIN_WORDS) continue;
      const si = printed[i]!.quote.speaker?.entity ?? null;
      const sj = printed[j]!.quote.speaker?.entity ?? null;
      const need = si && sj && si === sj ? SAME_STATEMENT : SAME_STATEMENT_NO_SPEAKER;
      if (si && sj && si !== sj && entities.get(si)?.type === "PERSON" && entities.get(sj)?.type === "PERSON") continue;
      if (overlapRatio(wordDiff(tokens[i]!, tokens[j]!)) >= need) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, PrintedQuote[]>();
  printed.forEach((p, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), p]);
  });
  return [...groups.values()].map((members) => {
    const withSpeaker = members.find((m) => m.quote.speaker?.entity) ?? members.find((m) => m.quote.speaker);
    const sid = withSpeaker?.quote.speaker?.entity ?? null;
    return { speaker: (sid && entities.get(sid)?.name) ?? withSpeaker?.quote.speaker?.text ?? null, speakerEntity: sid, members };
  });
}

/** The contract's quote ledger: statements printed by several outlets first, each with a word-level diff against its first wording. */
export function quoteLedger(groups: QuoteGroup[]): (QuoteVariants & { diff?: { variant: number; ops: { op: string; a?: string; b?: string }[] }[] })[] {
  const multi = (g: QuoteGroup) => new Set(g.members.map((m) => m.article.id)).size;
  return [...groups]
    .sort((x, y) => multi(y) - multi(x))
    .map((g) => {
      const entry: QuoteVariants & { diff?: { variant: number; ops: { op: string; a?: string; b?: string }[] }[] } = {
        speaker: g.speaker,
        variants: g.members.map((m) => m.evidence),
      };
      if (g.members.length > 1) {
        const base = wordTokens(g.members[0]!.quote.text);
        entry.diff = g.members.slice(1).map((m, i) => ({ variant: i + 1, ops: wordDiff(base, wordTokens(m.quote.text)).map(renderOp) }));
      }
      return entry;
    });
}

function renderOp(op: DiffOp): { op: string; a?: string; b?: string } {
  const words = (ts: { norm: string }[]) => ts.map((t) => t.norm).join(" ");
  if (op.op === "same") return { op: "same", a: words(op.a) };
  if (op.op === "del") return { op: "del", a: words(op.a) };
  if (op.op === "ins") return { op: "ins", b: words(op.b) };
  return { op: "sub", a: words(op.a), b: words(op.b) };
}

/** Substitutions inside the shared part of two wordings, editorial insertions excepted. */
export function wordingChanges(x: PrintedQuote, y: PrintedQuote): { a: [number, number]; b: [number, number] }[] {
  const ops = innerOps(wordDiff(wordTokens(x.quote.text, x.quote.start), wordTokens(y.quote.text, y.quote.start)));
  const out: { a: [number, number]; b: [number, number] }[] = [];
  for (const op of ops) {
    if (op.op !== "sub") continue;
    // "them" → "(the Taliban)": the editor named the referent; the speaker's wording did not change.
    if (op.a.every((t) => t.editorial) || op.b.every((t) => t.editorial)) continue;
    const a = op.a.filter((t) => !t.editorial);
    const b = op.b.filter((t) => !t.editorial);
    if (!a.length || !b.length) continue;
    out.push({ a: [a[0]!.start, a[a.length - 1]!.end], b: [b[0]!.start, b[b.length - 1]!.end] });
  }
  return out;
}
