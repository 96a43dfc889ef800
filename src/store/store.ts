import { Kysely, Migrator, sql, type Generated, type Migration } from "kysely";
import type { Article } from "../core/article.js";
import { StoreError } from "../core/errors.js";
import type { StoreCapabilities, StoreDialect } from "./dialects/dialect.js";
import { sqliteDialect } from "./dialects/sqlite/sqlite-dialect.js";
import { migrations } from "./migrations/migrations.js";
import { bandKeys, COPY_THRESHOLD, minhash, similarity } from "./near-duplicate.js";

export type { StoreCapabilities } from "./dialects/dialect.js";

const MAX_CANDIDATES = 20;

/** The dialects a store can be opened with; one test suite runs against each. */
export const DIALECTS: Record<string, StoreDialect> = { sqlite: sqliteDialect };

export interface PutResult {
  status: "new" | "duplicate" | "copy";
  id: string;
  copyOf?: { article: string; similarity: number };
}

/** A stored story: its articles and, once reconciled, its reconciliation. */
export interface StoredStory {
  id: string;
  articles: string[];
  title?: string | null;
  data?: unknown;
  /** Claims to index for full-text search. */
  claims?: { id: string; text: string }[];
}

export interface SearchHit {
  id: string;
  /** The article's title, or for a claim the story it belongs to. */
  title?: string | null;
  story?: string;
  score: number;
  /** The matching passage, with matches between « and ». */
  snippet: string;
}

/** Where analysed articles and stories are kept. Callers never see SQL or the dialect's name. */
export interface Store {
  readonly dialect: string;
  readonly capabilities: StoreCapabilities;
  /**
   * Stores one analysed article in one transaction. The same content hash as a
   * stored article: nothing stored, status "duplicate" and the stored id. A
   * near-duplicate (wire copy): stored, status "copy", `copyOf` names the original.
   */
  putArticle(article: Article): Promise<PutResult>;
  getArticle(id: string): Promise<Article | null>;
  getArticles(ids: string[]): Promise<Article[]>;
  findByHash(hash: string): Promise<Article | null>;
  countArticles(): Promise<number>;
  /** Streams every stored article in batches, oldest first; memory stays bounded. */
  iterateArticles(batchSize?: number): AsyncIterable<Article>;
  putStory(story: StoredStory): Promise<void>;
  getStory(id: string): Promise<StoredStory | null>;
  listStories(): Promise<StoredStory[]>;
  /**
   * `{"story": …, "articles": [ … ]}` for a story with stored data, assembled
   * from the stored JSON without parsing it: the hot path of the story page.
   */
  getStoryJson(id: string): Promise<string | null>;
  deleteStory(id: string): Promise<void>;
  /** Ranked full-text search over titles and texts; [] when the dialect has no full-text index. */
  searchArticles(query: string, limit?: number): Promise<SearchHit[]>;
  /** Ranked full-text search over the claims of stored stories. */
  searchClaims(query: string, limit?: number): Promise<SearchHit[]>;
  /** The database's own consistency check ("ok" when sound). */
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}

interface ArticleRow {
  seq: Generated<number>;
  id: string;
  hash: string;
  outlet: string | null;
  published: string | null;
  copy_of: string | null;
  similarity: number | null;
  signature: string;
  data: string;
}

interface DB {
  articles: ArticleRow;
  article_bands: { band: string; article_id: string };
  stories: { id: string; title: string | null; first_published: string | null; last_published: string | null; data: string | null };
  story_articles: { story_id: string; article_id: string };
  article_search: { title: string; text: string; article_id: string };
  claim_search: { text: string; story_id: string; claim_id: string };
}

