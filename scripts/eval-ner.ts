/** Entities on ../shared/data/conll-dev.jsonl: exact-match P/R/F1 for PER, ORG, LOC (PERSON→PER, PLACE→LOC). */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createArticle } from "../src/core/create-article.js";
import { ArticleDoc } from "../src/core/stage.js";
import { EntityTagger } from "../src/entities/entity-tagger.js";
import { SentenceSplitter } from "../src/sentences/sentence-splitter.js";

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

const TYPE: Record<string, string> = { PERSON: "PER", ORG: "ORG", PLACE: "LOC" };

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), tp, fp, fn };
}

/** CoNLL's sentences are lines; the splitter sees each line as a block, as an ingested paragraph would be. */
export async function evalNer(path = fileURLToPath(new URL("../../shared/data/conll-dev.jsonl", import.meta.url))): Promise<{ per: PRF; org: PRF; loc: PRF; overall: PRF }> {
  if (!existsSync(path)) throw new Error(`${path} is missing`);
  const tagger = new EntityTagger();
  const splitter = new SentenceSplitter();
  const counts: Record<string, [number, number, number]> = { PER: [0, 0, 0], ORG: [0, 0, 0], LOC: [0, 0, 0] };
  for (const line of readFileSync(path, "utf8").trim().split("\n")) {
    const doc = JSON.parse(line) as { text: string; gold: { entities: { type: string; start: number; end: number }[] } };
    const article = createArticle({ text: doc.text });
    let at = 0;
    for (const l of doc.text.split("\n")) {
      if (l.trim()) article.blocks.push({ start: at, end: at + l.length, kind: "paragraph" });
      at += l.length + 1;
    }
    const d = new ArticleDoc(article);
    splitter.run(d);
    tagger.run(d);
    const gold = new Set(doc.gold.entities.filter((e) => counts[e.type]).map((e) => `${e.type}:${e.start}:${e.end}`));
    const pred = new Set(article.entities.filter((e) => TYPE[e.type]).map((e) => `${TYPE[e.type]}:${e.start}:${e.end}`));
    for (const p of pred) counts[p.split(":")[0]!]![gold.has(p) ? 0 : 1]++;
    for (const g of gold) if (!pred.has(g)) counts[g.split(":")[0]!]![2]++;
  }
  const [tp, fp, fn] = Object.values(counts).reduce((a, c) => [a[0] + c[0], a[1] + c[1], a[2] + c[2]], [0, 0, 0]);
  return { per: prf(...counts.PER!), org: prf(...counts.ORG!), loc: prf(...counts.LOC!), overall: prf(tp, fp, fn) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await evalNer();
  const f = (x: PRF) => `P ${(x.precision * 100).toFixed(1)} R ${(x.recall * 100).toFixed(1)} F1 ${(x.f1 * 100).toFixed(1)}`;
  console.log(`PER ${f(r.per)}\nORG ${f(r.org)}\nLOC ${f(r.loc)}\nall ${f(r.overall)}`);
}
