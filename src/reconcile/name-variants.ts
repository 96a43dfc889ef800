import type { Article, Entity } from "../core/article.js";
import type { NameVariant } from "./story-context.js";

/** Shortest name token whose spelling variants are compared: "Li" / "Lu" are different people. */
const MIN_TOKEN = 3;
/** Most edits between two spellings of one token ("Jalaly" / "Jalal" is one); short tokens get one. */
const maxEdits = (shorter: number) => (shorter <= 4 ? 1 : 2);

/**
 * Finds people in one story whose names differ only by the spelling of one
 * token ("Zakir Jalaly" / "Zakir Jalal"), across different articles. Within a
 * story two such names are one person far more often than two people, but the
 * difference is itself a finding, so it is both merged and reported.
 * Names must have the same number of tokens, share every other token exactly,
 * and come from different articles (one article spelling a name two ways is
 * left alone: the tagger's own linking decides that).
 */
export function findNameVariants(articles: Article[], entities: Map<string, Entity>): NameVariant[] {
  const people = [...entities.values()].filter((e) => e.type === "PERSON" && e.name.split(/\s+/).length >= 2);
  const inArticles = new Map<string, Set<string>>();
  for (const a of articles)
    for (const m of a.entities) {
      if (m.type !== "PERSON") continue;
      const s = inArticles.get(m.entity) ?? new Set<string>();
      s.add(a.id);
      inArticles.set(m.entity, s);
    }
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      const [x, y] = [people[i]!, people[j]!];
      const ax = inArticles.get(x.id);
      const ay = inArticles.get(y.id);
      if (!ax || !ay || [...ax].every((a) => ay.has(a))) continue;
      if (spellingVariants(x.name, y.name)) parent.set(find(y.id), find(x.id));
    }
  const groups = new Map<string, string[]>();
  for (const p of people) {
    if (!parent.has(p.id)) continue;
    const r = find(p.id);
    groups.set(r, [...(groups.get(r) ?? [r]), p.id]);
  }
  const out: NameVariant[] = [];
  for (const ids of groups.values()) {
    const members = [...new Set(ids)];
    // The canonical spelling is the one most articles use; ties go to the longer name, then the smaller id.
    members.sort((p, q) => (inArticles.get(q)?.size ?? 0) - (inArticles.get(p)?.size ?? 0) || entities.get(q)!.name.length - entities.get(p)!.name.length || (p < q ? -1 : 1));
    const spellings: NameVariant["spellings"] = [];
    for (const id of members) {
      const name = entities.get(id)!.name;
      for (const a of articles) {
        // The fullest mention shows the spelling best.
        const m = a.entities.filter((e) => e.entity === id).sort((p, q) => q.text.length - p.text.length || p.start - q.start)[0];
        if (m) spellings.push({ article: a.id, name, start: m.start, end: m.end, text: m.text });
      }
    }
    out.push({ entity: members[0]!, merged: members.slice(1), spellings });
  }
  return out;
}

/** Same token count, all tokens equal but one, and that one a close respelling of a long-enough token. */
export function spellingVariants(a: string, b: string): boolean {
  const ta = a.split(/\s+/);
  const tb = b.split(/\s+/);
  if (ta.length !== tb.length || a === b) return false;
  let differing = 0;
  for (let i = 0; i < ta.length; i++) {
    const [x, y] = [ta[i]!.toLowerCase(), tb[i]!.toLowerCase()];
    if (x === y) continue;
    differing++;
    if (differing > 1 || Math.min(x.length, y.length) < MIN_TOKEN) return false;
    // The first letter is kept by every transliteration worth merging.
    const cap = maxEdits(Math.min(x.length, y.length));
    if (x[0] !== y[0] || editDistance(x, y, cap) > cap) return false;
  }
  return differing === 1;
}

/** Levenshtein distance, giving up once it exceeds `cap`. */
export function editDistance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * People one outlet names by surname only ("Trump") and another in full
 * ("Donald Trump"): the surname entity maps to the full name when exactly one
 * person of the story carries that surname. Not a conflict: just less said.
 */
export function findSurnameLinks(entities: Map<string, Entity>): { from: string; to: string }[] {
  const full = [...entities.values()].filter((e) => e.type === "PERSON" && e.name.includes(" "));
  const out: { from: string; to: string }[] = [];
  for (const e of entities.values()) {
    if (e.type !== "PERSON" || e.name.includes(" ")) continue;
    const matches = full.filter((f) => f.name.split(" ").pop() === e.name);
    if (matches.length === 1) out.push({ from: e.id, to: matches[0]!.id });
  }
  return out;
}
