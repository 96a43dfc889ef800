import type { Article } from "../core/article.js";
import type { Failure } from "../core/diagnostic.js";
import { ingest, type IngestOptions, type IngestResult } from "../ingest/ingest.js";
import { EntityLinker } from "../link/entity-linker.js";
import { StoryGrouper } from "../link/story-grouper.js";
import { analyzeArticle } from "../pipeline.js";
import { StoryReconciler } from "../reconcile/story-reconciler.js";
import type { Report, Story } from "../report/report.js";
import type { Store } from "../store/store.js";

/** Counts reported while a run goes on, for a progress line. */
export interface RunProgress {
  phase: "ingest" | "index" | "stories";
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
export async function runAnalysis(inputs: string[] | AsyncIterable<IngestResult> | Iterable<IngestResult>, opts: RunOptions): Promise<Report> {
  const t0 = performance.now();
  const failures: Failure[] = [];
  const byId = new Map<string, Article>();
  const progress: RunProgress = { phase: "ingest", articles: 0, failed: 0, duplicates: 0, bytes: 0, elapsedMs: 0 };
  const tick = () => {
    progress.elapsedMs = performance.now() - t0;
    opts.onProgress?.(progress);
  };

  // Articles already in the store take part in grouping: index them first, keeping only the index in memory.
  const grouper = new StoryGrouper();
  const linker = new EntityLinker();
  if ((await opts.store.countArticles()) > 0) {
    progress.phase = "index";
    for await (const a of opts.store.iterateArticles()) grouper.add(a);
    progress.phase = "ingest";
  }

  const results = Array.isArray(inputs) && inputs.every((x) => typeof x === "string") ? ingest(inputs as string[], opts.ingest) : (inputs as AsyncIterable<IngestResult>);
  for await (const r of results) {
    if (!r.ok) {
      failures.push(r.failure);
      progress.failed++;
      opts.onFailure?.(r.failure);
      tick();
      continue;
    }
    // Canonical entity ids before storing, so stored and fresh articles agree.
    const article = analyzeArticle(r.value.article);
    linker.link(article);
    const put = await opts.store.putArticle(article);
    if (put.status === "duplicate") {
      progress.duplicates++;
      article.id = put.id;
    }
    if (put.copyOf) article.copyOf = put.copyOf;
    if (!byId.has(article.id)) {
      byId.set(article.id, article);
      if (put.status !== "duplicate") grouper.add(article);
    }
    progress.articles++;
    progress.bytes += article.text.length;
    tick();
  }

  progress.phase = "stories";
  tick();
  const stories = await reconcileTouched(grouper, byId, opts.store, linker);
  const articles = [...byId.values()];
  return { articles, entities: linker.list(), stories, failures };
}

/**
 * Reconciles every story that holds an article of this run. Stored articles
 * of those stories are read back so their evidence is in the report too.
 */
async function reconcileTouched(grouper: StoryGrouper, byId: Map<string, Article>, store: Store, linker: EntityLinker): Promise<Story[]> {
  const reconciler = new StoryReconciler(linker);
  const out: Story[] = [];
  for (const group of grouper.stories()) {
    if (!group.articles.some((id) => byId.has(id))) continue;
    const missing = group.articles.filter((id) => !byId.has(id));
    for (const a of missing.length ? await store.getArticles(missing) : []) {
      linker.link(a);
      byId.set(a.id, a);
    }
    const members = group.articles.map((id) => byId.get(id)).filter((a): a is Article => Boolean(a));
    const story = reconciler.reconcile(group.id, members);
    out.push(story);
    // Kept with its reconciliation, so the server can show it without redoing the work.
    await store.putStory({ id: story.id, articles: story.articles, title: story.title, data: story, claims: story.claims.map((c) => ({ id: c.id, text: c.text })) });
  }
  // A story that grew into another under a new id is gone.
  const live = new Set(out.map((s) => s.id));
  const touched = new Set(out.flatMap((s) => s.articles));
  for (const old of await store.listStories()) if (!live.has(old.id) && old.articles.some((a) => touched.has(a))) await store.deleteStory(old.id);
  // Biggest stories first: they are the ones with something to reconcile.
  return out.sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1));
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
