import type { Article, Entity } from "../core/article.js";
import type { EntityLinker } from "../link/entity-linker.js";
import type { Claim, Conflict, Story } from "../report/report.js";
import { ClaimAligner, type ClaimDraft } from "./claim-aligner.js";
import { DateConflicts } from "./conflicts/date-conflicts.js";
import { NameConflicts } from "./conflicts/name-conflicts.js";
import { NumberConflicts } from "./conflicts/number-conflicts.js";
import { QuoteWordingConflicts } from "./conflicts/quote-wording-conflicts.js";
import { TitleConflicts } from "./conflicts/title-conflicts.js";
import { evidenceUnits, type EvidenceUnit } from "./evidence-unit.js";
import { findNameVariants, findSurnameLinks } from "./name-variants.js";
import { buildQuoteGroups, quoteLedger, type QuoteGroup } from "./quote-ledger.js";
import type { ConflictDetector, StoryContext } from "./story-context.js";
import { estimatePublication } from "./timeline/publication-estimator.js";
import { buildTimeline } from "./timeline/timeline-builder.js";

/** The conflict detectors, in the order their conflicts are listed. */
export const DETECTORS: ConflictDetector[] = [new TitleConflicts(), new NameConflicts(), new QuoteWordingConflicts(), new NumberConflicts(), new DateConflicts()];

export interface ReconcileOptions {
  /**
   * Most articles reconciled claim by claim in one story. Alignment is
   * quadratic in the story's sentences, so a story of hundreds of articles
   * is reconciled over its most recent ones; the story still lists them all.
   */
  maxArticles?: number;
}

/**
 * Reconciles one story: merges spelling variants of names, aligns the
 * articles' sentences into claims, counts independent origins, detects
 * conflicts, builds the quote ledger, dates undated articles from the story
 * and builds the timeline.
 */
export class StoryReconciler {
  private readonly aligner = new ClaimAligner();
  private readonly maxArticles: number;

  constructor(
    private readonly linker: EntityLinker,
    opts: ReconcileOptions = {},
  ) {
    this.maxArticles = opts.maxArticles ?? 40;
  }

  reconcile(id: string, storyArticles: Article[]): Story {
    const all = [...storyArticles].sort(articleOrder);
    const articles = all.length > this.maxArticles ? all.slice(-this.maxArticles) : all;
    let entities = this.storyEntities(articles);
    const surnames = findSurnameLinks(entities);
    if (surnames.length) {
      for (const l of surnames) this.linker.mergeIds(l.from, l.to);
      for (const a of articles) this.linker.relink(a);
      entities = this.storyEntities(articles);
    }
    const nameVariants = findNameVariants(articles, entities);
    for (const v of nameVariants) for (const m of v.merged) this.linker.mergeIds(m, v.entity);
    if (nameVariants.length) {
      for (const a of articles) this.linker.relink(a);
      for (const v of nameVariants) for (const m of v.merged) entities.delete(m);
    }
    const units = articles.flatMap((a) => evidenceUnits(a, (id) => entities.get(id)?.name ?? null));
    const quoteGroups = buildQuoteGroups(articles, entities);
    const claims = this.aligner.align(units, sameStatementPairs(quoteGroups, articles));
    const ctx: StoryContext = { articles, entities, units, claims, quoteGroups, nameVariants };
    estimatePublication(ctx);
    const conflicts = DETECTORS.flatMap((d) => d.detect(ctx));
    return {
      id,
      title: storyTitle(articles, claims),
      articles: all.map((a) => a.id),
      claims: claims.map((c, i) => toClaim(`${id}/c${i + 1}`, c, conflicts)),
      conflicts,
      quotes: quoteLedger(ctx.quoteGroups),
      timeline: buildTimeline(ctx),
    };
  }

