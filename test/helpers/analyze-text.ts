import type { Article } from "../../src/core/article.js";
import { createArticle } from "../../src/core/create-article.js";
import { analyzeArticle } from "../../src/pipeline.js";

/** Runs the whole per-article pipeline over an invented text, paragraphs split at blank lines. */
export function analyzeText(text: string, published: string | null = "2025-09-19"): Article {
  const a = createArticle({ text, published });
  let at = 0;
  for (const p of text.split("\n\n")) {
    if (p.trim()) a.blocks.push({ start: at, end: at + p.length, kind: "paragraph" });
    at += p.length + 2;
  }
  return analyzeArticle(a);
}

export function texts(a: Article, list: { start: number; end: number }[]): string[] {
  return list.map((x) => a.text.slice(x.start, x.end));
}
