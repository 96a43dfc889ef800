import type { EntityMention } from "../core/article.js";
import { COUNTRY_ALIASES } from "./gazetteer.js";

/** Readable per-article key of an entity: "PERSON:Donald Trump". The cross-article linker turns it into a canonical id. */
export function entityKey(type: string, canonicalName: string): string {
  return `${type}:${canonicalName}`;
}

const FILLER = new Set(["the", "of", "and", "for", "&"]);

/** "The Wall Street Journal" → "Wall Street Journal"; possessive endings dropped. */
export function canonicalNameOf(text: string): string {
  return text.replace(/^the\s+/i, "").replace(/['’]s$/, "").replace(/\s+/g, " ").trim();
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !FILLER.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/**
 * Gives every mention its per-article key, linking mentions of one referent:
 * a surname or first name to the fuller name of the same person, an acronym
 * to the organisation whose initials it spells, and country aliases
 * (US, U.S., America) to one country.
 */
export function canonicalKeys(mentions: EntityMention[]): void {
  const names = new Map<string, string>();
  const canonicalName = (text: string) => {
    let n = names.get(text);
    if (n === undefined) names.set(text, (n = canonicalNameOf(text)));
    return n;
  };
  const people = [...new Set(mentions.filter((m) => m.type === "PERSON").map((m) => canonicalName(m.text)))]
    .map((p) => ({ name: p, words: p.split(" ") }))
    .sort((a, b) => b.words.length - a.words.length || b.name.length - a.name.length);
  // "Bagram" for "Bagram Air Base": a lone first word of a longer name of the same type.
  const firstWord = new Map<string, string>();
  for (const m of mentions) {
    const n = canonicalName(m.text);
    if (n.includes(" ") && !firstWord.has(`${m.type}|${n.split(" ")[0]}`)) firstWord.set(`${m.type}|${n.split(" ")[0]}`, n);
  }
  const longer = (type: string, name: string) => (name.includes(" ") ? undefined : firstWord.get(`${type}|${name}`));
  const orgs = [...new Set(mentions.filter((m) => m.type === "ORG").map((m) => canonicalName(m.text)))].filter((n) => n.includes(" "));
  for (const m of mentions) {
    const name = canonicalName(m.text);
    if (m.type === "PERSON") {
      const parts = name.split(" ");
      // A shorter name links to the fullest name that contains all its words in order at the end or start.
      const full = people.find(({ words: q }) => {
        if (q.length <= parts.length) return false;
        return q.slice(-parts.length).join(" ") === name || (parts.length === 1 && q[0] === name);
      });
      m.entity = entityKey("PERSON", full?.name ?? name);
    } else if (m.type === "PLACE" || m.type === "ORG") {
      const alias = COUNTRY_ALIASES[name.toLowerCase()];
      if (alias) {
        m.entity = entityKey(m.type, alias);
        continue;
      }
      const acronym = name.replace(/\./g, "");
      const expanded = /^[A-Z]{2,6}$/.test(acronym) ? orgs.find((o) => initials(o) === acronym) : undefined;
      m.entity = entityKey(expanded ? "ORG" : m.type, expanded ?? longer(m.type, name) ?? name);
      if (expanded) m.type = "ORG";
    } else m.entity = entityKey(m.type, name);
  }
}