  private storyEntities(articles: Article[]): Map<string, Entity> {
    const out = new Map<string, Entity>();
    for (const a of articles)
      for (const m of a.entities) {
        const e = this.linker.get(m.entity);
        if (e) out.set(e.id, e);
      }
    return out;
  }
}

/** Sentence pairs (unit keys) that quote one statement in two articles: one claim whatever else they say. */
function sameStatementPairs(groups: QuoteGroup[], articles: Article[]): Set<string> {
  const out = new Set<string>();
  const unitKey = (a: Article, pos: number) => `${a.id}#${a.sentences.findIndex((s) => s.start <= pos && pos < s.end)}`;
  for (const g of groups)
    for (const x of g.members)
      for (const y of g.members) {
        if (x.article === y.article || !articles.includes(x.article)) continue;
        out.add(`${unitKey(x.article, x.quote.start)}|${unitKey(y.article, y.quote.start)}`);
      }
  return out;
}

/** Oldest first; undated articles after dated ones; then by id, so the order never depends on input order. */
function articleOrder(a: Article, b: Article): number {
  const [x, y] = [a.published ?? "\uffff", b.published ?? "\uffff"];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const DISPUTING = new Set(["number", "date"]);

function toClaim(id: string, draft: ClaimDraft, conflicts: Conflict[]): Claim {
  const evidence = draft.units.map((u) => u.evidence);
  const origins = [...new Set(draft.units.flatMap((u) => u.origins.flatMap((o) => o.names)))];
  const independentOrigins = independentRoots(draft.units).size;
  const articles = new Set(draft.units.map((u) => u.article.id)).size;
  // Figures and dates dispute what a claim asserts; a title, a spelling or a quote's wording is reported as a conflict of its own.
  // A figure that is only a bound ("at least 12" / "15") can be true in both versions.
  const disputed = conflicts.some((c) => DISPUTING.has(c.kind) && !c.note?.startsWith("both can be true") && c.variants.some((v) => evidence.some((e) => e.article === v.article && e.start <= v.start && v.end <= e.end)));
  const status: Claim["status"] = disputed ? "disputed" : articles >= 2 && independentOrigins >= 2 ? "corroborated" : "single-source";
  return { id, text: draft.units[0]!.evidence.text, status, evidence, origins, independentOrigins };
}

/**
 * The independent origins behind a claim: each cited report counts once
 * however many outlets relay it, an outlet's own reporting is its own
 * origin, and a syndicated copy counts as its original.
 */
export function independentRoots(units: EvidenceUnit[]): Set<string> {
  const roots = new Set<string>();
  for (const u of units) {
    const relayed = u.origins.filter((o) => o.root);
    if (relayed.length) for (const o of relayed) roots.add(`report:${relayKey(o.root!)}`);
    else roots.add(`outlet:${u.article.copyOf?.article ?? u.article.outlet?.toLowerCase() ?? u.article.id}`);
  }
  return roots;
}

/** "The Wall Street Journal", "Wall Street Journal" and "WSJ" are one report: multi-word names compare by their initials. */
export function relayKey(root: string): string {
  const words = root.replace(/^[a-z]+\//, "").split(/\s+/).filter((w) => w && !/^(the|of|and|for|a|an)$/i.test(w));
  if (words.length >= 2) return words.map((w) => w[0]!.toLowerCase()).join("");
  return root.toLowerCase().replace(/\./g, "");
}

const MAX_TITLE = 110;

/** The first dated article's headline, else the most corroborated claim. */
function storyTitle(articles: Article[], claims: ClaimDraft[]): string {
  const titled = articles.find((a) => a.title);
  if (titled?.title) return titled.title;
  const best = [...claims].sort((a, b) => b.units.length - a.units.length)[0];
  const text = best?.units[0]?.evidence.text ?? articles[0]?.text.slice(0, MAX_TITLE) ?? "";
  return text.length > MAX_TITLE ? text.slice(0, text.lastIndexOf(" ", MAX_TITLE - 1)) + "…" : text;
}
