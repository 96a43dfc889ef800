import type { Article, Entity, EntityType } from "../core/article.js";

/**
 * Turns the per-article entity keys written by the EntityTagger
 * ("PERSON:Donald Trump") into canonical entities shared by all articles,
 * and rewrites every reference (mentions, speakers, via, origins) to the
 * canonical id. Merging rules beyond the exact key (spelling variants,
 * surname-only keys) are applied by `mergeKeys`.
 */
export class EntityLinker {
  private readonly entities = new Map<string, Entity>();
  private readonly keyToId = new Map<string, string>();
  /** Canonical ids merged away, to the id that absorbed them. */
  private readonly redirects = new Map<string, string>();

  /** Canonical id for a per-article key; creates the entity on first sight. */
  idFor(key: string, mention?: string): string {
    const known = this.keyToId.get(key);
    if (known) {
      if (mention) this.addAlias(known, mention);
      return known;
    }
    const redirected = this.redirects.get(key);
    if (redirected) return redirected;
    // Articles read back from the store already carry canonical ids ("person/donald-trump").
    const canonical = CANONICAL_ID.exec(key);
    const { type, name } = canonical ? { type: canonical[1]!.toUpperCase(), name: mention ?? canonical[2]!.replace(/-/g, " ") } : parseEntityKey(key);
    const id = canonical ? key : entityId(type, name);
    this.keyToId.set(key, id);
    if (!this.entities.has(id)) this.entities.set(id, { id, type, name, aliases: [] });
    if (mention) this.addAlias(id, mention);
    return id;
  }

  /** Makes `from` an alias of `to` (both per-article keys or canonical ids). */
  merge(fromKey: string, toKey: string): void {
    this.mergeIds(this.idFor(fromKey), this.idFor(toKey));
  }

  /** Merges canonical entity `fromId` into `toId`: its name becomes an alias, and references to it resolve to `toId`. */
  mergeIds(fromId: string, toId: string): void {
    const from = this.resolve(fromId);
    const to = this.resolve(toId);
    if (from === to || !this.entities.has(from) || !this.entities.has(to)) return;
    const gone = this.entities.get(from)!;
    for (const a of [gone.name, ...gone.aliases]) this.addAlias(to, a);
    for (const [k, v] of this.keyToId) if (v === from) this.keyToId.set(k, to);
    for (const [k, v] of this.redirects) if (v === from) this.redirects.set(k, to);
    this.redirects.set(from, to);
    this.entities.delete(from);
  }

  /** The canonical entity with this id (following merges), or null. */
  get(id: string): Entity | null {
    return this.entities.get(this.resolve(id)) ?? null;
  }

  /** Rewrites the article's references to entities merged away since it was linked. */
  relink(article: Article): void {
    for (const m of article.entities) m.entity = this.resolve(m.entity);
    for (const q of article.quotes) {
      if (q.speaker?.entity) q.speaker.entity = this.resolve(q.speaker.entity);
      if (q.via?.entity) q.via.entity = this.resolve(q.via.entity);
    }
    for (const o of article.origins) if (o.entity) o.entity = this.resolve(o.entity);
  }

  private addAlias(id: string, alias: string): void {
    const e = this.entities.get(id);
    if (!e) return;
    const a = alias.trim();
    if (a && a !== e.name && !e.aliases.includes(a)) e.aliases.push(a);
  }

  /** Rewrites every entity reference of the article to canonical ids, in place. */
  link(article: Article): void {
    for (const m of article.entities) m.entity = this.idFor(m.entity, m.text);
    for (const q of article.quotes) {
      if (q.speaker?.entity) q.speaker.entity = this.idFor(q.speaker.entity);
      if (q.via?.entity) q.via.entity = this.idFor(q.via.entity);
    }
    for (const o of article.origins) if (o.entity) o.entity = this.idFor(o.entity);
  }

  /** The canonical entities referenced so far, sorted by id. */
  list(): Entity[] {
    return [...this.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Resolves an id that may have been merged away since it was handed out. */
  resolve(id: string): string {
    return this.redirects.get(id) ?? this.keyToId.get(id) ?? id;
  }
}

const CANONICAL_ID = /^([a-z]+)\/([^:\s]+)$/;

/** Splits "PERSON:Donald Trump" into its type and name; a key without a type is MISC. */
export function parseEntityKey(key: string): { type: EntityType; name: string } {
  const i = key.indexOf(":");
  if (i <= 0) return { type: "MISC", name: key };
  return { type: key.slice(0, i), name: key.slice(i + 1) };
}

/** Stable, readable canonical id: "person/donald-trump". */
export function entityId(type: string, name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
  return `${type.toLowerCase()}/${slug || "x"}`;
}
