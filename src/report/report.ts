import type { Article, Entity } from "../core/article.js";
import type { Failure } from "../core/diagnostic.js";
import type { Evidence } from "../core/span.js";

/** A claim of a story: one statement, with the evidence of every article that carries it. */
export interface Claim {
  id: string;
  text: string;
  status: "corroborated" | "single-source" | "disputed";
  evidence: Evidence[];
  origins: string[];
  independentOrigins: number;
}

export interface Conflict {
  kind: "title" | "name" | "number" | "date" | "quote-wording" | (string & {});
  subject: string | null;
  variants: (Evidence & { value?: string })[];
  note?: string;
}

export interface QuoteVariants {
  speaker: string | null;
  variants: Evidence[];
}

export interface TimelineEntry {
  date: string;
  text: string;
  evidence: Evidence[];
}

export interface Story {
  id: string;
  title: string;
  articles: string[];
  claims: Claim[];
  conflicts: Conflict[];
  quotes: QuoteVariants[];
  timeline: TimelineEntry[];
}

/** The contract's report (`analyze --json`). */
export interface Report {
  articles: Article[];
  entities: Entity[];
  stories: Story[];
  failures: Failure[];
}
