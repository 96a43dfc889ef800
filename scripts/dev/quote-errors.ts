import { readFileSync } from "node:fs";
import { createArticle, paragraphBlocks } from "../../src/core/create-article.js";
import { analyzeArticle } from "../../src/pipeline.js";
const path = process.argv[2] ?? "../shared/data/polnear-train.jsonl";
const lines = readFileSync(path, "utf8").trim().split("\n").slice(0, Number(process.argv[3] ?? 150));
const ov = (a: any, b: any) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
let n = 0;
for (const line of lines) {
  const doc = JSON.parse(line);
  const a = createArticle({ text: doc.text, blocks: paragraphBlocks(doc.text) });
  analyzeArticle(a);
  for (const g of doc.gold.attributions) {
    if (!g.source || !g.content) continue;
    const p = a.quotes.find((q) => q.kind === "direct" && ov(q, g.content) >= 0.3);
    if (!p) continue;
    const sp = p.speaker;
    const ok = sp && sp.start !== undefined && ov({ start: sp.start, end: sp.end }, g.source) > 0;
    if (!ok && n++ < 40) console.log(`GOLD ${JSON.stringify(g.source.text)} OURS ${JSON.stringify(sp?.text)} ${sp?.entity ?? ""} :: ${doc.text.slice(Math.max(0, p.end - 20), p.end + 60).replace(/\n/g, " ")}`);
  }
}
