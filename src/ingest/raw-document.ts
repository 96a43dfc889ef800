import type { Article } from "../core/article.js";
import type { Para } from "../clean/para.js";

/** What a reader gets out of one document before cleaning: the article's metadata, and paragraphs mapped to the source. */
export interface RawDocument extends Partial<Pick<Article, "id">>, Pick<Article, "path" | "url" | "outlet" | "title" | "byline" | "published" | "removed" | "diagnostics"> {
  /** Where the document came from, for failures and diagnostics ("feed.xml#3", "data.jsonl:17"). */
  input: string;
  paras: Para[];
}

/** Normalises a date from metadata to ISO 8601 (date, or date-time when a time is given); null when unreadable. */
export function isoDate(raw: unknown): string | null {
  if (typeof raw !== "string" && !(raw instanceof Date)) return null;
  const s = String(raw instanceof Date ? raw.toISOString() : raw).trim();
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)/.exec(s);
  if (m) {
    if (!m[4]) return `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4] === "00" && m[5] === "00" && (!m[6] || m[6] === "00") && (!m[7] || m[7] === "Z")) return `${m[1]}-${m[2]}-${m[3]}`;
    const d = new Date(s.replace(" ", "T"));
    return Number.isNaN(d.getTime()) ? `${m[1]}-${m[2]}-${m[3]}` : d.toISOString().replace(/\.000Z$/, "Z");
  }
  // RFC 822 dates of feeds ("Wed, 11 Mar 2026 08:00:00 GMT") and other forms Date understands.
  if (/\d{4}/.test(s) && /[A-Za-z]{3}/.test(s)) {
    const d = new Date(s);
    if (!Number.isNaN(d.getTime())) {
      const iso = d.toISOString();
      return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "Z");
    }
  }
  return null;
}
