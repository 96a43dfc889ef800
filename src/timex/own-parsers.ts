import type { Ymd } from "./resolve.js";
import { fmtMonth } from "./resolve.js";

/** A temporal expression found by our own parsers, for what chrono does not cover. */
export interface OwnMatch {
  start: number;
  end: number;
  kind: "date" | "duration";
  /** The value given the anchor (null when it needs one and there is none). */
  value(anchor: Ymd | null): string | null;
  /** Needs the publication date to resolve. */
  relative: boolean;
}

/** Small parsers in one ordered list; an earlier one wins an overlap. */
export interface OwnParser {
  readonly name: string;
  find(text: string): OwnMatch[];
}

const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100 };
const UNIT: Record<string, string> = { minute: "TM", hour: "TH", day: "D", week: "W", month: "M", year: "Y", decade: "DE" };
const ORD: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 };
/** Nouns after which a four-digit number is a count, not a year. */
const COUNTED = "people|persons|percent|troops|soldiers|km|kilometers|kilometres|miles|votes|members|workers|residents|units|cars|homes|houses|deaths|dead|cases|jobs|feet|meters|metres|tons|tonnes|barrels|points|students|children|refugees|migrants|prisoners|hostages|hectares|acres";

const re = (s: string) => new RegExp(s, "gi");

const years: OwnParser = {
  name: "year",
  find(text) {
    const out: OwnMatch[] = [];
    for (const m of text.matchAll(re(`(?<![$€£\\d.,/:-])\\b(1[89]\\d\\d|20\\d\\d)\\b(?![\\d,%]|\\.\\d|\\s+(?:${COUNTED})\\b)`))) {
      const y = m[1]!;
      out.push({ start: m.index!, end: m.index! + y.length, kind: "date", relative: false, value: () => y });
    }
    return out;
  },
};

const decades: OwnParser = {
  name: "decade",
  find(text) {
    const out: OwnMatch[] = [];
    for (const m of text.matchAll(/\b((?:1[89]|20)\d0)['’]?s\b/g)) out.push({ start: m.index!, end: m.index! + m[0].length, kind: "date", relative: false, value: () => m[1]!.slice(0, 3) });
    return out;
  },
};

const quarters: OwnParser = {
  name: "quarter",
  find(text) {
    const out: OwnMatch[] = [];
    for (const m of text.matchAll(re(`\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of\\s+((?:19|20)\\d\\d))?\\b`))) {
      const q = ORD[m[1]!.toLowerCase()]!;
      const year = m[2];
      out.push({ start: m.index!, end: m.index! + m[0].length, kind: "date", relative: !year, value: (a) => (year ? `${year}-Q${q}` : a ? `${a.y}-Q${q}` : null) });
    }
    for (const m of text.matchAll(/\bQ([1-4])\s+((?:19|20)\d\d)\b/g)) out.push({ start: m.index!, end: m.index! + m[0].length, kind: "date", relative: false, value: () => `${m[2]}-Q${m[1]}` });
    return out;
  },
};

const durations: OwnParser = {
  name: "duration",
  find(text) {
    const out: OwnMatch[] = [];
    const pattern = re(`\\b(\\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)[\\s-](minute|hour|day|week|month|year|decade)s?(?:-long|-old)?\\b(?!\\s+(?:ago|later|earlier|before|after|from now|old)\\b)`);
    for (const m of text.matchAll(pattern)) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER[m[1]!.toLowerCase()]!;
      const unit = m[2]!.toLowerCase();
      if (m[0].toLowerCase().endsWith("-old")) continue;
      // "a day" alone is too often idiom ("twice a day", "a day of mourning"): only with a number or after "for"/"in".
      if ((m[1]!.toLowerCase() === "a" || m[1]!.toLowerCase() === "an") && !/\b(for|in|within|over|nearly|almost|about|than)\s+$/i.test(text.slice(Math.max(0, m.index! - 10), m.index!))) continue;
      const code = UNIT[unit]!;
      const value = code === "TM" ? `PT${n}M` : code === "TH" ? `PT${n}H` : code === "DE" ? `P${n * 10}Y` : `P${n}${code}`;
      out.push({ start: m.index!, end: m.index! + m[0].length, kind: "duration", relative: false, value: () => value });
    }
    return out;
  },
};

const relativePeriods: OwnParser = {
  name: "relative-period",
  find(text) {
    const out: OwnMatch[] = [];
    for (const m of text.matchAll(re(`\\b(this|last|next|past|previous|the previous|the past)\\s+(week|month|year)\\b`))) {
      const which = m[1]!.toLowerCase().replace(/^the /, "");
      const unit = m[2]!.toLowerCase();
      const shift = which === "this" ? 0 : which === "next" ? 1 : -1;
      out.push({
        start: m.index!,
        end: m.index! + m[0].length,
        kind: "date",
        relative: true,
        value: (a) => {
          if (!a) return null;
          if (unit === "week") return weekOf(a, shift);
          if (unit === "month") return fmtMonth(monthShift(a, shift));
          return String(a.y + shift);
        },
      });
    }
    return out;
  },
};

function monthShift(a: Ymd, n: number): { y: number; m: number } {
  const t = a.y * 12 + (a.m - 1) + n;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}

function weekOf(a: Ymd, shift: number): string {
  const d = new Date(Date.UTC(a.y, a.m - 1, a.d + shift * 7));
  const wd = d.getUTCDay() || 7;
  const thursday = new Date(d.getTime() + (4 - wd) * 86_400_000);
  const week = Math.ceil(((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** Our parsers, in order of precedence. */
export const OWN_PARSERS: readonly OwnParser[] = [relativePeriods, quarters, decades, durations, years];
