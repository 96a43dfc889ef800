import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { SqliteDialect } from "kysely";
import { StoreError } from "../../../core/errors.js";
import type { StoreDialect } from "../dialect.js";

/** SQLite through better-sqlite3: WAL, synchronous=NORMAL (durable at checkpoints, fast commits), foreign keys on. */
export const sqliteDialect: StoreDialect = {
  name: "sqlite",
  capabilities: { fts5: true, returning: true, concurrentWriters: false },
  open(location: string) {
    const memory = location === ":memory:";
    if (!memory) {
      if (existsSync(location) && statSync(location).isDirectory())
        throw new StoreError(`store "${location}" is a folder: give a database file path, e.g. --db ${location.replace(/\/$/, "")}/parallax.db`);
      mkdirSync(dirname(location), { recursive: true });
    }
    let db: Database.Database;
    try {
      db = new Database(location);
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
      db.prepare("SELECT count(*) FROM sqlite_master").get();
    } catch (err) {
      throw new StoreError(`store "${location}" cannot be opened as a SQLite database (${(err as Error).message}): give a new file path or a Parallax database with --db`);
    }
    return {
      dialect: new SqliteDialect({ database: db }),
      close: () => db.close(),
      integrityCheck: () => String(db.pragma("integrity_check", { simple: true })),
    };
  },
};
