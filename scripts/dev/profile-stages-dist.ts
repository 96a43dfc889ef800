import { readFileSync } from "node:fs";
import { createArticle } from "../../dist/core/create-article.js";
import { ArticleDoc } from "../../dist/core/stage.js";
import { STAGES } from "../../dist/pipeline.js";
const docs = readFileSync("../shared/data/polnear-train.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l).text as string);
const times = new Map<string, number>();
const N = Number(process.argv[2] ?? 1500);
for (let i = 0; i < N; i++) {
  const text = docs[i % docs.length]!;
  const a = createArticle({ text, published: "2025-09-19" });
  let at = 0;
  for (const p of text.split("\n\n")) { if (p.trim()) a.blocks.push({ start: at, end: at + p.length, kind: "paragraph" }); at += p.length + 2; }
  const d = new ArticleDoc(a);
  for (const s of STAGES) { const t = performance.now(); s.run(d); if (i >= 300) times.set(s.name, (times.get(s.name) ?? 0) + performance.now() - t); }
}
let total = 0;
for (const [k, v] of times) { total += v; console.log(k.padEnd(12), (v / (N - 300)).toFixed(2), "ms/article"); }
console.log("total".padEnd(12), (total / (N - 300)).toFixed(2), "ms/article →", ((N - 300) / (total / 1000)).toFixed(0), "art/s");
