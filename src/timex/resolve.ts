/** Date arithmetic for resolving expressions against an anchor day (ISO, UTC). */

const DAY = 86_400_000;
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseYmd(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

const toMs = (x: Ymd) => Date.UTC(x.y, x.m - 1, x.d);
const fromMs = (ms: number): Ymd => {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function fmtDay(x: Ymd): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}
export function fmtMonth(x: { y: number; m: number }): string {
  return `${pad(x.y, 4)}-${pad(x.m)}`;
}
export function addDays(x: Ymd, n: number): Ymd {
  return fromMs(toMs(x) + n * DAY);
}
export function addMonths(x: Ymd, n: number): { y: number; m: number } {
  const t = x.y * 12 + (x.m - 1) + n;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}
/** 1 = Monday … 7 = Sunday. */
export function weekday(x: Ymd): number {
  return new Date(toMs(x)).getUTCDay() || 7;
}
export function isoWeek(x: Ymd): string {
  const thursday = addDays(x, 4 - weekday(x));
  const week = Math.ceil(((toMs(thursday) - Date.UTC(thursday.y, 0, 1)) / DAY + 1) / 7);
  return `${thursday.y}-W${pad(week)}`;
}
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY);
}

/**
 * A weekday relative to the anchor: past-leaning (the most recent one, the
 * anchor's own day included) unless the sentence is about the future, then
 * the next one after the anchor.
 */
export function resolveWeekday(anchor: Ymd, wd: number, future: boolean, explicitNext = false, explicitLast = false): Ymd {
  const today = weekday(anchor);
  if (explicitNext) return addDays(anchor, ((wd - today + 7) % 7 || 7));
  if (future && !explicitLast) return addDays(anchor, (wd - today + 7) % 7 || 7);
  const back = (today - wd + 7) % 7;
  return addDays(anchor, explicitLast && back === 0 ? -7 : -back);
}
