/** Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so no time zone can shift a day. */

const DAY = 86_400_000;

export function parseDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return Number.isNaN(d.getTime()) ? null : d;
}

export function formatDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  return formatDay(new Date(parseDay(iso)!.getTime() + n * DAY));
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  return parseDay(iso)!.getUTCDay() || 7;
}

/** ISO 8601 week of a day: "2025-W38". */
export function isoWeek(iso: string): string {
  const d = parseDay(iso)!;
  const thursday = new Date(d.getTime() + (4 - (d.getUTCDay() || 7)) * DAY);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / DAY + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** Monday and Sunday of the ISO week holding a day. */
export function weekOf(iso: string): { from: string; to: string } {
  const from = addDays(iso, 1 - isoWeekday(iso));
  return { from, to: addDays(from, 6) };
}

/** First and last day of the month after the one holding a day. */
export function nextMonthOf(iso: string): { from: string; to: string } {
  const d = parseDay(iso)!;
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 2, 0));
  return { from: formatDay(first), to: formatDay(last) };
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** 1 = Monday … 7 = Sunday for a weekday name inside a phrase ("on Thursday", "Thursday night"); 0 when none. */
export function weekdayIn(phrase: string): number {
  const lower = phrase.toLowerCase();
  const i = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`).test(lower));
  return i + 1;
}
