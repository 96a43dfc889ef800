import type { Article } from "../core/article.js";
import { stem } from "./word-stem.js";

/** A quantity printed in a sentence, with what it counts. */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** "at least", "about", "more than": the printed number is a bound or an estimate. */
  qualifier: "exact" | "approx" | "min" | "max";
  /** Stem of the counted noun ("people", "pedestrian"), or the unit ("%", "$"). */
  unit: string;
}

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, dozens: 24,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 };
const QUAL: [RegExp, NumberMention["qualifier"]][] = [
  [/(?:at least|more than|over|upwards of|no fewer than|in excess of)\s+$/i, "min"],
  [/(?:at most|fewer than|less than|under|up to|no more than)\s+$/i, "max"],
  [/(?:about|around|roughly|nearly|almost|some|approximately|an estimated|estimated|close to)\s+$/i, "approx"],
];
const NUM = new RegExp(
  String.raw`(\$|€|£)?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:${Object.keys(WORDS).join("|")}))\b(?:[\s-]+(thousand|million|billion|trillion|bn|k|m)\b)?\s*(%|percent|per cent)?`,
  "gi",
);
const SKIP_NOUN = new Set(["of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "who", "that", "which", "were", "was", "are", "had", "have", "more", "other", "such"]);

/**
 * Quantities in `[start, end)` of an article, skipping anything inside a
 * temporal expression (years, days of the month, durations) so that dates are
 * never compared as counts.
 */
export function numberMentions(article: Article, start: number, end: number): NumberMention[] {
  const text = article.text.slice(start, end);
  const inTimex = (s: number, e: number) => article.timexes.some((t) => t.start < e && s < t.end);
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUM)) {
    const s = start + m.index!;
    const e = s + m[0].trimEnd().length;
    if (inTimex(s, e)) continue;
    const raw = m[2]!.toLowerCase();
    let value = WORDS[raw] ?? Number(raw.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    if (m[3]) value *= SCALE[m[3].toLowerCase()]!;
    // Ordinal-like or part of a code ("No. 3", "Route 66", "F-16"): no unit found nearby.
    const before = text.slice(0, m.index!);
    let qualifier: NumberMention["qualifier"] = "exact";
    for (const [re, q] of QUAL) if (re.test(before.slice(-24))) qualifier = q;
    let unit = m[1] ? m[1] : m[4] ? "%" : "";
    if (!unit) {
      const after = text.slice(m.index! + m[0].length).match(/^\s*(?:[\p{L}'’-]+\s+){0,2}/u)?.[0] ?? "";
      const noun = after.split(/\s+/).find((w) => w && !SKIP_NOUN.has(w.toLowerCase()));
      if (!noun) continue;
      unit = stem(noun.replace(/[^\p{L}]/gu, ""));
    }
    if (/^[\p{Lu}]/u.test(m[0]) && WORDS[raw] === 1) continue; // "One" as a pronoun
    out.push({ start: s, end: e, text: article.text.slice(s, e), value, qualifier, unit });
  }
  return out;
}

/**
 * How two printed quantities relate: "same" (equal, or one an estimate or a
 * rounding of the other), "bound" (both can be true: "at least 12" and "15",
 * still worth showing), "differ" ("12" and "15").
 */
export function compareNumbers(a: NumberMention, b: NumberMention): "same" | "bound" | "differ" {
  if (a.value === b.value) return "same";
  const close = Math.abs(a.value - b.value) <= Math.max(Math.abs(a.value), Math.abs(b.value)) * 0.05;
  if (close && (a.qualifier === "approx" || b.qualifier === "approx" || roundsTo(a.value, b.value) || roundsTo(b.value, a.value))) return "same";
  const [lo, hi] = a.value < b.value ? [a, b] : [b, a];
  return lo.qualifier === "min" || hi.qualifier === "max" ? "bound" : "differ";
}

/** 4,000 printed for 4,012: a rounding, not a different number. */
function roundsTo(rounded: number, exact: number): boolean {
  for (const step of [10, 100, 1000, 1e6, 1e9]) if (rounded % step === 0 && Math.round(exact / step) * step === rounded && rounded >= step * 2) return true;
  return false;
}
