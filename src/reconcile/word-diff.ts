/** One word of a text, with its offsets in that text. */
export interface WordToken {
  norm: string;
  start: number;
  end: number;
  /** Inside (…) or […]: an editor's insertion, not the speaker's words. */
  editorial: boolean;
}

export type DiffOp =
  | { op: "same"; a: WordToken[]; b: WordToken[] }
  | { op: "del"; a: WordToken[] }
  | { op: "ins"; b: WordToken[] }
  | { op: "sub"; a: WordToken[]; b: WordToken[] };

/** Words of a text (apostrophes and quote styles folded), marking editorial insertions. */
export function wordTokens(text: string, base = 0): WordToken[] {
  const out: WordToken[] = [];
  let depth = 0;
  const re = /[([]|[)\]]|[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
  for (const m of text.matchAll(re)) {
    const w = m[0];
    if (w === "(" || w === "[") depth++;
    else if (w === ")" || w === "]") depth = Math.max(0, depth - 1);
    else out.push({ norm: w.toLowerCase().replace(/’/g, "'"), start: base + m.index!, end: base + m.index! + w.length, editorial: depth > 0 });
  }
  return out;
}

/**
 * Word-level diff (LCS) of two wordings. Quadratic in words, so callers pass
 * quotes, not whole articles; longer inputs are cut at `limit` words.
 */
export function wordDiff(a: WordToken[], b: WordToken[], limit = 400): DiffOp[] {
  a = a.slice(0, limit);
  b = b.slice(0, limit);
  const n = a.length;
  const m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i]!.norm === b[j]!.norm ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const ops: DiffOp[] = [];
  const push = (op: "same" | "del" | "ins", x?: WordToken, y?: WordToken) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) {
      if (x && "a" in last) last.a.push(x);
      if (y && "b" in last) last.b.push(y);
      return;
    }
    if (op === "same") ops.push({ op, a: [x!], b: [y!] });
    else if (op === "del") ops.push({ op, a: [x!] });
    else ops.push({ op, b: [y!] });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.norm === b[j]!.norm) push("same", a[i++], b[j++]);
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) push("del", a[i++]);
    else push("ins", undefined, b[j++]);
  }
  while (i < n) push("del", a[i++]);
  while (j < m) push("ins", undefined, b[j++]);
  // A deletion next to an insertion is a substitution: one wording replaced by another.
  const merged: DiffOp[] = [];
  for (const op of ops) {
    const last = merged[merged.length - 1];
    if (last && ((last.op === "del" && op.op === "ins") || (last.op === "ins" && op.op === "del"))) {
      merged[merged.length - 1] = { op: "sub", a: last.op === "del" ? last.a : (op as { a: WordToken[] }).a, b: last.op === "ins" ? last.b : (op as { b: WordToken[] }).b };
    } else merged.push(op);
  }
  return merged;
}

/** Share of the shorter wording's words that the other wording also has, in order. */
export function overlapRatio(ops: DiffOp[]): number {
  let same = 0;
  let a = 0;
  let b = 0;
  for (const op of ops) {
    if (op.op === "same") (same += op.a.length), (a += op.a.length), (b += op.b.length);
    else if (op.op === "del") a += op.a.length;
    else if (op.op === "ins") b += op.b.length;
    else (a += op.a.length), (b += op.b.length);
  }
  return same / Math.max(1, Math.min(a, b));
}

/** The diff without the partial-quote ends: leading and trailing insertions or deletions only mean one outlet quoted less. */
export function innerOps(ops: DiffOp[]): DiffOp[] {
  let s = 0;
  let e = ops.length;
  while (s < e && ops[s]!.op !== "same") s++;
  while (e > s && ops[e - 1]!.op !== "same") e--;
  const inner = ops.slice(s, e);
  if (!inner.length) return inner;
  // A substitution right at an end still changes words both outlets printed: "… respect and common benefits, without …"
  // against a partial quote ending "… respect and shared interests". Keep it, cut to the shorter side's length.
  const lead = ops[s - 1];
  if (lead?.op === "sub") {
    const n = Math.min(lead.a.length, lead.b.length);
    inner.unshift({ op: "sub", a: lead.a.slice(-n), b: lead.b.slice(-n) });
  }
  const trail = ops[e];
  if (trail?.op === "sub") {
    const n = Math.min(trail.a.length, trail.b.length);
    inner.push({ op: "sub", a: trail.a.slice(0, n), b: trail.b.slice(0, n) });
  }
  return inner;
}
