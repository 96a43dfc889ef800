/**
 * `npm run bench`: throughput and scaling figures, printed with their targets.
 * Figures, not pass/fail tests: timing on a shared machine varies.
 *   --quick     smaller corpora (for a smoke run)
 *   --only X    one section: ingest | store | analysis | stories | api
 */
import { section } from "./lib/section.js";
import { existsSync, readFileSync } from "node:fs";
import { existsSync as exists } from "node:fs";
import { createArticle } from "../src/core/create-article.js";
import type { Article } from "../src/core/article.js";

// The analysis is measured as users run it: the compiled pipeline (npm run bench builds first).
const compiled = new URL("../dist/pipeline.js", import.meta.url);
const { analyzeArticle } = (exists(compiled) ? await import(compiled.href) : await import("../src/pipeline.js")) as { analyzeArticle: (a: Article) => Article };
import { syntheticArticle } from "./lib/synthetic-news.js";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const want = (s: string) => !only || only === s;
const fmt = (x: number, d = 0) => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const line = (label: string, value: string, target = "") => console.log(`  ${label.padEnd(44)} ${value.padStart(16)}  ${target}`);


/** Typical-length texts: the development corpus when present, else invented articles. */
function typicalTexts(n: number): { texts: string[]; from: string } {
  const path = new URL("../../shared/data/polnear-train.jsonl", import.meta.url);
  if (existsSync(path)) {
    const docs = readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l).text as string);
    return { texts: Array.from({ length: n }, (_, i) => docs[i % docs.length]!), from: `polnear-train (${docs.length} distinct, cycled)` };
  }
  return { texts: Array.from({ length: n }, (_, i) => syntheticArticle(i).text), from: "synthetic" };
}

console.log(`Parallax bench, node ${process.version}, one core (single-threaded)${quick ? ", --quick" : ""}`);

// Analysis runs first: a fresh heap, so earlier sections' garbage does not weigh on its figure.
if (want("analysis"))
  await section("Per-article analysis (all stages)", async () => {
    const n = quick ? 500 : 2000;
    const { texts, from } = typicalTexts(n);
    const avg = texts.reduce((s, t) => s + t.length, 0) / n;
    const articles = texts.map((text, i) => createArticle({ text, id: `b${i}`, published: "2025-09-19" }));
    // Warm-up, so that the figure is steady-state throughput rather than compilation.
    for (const text of texts.slice(0, 100)) analyzeArticle(createArticle({ text, published: "2025-09-19" }));
    let t = performance.now();
    for (const a of articles) analyzeArticle(a);
    const ours = n / ((performance.now() - t) / 1000);
    line(`${fmt(n)} articles, avg ${fmt(avg)} chars (${from})`, `${fmt(ours)} art/s`, "target ≥ 300/s");
    const { default: nlp } = (await import("compromise")) as unknown as { default: (t: string) => { people(): { out(f: string): unknown } } };
    const m = Math.min(n, quick ? 100 : 400);
    nlp(texts[0]!).people().out("array");
    t = performance.now();
    for (let i = 0; i < m; i++) nlp(texts[i]!).people().out("array");
    const theirs = m / ((performance.now() - t) / 1000);
    line(`compromise nlp(text).people(), ${fmt(m)} articles`, `${fmt(theirs, 1)} art/s`);
    line(`ratio (ours / compromise people-only)`, `${fmt(ours / theirs, 1)}×`, "target ≥ 5×");
  });

if (want("ingest"))
  await section("Ingestion + cleaning + sentence splitting", async () => {
    const { benchIngest } = await import("./bench-ingest.js");
    const n = quick ? 2000 : 10_000;
    for (const r of await benchIngest(n)) {
      const target = r.kind === "text" ? "target ≥ 2,000/s" : r.kind === "html" ? "target ≥ 300/s" : "";
      line(`${r.kind}: ${fmt(r.articles)} articles`, `${fmt(r.articlesPerSec)} art/s`, `${fmt(r.mbPerSec, 1)} MB/s  ${target}`);
    }
  });

if (want("store"))
  await section("Store (SQLite, one transaction per article)", async () => {
    const { benchStore } = await import("./bench-store.js");
    const r = await benchStore(quick ? 2000 : 10_000);
    line(`puts of ${fmt(r.articles)} articles`, `${fmt(r.putsPerSec)} puts/s`, `peak RSS ${fmt(r.peakRssMB)} MB`);
  });

if (want("api"))
  await section("HTTP API latency on loopback, 50 concurrent clients", async () => {
    // A fresh process: the memory the earlier sections left behind must not slow the clients.
    const { execFileSync } = await import("node:child_process");
    const out = execFileSync(process.execPath, ["--import", "tsx", new URL("./bench-api.ts", import.meta.url).pathname, String(quick ? 2000 : 10_000)], { encoding: "utf8" });
    const r = JSON.parse(out.trim().split("\n").pop()!) as { articles: number; stories: number; storyP50: number; storyP99: number; searchP50: number; searchP99: number };
    line(`story page (${fmt(r.articles)} articles stored, ${fmt(r.stories)} stories)`, `p50 ${fmt(r.storyP50, 1)} ms`, `p99 ${fmt(r.storyP99, 1)} ms  target p99 < 50 ms`);
    line("search (articles and claims)", `p50 ${fmt(r.searchP50, 1)} ms`, `p99 ${fmt(r.searchP99, 1)} ms`);
  });

if (want("stories"))
  await section("Story grouping + reconciliation, per-article cost by corpus size (many distinct invented events)", async () => {
    const { benchStories } = await import("./bench-stories.js");
    const sizes = quick ? [1000, 10_000] : [1000, 10_000, 100_000];
    const rows = [];
    for (const n of sizes) {
      const r = await benchStories(n);
      rows.push(r);
      line(`${fmt(n)} articles → ${fmt(r.stories)} stories`, `${fmt(r.msPerArticle, 3)} ms/article`, `grouping ${fmt(r.groupMsPerArticle, 3)} + reconciling ${fmt(r.reconcileMsPerArticle, 3)} ms; peak RSS ${fmt(r.peakRssMB)} MB`);
    }
    const at = (n: number) => rows.find((r) => r.n === n)?.msPerArticle;
    if (at(100_000) && at(10_000)) line("ratio 100,000 / 10,000", `${fmt(at(100_000)! / at(10_000)!, 2)}×`, "target ≤ 2×");
  });
