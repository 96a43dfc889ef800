import type { Article, EntityMention } from "../../core/article.js";
import type { Conflict } from "../../report/report.js";
import type { ConflictDetector, StoryContext } from "../story-context.js";

/** Words that change a role's rank: "Deputy Transport Minister" is not "Transport Minister". */
const RANK = new Set(["deputy", "vice", "acting", "former", "assistant", "junior", "interim", "associate", "ex", "undersecretary", "under", "senior", "chief", "lieutenant", "co"]);
/** Words that carry no role: articles, possessive markers, joiners. */
const FILLER = new Set(["the", "a", "an", "of", "for", "and", "s", "its", "his", "her", "their", "then", "current", "now", "longtime", "new", "top"]);
/** Qualifiers that say where, not what; they may be left out without changing the role. */
const PLACE_WORDS = new Set(["us", "u", "s", "usa", "american", "america", "uk", "british", "britain", "united", "states", "kingdom", "national", "federal", "state", "country's", "nation's"]);

interface Titled {
  article: Article;
  mention: EntityMention;
  words: string[];
  head: string;
}

/**
 * A person's title or role as each outlet printed it (pre-modifiers and
 * appositions, from the mentions' `descriptor`), reported when two outlets'
 * titles cannot both be true: a different head noun ("foreign minister" /
 * "Foreign Ministry official"), a different rank ("Deputy Transport Minister"
 * / "Transport Minister"), or a different remit with the same head ("special
 * envoy for hostage response" / "Special Envoy for Hostage Affairs").
 */
export class TitleConflicts implements ConflictDetector {
  readonly kind = "title";

  detect(ctx: StoryContext): Conflict[] {
    const byEntity = new Map<string, Titled[]>();
    for (const article of ctx.articles)
      for (const mention of article.entities) {
        if (mention.type !== "PERSON" || !mention.descriptor) continue;
        const words = roleWords(mention.descriptor.text);
        if (!words.length) continue;
        const list = byEntity.get(mention.entity) ?? [];
        list.push({ article, mention, words, head: headOf(mention.descriptor.text) });
        byEntity.set(mention.entity, list);
      }
    const out: Conflict[] = [];
    for (const [entity, titled] of byEntity) {
      const pairs: [Titled, Titled][] = [];
      for (let i = 0; i < titled.length; i++)
        for (let j = i + 1; j < titled.length; j++) {
          const [x, y] = [titled[i]!, titled[j]!];
          if (x.article !== y.article && !compatible(x, y)) pairs.push([x, y]);
        }
      if (!pairs.length) continue;
      const [x, y] = pairs[0]!;
      const name = ctx.entities.get(entity)?.name ?? x.mention.text;
      const conflict: Conflict = {
        kind: this.kind,
        subject: name,
        variants: [x, y].map((t) => ({ article: t.article.id, start: t.mention.descriptor!.start, end: t.mention.descriptor!.end, text: t.mention.descriptor!.text, value: t.mention.descriptor!.text })),
      };
      const support = supportNotes(ctx, entity, [x, y]);
      if (support) conflict.note = support;
      out.push(conflict);
    }
    return out;
  }
}

/** Lower-cased role words of a descriptor, possessors and fillers dropped ("the Taliban's foreign minister" → foreign minister). */
export function roleWords(descriptor: string): string[] {
  const withoutPossessor = descriptor.replace(/^.*?[’']s\s+/u, "");
  return withoutPossessor
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .filter((w) => w && !FILLER.has(w) && !PLACE_WORDS.has(w));
}

/** The role's head noun: before "for"/"of"/"to" when present ("envoy" in "special envoy for hostage response"), else the last word. */
function headOf(descriptor: string): string {
  const words = descriptor.toLowerCase().replace(/^.*?[’']s\s+/u, "").split(/[^\p{L}]+/u).filter(Boolean);
  const cut = words.findIndex((w) => w === "for" || w === "of" || w === "to" || w === "at");
  const core = cut > 0 ? words.slice(0, cut) : words;
  return core[core.length - 1] ?? "";
}

function compatible(x: Titled, y: Titled): boolean {
  if (x.head !== y.head) return false;
  const rx = x.words.filter((w) => RANK.has(w)).sort().join(" ");
  const ry = y.words.filter((w) => RANK.has(w)).sort().join(" ");
  if (rx !== ry) return false;
  // Same head and rank: compatible when one says less than the other ("President" / "US President").
  const [small, large] = x.words.length <= y.words.length ? [x.words, y.words] : [y.words, x.words];
  return small.every((w) => large.includes(w));
}

/** When another person in the story holds one variant's title, that supports the other variant. */
function supportNotes(ctx: StoryContext, entity: string, variants: Titled[]): string | null {
  for (const article of ctx.articles)
    for (const m of article.entities) {
      if (m.type !== "PERSON" || m.entity === entity || !m.descriptor) continue;
      const other: Titled = { article, mention: m, words: roleWords(m.descriptor.text), head: headOf(m.descriptor.text) };
      for (const v of variants) {
        if (!compatible(v, other)) continue;
        const rest = variants.find((w) => w !== v)!;
        const holder = ctx.entities.get(m.entity)?.name ?? m.text;
        return `${article.outlet ?? article.id} calls ${holder} "${m.descriptor.text}", which supports "${rest.mention.descriptor!.text}" over "${v.mention.descriptor!.text}"`;
      }
    }
  return null;
}
