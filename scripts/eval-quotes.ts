/**
 * Quotes on ../shared/data/polnear-dev.jsonl. Gold direct quotes are the
 * attributions whose content is enclosed in quote marks. A predicted quote
 * matches a gold one when their spans overlap by at least 0.3 (intersection
 * over the shorter span, marks ignored). The speaker is right when our
 * speaker span overlaps the gold source span, or when the two name the same
 * person (same last word, e.g. our resolved "Trump" for the gold "Trump" of a
 * continuation paragraph).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/core/article.js";
import { createArticle, paragraphBlocks } from "../src/core/create-article.js";
import { analyzeArticle } from "../src/pipeline.js";

interface S {
  start: number;
  end: number;
  text: string;
}
interface Gold {
  source: S;
  cue: S;
  content: S;
}
export interface QuoteScores {
  direct: { precision: number; recall: number; f1: number; speaker: number; gold: number; predicted: number };
  all: { precision: number; recall: number; f1: number; gold: number; predicted: number };
}

const QUOTE = /["“”„]/;
const isDirect = (g: Gold, text: string) => {
  const c = g.content.text.replace(/^that\s+/i, "").trim();
  const before = text[g.content.start - 1] ?? "";
  const after = text[g.content.end] ?? "";
  return (QUOTE.test(c[0] ?? "") && QUOTE.test(c[c.length - 1] ?? "")) || (QUOTE.test(before) && QUOTE.test(after)) || (QUOTE.test(c[0] ?? "") && /[”"]\W{0,2}$/.test(c));
};
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
const lastWord = (s: string) => s.toLowerCase().replace(/[^\p{L}\s]/gu, "").trim().split(/\s+/).pop() ?? "";

function analyse(text: string): Article {
  return analyzeArticle(createArticle({ text, blocks: paragraphBlocks(text) }));
}

function prf(tp: number, predicted: number, gold: number) {
  const precision = tp / (predicted || 1);
  const recall = tp / (gold || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

export async function evalQuotes(path = fileURLToPath(new URL("../../shared/data/polnear-dev.jsonl", import.meta.url)), print = true): Promise<QuoteScores> {
  if (!existsSync(path)) throw new Error(`${path} is missing`);
  let dGold = 0, dPred = 0, dTpP = 0, dTpR = 0, speakerOk = 0, speakerChecked = 0;
  let aGold = 0, aPred = 0, aTpP = 0, aTpR = 0;
  for (const line of readFileSync(path, "utf8").trim().split("\n")) {
    const doc = JSON.parse(line) as { text: string; gold: { attributions: Gold[] } };
    const a = analyse(doc.text);
    const gold = doc.gold.attributions.filter((g) => g.content);
    const gDirect = gold.filter((g) => isDirect(g, doc.text));
    const pDirect = a.quotes.filter((q) => q.kind === "direct");
    dGold += gDirect.length;
    dPred += pDirect.length;
    for (const p of pDirect) if (gDirect.some((g) => overlap(p, g.content) >= 0.3)) dTpP++;
    for (const g of gDirect) {
      const p = pDirect.find((q) => overlap(q, g.content) >= 0.3);
      if (!p) continue;
      dTpR++;
      // A few gold attributions have no source span: their speaker cannot be checked.
      if (!g.source) continue;
      speakerChecked++;
      const sp = p.speaker;
      if (sp && ((sp.start !== undefined && sp.end !== undefined && overlap({ start: sp.start, end: sp.end }, g.source) > 0) || lastWord(sp.text) === lastWord(g.source.text) || (sp.entity && lastWord(sp.entity.replace(/^.*\//, "").replace(/-/g, " ")) === lastWord(g.source.text)))) speakerOk++;
    }
    aGold += gold.length;
    aPred += a.quotes.length;
    for (const p of a.quotes) if (gold.some((g) => overlap(p, g.content) >= 0.3)) aTpP++;
    for (const g of gold) if (a.quotes.some((q) => overlap(q, g.content) >= 0.3)) aTpR++;
  }
  const d = prf(0, 1, 1);
  const dp = dTpP / (dPred || 1), dr = dTpR / (dGold || 1);
  Object.assign(d, { precision: dp, recall: dr, f1: (2 * dp * dr) / (dp + dr || 1) });
  const ap = aTpP / (aPred || 1), ar = aTpR / (aGold || 1);
  const out: QuoteScores = {
    direct: { ...d, speaker: speakerOk / (speakerChecked || 1), gold: dGold, predicted: dPred },
    all: { precision: ap, recall: ar, f1: (2 * ap * ar) / (ap + ar || 1), gold: aGold, predicted: aPred },
  };
  if (print) {
    const pc = (x: number) => (x * 100).toFixed(1) + "%";
    console.log(`  direct quotes: P ${pc(out.direct.precision)} R ${pc(out.direct.recall)} F1 ${pc(out.direct.f1)} (gold ${dGold}, predicted ${dPred})   target F1 ≥ 85%`);
    console.log(`  speaker right on matched direct quotes: ${pc(out.direct.speaker)}   target ≥ 85%`);
    console.log(`  all attributions: P ${pc(out.all.precision)} R ${pc(out.all.recall)} F1 ${pc(out.all.f1)} (gold ${aGold}, predicted ${aPred})`);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await evalQuotes(process.argv[2]);
