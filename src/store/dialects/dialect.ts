import type { Dialect } from "kysely";

/** What a database can do; callers branch on these flags, never on the dialect's name. */
export interface StoreCapabilities {
  /** Full-text search through SQLite FTS5. */
  fts5: boolean;
  /** `INSERT … RETURNING`. */
  returning: boolean;
  /** Several processes may write at once. */
  concurrentWriters: boolean;
}

/**
 * A database dialect as a factory of small parts: the Kysely dialect, the
 * connection setup, and the capability flags (like kysely's own dialects).
 */
export interface StoreDialect {
  readonly name: string;
  readonly capabilities: StoreCapabilities;
  /** Opens the connection and returns the Kysely dialect over it. */
  open(location: string): { dialect: Dialect; close(): void; integrityCheck(): string };
}
