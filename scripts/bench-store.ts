/** Store throughput: puts per second of ~3 KB articles into a SQLite file, one transaction each. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createArticle } from "../src/core/create-article.js";
import { openStore } from "../src/store/store.js";
import { syntheticArticle } from "./lib/synthetic-news.js";

export async function benchStore(n: number): Promise<{ articles: number; seconds: number; putsPerSec: number; peakRssMB: number }> {
  const dir = mkdtempSync(join(tmpdir(), "px-bench-store-"));
  const store = await openStore(join(dir, "bench.db"));
  const articles = Array.from({ length: n }, (_, i) => {
    const s = syntheticArticle(i);
    return createArticle({ id: s.id, text: s.text, outlet: s.outlet, published: s.published, title: s.title });
  });
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  for (const [i, a] of articles.entries()) {
    await store.putArticle(a);
    if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { articles: n, seconds, putsPerSec: n / seconds, peakRssMB: peak / 1024 / 1024 };
}
