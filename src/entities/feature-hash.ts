import type { SentenceContext } from "./features.js";
import { lowerAt, shapeAt } from "./features.js";

/**
 * FNV-1a hashes of feature strings, computed piece by piece so that the
 * tagger never builds the strings: hashing "w-1=" then the word gives the
 * same number as hashing "w-1=word". Kept to 30 bits so keys stay small
 * integers in a Map.
 */
const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

export function feed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h;
}

export function hashString(s: string): number {
  return feed(OFFSET, s) & 0x3fffffff;
}

const P = (prefix: string) => feed(OFFSET, prefix);
const T1 = P("t-1="), T2 = P("t-2="), W_1 = P("w-1="), W1 = P("w+1="), W_2 = P("w-2="), W2 = P("w+2="), S_1 = P("s-1="), S1 = P("s+1=");
const T1W = P("t-1w="), S1S = P("s-1s="), W1W = P("w-1w="), WW1 = P("ww+1="), LEX1 = P("lex+1="), LEX_1 = P("lex-1=");
const FIRST_TRUE = hashString("first=true"), FIRST_FALSE = hashString("first=false");

/** The hashes of `contextFeatures(ctx, i, prev, prev2, lex)`, written into `out`; returns how many. */
export function contextHashes(ctx: SentenceContext, i: number, prev: string, prev2: string, lex: (w: string) => string | undefined, out: Int32Array): number {
  const lw = lowerAt(ctx, i);
  const n = ctx.tokens.length;
  const at = (k: number) => (k < 0 ? "<s>" : k >= n ? "</s>" : lowerAt(ctx, k));
  const sh = (k: number) => (k < 0 ? "<s>" : k >= n ? "</s>" : shapeAt(ctx, k));
  const bar = (h: number) => Math.imul(h ^ 124, PRIME);
  let c = 0;
  const w_1 = at(i - 1);
  const w1 = at(i + 1);
  out[c++] = feed(T1, prev) & 0x3fffffff;
  out[c++] = feed(bar(feed(T2, prev2)), prev) & 0x3fffffff;
  out[c++] = feed(W_1, w_1) & 0x3fffffff;
  out[c++] = feed(W1, w1) & 0x3fffffff;
  out[c++] = feed(W_2, at(i - 2)) & 0x3fffffff;
  out[c++] = feed(W2, at(i + 2)) & 0x3fffffff;
  out[c++] = feed(S_1, sh(i - 1)) & 0x3fffffff;
  out[c++] = feed(S1, sh(i + 1)) & 0x3fffffff;
  out[c++] = feed(bar(feed(T1W, prev)), lw) & 0x3fffffff;
  out[c++] = feed(bar(feed(bar(feed(S1S, sh(i - 1))), sh(i))), sh(i + 1)) & 0x3fffffff;
  out[c++] = feed(bar(feed(W1W, w_1)), lw) & 0x3fffffff;
  out[c++] = feed(bar(feed(WW1, lw)), w1) & 0x3fffffff;
  out[c++] = i === 0 ? FIRST_TRUE : FIRST_FALSE;
  const gn = lex(w1);
  if (gn) out[c++] = feed(LEX1, gn) & 0x3fffffff;
  const gp = lex(w_1);
  if (gp) out[c++] = feed(LEX_1, gp) & 0x3fffffff;
  return c;
}
