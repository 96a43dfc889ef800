import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { contextHashes, hashString } from "./feature-hash.js";
import { lowerAt, sentenceContext, shapeAt, wordFeatures } from "./features.js";
import { gazetteerLabel } from "./gazetteer.js";
import { Perceptron } from "./perceptron.js";
import type { Token } from "./tokenize.js";

/** The shipped model file, trained by scripts/train-ner.ts on CoNLL-2003 train. */
export const MODEL_URL = new URL("../../models/ner.json.gz", import.meta.url);

export interface NerModelData {
  tags: string[];
  weights: Record<string, number[]>;
  /** Words seen inside names in training, with their most frequent type. */
  lexicon: Record<string, string>;
}

/** Lower-case words that can sit inside a name ("Bank of England", "Ludwig van Beethoven"). */
const CONNECTORS = new Set(["of", "and", "de", "del", "der", "van", "von", "al", "bin", "la", "le", "du", "da", "do", "dos", "das", "y", "for", "on", "the", "upon", "am", "an", "&"]);

/** Capitalised words that start sentences but never names. */
export const FUNCTION_WORDS = new Set(
  "the a an he she it they we i you his her its their our my your this that these those there here in on at by for from with to of and but or nor so yet as if when while after before since until because although though however meanwhile also not no some many most all each every both either neither such what who whom whose which why how where one two three four five first last next other another more less".split(" "),
);

/** A tagged name: token indices [from, to) and its CoNLL type (PER, ORG, LOC, MISC). */
export interface TaggedSpan {
  from: number;
  to: number;
  type: string;
}

/** Greedy BIO tagging with an averaged perceptron, plus a training-data lexicon and our gazetteer. */
export class NerModel {
  constructor(
    readonly perceptron: Perceptron,
    readonly lexicon: Map<string, string>,
  ) {}

  static load(url: URL = MODEL_URL): NerModel {
    const data = JSON.parse(gunzipSync(readFileSync(url)).toString("utf8")) as NerModelData;
    return new NerModel(Perceptron.fromJSON(data), new Map(Object.entries(data.lexicon)));
  }

  private readonly lexCache = new Map<string, string | undefined>();
  private readonly wordScores = new Map<string, Float32Array>();
  private readonly hashBuffer = new Int32Array(32);

  readonly lex = (w: string): string | undefined => {
    if (this.lexCache.has(w)) return this.lexCache.get(w);
    const g = gazetteerLabel(w);
    const l = this.lexicon.get(w);
    const v = g && l ? `${g}|${l}` : (g ?? l);
    // Bounded: a long-running server sees an open vocabulary.
    if (this.lexCache.size > 200_000) this.lexCache.clear();
    this.lexCache.set(w, v);
    return v;
  };

  /** BIO tags of a sentence's tokens. */
  tag(tokens: Token[]): string[] {
    const ctx = sentenceContext(tokens);
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // Names start with a capital or a digit; a lower-case word outside a name ("said", "the") is O without scoring.
      // Three in four news tokens take this path, which keeps the tagger fast.
      const c = tokens[i]!.text.charCodeAt(0);
      const prev = out[i - 1] ?? "O";
      const isUpper = (c >= 65 && c <= 90) || (c > 191 && tokens[i]!.text[0] !== tokens[i]!.text[0]!.toLowerCase());
      // Outside a name, only a capitalised word can start one (and not "The", "He", "But" …).
      if (!ctx.allCaps && (prev === "O" ? !isUpper || FUNCTION_WORDS.has(lowerAt(ctx, i)) : (c >= 97 && c <= 122) && !CONNECTORS.has(lowerAt(ctx, i)))) {
        out.push("O");
        continue;
      }
      // A word's own features score the same everywhere: summed once per word form, then cached.
      const text = tokens[i]!.text;
      const key = ctx.allCaps ? `\u0001${text}` : text;
      let base = this.wordScores.get(key);
      if (!base) {
        base = this.perceptron.partial(wordFeatures(text, lowerAt(ctx, i), shapeAt(ctx, i), ctx.allCaps, this.lex));
        if (this.wordScores.size > 100_000) this.wordScores.clear();
        this.wordScores.set(key, base);
      }
      // The context's features as hashes, never as strings: no allocation on the hot path.
      const count = contextHashes(ctx, i, out[i - 1] ?? "<s>", out[i - 2] ?? "<s>", this.lex, this.hashBuffer);
      let tag = this.perceptron.tags[this.perceptron.predictFromHashes(base, this.hashBuffer, count, hashString)]!;
      // An I- tag must continue a name of its type.
      if (tag.startsWith("I-") && (out[i - 1] ?? "O").slice(2) !== tag.slice(2)) tag = `B-${tag.slice(2)}`;
      out.push(tag);
    }
    return out;
  }

  spans(tokens: Token[]): TaggedSpan[] {
    return bioSpans(this.tag(tokens));
  }
}

export function bioSpans(tags: string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let cur: TaggedSpan | null = null;
  tags.forEach((t, i) => {
    if (t.startsWith("B-") || (t.startsWith("I-") && (!cur || cur.type !== t.slice(2)))) {
      if (cur) out.push(cur);
      cur = { from: i, to: i + 1, type: t.slice(2) };
    } else if (t.startsWith("I-") && cur) cur.to = i + 1;
    else if (cur) {
      out.push(cur);
      cur = null;
    }
  });
  if (cur) out.push(cur);
  return out;
}
