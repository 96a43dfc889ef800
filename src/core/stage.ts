import type { Article } from "./article.js";
import type { Diagnostic, Severity } from "./diagnostic.js";
import { spanOf, trimRange, type Span } from "./span.js";

/**
 * The article under analysis. The engine owns the offsets: stages ask it for
 * spans by position and never write a span's `text` themselves.
 */
export class ArticleDoc {
  constructor(readonly article: Article) {}

  get text(): string {
    return this.article.text;
  }

  /** A span of the article text; throws RangeError on impossible offsets (a stage bug). */
  span(start: number, end: number): Span {
    return spanOf(this.article.text, start, end);
  }

  /** Like `span`, but without leading and trailing white space. */
  trimmedSpan(start: number, end: number): Span {
    const [s, e] = trimRange(this.article.text, start, end);
    return spanOf(this.article.text, s, e);
  }

  /** Records a non-fatal problem with its place and origin. */
  diagnose(origin: string, message: string, severity: Severity = "warning", start?: number, end?: number): void {
    const d: Diagnostic = { message, severity, origin };
    if (start !== undefined) d.start = start;
    if (end !== undefined) d.end = end;
    this.article.diagnostics.push(d);
  }

  /** Index of the sentence containing `offset`, or -1. */
  sentenceAt(offset: number): number {
    const s = this.article.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < s[mid]!.start) hi = mid - 1;
      else if (offset >= s[mid]!.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

/**
 * One per-article analysis stage. Stages run in the order of `STAGES` in
 * `src/pipeline.ts`; each may read what earlier stages wrote on the article.
 */
export interface Stage {
  /** Short name, used as the origin of its diagnostics. */
  readonly name: string;
  run(doc: ArticleDoc): void;
}