/** Opens (and migrates) a store: a file path or ":memory:". */
export async function openStore(location: string, opts: { dialect?: keyof typeof DIALECTS; failAfterInsert?: boolean } = {}): Promise<Store> {
  const dialect = DIALECTS[opts.dialect ?? "sqlite"];
  if (!dialect) throw new StoreError(`unknown store dialect "${opts.dialect}": use one of ${Object.keys(DIALECTS).join(", ")}`);
  const conn = dialect.open(location);
  const db = new Kysely<DB>({ dialect: conn.dialect });
  const list = migrations(dialect.capabilities);
  const migrator = new Migrator({ db, provider: { getMigrations: async (): Promise<Record<string, Migration>> => list } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const msg = (error as Error).message ?? String(error);
    if (/corresponding migration|missing migration/i.test(msg))
      throw new StoreError(`store "${location}" was written by a newer Parallax (${msg}): upgrade Parallax or use another --db file`);
    throw new StoreError(`store "${location}" could not be prepared (${msg}): check that it is a Parallax database, or give a new --db file`);
  }
  void results;
  return new KyselyStore(db, dialect, conn, opts.failAfterInsert ?? false);
}

class KyselyStore implements Store {
  readonly dialect: string;
  readonly capabilities: StoreCapabilities;

  constructor(
    private readonly db: Kysely<DB>,
    d: StoreDialect,
    private readonly conn: { close(): void; integrityCheck(): string },
    /** Test hook: throw between two inserts of one put, to prove the transaction. */
    private readonly failAfterInsert: boolean,
  ) {
    this.dialect = d.name;
    this.capabilities = d.capabilities;
  }

  async putArticle(article: Article): Promise<PutResult> {
    const sig = minhash(article.text);
    const bands = bandKeys(sig);
    return this.db.transaction().execute(async (trx) => {
      const same = await trx.selectFrom("articles").select("id").where("hash", "=", article.hash).executeTakeFirst();
      if (same) return { status: "duplicate", id: same.id } as PutResult;
      let id = article.id;
      if (await trx.selectFrom("articles").select("id").where("id", "=", id).executeTakeFirst()) id = `${id}-${article.hash.slice(0, 8)}`;
      // Near-duplicates: only articles sharing an LSH band are compared.
      // The articles sharing the most bands first, and only a few of them: a band shared by thousands of
      // articles (boilerplate) must not make a put slow, and a copy shares many bands.
      const candidates = await trx
        .selectFrom("article_bands")
        .innerJoin("articles", "articles.id", "article_bands.article_id")
        .select((eb) => ["articles.id", "articles.signature", "articles.published", "articles.copy_of", eb.fn.countAll<number>().as("shared")])
        .where("article_bands.band", "in", bands)
        .groupBy("articles.id")
        .orderBy("shared", "desc")
        .orderBy("articles.seq")
        .limit(MAX_CANDIDATES)
        .execute();
      let best: { id: string; sim: number; published: string | null; copyOf: string | null } | null = null;
      for (const c of candidates) {
        const sim = similarity(sig, JSON.parse(c.signature) as number[]);
        if (sim >= COPY_THRESHOLD && (!best || sim > best.sim)) best = { id: c.id, sim, published: c.published, copyOf: c.copy_of };
      }
      const stored: Article = { ...article, id };
      let result: PutResult = { status: "new", id };
      if (best) {
        const original = best.copyOf ?? best.id;
        // The original is the earliest published; with dates missing, the first stored.
        const newIsOlder = article.published && best.published && article.published < best.published && !best.copyOf;
        if (newIsOlder) {
          await trx.updateTable("articles").set({ copy_of: id, similarity: best.sim }).where("id", "=", best.id).execute();
          await this.rewriteCopyOf(trx, best.id, { article: id, similarity: best.sim });
        } else {
          stored.copyOf = { article: original, similarity: round(best.sim) };
          result = { status: "copy", id, copyOf: stored.copyOf };
        }
      }
      await trx
        .insertInto("articles")
        .values({ id, hash: article.hash, outlet: article.outlet, published: article.published, copy_of: stored.copyOf?.article ?? null, similarity: stored.copyOf?.similarity ?? null, signature: JSON.stringify(sig), data: JSON.stringify(stored) })
        .execute();
      if (this.failAfterInsert) throw new Error("injected failure between two inserts");
      await trx.insertInto("article_bands").values(bands.map((band) => ({ band, article_id: id }))).execute();
      if (this.capabilities.fts5) await trx.insertInto("article_search").values({ title: article.title ?? "", text: article.text, article_id: id }).execute();
      return result;
    });
  }

  private async rewriteCopyOf(trx: Kysely<DB>, id: string, copyOf: { article: string; similarity: number }): Promise<void> {
    const row = await trx.selectFrom("articles").select("data").where("id", "=", id).executeTakeFirst();
    if (!row) return;
    const a = JSON.parse(row.data) as Article;
    a.copyOf = { article: copyOf.article, similarity: round(copyOf.similarity) };
    await trx.updateTable("articles").set({ data: JSON.stringify(a) }).where("id", "=", id).execute();
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = await this.db.selectFrom("articles").select("data").where("id", "=", id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Article) : null;
  }

  async getArticles(ids: string[]): Promise<Article[]> {
    const out: Article[] = [];
    // Bounded IN lists: SQLite limits bound parameters.
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db.selectFrom("articles").select(["id", "data"]).where("id", "in", ids.slice(i, i + 500)).execute();
      const byId = new Map(rows.map((r) => [r.id, JSON.parse(r.data) as Article]));
      for (const id of ids.slice(i, i + 500)) if (byId.has(id)) out.push(byId.get(id)!);
    }
    return out;
  }

  async findByHash(hash: string): Promise<Article | null> {
    const row = await this.db.selectFrom("articles").select("data").where("hash", "=", hash).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Article) : null;
  }

  async countArticles(): Promise<number> {
    const row = await this.db.selectFrom("articles").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async *iterateArticles(batchSize = 200): AsyncIterable<Article> {
    let after = 0;
    for (;;) {
      const rows = await this.db.selectFrom("articles").select(["seq", "data"]).where("seq", ">", after).orderBy("seq").limit(batchSize).execute();
      if (!rows.length) return;
      for (const r of rows) yield JSON.parse(r.data) as Article;
      after = rows[rows.length - 1]!.seq;
    }
  }

  async putStory(story: StoredStory): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = { title: story.title ?? null, first_published: null, last_published: null, data: story.data === undefined ? null : JSON.stringify(story.data) };
      await trx.insertInto("stories").values({ id: story.id, ...row }).onConflict((oc) => oc.column("id").doUpdateSet(row)).execute();
      await trx.deleteFrom("story_articles").where("story_id", "=", story.id).execute();
      if (story.articles.length) await trx.insertInto("story_articles").values(story.articles.map((a) => ({ story_id: story.id, article_id: a }))).execute();
      if (this.capabilities.fts5) {
        await trx.deleteFrom("claim_search").where("story_id", "=", story.id).execute();
        for (let i = 0; i < (story.claims ?? []).length; i += 200)
          await trx.insertInto("claim_search").values(story.claims!.slice(i, i + 200).map((c) => ({ text: c.text, story_id: story.id, claim_id: c.id }))).execute();
      }
    });
  }

  async getStory(id: string): Promise<StoredStory | null> {
    const row = await this.db.selectFrom("stories").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return null;
    const members = await this.db.selectFrom("story_articles").select("article_id").where("story_id", "=", id).orderBy("article_id").execute();
    return { id, title: row.title, articles: members.map((m) => m.article_id), data: row.data ? JSON.parse(row.data) : undefined };
  }

  async getStoryJson(id: string): Promise<string | null> {
    const row = await this.db.selectFrom("stories").select("data").where("id", "=", id).executeTakeFirst();
    if (!row?.data) return null;
    const rows = await this.db
      .selectFrom("story_articles")
      .innerJoin("articles", "articles.id", "story_articles.article_id")
      .select("articles.data")
      .where("story_articles.story_id", "=", id)
      .orderBy("articles.seq")
      .execute();
    return `{"story":${row.data},"articles":[${rows.map((r) => r.data).join(",")}]}`;
  }

  async listStories(): Promise<StoredStory[]> {
    const rows = await this.db.selectFrom("stories").select(["id", "title"]).orderBy("id").execute();
    const members = await this.db.selectFrom("story_articles").select(["story_id", "article_id"]).orderBy("article_id").execute();
    const by = new Map<string, string[]>();
    for (const m of members) by.set(m.story_id, [...(by.get(m.story_id) ?? []), m.article_id]);
    return rows.map((r) => ({ id: r.id, title: r.title, articles: by.get(r.id) ?? [] }));
  }

  async deleteStory(id: string): Promise<void> {
    await this.db.deleteFrom("stories").where("id", "=", id).execute();
    if (this.capabilities.fts5) await this.db.deleteFrom("claim_search").where("story_id", "=", id).execute();
  }

  async searchArticles(query: string, limit = 20): Promise<SearchHit[]> {
    if (!this.capabilities.fts5) return [];
    const terms = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!terms.length) return [];
    // Each term quoted: user input is never FTS syntax.
    const match = terms.map((t) => `"${t}"`).join(" ");
    const { rows } = await sql<{ id: string; title: string; score: number; snippet: string }>`
      SELECT article_id AS id, title, bm25(article_search) AS score, snippet(article_search, 1, '«', '»', '…', 16) AS snippet
      FROM article_search WHERE article_search MATCH ${match} ORDER BY score LIMIT ${limit}`.execute(this.db);
    return rows.map((r) => ({ id: r.id, title: r.title || null, score: -r.score, snippet: r.snippet }));
  }

  async searchClaims(query: string, limit = 20): Promise<SearchHit[]> {
    if (!this.capabilities.fts5) return [];
    const terms = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!terms.length) return [];
    const match = terms.map((t) => `"${t}"`).join(" ");
    const { rows } = await sql<{ id: string; story: string; title: string | null; score: number; snippet: string }>`
      SELECT c.claim_id AS id, c.story_id AS story, s.title AS title, bm25(claim_search) AS score, highlight(claim_search, 0, '«', '»') AS snippet
      FROM claim_search c JOIN stories s ON s.id = c.story_id WHERE claim_search MATCH ${match} ORDER BY score LIMIT ${limit}`.execute(this.db);
    return rows.map((r) => ({ id: r.id, story: r.story, title: r.title, score: -r.score, snippet: r.snippet }));
  }

  async integrityCheck(): Promise<string> {
    return this.conn.integrityCheck();
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
