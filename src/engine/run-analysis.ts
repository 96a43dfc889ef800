import type { Article } from "../core/article.js";
import type { Failure } from "../core/diagnostic.js";
import { ingest, type IngestOptions } from "../ingest/ingest.js";
import { EntityLinker } from "../link/entity-linker.js";
import { analyzeArticle } from "../pipeline.js";
import type { Report } from "../report/report.js";
import type { Store } from "../store/store.js";

/** Counts reported while a run goes on, for a progress line. */
export interface RunProgress {
  phase: "ingest" | "stories";
  articles: number;
  failed: number;
  duplicates: number;
  bytes: number;
  elapsedMs: number;
}

export interface RunOptions {
  /** Where articles are kept; duplicates are detected against it. */
  store: Store;
  ingest?: IngestOptions;
  onProgress?: (p: RunProgress) => void;
  /** Called once for each input that could not be processed, as soon as it fails. */
  onFailure?: (f: Failure) => void;
}

/**
 * The `analyze` job: ingest every input, analyse each article, keep it in the
 * store, then group and reconcile. One bad input never stops the others.
 */
export async function runAnalysis(inputs: string[], opts: RunOptions): Promise<Report> {
  const t0 = performance.now();
  const failures: Failure[] = [];
  const byId = new Map<string, Article>();
  const progress: RunProgress = { phase: "ingest", articles: 0, failed: 0, duplicates: 0, bytes: 0, elapsedMs: 0 };
  const tick = () => {
    progress.elapsedMs = performance.now() - t0;
    opts.onProgress?.(progress);
  };

  for await (const r of ingest(inputs, opts.ingest)) {
    if (!r.ok) {
      failures.push(r.failure);
      progress.failed++;
      opts.onFailure?.(r.failure);
      tick();
      continue;
    }
    const article = analyzeArticle(r.value.article);
    const put = await opts.store.putArticle(article);
    if (put.status === "duplicate") {
      progress.duplicates++;
      article.id = put.id;
    }
    if (put.copyOf) article.copyOf = put.copyOf;
    if (!byId.has(article.id)) byId.set(article.id, article);
    progress.articles++;
    progress.bytes += article.text.length;
    tick();
  }

  progress.phase = "stories";
  tick();
  const articles = [...byId.values()];
  const linker = new EntityLinker();
  for (const a of articles) linker.link(a);
  return { articles, entities: linker.list(), stories: [], failures };
}

/** The `extract` job: per-article analysis only, streamed one article at a time. */
export async function* extractArticles(
  inputs: string[],
  opts: { ingest?: IngestOptions; onFailure?: (f: Failure) => void } = {},
): AsyncGenerator<Article> {
  const linker = new EntityLinker();
  for await (const r of ingest(inputs, opts.ingest)) {
    if (!r.ok) {
      opts.onFailure?.(r.failure);
      continue;
    }
    const article = analyzeArticle(r.value.article);
    linker.link(article);
    yield article;
  }
}
