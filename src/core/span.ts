/**
 * Provenance: every extracted item points into its article's `text` with
 * half-open UTF-16 offsets, and `text` always equals `source.slice(start, end)`.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Evidence is a span in a named article (an `Article.id`). */
export interface Evidence extends Span {
  article: string;
}

/**
 * Builds a span from offsets, so the text can never disagree with the offsets.
 * Stages call this (or `ArticleDoc.span`) instead of writing `text` themselves.
 */
export function spanOf(source: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > source.length) {
    throw new RangeError(`span [${start}, ${end}) is outside a text of length ${source.length}`);
  }
  return { start, end, text: source.slice(start, end) };
}

/** Narrows `[start, end)` so that it neither starts nor ends with white space. */
export function trimRange(source: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(source[start]!)) start++;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  return [start, end];
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
