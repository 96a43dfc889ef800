import type { Article } from "../core/article.js";
import { isStopword, stem } from "../reconcile/word-stem.js";

/** What story grouping knows about one article: weighted terms, names and years. */
export interface StoryFeatures {
  id: string;
  /** term → raw weight (count × kind weight). Names are prefixed "N:", years "Y:". */
  terms: Map<string, number>;
  years: Set<string>;
  /** Canonical entity ids or name strings of the people, places and organisations it names. */
  names: Set<string>;
  published: string | null;
}

/** Names say more about which event it is than common words. */
const NAME_WEIGHT = 2.5;
const YEAR_WEIGHT = 1.5;
/** Only the start of a long article is used: the lead says what the story is. */
const MAX_CHARS = 6000;

const CAP_SEQ = /\b[A-Z][\p{L}'’-]+(?:\s+(?:[A-Z][\p{L}'’-]+|of|de|la|van|von|al|bin))*\b/gu;
const WORD = /[\p{L}][\p{L}'’-]{2,}/gu;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const NOT_NAMES = new Set([
  "The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But", "And", "Or", "If", "As", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "After", "Before", "When", "While", "According", "There", "Here", "What", "Who", "Why", "How", "Mr", "Mrs", "Ms", "Dr",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
]);

/** Extracts grouping features; uses the entity tagger's mentions when present, capitalised sequences otherwise. */
export function storyFeatures(article: Article): StoryFeatures {
  const text = article.text.length > MAX_CHARS ? article.text.slice(0, MAX_CHARS) : article.text;
  const terms = new Map<string, number>();
  const add = (t: string, w: number) => terms.set(t, (terms.get(t) ?? 0) + w);
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (isStopword(w)) continue;
    add(stem(w), 1);
  }
  // Capitalised sequences, not the tagger's entities: measured on ECB+, the raw sequences group better
  // (they keep names the tagger types as MISC, and a missed tag costs nothing).
  const names = new Set<string>();
  for (const m of text.matchAll(CAP_SEQ)) {
    const words = m[0].split(/\s+/).filter((w) => !NOT_NAMES.has(w));
    if (!words.length) continue;
    // A capitalised word after a sentence end may be an ordinary word; keep it only when it recurs.
    const prev = text.slice(Math.max(0, m.index! - 2), m.index!);
    if (words.length === 1 && (/[.!?"“\n]\s?$/.test(prev) || m.index === 0) && !isRecurring(text, words[0]!)) continue;
    names.add(words.join(" ").toLowerCase());
  }
  for (const n of names) add(`N:${n}`, NAME_WEIGHT);
  const years = new Set<string>();
  for (const t of article.timexes) if (t.value && /^\d{4}/.test(t.value)) years.add(t.value.slice(0, 4));
  for (const m of text.matchAll(YEAR)) years.add(m[1]!);
  for (const y of years) add(`Y:${y}`, YEAR_WEIGHT);
  return { id: article.id, terms, years, names, published: article.published };
}

function isRecurring(text: string, word: string): boolean {
  const re = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g");
  let n = 0;
  for (const _ of text.matchAll(re)) if (++n > 1) return true;
  return false;
}
