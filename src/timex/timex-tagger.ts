import * as chrono from "chrono-node";
import type { Timex } from "../core/article.js";
import type { ArticleDoc, Stage } from "../core/stage.js";
import { OWN_PARSERS } from "./own-parsers.js";
import { daysBetween, fmtDay, fmtMonth, MONTHS, parseYmd, resolveWeekday, WEEKDAYS, type Ymd } from "./resolve.js";

/** Words that put a sentence in the future: a bare weekday then means the next one. */
const FUTURE = /\b(will|shall|next|is set to|are set to|plans? to|planned for|upcoming|scheduled|is due|are due|expected to|going to|tomorrow)\b/i;
/** chrono matches that are words, not dates, in news ("officials may seek", "protesters march", "now"). */
const NOT_DATES = /^(now|second|sec|a second|the second|today's|sun|sat|wed|mon|fri|thu|tue|tues|thurs|sept?|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec)$/i;
/** A month-day this many days after publication is last year's, in a sentence about the past. */
const FUTURE_SLACK_DAYS = 31;

/** A timex with what re-resolving it later needs. */
export type ResolvedTimex = Timex & { relative?: boolean };

/**
 * Temporal expressions resolved to ISO 8601 against the publication date.
 * chrono-node finds most expressions; news-specific refiners make weekdays and
 * month names past-leaning, and our own parsers add years in phrases,
 * decades, quarters, relative weeks and durations. Without a publication date,
 * relative expressions keep `value: null` (`relative: true`), and a month-day
 * takes its year from the article's own full dates when they agree.
 */
export class TimexTagger implements Stage {
  readonly name = "timex";

  run(doc: ArticleDoc): void {
    doc.article.timexes = tagTimexes(doc.text, doc.article.published, (s, e) => doc.span(s, e), (i) => sentenceOf(doc, i), doc.article.sentences);
  }
}

function sentenceOf(doc: ArticleDoc, offset: number): string {
  const i = doc.sentenceAt(offset);
  if (i < 0) return doc.text.slice(Math.max(0, offset - 120), offset + 120);
  const s = doc.article.sentences[i]!;
  return doc.text.slice(s.start, s.end);
}

export function tagTimexes(
  text: string,
  published: string | null,
  span: (s: number, e: number) => { start: number; end: number; text: string },
  sentence: (offset: number) => string,
  sentences: readonly { start: number; end: number }[] = [],
): ResolvedTimex[] {
  const anchor = published ? parseYmd(published) : null;
  const ref = { instant: new Date(anchor ? Date.UTC(anchor.y, anchor.m - 1, anchor.d, 12) : Date.UTC(2000, 0, 1, 12)), timezone: 0 };
  const found: ResolvedTimex[] = [];
  const overlaps = (s: number, e: number) => found.some((t) => t.start < e && s < t.end);

  for (const p of OWN_PARSERS) {
    // Bare years come last, after chrono: a year inside a full date is chrono's.
    if (p.name === "year") continue;
    for (const m of p.find(text)) {
      if (overlaps(m.start, m.end)) continue;
      found.push({ ...span(m.start, m.end), value: m.value(anchor), kind: m.kind, ...(m.relative ? { relative: true } : {}) });
    }
  }

  const results = chrono.casual.parse(maskUndated(text, sentences), ref, { forwardDate: false });
  const absoluteYears: number[] = [];
  const pending: { r: chrono.ParsedResult; s: number; e: number }[] = [];
  for (const r of results) {
    const s = r.index;
    // chrono keeps trailing punctuation ("March,"): a span ends at its last word.
    const e = r.index + r.text.replace(/[\s,.;:!?]+$/, "").length;
    const t = r.text.trim().replace(/[,.;:!?]+$/, "");
    if (NOT_DATES.test(t) || (/^[a-z]/.test(t) && MONTHS.includes(t.toLowerCase()))) continue;
    if (overlaps(s, e)) continue;
    if (r.start.isCertain("year") && r.start.isCertain("month") && r.start.isCertain("day") && !/\b(ago|yesterday|today|tomorrow|last|next|this)\b/i.test(t)) absoluteYears.push(r.start.get("year")!);
    pending.push({ r, s, e });
  }
  // An undated article's month-days take the year its own full dates agree on.
  const ownYear = absoluteYears.length && absoluteYears.every((y) => y === absoluteYears[0]) ? absoluteYears[0]! : null;
  for (const { r, s, e } of pending) {
    // A range ("from September 2010 to January 2011") is two expressions, each with its own value.
    const sep = r.end ? /\s+(?:to|until|till|through|and)\s+|\s*[-–]\s*/i.exec(text.slice(s, e)) : null;
    if (r.end && sep) {
      const mid = s + sep.index;
      const v1 = chronoValue(r, anchor, isFuture(text, s, sentence(s)), ownYear);
      const v2 = chronoValue({ ...r, start: r.end, text: text.slice(mid + sep[0].length, e) } as chrono.ParsedResult, anchor, isFuture(text, s, sentence(s)), ownYear);
      found.push({ ...span(s, mid), value: v1.value, kind: v1.kind, ...(v1.relative ? { relative: true } : {}) });
      found.push({ ...span(mid + sep[0].length, e), value: v2.value, kind: v2.kind, ...(v2.relative ? { relative: true } : {}) });
      continue;
    }
    const v = chronoValue(r, anchor, isFuture(text, s, sentence(s)), ownYear);
    found.push({ ...span(s, e), value: v.value, kind: v.kind, ...(v.relative ? { relative: true } : {}) });
  }

  for (const p of OWN_PARSERS) {
    if (p.name !== "year") continue;
    for (const m of p.find(text)) if (!overlaps(m.start, m.end)) found.push({ ...span(m.start, m.end), value: m.value(anchor), kind: "date" });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words without which a sentence holds nothing chrono reads as a date or a time. */
const DATEISH = /\d|day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|yesterday|today|tonight|tomorrow|noon|midnight|\b(?:last|next|this|ago|week|month|year|now)\b|morning|evening|afternoon|night/i;

/**
 * The text with every sentence that holds no date-like word blanked out, at
 * the same length so offsets stay right: chrono then skips most of an
 * article, which is most of this stage's time.
 */
function maskUndated(text: string, sentences: readonly { start: number; end: number }[]): string {
  if (!sentences.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of sentences) {
    if (s.start > at) parts.push(text.slice(at, s.start));
    const body = text.slice(s.start, s.end);
    parts.push(DATEISH.test(body) ? body : " ".repeat(body.length));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * Whether the expression at `at` is about the future: a future cue shortly
 * before it in its sentence, and no past reporting verb right before it
 * ("said on Tuesday, adding that work would start next week" is past).
 */
function isFuture(text: string, at: number, sentence: string): boolean {
  const lead = text.slice(Math.max(0, at - 60), at);
  if (/\b(said|told|announced|reported|added|wrote|stated|confirmed|\w+ed)\s+(on\s+)?$/i.test(lead)) return false;
  return FUTURE.test(lead) || (FUTURE.test(sentence) && !/\b(said|told|was|were|had|did)\b/i.test(sentence));
}

/** The ISO value of one chrono match, with news refinements. */
function chronoValue(r: chrono.ParsedResult, anchor: Ymd | null, future: boolean, ownYear: number | null): { value: string | null; kind: string; relative: boolean } {
  const c = r.start;
  const t = r.text.toLowerCase();
  const time = c.isCertain("hour") ? `T${String(c.get("hour")).padStart(2, "0")}:${String(c.get("minute") ?? 0).padStart(2, "0")}` : "";
  const wd = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`).test(t)) + 1;

  // Weekdays: the most recent one unless the sentence looks ahead.
  if (wd && !c.isCertain("day")) {
    if (!anchor) return { value: null, kind: "date", relative: true };
    const day = resolveWeekday(anchor, wd, future, /\bnext\b/.test(t), /\blast\b/.test(t));
    return { value: fmtDay(day) + time, kind: time ? "time" : "date", relative: true };
  }
  if (/\b(yesterday|today|tonight|tomorrow|ago|later)\b/.test(t) || (/\b(this|last|next)\b/.test(t) && !c.isCertain("year"))) {
    if (!anchor) return { value: null, kind: "date", relative: true };
    if (/\byears? ago\b/.test(t)) return { value: String(c.get("year")), kind: "date", relative: true };
    if (/\bmonths? ago\b/.test(t)) return { value: fmtMonth({ y: c.get("year")!, m: c.get("month")! }), kind: "date", relative: true };
    return { value: fmtDay({ y: c.get("year")!, m: c.get("month")!, d: c.get("day")! }) + time, kind: time ? "time" : "date", relative: true };
  }
  if (/\b(this|last|next) (month|year)\b/.test(t)) {
    if (!anchor) return { value: null, kind: "date", relative: true };
    return { value: t.endsWith("year") ? String(c.get("year")) : fmtMonth({ y: c.get("year")!, m: c.get("month")! }), kind: "date", relative: true };
  }
  const hasYear = c.isCertain("year");
  const hasMonth = c.isCertain("month");
  const hasDay = c.isCertain("day");
  if (hasYear && hasMonth && hasDay) return { value: fmtDay({ y: c.get("year")!, m: c.get("month")!, d: c.get("day")! }) + time, kind: time ? "time" : "date", relative: false };
  if (hasYear && hasMonth) return { value: fmtMonth({ y: c.get("year")!, m: c.get("month")! }), kind: "date", relative: false };
  if (hasMonth) {
    const m = c.get("month")!;
    const d = hasDay ? c.get("day")! : 1;
    let y: number | null = anchor ? anchor.y : ownYear;
    if (y === null) return { value: null, kind: "date", relative: true };
    if (anchor) {
      const candidate = { y, m, d };
      const ahead = daysBetween(anchor, candidate);
      if (!future && ahead > (hasDay ? FUTURE_SLACK_DAYS : 0)) y--;
      if (future && ahead < -FUTURE_SLACK_DAYS) y++;
    }
    return { value: hasDay ? fmtDay({ y, m, d }) + time : fmtMonth({ y, m }), kind: "date", relative: !anchor };
  }
  if (time) {
    if (!anchor) return { value: null, kind: "time", relative: true };
    return { value: fmtDay(anchor) + time, kind: "time", relative: true };
  }
  if (hasYear) return { value: String(c.get("year")), kind: "date", relative: false };
  return { value: null, kind: "date", relative: true };
}

/**
 * Resolves one expression against an anchor day, for dates learned later
 * (an undated article's "last week", once its story dates it).
 */
export function resolveTimex(text: string, anchor: string, context: { future?: boolean } = {}): string | null {
  const found = tagTimexes(text, anchor, (s, e) => ({ start: s, end: e, text: text.slice(s, e) }), () => (context.future ? `${text} will` : text));
  return found[0]?.value ?? null;
}

