import { paraFromSource, type Para } from "../../clean/para.js";
import type { Removed } from "../../core/article.js";
import { isoDate, type RawDocument } from "../raw-document.js";

const HEADER = /^[ \t]*(title|headline|url|link|outlet|source|site|date|published|by|author|byline)[ \t]*:[ \t]*(.*?)[ \t]*$/i;
/** A bare date at the very start, possibly on the same line as the body: " date 2025-09-19 President …". */
const BARE_DATE = /^\s*(?:date|published|dated)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)[ \t]*/i;
/** Lines longer than this are paragraphs of their own; shorter consecutive lines are a hard-wrapped paragraph. */
const WRAP_WIDTH = 100;

/** Reads a plain-text article: header metadata, then paragraphs separated by blank lines. */
export function readText(source: string, input: string): RawDocument {
  const doc: RawDocument = { input, outlet: null, title: null, published: null, paras: [], removed: [], diagnostics: [] };
  let pos = 0;
  const meta = (text: string) => doc.removed.push({ text: text.trim(), reason: "metadata" } satisfies Removed);
  for (;;) {
    const bare = BARE_DATE.exec(source.slice(pos, pos + 200));
    if (bare) {
      const iso = isoDate(bare[1]);
      if (iso) doc.published = iso;
      meta(bare[0]);
      pos += bare[0].length;
      continue;
    }
    const nl = source.indexOf("\n", pos);
    const line = source.slice(pos, nl < 0 ? source.length : nl);
    const h = HEADER.exec(line);
    if (!h) break;
    const [, key, value] = h;
    const k = key!.toLowerCase();
    if (k === "title" || k === "headline") doc.title = value || null;
    else if (k === "url" || k === "link") doc.url = value;
    else if (k === "outlet" || k === "source" || k === "site") doc.outlet = value || null;
    else if (k === "date" || k === "published") doc.published = isoDate(value) ?? doc.published;
    else doc.byline = value || null;
    meta(line);
    pos = nl < 0 ? source.length : nl + 1;
  }
  doc.paras = splitParagraphs(source, pos, source.length);
  return doc;
}

/** Paragraphs of `source[start, end)`: blank lines separate; long lines stand alone; short runs of lines are joined. */
export function splitParagraphs(source: string, start: number, end: number): Para[] {
  const out: Para[] = [];
  const blocks = /\S[\s\S]*?(?=\n[ \t]*\r?\n|$)/g;
  const body = source.slice(start, end);
  for (const m of body.matchAll(blocks)) {
    const bStart = start + m.index!;
    const bEnd = bStart + m[0].length;
    const lines: [number, number][] = [];
    let ls = bStart;
    for (let i = bStart; i <= bEnd; i++) {
      if (i === bEnd || source[i] === "\n") {
        if (source.slice(ls, i).trim()) lines.push([ls, i]);
        ls = i + 1;
      }
    }
    const wrapped = lines.length > 1 && lines.slice(0, -1).every(([s, e]) => e - s <= WRAP_WIDTH);
    if (lines.length <= 1 || wrapped) out.push(paraFromSource(source, bStart, bEnd));
    else for (const [s, e] of lines) out.push(paraFromSource(source, s, e));
  }
  return out;
}
