/** Per-stage cost on PolNeAR texts, after warm-up. `--dist` measures the compiled pipeline (run `npm run build` first). */
import { readFileSync } from "node:fs";
import type { Article } from "../../src/core/article.js";
import { createArticle, paragraphBlocks } from "../../src/core/create-article.js";
import { ArticleDoc, type Stage } from "../../src/core/stage.js";

const dist = process.argv.includes("--dist");
const { STAGES } = (dist ? await import(new URL("../../dist/pipeline.js", import.meta.url).href) : await import("../../src/pipeline.js")) as { STAGES: readonly Stage[] };
const docs = readFileSync("../shared/data/polnear-train.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l).text as string);
const times = new Map<string, number>();
const N = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1500);
for (let i = 0; i < N; i++) {
  const text = docs[i % docs.length]!;
  const a: Article = createArticle({ text, published: "2025-09-19", blocks: paragraphBlocks(text) });
  const d = new ArticleDoc(a);
  for (const s of STAGES) {
    const t = performance.now();
    s.run(d);
    if (i >= 300) times.set(s.name, (times.get(s.name) ?? 0) + performance.now() - t);
  }
}
let total = 0;
for (const [k, v] of times) {
  total += v;
  console.log(k.padEnd(12), (v / (N - 300)).toFixed(2), "ms/article");
}
console.log("total".padEnd(12), (total / (N - 300)).toFixed(2), "ms/article →", ((N - 300) / (total / 1000)).toFixed(0), "art/s");
