import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "../../src/ingest/ingest.js";
import { syntheticArticle } from "../lib/synthetic-news.js";
const dir = mkdtempSync(join(tmpdir(), "pi-"));
mkdirSync(join(dir, "t"));
for (let i = 0; i < 3000; i++) { const a = syntheticArticle(i); writeFileSync(join(dir, "t", `${i}.txt`), `title: ${a.title}\ndate: ${a.published}\n\n${a.text}\n`); }
const t = performance.now(); let n = 0;
for await (const r of ingest([join(dir, "t")])) if (r.ok) n++;
console.log((n / ((performance.now() - t) / 1000)).toFixed(0), "art/s");
