import type { Token } from "./tokenize.js";

/** Shape of a word: Xxxx, XX, xx, dd, with runs collapsed ("McCain" → XxXx). */
export function shape(w: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    const code = w.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = "X";
    else if (code >= 97 && code <= 122) c = "x";
    else if (code >= 48 && code <= 57) c = "d";
    else if (code < 128) c = ch;
    else {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      c = lo !== up ? (ch === up ? "X" : "x") : ch;
    }
    if (c !== last) {
      out += c;
      last = c;
    }
  }
  return out;
}

export interface SentenceContext {
  tokens: Token[];
  lower: (string | undefined)[];
  /** Filled on demand by `shapeAt`: most tokens are never scored. */
  shapes: (string | undefined)[];
  /** Most letters upper case: a headline, where capitals say nothing. */
  allCaps: boolean;
}

export function sentenceContext(tokens: Token[]): SentenceContext {
  let letters = 0;
  let upper = 0;
  for (const t of tokens)
    for (let i = 0; i < t.text.length; i++) {
      const c = t.text.charCodeAt(i);
      if (c >= 65 && c <= 90) (letters++, upper++);
      else if ((c >= 97 && c <= 122) || c > 191) letters++;
    }
  return { tokens, lower: new Array<string | undefined>(tokens.length), shapes: new Array<string | undefined>(tokens.length), allCaps: letters > 12 && upper / letters > 0.8 };
}

/** Token k in lower case, computed once. */
export function lowerAt(ctx: SentenceContext, k: number): string {
  return (ctx.lower[k] ??= ctx.tokens[k]!.text.toLowerCase());
}

/** The shape of token k, computed once. */
export function shapeAt(ctx: SentenceContext, k: number): string {
  return (ctx.shapes[k] ??= shape(ctx.tokens[k]!.text));
}

/** Features of the word alone (its form, shape, affixes, lexicon class): the same wherever it occurs, so scorers may cache them. */
export function wordFeatures(w: string, lw: string, shape: string, allCaps: boolean, lex: (w: string) => string | undefined): string[] {
  const f = ["b", `w=${lw}`, `s=${shape}`, `p1=${lw.slice(0, 1)}`, `p3=${lw.slice(0, 3)}`, `x2=${lw.slice(-2)}`, `x3=${lw.slice(-3)}`, `x4=${lw.slice(-4)}`];
  if (allCaps) f.push("caps", `caps|w=${lw}`);
  const g = lex(lw);
  if (g) f.push(`lex=${g}`, `lex=${g}|s=${shape}`);
  if (w.length > 1 && w.endsWith(".")) f.push("abbr");
  return f;
}

/** Features of token i in its sentence: neighbours and the two previous tags (greedy decoding). */
export function contextFeatures(ctx: SentenceContext, i: number, prev: string, prev2: string, lex: (w: string) => string | undefined): string[] {
  const lw = lowerAt(ctx, i);
  const at = (k: number) => (k < 0 ? "<s>" : k >= ctx.tokens.length ? "</s>" : lowerAt(ctx, k));
  const sh = (k: number) => (k < 0 ? "<s>" : k >= ctx.tokens.length ? "</s>" : shapeAt(ctx, k));
  const f = [
    `t-1=${prev}`,
    `t-2=${prev2}|${prev}`,
    `w-1=${at(i - 1)}`,
    `w+1=${at(i + 1)}`,
    `w-2=${at(i - 2)}`,
    `w+2=${at(i + 2)}`,
    `s-1=${sh(i - 1)}`,
    `s+1=${sh(i + 1)}`,
    `t-1w=${prev}|${lw}`,
    `s-1s=${sh(i - 1)}|${sh(i)}|${sh(i + 1)}`,
    `w-1w=${at(i - 1)}|${lw}`,
    `ww+1=${lw}|${at(i + 1)}`,
    `first=${i === 0}`,
  ];
  const gn = lex(at(i + 1));
  if (gn) f.push(`lex+1=${gn}`);
  const gp = lex(at(i - 1));
  if (gp) f.push(`lex-1=${gp}`);
  return f;
}

/** All feature strings of token i (what training sees; tagging scores the two parts separately). */
export function features(ctx: SentenceContext, i: number, prev: string, prev2: string, lex: (w: string) => string | undefined): string[] {
  return [...wordFeatures(ctx.tokens[i]!.text, lowerAt(ctx, i), shapeAt(ctx, i), ctx.allCaps, lex), ...contextFeatures(ctx, i, prev, prev2, lex)];
}
