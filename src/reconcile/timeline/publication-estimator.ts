import type { Article, Timex } from "../../core/article.js";
import { addDays, isoWeek, isoWeekday, nextMonthOf, weekdayIn, weekOf } from "../calendar.js";
import type { EvidenceUnit } from "../evidence-unit.js";
import type { StoryContext } from "../story-context.js";
import { UnitVectors } from "../unit-similarity.js";

/**
 * A relative expression that an undated article used for an event that a
 * dated article pins to a day: what the expression then means, and which
 * publication days make it true.
 */
interface RelativeRule {
  name: string;
  /** Explicit offsets ("last week") say more about the writing date than a bare weekday. */
  strong: boolean;
  match: RegExp;
  /** The expression's value once the event day is known; null when the day contradicts it. */
  value(day: string, text: string): string | null;
  /** Publication days for which the expression, said of `day`, is true. */
  window(day: string, text: string): { from: string; to: string };
}

const RULES: RelativeRule[] = [
  {
    name: "yesterday",
    strong: true,
    match: /^yesterday\b/i,
    value: (d) => d,
    window: (d) => ({ from: addDays(d, 1), to: addDays(d, 1) }),
  },
  {
    name: "today",
    strong: true,
    match: /^(today|tonight|this (morning|afternoon|evening))\b/i,
    value: (d) => d,
    window: (d) => ({ from: d, to: d }),
  },
  {
    name: "days ago",
    strong: true,
    match: /^(\d+|two|three|four|five|six)\s+days\s+ago$/i,
    value: (d) => d,
    window: (d, t) => {
      const n = Number(/\d+/.exec(t)?.[0] ?? ["two", "three", "four", "five", "six"].indexOf(t.split(/\s+/)[0]!.toLowerCase()) + 2);
      return { from: addDays(d, n), to: addDays(d, n) };
    },
  },
  {
    name: "last week",
    strong: true,
    match: /^(last|the previous|the past) week$/i,
    value: (d) => isoWeek(d),
    window: (d) => weekOf(addDays(d, 7)),
  },
  {
    name: "this week",
    strong: true,
    match: /^(this|earlier this) week$/i,
    value: (d) => isoWeek(d),
    window: (d) => ({ from: d, to: weekOf(d).to }),
  },
  {
    name: "last month",
    strong: true,
    match: /^last month$/i,
    value: (d) => d.slice(0, 7),
    window: (d) => nextMonthOf(d),
  },
  {
    name: "weekday",
    strong: false,
    match: /^(on\s+|last\s+|this\s+(past\s+)?)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
    value: (d, t) => (weekdayIn(t) === isoWeekday(d) ? d : null),
    // News uses a bare weekday for the past six days.
    window: (d) => ({ from: d, to: addDays(d, 6) }),
  },
];

/** Closest two sentences of one article must be for a second mention to share the first's date. */
const SAME_EVENT = 0.2;

interface Pin {
  article: Article;
  timex: Timex;
  rule: RelativeRule;
  day: string;
  basis: string;
}

/**
 * For articles without a publication date, uses the story: a relative
 * expression ("on Thursday", "last week") in a sentence aligned with a dated
 * outlet's sentence about the same event takes its value from that event's
 * day, and the expressions together give the article a publication window
 * (`publishedEstimate`). `published` itself stays null: it is never invented.
 * Re-resolved timexes are marked `resolvedBy: "story"`.
 */
export function estimatePublication(ctx: StoryContext): void {
  const undated = ctx.articles.filter((a) => !a.published);
  if (!undated.length || undated.length === ctx.articles.length) return;
  const pins: Pin[] = [];
  const pinned = new Set<Timex>();
  const pinUnit = new Map<string, string>();

  for (const claim of ctx.claims) {
    for (const u of claim.units) {
      if (u.article.published) continue;
      // The dated sentence matched to this one directly and most closely dates the event.
      const direct = claim.pairs
        .flatMap((p) => (p.a === u ? [{ v: p.b, sim: p.sim }] : p.b === u ? [{ v: p.a, sim: p.sim }] : []))
        .filter((x) => x.v.article.published && new Set(dayValues(x.v)).size === 1)
        .sort((x, y) => y.sim - x.sim);
      const dated = direct[0]?.v;
      if (!dated) continue;
      const day = dayValues(dated)[0]!;
      for (const t of relativeTimexes(u)) {
        if (pinned.has(t)) continue;
        const rule = RULES.find((r) => r.match.test(t.text));
        if (!rule || !rule.value(day, t.text)) continue;
        pins.push({ article: u.article, timex: t, rule, day, basis: `"${t.text}" names the event ${dated.article.outlet ?? dated.article.id} dates ${day}` });
        pinned.add(t);
        pinUnit.set(u.key, day);
      }
    }
  }

  // A second mention of an already dated event in the same article ("a press conference last week").
  const vectors = new UnitVectors(ctx.units);
  for (const u of ctx.units) {
    if (u.article.published) continue;
    for (const t of relativeTimexes(u)) {
      if (pinned.has(t)) continue;
      const rule = RULES.find((r) => r.match.test(t.text));
      if (!rule) continue;
      let best: { unit: EvidenceUnit; sim: number } | null = null;
      for (const v of ctx.units) {
        if (v.article !== u.article || v === u || !pinUnit.has(v.key)) continue;
        const sim = vectors.similarity(u, v);
        if (sim >= SAME_EVENT && (!best || sim > best.sim)) best = { unit: v, sim };
      }
      if (!best) continue;
      const day = pinUnit.get(best.unit.key)!;
      if (!rule.value(day, t.text)) continue;
      pins.push({ article: u.article, timex: t, rule, day, basis: `"${t.text}" refers to the event the article dates elsewhere, ${day}` });
      pinned.add(t);
    }
  }

  for (const article of undated) {
    const mine = pins.filter((p) => p.article === article);
    if (!mine.length) continue;
    for (const p of mine) {
      p.timex.value = p.rule.value(p.day, p.timex.text);
      (p.timex as Timex & { resolvedBy?: string }).resolvedBy = "story";
    }
    const strong = mine.filter((p) => p.rule.strong);
    const used = strong.length ? strong : mine;
    let from = "";
    let to = "9999-12-31";
    for (const p of used) {
      const w = p.rule.window(p.day, p.timex.text);
      if (w.from > from) from = w.from;
      if (w.to < to) to = w.to;
    }
    if (from > to) {
      article.diagnostics.push({ origin: "publication-estimator", severity: "warning", message: `the story's dates disagree about when this article was written (${used.map((p) => p.basis).join("; ")})` });
      continue;
    }
    article.publishedEstimate = { from, to, basis: used.map((p) => p.basis).join("; ") };
  }
}

function dayValues(u: EvidenceUnit): string[] {
  return u.article.timexes
    .filter((t) => t.value && /^\d{4}-\d{2}-\d{2}/.test(t.value) && t.start >= u.evidence.start && t.end <= u.evidence.end)
    .map((t) => t.value!.slice(0, 10));
}

function relativeTimexes(u: EvidenceUnit): Timex[] {
  return u.article.timexes.filter((t) => t.value === null && t.start >= u.evidence.start && t.end <= u.evidence.end);
}
