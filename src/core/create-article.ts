import { createHash } from "node:crypto";
import type { Article, Block, Removed } from "./article.js";
import type { Diagnostic } from "./diagnostic.js";

/** What a reader knows about an article before analysis. */
export interface ArticleInit {
  text: string;
  id?: string;
  path?: string;
  url?: string;
  outlet?: string | null;
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  removed?: Removed[];
  blocks?: Block[];
  diagnostics?: Diagnostic[];
}

/** sha256 of the text with white space folded: the identity of an article's content. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

/**
 * A fresh article with empty analysis arrays. The id is the input's own id
 * when it has one, otherwise derived from the content hash, so it is stable
 * across runs and machines.
 */
export function createArticle(init: ArticleInit): Article {
  const hash = contentHash(init.text);
  const article: Article = {
    id: init.id && init.id.trim() ? init.id.trim() : `a${hash.slice(0, 12)}`,
    hash,
    outlet: init.outlet ?? null,
    title: init.title ?? null,
    published: init.published ?? null,
    text: init.text,
    removed: init.removed ?? [],
    blocks: init.blocks ?? [],
    sentences: [],
    entities: [],
    timexes: [],
    quotes: [],
    origins: [],
    framing: [],
    diagnostics: init.diagnostics ?? [],
  };
  if (init.path !== undefined) article.path = init.path;
  if (init.url !== undefined) article.url = init.url;
  if (init.byline !== undefined) article.byline = init.byline;
  return article;
}

/** Paragraphs of a plain text, split at blank lines ("\n\n"): the blocks of an article read without a reader. */
export function paragraphBlocks(text: string): Block[] {
  const out: Block[] = [];
  let start = 0;
  for (;;) {
    const i = text.indexOf("\n\n", start);
    const end = i < 0 ? text.length : i;
    if (text.slice(start, end).trim()) out.push({ start, end, kind: "paragraph" });
    if (i < 0) return out;
    start = i + 2;
  }
}
