import type { Article, Entity } from "../core/article.js";
import type { Conflict } from "../report/report.js";
import type { ClaimDraft } from "./claim-aligner.js";
import type { EvidenceUnit } from "./evidence-unit.js";
import type { QuoteGroup } from "./quote-ledger.js";

/** Two spellings of one name in one story, merged into one entity. */
export interface NameVariant {
  /** The canonical entity the variants were merged into. */
  entity: string;
  /** Entity ids merged into `entity`. */
  merged: string[];
  /** Per article, the mention spans of the spelling it used. */
  spellings: { article: string; name: string; start: number; end: number; text: string }[];
}

/** What the reconcilers of one story share. */
export interface StoryContext {
  /** The story's articles, oldest first. */
  articles: Article[];
  entities: Map<string, Entity>;
  units: EvidenceUnit[];
  claims: ClaimDraft[];
  quoteGroups: QuoteGroup[];
  nameVariants: NameVariant[];
}

/** One kind of conflict: a small part in the ordered list of detectors. */
export interface ConflictDetector {
  readonly kind: string;
  detect(ctx: StoryContext): Conflict[];
}
