/**
 * Trains the entity tagger on ../shared/data/conll-train.jsonl and writes
 * models/ner.json.gz. Deterministic: a fixed shuffle seed and epoch count.
 *   npm run train:ner [-- --epochs N]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { features, sentenceContext } from "../src/entities/features.js";
import { gazetteerLabel } from "../src/entities/gazetteer.js";
import { Perceptron } from "../src/entities/perceptron.js";
import { tokenize, type Token } from "../src/entities/tokenize.js";
import { rng } from "./lib/synthetic-news.js";

export interface GoldSentence {
  tokens: Token[];
  tags: string[];
}

/** Sentences (one per line) of a CoNLL-converted file, with BIO tags from the gold character spans. */
export function loadConll(path: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const line of readFileSync(path, "utf8").trim().split("\n")) {
    const doc = JSON.parse(line) as { text: string; gold: { entities: { type: string; start: number; end: number }[] } };
    let start = 0;
    for (const l of doc.text.split("\n")) {
      const tokens = tokenize(doc.text, start, start + l.length);
      const tags = tokens.map((t) => {
        const e = doc.gold.entities.find((g) => g.start <= t.start && t.end <= g.end);
        if (!e) return "O";
        return e.start === t.start || !tokens.some((u) => u.end <= t.start && u.start >= e.start) ? `B-${e.type}` : `I-${e.type}`;
      });
      if (tokens.length) out.push({ tokens, tags });
      start += l.length + 1;
    }
  }
  return out;
}

export function buildLexicon(data: GoldSentence[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of data)
    s.tokens.forEach((t, i) => {
      const w = t.text.toLowerCase();
      const type = s.tags[i] === "O" ? "O" : s.tags[i]!.slice(2);
      const c = counts.get(w) ?? new Map<string, number>();
      c.set(type, (c.get(type) ?? 0) + 1);
      counts.set(w, c);
    });
  const lex: Record<string, string> = {};
  for (const [w, c] of counts) {
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...c].filter(([k]) => k !== "O").sort((a, b) => b[1] - a[1])[0] ?? ["O", 0];
    if (best !== "O" && n >= 2 && n / total >= 0.5) lex[w] = `L:${best}`;
  }
  return lex;
}

export function train(data: GoldSentence[], epochs: number): { model: Perceptron; lexicon: Record<string, string> } {
  const tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
  const model = new Perceptron(tags);
  const lexicon = buildLexicon(data);
  const lexMap = new Map(Object.entries(lexicon));
  const lex = (w: string) => {
    const g = gazetteerLabel(w);
    const l = lexMap.get(w);
    return g && l ? `${g}|${l}` : (g ?? l);
  };
  const order = data.map((_, i) => i);
  const rand = rng(42);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    let total = 0;
    for (const idx of order) {
      const s = data[idx]!;
      const ctx = sentenceContext(s.tokens);
      const out: string[] = [];
      for (let i = 0; i < s.tokens.length; i++) {
        const f = features(ctx, i, out[i - 1] ?? "<s>", out[i - 2] ?? "<s>", lex);
        const guess = model.predict(f);
        const truth = tags.indexOf(s.tags[i]!);
        model.update(truth, guess, f);
        if (guess !== truth) wrong++;
        total++;
        // Training on its own guesses for history features matches greedy decoding.
        out.push(tags[guess]!);
      }
    }
    console.error(`epoch ${e + 1}: token error ${((wrong / total) * 100).toFixed(2)}%`);
  }
  model.average();
  return { model, lexicon };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const epochs = process.argv.includes("--epochs") ? Number(process.argv[process.argv.indexOf("--epochs") + 1]) : 6;
  const path = fileURLToPath(new URL("../../shared/data/conll-train.jsonl", import.meta.url));
  const data = loadConll(path);
  console.error(`training on ${data.length} sentences, ${epochs} epochs`);
  const { model, lexicon } = train(data, epochs);
  const json = JSON.stringify({ ...model.toJSON(0.01), lexicon });
  const out = fileURLToPath(new URL("../models/ner.json.gz", import.meta.url));
  writeFileSync(out, gzipSync(json, { level: 9 }));
  console.error(`wrote ${out} (${(gzipSync(json).length / 1024 / 1024).toFixed(2)} MB gzipped)`);
}
