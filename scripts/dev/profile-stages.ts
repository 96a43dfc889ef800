import { readFileSync } from "node:fs";
import { createArticle } from "../../src/core/create-article.js";
import { ArticleDoc } from "../../src/core/stage.js";
import { STAGES } from "../../src/pipeline.js";
const docs = readFileSync("../shared/data/polnear-train.jsonl", "utf8").trim().split("\n").slice(0, 200).map((l) => JSON.parse(l).text as string);
const times = new Map<string, number>();
for (const text of docs) {
  const a = createArticle({ text, published: "2025-09-19" });
  let at = 0;
  for (const p of text.split("\n\n")) { if (p.trim()) a.blocks.push({ start: at, end: at + p.length, kind: "paragraph" }); at += p.length + 2; }
  const d = new ArticleDoc(a);
  for (const s of STAGES) { const t = performance.now(); s.run(d); times.set(s.name, (times.get(s.name) ?? 0) + performance.now() - t); }
}
for (const [k, v] of times) console.log(k.padEnd(12), (v / docs.length).toFixed(2), "ms/article");
