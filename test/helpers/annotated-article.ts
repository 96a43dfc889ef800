import type { Article, Origin, Quote } from "../../src/core/article.js";
import { createArticle } from "../../src/core/create-article.js";
import { spanOf } from "../../src/core/span.js";

/** Hand annotations for a test article; every span is located by its text, so offsets cannot be wrong. */
export interface Annotations {
  id: string;
  outlet: string;
  published: string | null;
  text: string;
  entities?: { text: string; type: string; key: string; descriptor?: string; nth?: number }[];
  timexes?: { text: string; value: string | null; kind?: string }[];
  quotes?: { text: string; kind: Quote["kind"]; speaker: string; speakerKey?: string }[];
  origins?: { text: string; kind: Origin["kind"]; in: string; chain?: string[] }[];
}

function at(text: string, needle: string, nth = 0, from = 0): number {
  let i = text.indexOf(needle, from);
  for (let k = 0; k < nth && i >= 0; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`fixture: "${needle}" not found`);
  return i;
}

/** Builds an analysed article from hand annotations: sentences split at ". " / paragraph breaks. */
export function annotatedArticle(a: Annotations): Article {
  const art = createArticle({ id: a.id, outlet: a.outlet, published: a.published, text: a.text });
  const t = a.text;
  let start = 0;
  for (const m of t.matchAll(/[.!?]["”]?(?=\s+["“]?[A-Z])|\n\n/g)) {
    const end = m.index! + (m[0] === "\n\n" ? 0 : m[0].length);
    if (end > start) art.sentences.push({ start, end });
    start = end;
    while (start < t.length && /\s/.test(t[start]!)) start++;
  }
  if (start < t.length) art.sentences.push({ start, end: t.length });
  art.blocks = [{ start: 0, end: t.length, kind: "paragraph" }];
  for (const e of a.entities ?? []) {
    const s = at(t, e.text, e.nth ?? 0);
    const mention: Article["entities"][number] = { ...spanOf(t, s, s + e.text.length), type: e.type, entity: e.key };
    if (e.descriptor) {
      const d = t.lastIndexOf(e.descriptor, s) >= 0 && t.lastIndexOf(e.descriptor, s) > s - 80 ? t.lastIndexOf(e.descriptor, s) : at(t, e.descriptor, 0, s);
      mention.descriptor = spanOf(t, d, d + e.descriptor.length);
    }
    art.entities.push(mention);
  }
  for (const x of a.timexes ?? []) {
    const s = at(t, x.text);
    art.timexes.push({ ...spanOf(t, s, s + x.text.length), value: x.value, kind: x.kind ?? "date" });
  }
  for (const q of a.quotes ?? []) {
    const s = at(t, q.text);
    const sp = at(t, q.speaker);
    art.quotes.push({ ...spanOf(t, s, s + q.text.length), kind: q.kind, speaker: { text: q.speaker, start: sp, end: sp + q.speaker.length, ...(q.speakerKey ? { entity: q.speakerKey } : {}) } });
  }
  for (const o of a.origins ?? []) {
    const s = at(t, o.text);
    const sentence = art.sentences.findIndex((x) => x.start <= at(t, o.in) && at(t, o.in) < x.end);
    const origin: Origin = { ...spanOf(t, s, s + o.text.length), kind: o.kind, sentence };
    if (o.chain) origin.chain = o.chain.map((c) => { const i = at(t, c); return spanOf(t, i, i + c.length); });
    art.origins.push(origin);
  }
  return art;
}
