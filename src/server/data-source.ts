import type { Article, Entity } from "../core/article.js";
import type { Failure } from "../core/diagnostic.js";
import { runAnalysis } from "../engine/run-analysis.js";
import { ingest, ingestRecord, type IngestResult } from "../ingest/ingest.js";
import type { Story } from "../report/report.js";
import type { Store } from "../store/store.js";

/** One line of the stories list. */
export interface StorySummary {
  id: string;
  title: string;
  articles: number;
  outlets: string[];
  from: string | null;
  to: string | null;
  counts: { corroborated: number; singleSource: number; disputed: number };
  conflicts: number;
}

export interface SearchHit {
  kind: "article" | "claim";
  id: string;
  story?: string;
  title: string;
  /** Matching passage; matches between « and ». */
  snippet: string;
  score: number;
}

export interface ImportResult {
  articles: string[];
  stories: string[];
  failures: Failure[];
}

/** What the HTTP API reads and writes; a store-backed source in production, anything in tests. */
export interface DataSource {
  listStories(filter: { from?: string; to?: string; outlet?: string; entity?: string }): Promise<StorySummary[]>;
  getStory(id: string): Promise<{ story: Story; articles: Article[] } | null>;
  /** The same, already serialised, when the source can produce it without parsing (optional fast path). */
  getStoryJson?(id: string): Promise<string | null>;
  /** Ids of up to `limit` stories, for warming caches at start. */
  storyIds?(limit: number): Promise<string[]>;
  getArticle(id: string): Promise<Article | null>;
  listEntities(): Promise<Entity[]>;
  getEntity(id: string): Promise<{ entity: Entity; stories: { id: string; title: string }[]; titles: { outlet: string; article: string; title: string }[] } | null>;
  search(q: string, limit: number): Promise<SearchHit[]>;
  /** Ingests records (the JSON Lines record of the contract) or URLs, reporting progress as each input is done. */
  importInputs(inputs: { records?: unknown[]; urls?: string[] }, onProgress: (done: number, total: number) => void): Promise<ImportResult>;
}

/** The DataSource over a Store: stories come with their stored reconciliation. */
export class StoreDataSource implements DataSource {
  constructor(private readonly store: Store) {}

  private async stories(): Promise<Story[]> {
    const out: Story[] = [];
    for (const s of await this.store.listStories()) {
      const full = await this.store.getStory(s.id);
      if (full?.data) out.push(full.data as Story);
    }
    return out;
  }

  async listStories(filter: { from?: string; to?: string; outlet?: string; entity?: string }): Promise<StorySummary[]> {
    const out: StorySummary[] = [];
    for (const story of await this.stories()) {
      const arts = await this.store.getArticles(story.articles);
      const dates = arts.map((a) => a.published ?? a.publishedEstimate?.from).filter((d): d is string => !!d).sort();
      const outlets = [...new Set(arts.map((a) => a.outlet ?? a.id))];
      const from = dates[0]?.slice(0, 10) ?? null;
      const to = dates[dates.length - 1]?.slice(0, 10) ?? null;
      if (filter.from && (!to || to < filter.from)) continue;
      if (filter.to && (!from || from > filter.to)) continue;
      if (filter.outlet && !outlets.some((o) => o.toLowerCase().includes(filter.outlet!.toLowerCase()))) continue;
      if (filter.entity && !arts.some((a) => a.entities.some((e) => e.entity === filter.entity))) continue;
      const count = (s: string) => story.claims.filter((c) => c.status === s).length;
      out.push({ id: story.id, title: story.title, articles: story.articles.length, outlets, from, to, counts: { corroborated: count("corroborated"), singleSource: count("single-source"), disputed: count("disputed") }, conflicts: story.conflicts.length });
    }
    return out.sort((a, b) => b.articles - a.articles || (b.to ?? "").localeCompare(a.to ?? ""));
  }

  async getStory(id: string) {
    const s = await this.store.getStory(id);
    if (!s?.data) return null;
    const story = s.data as Story;
    // The same articles as getStoryJson's page: whole, as stored.
    const articles = await this.store.getArticles(story.articles);
    return { story, articles };
  }

  getStoryJson(id: string): Promise<string | null> {
    return this.store.getStoryJson(id);
  }

  async storyIds(limit: number): Promise<string[]> {
    return (await this.store.listStories()).slice(-limit).map((s) => s.id);
  }

  getArticle(id: string) {
    return this.store.getArticle(id);
  }

  async listEntities(): Promise<Entity[]> {
    const seen = new Map<string, Entity>();
    for await (const a of this.store.iterateArticles())
      for (const m of a.entities) {
        if (m.type === "MISC") continue;
        const e = seen.get(m.entity) ?? { id: m.entity, type: m.type, name: m.text, aliases: [] };
        if (m.text.length > e.name.length) {
          if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
          e.name = m.text;
        } else if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
        seen.set(m.entity, e);
      }
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  async getEntity(id: string) {
    const entity = (await this.listEntities()).find((e) => e.id === id);
    if (!entity) return null;
    const stories: { id: string; title: string }[] = [];
    const titles: { outlet: string; article: string; title: string }[] = [];
    for (const s of await this.stories()) {
      const arts = await this.store.getArticles(s.articles);
      if (!arts.some((a) => a.entities.some((m) => m.entity === id))) continue;
      stories.push({ id: s.id, title: s.title });
      for (const a of arts) for (const m of a.entities) if (m.entity === id && m.descriptor) titles.push({ outlet: a.outlet ?? a.id, article: a.id, title: m.descriptor.text });
    }
    return { entity, stories, titles };
  }

  async search(q: string, limit: number): Promise<SearchHit[]> {
    const hits: SearchHit[] = [];
    for (const h of await this.store.searchArticles(q, limit)) hits.push({ kind: "article", id: h.id, title: h.title ?? h.id, snippet: h.snippet, score: h.score });
    for (const h of await this.store.searchClaims(q, limit))
      // Claims first among equals: a claim is what the user came for.
      hits.push({ kind: "claim", id: h.id, story: h.story!, title: h.title ?? h.story!, snippet: h.snippet, score: h.score * 1.2 });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  async importInputs(inputs: { records?: unknown[]; urls?: string[] }, onProgress: (done: number, total: number) => void): Promise<ImportResult> {
    const total = (inputs.records?.length ?? 0) + (inputs.urls?.length ?? 0);
    let done = 0;
    const store = this.store;
    const ingested: Article[] = [];
    async function* results(): AsyncGenerator<IngestResult> {
      for (const [i, r] of (inputs.records ?? []).entries()) {
        const one = ingestRecord(r, `record ${i + 1}`);
        if (one.ok) ingested.push(one.value.article);
        yield one;
        onProgress(++done, total);
      }
      for (const u of inputs.urls ?? []) {
        for await (const one of ingest([u])) {
          if (one.ok) ingested.push(one.value.article);
          yield one;
        }
        onProgress(++done, total);
      }
    }
    const report = await runAnalysis(results(), { store });
    // The engine may rename an article that duplicates a stored one: the objects it received carry the final ids.
    return { articles: ingested.map((a) => a.id), stories: report.stories.map((s) => s.id), failures: report.failures };
  }
}
