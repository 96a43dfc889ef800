import assert from "node:assert/strict";
import type { Article } from "../../src/core/article.js";

interface Spanish {
  start: number;
  end: number;
  text: string;
}

function check(text: string, s: Spanish, where: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${where}: offsets must be integers (${s.start}, ${s.end})`);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${where}: [${s.start}, ${s.end}) outside text of length ${text.length}`);
  assert.equal(text.slice(s.start, s.end), s.text, `${where}: text.slice(${s.start}, ${s.end}) !== text`);
}

/**
 * The provenance invariant, asserted over every item an article carries:
 * for each span, `article.text.slice(start, end) === text`. Returns the number
 * of spans checked so a caller can also assert that there were some.
 */
export function assertSpans(article: Article): number {
  const t = article.text;
  let n = 0;
  const each = (list: Spanish[] | undefined, name: string) => {
    for (const [i, s] of (list ?? []).entries()) {
      check(t, s, `${article.id}.${name}[${i}]`);
      n++;
    }
  };
  each(article.entities, "entities");
  for (const [i, e] of (article.entities ?? []).entries()) if (e.descriptor) (check(t, e.descriptor, `${article.id}.entities[${i}].descriptor`), n++);
  each(article.timexes, "timexes");
  each(article.quotes, "quotes");
  for (const [i, q] of (article.quotes ?? []).entries()) {
    if (q.cue) (check(t, q.cue, `${article.id}.quotes[${i}].cue`), n++);
    const sp = q.speaker;
    if (sp && sp.start !== undefined && sp.end !== undefined) (check(t, { start: sp.start, end: sp.end, text: sp.text }, `${article.id}.quotes[${i}].speaker`), n++);
  }
  each(article.framing, "framing");
  each(article.origins, "origins");
  for (const [i, o] of (article.origins ?? []).entries()) each(o.chain, `origins[${i}].chain`);
  for (const [i, s] of (article.sentences ?? []).entries()) {
    assert.ok(0 <= s.start && s.start < s.end && s.end <= t.length, `${article.id}.sentences[${i}] out of range`);
    if (i > 0) assert.ok(s.start >= article.sentences[i - 1]!.end, `${article.id}.sentences[${i}] overlaps the previous sentence`);
  }
  return n;
}

/** The same invariant over a whole report: article spans plus every story's evidence. */
export function assertReportSpans(report: { articles: Article[]; stories?: unknown[] }): number {
  let n = 0;
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  for (const a of report.articles) n += assertSpans(a);
  const walk = (v: unknown, where: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${where}[${i}]`));
    if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.article === "string" && typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") {
        const art = byId.get(o.article);
        assert.ok(art, `${where}: evidence names unknown article ${o.article}`);
        check(art.text, o as unknown as Spanish, where);
        n++;
      }
      for (const [k, x] of Object.entries(o)) walk(x, `${where}.${k}`);
    }
  };
  walk(report.stories ?? [], "stories");
  return n;
}
