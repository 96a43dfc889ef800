export type Severity = "error" | "warning" | "info";

/**
 * A non-fatal problem found while reading or analysing one document.
 * Like a vfile message it carries a place (offsets into the article text,
 * when there is one) and an origin (the stage or reader that raised it).
 */
export interface Diagnostic {
  message: string;
  severity: Severity;
  start?: number;
  end?: number;
  /** The stage or reader that raised it, e.g. `ingest:html` or `timex`. */
  origin?: string;
}

/** An input that could not be processed at all; the run goes on without it. */
export interface Failure {
  input: string;
  message: string;
}
