import type { EntityMention } from "../core/article.js";
import type { ArticleDoc, Stage } from "../core/stage.js";
import { apposition, preModifier } from "./descriptors.js";
import { canonicalKeys } from "./entity-keys.js";
import { CITIES, COUNTRIES, COUNTRY_ALIASES, NATIONALITIES, ORG_CUES, PLACE_CUES, TITLE_HEADS } from "./gazetteer.js";
import { FUNCTION_WORDS, NerModel } from "./ner-model.js";
import { tokenize, type Token } from "./tokenize.js";

const TYPE: Record<string, string> = { PER: "PERSON", ORG: "ORG", LOC: "PLACE", MISC: "MISC" };
const CALENDAR = new Set("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(" "));

let shared: NerModel | null = null;

/**
 * Names of people, organisations and places, without their titles (the title
 * goes into the mention's `descriptor`), each with a per-article key
 * ("PERSON:Donald Trump") shared by every mention of one referent.
 * A trained tagger finds the names; small rules fix what a 1996 corpus did not
 * teach it (name cues such as "Air Base", country aliases, calendar words).
 */
export class EntityTagger implements Stage {
  readonly name = "entities";
  private readonly model: NerModel;

  constructor(model?: NerModel) {
    this.model = model ?? (shared ??= NerModel.load());
  }

  run(doc: ArticleDoc): void {
    const { text } = doc;
    const mentions: EntityMention[] = [];
    const tokensOf: Token[][] = [];
    for (const s of doc.article.sentences) {
      // No capital after the first letter, and a first word that never starts a name: nothing to tag.
      if (!hasNameCandidate(text, s.start, s.end)) {
        tokensOf.push([]);
        continue;
      }
      const tokens = tokenize(text, s.start, s.end);
      tokensOf.push(tokens);
      if (!tokens.length) continue;
      const spans = this.model.spans(tokens).map((x) => ({ ...x, type: TYPE[x.type] ?? x.type }));
      for (const sp of fixSpans(tokens, spans)) {
        mentions.push({ ...doc.span(tokens[sp.from]!.start, tokens[sp.to - 1]!.end), type: sp.type, entity: "" });
      }
    }
    harmonizeTypes(mentions);
    const all = [...mentions, ...missedSurnames(text, mentions, doc), ...missedAcronyms(text, mentions, doc)].sort((a, b) => a.start - b.start);
    addDescriptors(doc, all, tokensOf);
    canonicalKeys(all);
    doc.article.entities = all;
  }
}

interface Sp {
  from: number;
  to: number;
  type: string;
}

/** Rule corrections over the tagger's spans, in order. */
function fixSpans(tokens: Token[], spans: Sp[]): Sp[] {
  const out: Sp[] = [];
  const lowered: string[] = [];
  const lower = (k: number) => (lowered[k] ??= tokens[k]!.text.toLowerCase());
  const cap = (k: number) => k >= 0 && k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.text);
  const taken = new Set<number>();
  let lastTo = 0;
  // Adjacent pieces of one name ("Harbor" + "Ledger") are one name, typed by its last word when that is a cue.
  const merged: Sp[] = [];
  for (const sp of spans) {
    const prev = merged[merged.length - 1];
    if (prev && prev.to === sp.from && (ORG_CUES.has(lower(sp.to - 1)) || PLACE_CUES.has(lower(sp.to - 1)))) {
      prev.to = sp.to;
      prev.type = ORG_CUES.has(lower(sp.to - 1)) ? "ORG" : "PLACE";
    } else merged.push({ ...sp });
  }
  spans = merged;
  for (const sp of spans) {
    let { from, to, type } = sp;
    if (from < lastTo) continue;
    // A name inside a hyphenated word ends at the hyphen: "Biden" in "Biden-ordered", "US" in "US-Afghan".
    const hyphen = tokens.slice(from, to).findIndex((t, k) => t.text === "-" && k > 0 && /^\p{Ll}/u.test(tokens[from + k + 1]?.text ?? ""));
    if (hyphen > 0) {
      to = from + hyphen;
      if (to - from === 1 && type === "MISC" && !NATIONALITIES.has(lower(from)) && !COUNTRY_ALIASES[lower(from)]) type = "PERSON";
    }
    while (to > from && /^[^\p{L}\p{N}]+$/u.test(tokens[to - 1]!.text)) to--;
    if (to <= from) continue;
    // A title's complement is not a person ("Special Envoy for Hostage Affairs").
    if (type === "PERSON" && from >= 2 && /^(for|of)$/i.test(tokens[from - 1]!.text) && TITLE_HEADS.has(lower(from - 2))) continue;
    // Titles are descriptors, not part of the name ("President Trump" → "Trump").
    while (type === "PERSON" && to - from > 1 && TITLE_HEADS.has(lower(from))) from++;
    if (from >= to) continue;
    if (to - from === 1 && (CALENDAR.has(lower(from)) || (type === "PERSON" && TITLE_HEADS.has(lower(from))))) continue;
    if (to - from === 1 && NATIONALITIES.has(lower(from))) type = "MISC";
    else if (to - from === 1 && type === "MISC" && (CITIES.has(lower(from)) || COUNTRIES.has(lower(from)))) type = "PLACE";
    // "the Taliban", "the Pentagon": a single name after "the" that is no known place is an organisation.
    if (to - from === 1 && from > 0 && lower(from - 1) === "the" && type !== "PERSON" && !COUNTRY_ALIASES[lower(from)] && !COUNTRIES.has(lower(from)) && !CITIES.has(lower(from)) && !NATIONALITIES.has(lower(from))) type = "ORG";
    // Name cues extend a name and decide its type: "Bagram Air Base", "Wall Street Journal".
    let cueEnd = -1;
    for (let j = to; j < tokens.length && j < to + 3 && cap(j); j++) if (PLACE_CUES.has(lower(j)) || ORG_CUES.has(lower(j))) cueEnd = j + 1;
    if (cueEnd > 0 && type !== "PERSON") to = cueEnd;
    const last = lower(to - 1);
    if (to - from > 1 && PLACE_CUES.has(last) && type !== "PERSON") type = "PLACE";
    else if (to - from > 1 && ORG_CUES.has(last) && type !== "PERSON") type = "ORG";
    if (COUNTRY_ALIASES[lower(from)] && to - from === 1 && type !== "PLACE" && !/^(un|eu|nato)$/.test(lower(from))) type = "PLACE";
    out.push({ from, to, type });
    lastTo = to;
    for (let k = from; k < to; k++) taken.add(k);
  }
  // Country names and aliases the tagger missed ("America", "US" in "US-Afghan").
  for (let k = 0; k < tokens.length; k++) {
    const c = tokens[k]!.text.charCodeAt(0);
    if (c < 65 || c > 90 || taken.has(k)) continue;
    const t = tokens[k]!.text;
    const alias = COUNTRY_ALIASES[t.toLowerCase()];
    if (alias && /^\p{Lu}/u.test(t) && (t === t.toUpperCase() || /^[A-Z][a-z]+$/.test(t)) && !/^(Un|Us)$/.test(t)) {
      out.push({ from: k, to: k + 1, type: alias === "United Nations" || alias === "European Union" || alias === "NATO" ? "ORG" : "PLACE" });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * One name, one type within an article: a tagger decides per occurrence, so
 * "Taliban" can come out ORG, PLACE and MISC in three sentences. The most
 * frequent type wins (PERSON, ORG, PLACE before MISC), and a lone word that
 * is the surname of a person named in the article is that person.
 */
function harmonizeTypes(mentions: EntityMention[]): void {
  const votes = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    const v = votes.get(m.text) ?? new Map<string, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + (m.type === "MISC" ? 0.5 : 1));
    votes.set(m.text, v);
  }
  const surnames = new Set(mentions.filter((m) => m.type === "PERSON" && m.text.includes(" ")).map((m) => m.text.split(" ").pop()!));
  for (const m of mentions) {
    if (!m.text.includes(" ") && surnames.has(m.text)) {
      m.type = "PERSON";
      continue;
    }
    const v = votes.get(m.text)!;
    if (m.type === "MISC" && NATIONALITIES.has(m.text.toLowerCase())) continue;
    m.type = [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  }
}

/** Later mentions of a person by surname alone that the tagger missed ("… ,” Jalaly wrote."). */
function missedSurnames(text: string, mentions: EntityMention[], doc: ArticleDoc): EntityMention[] {
  const surnames = new Set(mentions.filter((m) => m.type === "PERSON" && m.text.includes(" ")).map((m) => m.text.split(" ").pop()!).filter((s) => s.length > 2));
  if (!surnames.size) return [];
  const covered = new Set<number>();
  for (const m of mentions) covered.add(m.start);
  const out: EntityMention[] = [];
  // One pass over capitalised words with a set lookup: linear in the text.
  for (const m of text.matchAll(/\p{Lu}[\p{L}’']*/gu)) {
    let w = m[0];
    if (w.endsWith("’s") || w.endsWith("'s")) w = w.slice(0, -2);
    if (!surnames.has(w) || covered.has(m.index!)) continue;
    const s = m.index!;
    const e = s + w.length;
    if (/[\p{L}\p{N}]/u.test(text[s - 1] ?? "") || mentions.some((x) => x.start < e && s < x.end)) continue;
    out.push({ ...doc.span(s, e), type: "PERSON", entity: "" });
  }
  return out;
}

/** Acronyms of organisations the article names in full ("WSJ" for the Wall Street Journal) that the tagger missed. */
function missedAcronyms(text: string, mentions: EntityMention[], doc: ArticleDoc): EntityMention[] {
  const acronyms = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "ORG") continue;
    const words = m.text.replace(/^the\s+/i, "").split(/\s+/).filter((w) => !/^(of|and|for|the|&)$/i.test(w));
    if (words.length >= 2) acronyms.add(words.map((w) => w[0]!.toUpperCase()).join(""));
  }
  if (!acronyms.size) return [];
  const out: EntityMention[] = [];
  for (const m of text.matchAll(/\b[A-Z]{2,6}\b/g)) {
    if (!acronyms.has(m[0])) continue;
    const s = m.index!;
    const e = s + m[0].length;
    if (!mentions.some((x) => x.start < e && s < x.end)) out.push({ ...doc.span(s, e), type: "ORG", entity: "" });
  }
  return out;
}

/** The title printed with each person's name: before it, or in an apposition after it. */
function addDescriptors(doc: ArticleDoc, mentions: EntityMention[], tokensOf: Token[][]): void {
  for (const m of mentions) {
    if (m.type !== "PERSON") continue;
    const si = doc.sentenceAt(m.start);
    if (si < 0) continue;
    const tokens = tokensOf[si]!;
    const from = tokens.findIndex((t) => t.start === m.start);
    const to = tokens.findIndex((t) => t.end === m.end) + 1;
    if (from < 0 || to <= 0) continue;
    const d = preModifier(tokens, from) ?? apposition(tokens, to);
    if (d) m.descriptor = doc.span(tokens[d.from]!.start, tokens[d.to - 1]!.end);
  }
}

function hasNameCandidate(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222) || (c > 255 && text[i] !== text[i]!.toLowerCase())) return true;
  }
  const first = /^[\p{L}’']+/u.exec(text.slice(start, Math.min(end, start + 20)));
  return !first || !FUNCTION_WORDS.has(first[0].toLowerCase());
}
