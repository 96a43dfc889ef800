import { sql, type Kysely, type Migration } from "kysely";
import type { StoreCapabilities } from "../dialects/dialect.js";

/**
 * The schema, as an ordered list: a later issue adds a table by appending a
 * migration, never by editing one that has shipped.
 */
export function migrations(caps: StoreCapabilities): Record<string, Migration> {
  return {
  "0001_articles": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("articles")
        .addColumn("seq", "integer", (c) => c.primaryKey().autoIncrement())
        .addColumn("id", "text", (c) => c.notNull().unique())
        .addColumn("hash", "text", (c) => c.notNull().unique())
        .addColumn("outlet", "text")
        .addColumn("published", "text")
        .addColumn("copy_of", "text")
        .addColumn("similarity", "real")
        .addColumn("signature", "text", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("article_bands")
        .addColumn("band", "text", (c) => c.notNull())
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .execute();
      await db.schema.createIndex("article_bands_band").on("article_bands").column("band").execute();
      await db.schema.createIndex("article_bands_article").on("article_bands").column("article_id").execute();
    },
  },
  "0002_stories": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("stories")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("title", "text")
        .addColumn("first_published", "text")
        .addColumn("last_published", "text")
        .addColumn("data", "text")
        .execute();
      await db.schema
        .createTable("story_articles")
        .addColumn("story_id", "text", (c) => c.notNull().references("stories.id").onDelete("cascade"))
        .addColumn("article_id", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("story_articles_pk", ["story_id", "article_id"])
        .execute();
      await db.schema.createIndex("story_articles_article").on("story_articles").column("article_id").execute();
    },
  },
  "0003_search": {
    async up(db: Kysely<unknown>) {
      if (!caps.fts5) return;
      // External-content FTS5 over article titles and text, kept in sync by the store.
      await sql`CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(title, text, article_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    },
  },
  "0004_claim_search": {
    async up(db: Kysely<unknown>) {
      if (!caps.fts5) return;
      await sql`CREATE VIRTUAL TABLE IF NOT EXISTS claim_search USING fts5(text, story_id UNINDEXED, claim_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    },
  },
};
}
