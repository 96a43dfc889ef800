import type { Article } from "../../src/core/article.js";
import { createArticle, paragraphBlocks } from "../../src/core/create-article.js";
import { analyzeArticle } from "../../src/pipeline.js";

/** Runs the whole per-article pipeline over an invented text, paragraphs split at blank lines. */
export function analyzeText(text: string, published: string | null = "2025-09-19"): Article {
  const a = createArticle({ text, published, blocks: paragraphBlocks(text) });
  return analyzeArticle(a);
}
