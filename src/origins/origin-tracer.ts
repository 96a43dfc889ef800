import type { Origin } from "../core/article.js";
import type { ArticleDoc, Stage } from "../core/stage.js";
import type { TracedQuote } from "../quotes/quote-extractor.js";

/**
 * Where each sentence's content comes from beyond the outlet, read from the
 * quotes and reports the QuoteExtractor attributed: a cited publication, an
 * official or source (with the relay that carried it: "a US official … told
 * the Wall Street Journal" is the chain official → Wall Street Journal), a
 * statement, a post. A sentence with no attribution gets no origin: it is the
 * outlet's own reporting.
 */
export class OriginTracer implements Stage {
  readonly name = "origins";

  run(doc: ArticleDoc): void {
    const a = doc.article;
    const out: Origin[] = [];
    const seen = new Set<string>();
    for (const q of a.quotes as TracedQuote[]) {
      const sp = q.speaker;
      if (!sp || sp.start === undefined || sp.end === undefined) continue;
      const kind = originKind(sp.kind, sp.text, q.kind);
      // Every sentence the quote touches carries the origin.
      const first = doc.sentenceAt(q.start);
      const last = doc.sentenceAt(Math.max(q.start, q.end - 1));
      if (first < 0) continue;
      for (let i = first; i <= Math.max(first, last); i++) {
        const key = `${i}:${sp.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const o: Origin = { ...doc.span(sp.start, sp.end), sentence: i, kind };
        if (sp.entity) o.entity = sp.entity;
        if (q.via?.start !== undefined && q.via.end !== undefined) o.chain = [doc.span(sp.start, sp.end), doc.span(q.via.start, q.via.end)];
        out.push(o);
      }
    }
    a.origins = out.sort((x, y) => x.sentence - y.sentence || x.start - y.start);
  }
}

function originKind(speakerKind: string | undefined, text: string, quoteKind: string): Origin["kind"] {
  if (/\b(statement|communiqu[eé]|press release)\b/i.test(text)) return "statement";
  if (/\b(post|tweet)\b/i.test(text)) return "post";
  if (speakerKind === "publication" || speakerKind === "report") return "publication";
  if (speakerKind === "source") return /official|minister|spokes|diplomat|officer/i.test(text) ? "official" : "source";
  if (speakerKind === "org") return "statement";
  void quoteKind;
  return "person";
}
