import type { TimelineEntry } from "../../report/report.js";
import { parseDay, weekOf } from "../calendar.js";
import type { EvidenceUnit } from "../evidence-unit.js";
import type { StoryContext } from "../story-context.js";

/** Values that place an event in time: years, months, days, ISO weeks, quarters (durations and sets do not). */
const DATED = /^(\d{4})(-(\d{2})(-\d{2})?|-W\d{2}|-Q[1-4])?(T.*)?$/;
/** Longest entry text before it is cut at a word boundary. */
const MAX_TEXT = 180;

/**
 * The story's dated events: every resolved date in a claim sentence, with
 * mentions of one date merged when their sentences belong to one claim
 * (two outlets dating the same press conference give one entry with both
 * sentences as evidence). Sorted by date; a week sorts at its Monday.
 */
export function buildTimeline(ctx: StoryContext): TimelineEntry[] {
  const unitOf = new Map<string, EvidenceUnit>();
  for (const u of ctx.units) unitOf.set(u.key, u);
  const claimsOf = new Map<string, number[]>();
  ctx.claims.forEach((c, i) => {
    for (const u of c.units) claimsOf.set(u.key, [...(claimsOf.get(u.key) ?? []), i]);
  });

  // One node per (date, sentence); nodes of one date sharing a claim are one event.
  const nodes: { date: string; unit: EvidenceUnit }[] = [];
  const nodeIndex = new Map<string, number>();
  for (const article of ctx.articles)
    for (const t of article.timexes) {
      if (!t.value || t.kind === "duration" || !DATED.test(t.value)) continue;
      const date = t.value.replace(/T.*$/, "");
      const sentence = article.sentences.findIndex((s) => s.start <= t.start && t.end <= s.end);
      const unit = unitOf.get(`${article.id}#${sentence}`);
      if (!unit) continue;
      const key = `${date}|${unit.key}`;
      if (nodeIndex.has(key)) continue;
      nodeIndex.set(key, nodes.length);
      nodes.push({ date, unit });
    }
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byDateClaim = new Map<string, number>();
  nodes.forEach((n, i) => {
    for (const c of claimsOf.get(n.unit.key) ?? []) {
      const k = `${n.date}|${c}`;
      const j = byDateClaim.get(k);
      if (j === undefined) byDateClaim.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, { date: string; unit: EvidenceUnit }[]>();
  nodes.forEach((n, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), n]);
  });

  const entries = [...groups.values()].map((members) => {
    const corroborated = new Set(members.map((m) => m.unit.article.id)).size;
    return {
      date: members[0]!.date,
      text: shorten(members[0]!.unit.evidence.text),
      evidence: members.map((m) => m.unit.evidence),
      weight: corroborated,
    };
  });
  entries.sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date)) || b.weight - a.weight || a.text.localeCompare(b.text));
  return entries.map(({ date, text, evidence }) => ({ date, text, evidence }));
}

function sortKey(date: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(date);
  if (week) {
    // Monday of ISO week 1 is the Monday of the week holding 4 January.
    const jan4 = `${week[1]}-01-04`;
    const monday = parseDay(weekOf(jan4).from)!;
    monday.setUTCDate(monday.getUTCDate() + (Number(week[2]) - 1) * 7);
    return monday.toISOString().slice(0, 10);
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, "0")}`;
  return date;
}

function shorten(s: string): string {
  if (s.length <= MAX_TEXT) return s;
  const cut = s.lastIndexOf(" ", MAX_TEXT - 1);
  return s.slice(0, cut > 60 ? cut : MAX_TEXT - 1) + "…";
}
