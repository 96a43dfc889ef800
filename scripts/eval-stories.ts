/** Story grouping on ECB+ (../shared/data/ecbplus-dev.jsonl): B-cubed precision, recall and F1 against gold.story. */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createArticle } from "../src/core/create-article.js";
import { StoryGrouper } from "../src/link/story-grouper.js";
import { analyzeArticle } from "../src/pipeline.js";

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  articles: number;
  stories: number;
}

/** B-cubed over items: for each item, the share of its predicted cluster in its gold cluster (precision) and vice versa (recall). */
export function bcubed(pred: Map<string, string>, gold: Map<string, string>): { precision: number; recall: number; f1: number } {
  const members = (m: Map<string, string>) => {
    const out = new Map<string, Set<string>>();
    for (const [item, c] of m) out.set(c, (out.get(c) ?? new Set()).add(item));
    return out;
  };
  const P = members(pred);
  const G = members(gold);
  let p = 0;
  let r = 0;
  for (const [item, c] of pred) {
    const pc = P.get(c)!;
    const gc = G.get(gold.get(item)!)!;
    let both = 0;
    for (const x of pc) if (gc.has(x)) both++;
    p += both / pc.size;
    r += both / gc.size;
  }
  const n = pred.size;
  const precision = p / n;
  const recall = r / n;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

export async function evalStories(opts: { analyze?: boolean; threshold?: number; link?: number } = {}): Promise<BCubed> {
  const path = fileURLToPath(new URL("../../shared/data/ecbplus-dev.jsonl", import.meta.url));
  if (!existsSync(path)) throw new Error(`${path} is missing`);
  const rows = readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; text: string; gold: { story: string } });
  const grouper = new StoryGrouper({ ...(opts.threshold ? { threshold: opts.threshold } : {}), ...(opts.link ? { linkThreshold: opts.link } : {}) });
  for (const r of rows) {
    const a = createArticle({ id: r.id, text: r.text });
    grouper.add(opts.analyze === false ? a : analyzeArticle(a));
  }
  const pred = new Map<string, string>();
  const stories = grouper.stories();
  for (const s of stories) for (const id of s.articles) pred.set(id, s.id);
  const gold = new Map(rows.map((r) => [r.id, r.gold.story]));
  return { ...bcubed(pred, gold), articles: rows.length, stories: stories.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t = process.argv.includes("--threshold") ? Number(process.argv[process.argv.indexOf("--threshold") + 1]) : undefined;
  const l = process.argv.includes("--link") ? Number(process.argv[process.argv.indexOf("--link") + 1]) : undefined;
  const r = await evalStories({ threshold: t, link: l });
  console.log(`ECB+ stories: ${r.articles} articles → ${r.stories} stories; B-cubed P ${(r.precision * 100).toFixed(1)}% R ${(r.recall * 100).toFixed(1)}% F1 ${(r.f1 * 100).toFixed(1)}%`);
}
