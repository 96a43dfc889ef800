import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { createArticle } from "../../src/core/create-article.js";
import { DIALECTS, openStore } from "../../src/store/store.js";
import { syntheticArticle } from "../../scripts/lib/synthetic-news.js";

const article = (i: number, extra: Partial<Parameters<typeof createArticle>[0]> = {}) => {
  const s = syntheticArticle(i);
  return createArticle({ id: s.id, text: s.text, outlet: s.outlet, title: s.title, published: s.published, ...extra });
};

// One suite, run against every dialect (like kysely's own tests).
for (const dialect of Object.keys(DIALECTS) as (keyof typeof DIALECTS)[]) {
  describe(`store (${dialect})`, () => {
    it("stores an article once, keyed by content hash, and reads it back whole", async () => {
      const store = await openStore(":memory:", { dialect });
      const a = article(1);
      a.entities.push({ start: 0, end: 2, text: a.text.slice(0, 2), type: "PLACE", entity: "place/x" });
      assert.equal((await store.putArticle(a)).status, "new");
      const again = await store.putArticle(createArticle({ text: a.text, id: "other-id" }));
      assert.deepEqual(again, { status: "duplicate", id: a.id });
      assert.equal(await store.countArticles(), 1);
      assert.deepEqual(await store.getArticle(a.id), a);
      assert.equal((await store.findByHash(a.hash))?.id, a.id);
      assert.equal(await store.getArticle("nope"), null);
      await store.close();
    });

    it("flags wire copy reprinted with a new headline, a changed lead and a trimmed end as a copy of the original", async () => {
      const store = await openStore(":memory:", { dialect });
      const original = article(2, { published: "2025-05-01" });
      await store.putArticle(original);
      await store.putArticle(article(3));
      const paras = original.text.split("\n\n");
      const reprint = createArticle({ id: "reprint", outlet: "Another Outlet", title: "A new headline", published: "2025-05-02", text: ["Rewritten first paragraph by the second outlet's desk.", ...paras.slice(1, -1), "Follow us for more."].join("\n\n") });
      const r = await store.putArticle(reprint);
      assert.equal(r.status, "copy");
      assert.equal(r.copyOf?.article, original.id);
      assert.ok(r.copyOf!.similarity >= 0.5);
      assert.equal((await store.getArticle("reprint"))?.copyOf?.article, original.id);
      // A different article on the same kind of event is not a copy.
      assert.equal((await store.putArticle(article(40))).status, "new");
      await store.close();
    });

    it("streams every article in batches and keeps stories and full-text search", async () => {
      const store = await openStore(":memory:", { dialect });
      for (let i = 10; i < 25; i++) await store.putArticle(article(i));
      const ids: string[] = [];
      for await (const a of store.iterateArticles(4)) ids.push(a.id);
      assert.equal(ids.length, 15);
      await store.putStory({ id: "s1", articles: ["syn-10", "syn-11"], title: "T", data: { claims: 3 } });
      await store.putStory({ id: "s1", articles: ["syn-10", "syn-12"], title: "T2" });
      assert.deepEqual((await store.getStory("s1"))?.articles, ["syn-10", "syn-12"]);
      assert.equal((await store.listStories()).length, 1);
      if (store.capabilities.fts5) {
        const target = (await store.getArticle("syn-10"))!;
        const word = target.text.match(/\b[A-Z][a-z]{5,}\b/)![0];
        const hits = await store.searchArticles(word);
        assert.ok(hits.some((h) => h.id === "syn-10"));
        assert.ok(hits[0]!.snippet.includes("«"));
        assert.deepEqual(await store.searchArticles('"; DROP TABLE articles; --'), []);
      }
      await store.deleteStory("s1");
      assert.equal(await store.getStory("s1"), null);
      await store.close();
    });

    it("rolls a put back whole when it fails between two inserts", async () => {
      const path = join(mkdtempSync(join(tmpdir(), "px-store-")), "t.db");
      const failing = await openStore(path, { dialect, failAfterInsert: true });
      await assert.rejects(failing.putArticle(article(50)), /injected failure/);
      await failing.close();
      const store = await openStore(path, { dialect });
      assert.equal(await store.countArticles(), 0);
      assert.equal((await store.putArticle(article(50))).status, "new");
      assert.equal(await store.integrityCheck(), "ok");
      await store.close();
    });

    it("survives SIGKILL mid-ingest: consistent, complete rows, and a re-run finishes without duplicates", async () => {
      const path = join(mkdtempSync(join(tmpdir(), "px-crash-")), "crash.db");
      const script = `
        import { openStore } from "${new URL("../../src/store/store.ts", import.meta.url).pathname}";
        import { createArticle } from "${new URL("../../src/core/create-article.ts", import.meta.url).pathname}";
        import { syntheticArticle } from "${new URL("../../scripts/lib/synthetic-news.ts", import.meta.url).pathname}";
        const store = await openStore(${JSON.stringify(path)}, { dialect: ${JSON.stringify(dialect)} });
        for (let i = 0; i < 400; i++) {
          const s = syntheticArticle(1000 + i);
          await store.putArticle(createArticle({ id: s.id, text: s.text, outlet: s.outlet, published: s.published }));
          if (i === 20) process.stdout.write("go\\n");
        }
        await store.close();`;
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
      await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
      await new Promise((r) => setTimeout(r, 30));
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      const store = await openStore(path, { dialect });
      assert.equal(await store.integrityCheck(), "ok");
      const stored = await store.countArticles();
      assert.ok(stored > 0 && stored < 400, `killed mid-way (${stored} stored)`);
      for await (const a of store.iterateArticles()) assert.ok(a.text.length > 100 && a.hash);
      let added = 0;
      for (let i = 0; i < 400; i++) {
        const s = syntheticArticle(1000 + i);
        const r = await store.putArticle(createArticle({ id: s.id, text: s.text, outlet: s.outlet, published: s.published }));
        if (r.status !== "duplicate") added++;
      }
      assert.equal(added, 400 - stored);
      assert.equal(await store.countArticles(), 400);
      await store.close();
    });

    it("names the file and the fix when the location is not a database", async () => {
      const d = mkdtempSync(join(tmpdir(), "px-bad-"));
      await assert.rejects(openStore(d, { dialect }), /is a folder.*--db/);
    });
  });
}
