import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Failure } from "../core/diagnostic.js";
import { ParallaxError, UsageError } from "../core/errors.js";
import { extractArticles, runAnalysis } from "../engine/run-analysis.js";
import type { IngestOptions } from "../ingest/ingest.js";
import { renderHtml } from "../report/html-report.js";
import { renderMarkdown } from "../report/markdown-report.js";
import { renderSummary } from "../report/summary.js";
import { openStore, type Store } from "../store/store.js";
import { HELP } from "./help.js";
import { ProgressLine } from "./progress.js";

/** The streams a command uses, so that tests can run the CLI in-process. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

const COMMON = {
  help: { type: "boolean", short: "h" },
  quiet: { type: "boolean", short: "q" },
  "max-bytes": { type: "string" },
  timeout: { type: "string" },
} as const;

/** Runs one command line; returns the exit status (0 ok, 1 some inputs failed, 2 usage). */
export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === "-h" || command === "--help" || command === "help") {
      io.stdout.write(HELP.main + "\n");
      return command ? 0 : 2;
    }
    if (command === "--version" || command === "-v") {
      io.stdout.write("parallax 0.1.0\n");
      return 0;
    }
    if (command === "analyze") return await analyzeCommand(rest, io);
    if (command === "extract") return await extractCommand(rest, io);
    if (command === "serve") return await serveCommand(rest, io);
    throw new UsageError(`unknown command "${command}": use analyze, extract or serve (see parallax --help)`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`parallax: ${err.message}\n`);
      return 2;
    }
    if (err instanceof ParallaxError) {
      io.stderr.write(`parallax: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

function parse<T extends NonNullable<ParseArgsConfig["options"]>>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true as const, strict: true as const });
  } catch (err) {
    throw new UsageError(`${command}: ${(err as Error).message.split("\n")[0]} (see parallax ${command} --help)`);
  }
}

function positiveInt(name: string, raw: string | undefined, dflt: number): number {
  if (raw === undefined) return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number, got "${raw}"`);
  return n;
}

function ingestOptions(values: Record<string, unknown>, io: CliIO): IngestOptions {
  return {
    maxBytes: positiveInt("max-bytes", values["max-bytes"] as string | undefined, 20_000_000),
    timeoutMs: positiveInt("timeout", values.timeout as string | undefined, 15_000),
    stdin: io.stdin,
  };
}

function failureReporter(io: CliIO, quiet: boolean, progress?: ProgressLine) {
  return (f: Failure) => {
    if (quiet) return;
    progress?.clear();
    io.stderr.write(`parallax: ${f.input}: ${f.message}\n`);
  };
}

async function analyzeCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse("analyze", args, {
    ...COMMON,
    json: { type: "boolean" },
    db: { type: "string" },
    out: { type: "string" },
    serve: { type: "boolean" },
    port: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(HELP.analyze + "\n");
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("analyze: no INPUT given: name files, folders, URLs or - for standard input (see parallax analyze --help)");
  const quiet = Boolean(values.quiet);
  const progress = new ProgressLine(io.stderr, !quiet && Boolean(io.stderr.isTTY));
  const store = await openStore((values.db as string | undefined) ?? "parallax.db");
  try {
    const report = await runAnalysis(positionals, {
      store,
      ingest: ingestOptions(values, io),
      onProgress: (p) => progress.update(p),
      onFailure: failureReporter(io, quiet, progress),
    });
    progress.clear();
    if (values.out) {
      const dir = resolve(values.out as string);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "report.json"), JSON.stringify(report, null, 2) + "\n");
      writeFileSync(join(dir, "report.md"), renderMarkdown(report));
      writeFileSync(join(dir, "report.html"), renderHtml(report));
    }
    if (values.json) io.stdout.write(JSON.stringify(report) + "\n");
    else io.stdout.write(renderSummary(report, { color: Boolean(io.stdout.isTTY) }) + (values.out ? `\nReport written to ${values.out}/report.{json,md,html}\n` : ""));
    // --serve: the same store in the web UI, right after the analysis.
    if (values.serve) await serveStore(store, (values.db as string | undefined) ?? "parallax.db", "127.0.0.1", portOf(values.port as string | undefined), io);
    return report.failures.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function extractCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse("extract", args, COMMON);
  if (values.help) {
    io.stdout.write(HELP.extract + "\n");
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("extract: no INPUT given: name files, folders, URLs or - for standard input (see parallax extract --help)");
  let failed = 0;
  const report = failureReporter(io, Boolean(values.quiet));
  for await (const article of extractArticles(positionals, {
    ingest: ingestOptions(values, io),
    onFailure: (f) => {
      failed++;
      report(f);
    },
  })) {
    if (!io.stdout.write(JSON.stringify(article) + "\n")) await new Promise((r) => io.stdout.once("drain", r));
  }
  return failed ? 1 : 0;
}

async function serveCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parse("serve", args, { help: { type: "boolean", short: "h" }, db: { type: "string" }, host: { type: "string" }, port: { type: "string" } });
  if (values.help) {
    io.stdout.write(HELP.serve + "\n");
    return 0;
  }
  const port = portOf(values.port as string | undefined);
  const store = await openStore((values.db as string | undefined) ?? "parallax.db");
  try {
    await serveStore(store, (values.db as string | undefined) ?? "parallax.db", (values.host as string | undefined) ?? "127.0.0.1", port, io);
  } finally {
    await store.close();
  }
  return 0;
}

function portOf(raw: string | undefined): number {
  const port = raw === undefined ? 8080 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0-65535), got "${raw}"`);
  return port;
}

/** Serves a store until SIGINT or SIGTERM. */
async function serveStore(store: Store, name: string, host: string, port: number, io: CliIO): Promise<void> {
  const { startServer } = await import("../server/serve.js");
  const { StoreDataSource } = await import("../server/data-source.js");
  const server = await startServer({ host, port, source: new StoreDataSource(store), token: process.env.PARALLAX_TOKEN ?? null });
  io.stderr.write(`parallax: serving ${name} at ${server.url}/ (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
}
