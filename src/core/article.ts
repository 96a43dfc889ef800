import type { Diagnostic } from "./diagnostic.js";
import type { Span } from "./span.js";

export type EntityType = "PERSON" | "ORG" | "PLACE" | "MISC" | (string & {});

/** One mention of a named entity. `entity` is the canonical `Entity.id`. */
export interface EntityMention extends Span {
  type: EntityType;
  entity: string;
  /** A title or role printed with the name ("foreign minister" in "foreign minister Zakir Jalaly"). */
  descriptor?: Span;
}

/** A temporal expression resolved against the article's publication date. */
export interface Timex extends Span {
  /** ISO 8601 (2025-09-18, 2025-09, 2025, 2025-W38, P1M, …); null when it cannot be resolved honestly. */
  value: string | null;
  /** date | time | duration | set | …; free-form beyond these. */
  kind?: string;
}

export interface Speaker {
  text: string;
  start?: number;
  end?: number;
  /** Canonical `Entity.id` the speaker resolves to ("he" → Donald Trump). */
  entity?: string;
}

export type QuoteKind = "direct" | "partial" | "indirect";

export interface Quote extends Span {
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The outlet or channel that relayed it ("… told the Wall Street Journal"). */
  via?: { text: string; entity?: string };
  /** The reporting verb or phrase ("said", "according to"). */
  cue?: Span;
}

/** Loaded wording, scare quotes, intensifiers. */
export interface FramingMarker extends Span {
  kind: string;
}

/**
 * Where a sentence's content comes from beyond the outlet: a cited newspaper,
 * an official, a statement, a post. `chain` lists the relays from the original
 * source outwards ("a US official" → "the Wall Street Journal").
 */
export interface Origin extends Span {
  sentence: number;
  kind: "publication" | "person" | "official" | "statement" | "post" | "source" | (string & {});
  entity?: string;
  chain?: Span[];
}

/** A block of the cleaned text: a paragraph, a subheading, a photo caption, an embedded post. */
export interface Block {
  start: number;
  end: number;
  kind: "paragraph" | "heading" | "caption" | "embed" | "title";
}

/** Boilerplate dropped from the body, with the reason it was dropped. */
export interface Removed {
  text: string;
  reason: string;
}

/** The article as the contract (`../shared/spec/contract.md`) defines it, plus additive fields. */
export interface Article {
  id: string;
  /** sha256 of the cleaned text: the store key, so one article ingested twice is stored once. */
  hash: string;
  path?: string;
  url?: string;
  outlet: string | null;
  title: string | null;
  byline?: string | null;
  /** ISO 8601 date or date-time; null when the input does not say. Never invented. */
  published: string | null;
  publishedEstimate?: { from: string; to: string; basis: string };
  text: string;
  removed: Removed[];
  blocks: Block[];
  sentences: { start: number; end: number }[];
  entities: EntityMention[];
  timexes: Timex[];
  quotes: Quote[];
  origins: Origin[];
  framing: FramingMarker[];
  diagnostics: Diagnostic[];
  /** Set by the store when this article reprints another one (wire copy). */
  copyOf?: { article: string; similarity: number };
}

/** Canonical entity across all articles. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}
