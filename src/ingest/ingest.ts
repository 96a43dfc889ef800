import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { assemble } from "../clean/assemble.js";
import { cleanParas } from "../clean/cleaner.js";
import type { Article } from "../core/article.js";
import { createArticle } from "../core/create-article.js";
import type { Failure } from "../core/diagnostic.js";
import { InputError } from "../core/errors.js";
import type { OffsetMap } from "../core/offset-map.js";
import type { RawDocument } from "./raw-document.js";
import { looksLikeFeed, readFeed } from "./readers/feed-reader.js";
import { readHtml } from "./readers/html-reader.js";
import { readRecord } from "./readers/jsonl-reader.js";
import { readText } from "./readers/text-reader.js";
import { decodeBytes } from "./read-bytes.js";
import { fetchInput } from "./fetch-input.js";

export interface IngestOptions {
  /** Largest input accepted, in bytes: a file, a response, or one JSON Lines record. Default 20 MB. */
  maxBytes?: number;
  /** Per URL fetch, in milliseconds. Default 15 000. */
  timeoutMs?: number;
  /** Injectable for tests. */
  fetch?: typeof globalThis.fetch;
  /** Read for the input "-" (JSON Lines). Default process.stdin. */
  stdin?: NodeJS.ReadableStream;
}

/** One article read from an input, with the map from its text back to the source. */
export interface Ingested {
  input: string;
  article: Article;
  sourceMap: OffsetMap;
}

export type IngestResult = { ok: true; value: Ingested } | { ok: false; failure: Failure };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

type Kind = "text" | "html" | "feed" | "jsonl" | "json";
const BY_EXT: Record<string, Kind> = { ".txt": "text", ".md": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json" };

const fail = (input: string, message: string): IngestResult => ({ ok: false, failure: { input, message } });

/**
 * Streams articles from files, folders (recursive), "-" (JSON Lines on
 * stdin) and http(s) URLs, in input order. Never throws for a bad input: it
 * yields a failure naming the input and the fix, and goes on.
 */
export async function* ingest(inputs: string[], opts: IngestOptions = {}): AsyncGenerator<IngestResult> {
  const o = { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, timeoutMs: opts.timeoutMs ?? 15_000, fetch: opts.fetch ?? globalThis.fetch, stdin: opts.stdin ?? process.stdin };
  for (const input of inputs) {
    try {
      if (input === "-") yield* jsonLines(o.stdin, "stdin", o.maxBytes);
      else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) yield* fromUrl(input, o);
      else yield* fromPath(input, o.maxBytes, true);
    } catch (err) {
      yield fail(input, (err as Error).message);
    }
  }
}

/** One in-memory record (the JSON Lines record of the contract) as an article. */
export function ingestRecord(record: unknown, input: string): IngestResult {
  try {
    return toArticle(readRecord(record, input));
  } catch (err) {
    return fail(input, (err as Error).message);
  }
}

async function* fromPath(path: string, maxBytes: number, explicit: boolean, preread?: Promise<Buffer | null>): AsyncGenerator<IngestResult> {
  let st;
  try {
    st = await stat(path);
  } catch {
    yield fail(path, `no such file or folder: check the path`);
    return;
  }
  if (st.isDirectory()) {
    const entries = (await readdir(path, { withFileTypes: true })).filter((e) => !e.name.startsWith(".") && e.name !== "node_modules").sort((a, b) => (a.name < b.name ? -1 : 1));
    const files = entries.filter((e) => !e.isDirectory() && BY_EXT[extname(e.name).toLowerCase()] && BY_EXT[extname(e.name).toLowerCase()] !== "jsonl").map((e) => join(path, e.name));
    // Read ahead: the next files are read while this one is analysed, keeping the input order.
    const pending = new Map<string, Promise<Buffer | null>>();
    const prefetch = (i: number) => {
      for (let k = i; k < Math.min(files.length, i + READ_AHEAD); k++) if (!pending.has(files[k]!)) pending.set(files[k]!, stat(files[k]!).then((x) => (x.size > 0 && x.size <= maxBytes ? readFile(files[k]!) : null)).catch(() => null));
    };
    let fileIndex = 0;
    for (const e of entries) {
      const child = join(path, e.name);
      if (e.isDirectory()) yield* fromPath(child, maxBytes, false);
      else if (BY_EXT[extname(e.name).toLowerCase()]) {
        if (files[fileIndex] === child) {
          prefetch(fileIndex++);
          const bytes = pending.get(child);
          pending.delete(child);
          yield* fromPath(child, maxBytes, false, bytes);
        } else yield* fromPath(child, maxBytes, false);
      }
    }
    return;
  }
  const kind = BY_EXT[extname(path).toLowerCase()];
  if (!kind) {
    if (explicit) yield fail(path, `unsupported file type "${extname(path) || "(no extension)"}": use .txt, .md, .html, .htm, .xml, .rss, .atom, .json or .jsonl`);
    return;
  }
  if (st.size === 0) {
    yield fail(path, "the file is empty: nothing to read");
    return;
  }
  if (kind === "jsonl") {
    yield* jsonLines(createReadStream(path), path, maxBytes);
    return;
  }
  if (st.size > maxBytes) {
    yield fail(path, `the file is ${mb(st.size)}, over the ${mb(maxBytes)} limit: raise it with --max-bytes ${st.size} or split the file`);
    return;
  }
  // The size is known and within the limit: one read is much cheaper than a stream for small files.
  const bytes = (preread && (await preread)) ?? (await readFile(path));
  const text = decodeBytes(bytes, path);
  yield* fromText(text, kind, path, { path });
}

/** Files read concurrently ahead of the one being processed. */
const READ_AHEAD = 16;

async function* fromUrl(url: string, o: { maxBytes: number; timeoutMs: number; fetch: typeof globalThis.fetch }): AsyncGenerator<IngestResult> {
  if (!/^https?:\/\//i.test(url)) {
    yield fail(url, `only http(s) URLs can be fetched: download the file and give its path instead`);
    return;
  }
  const { text, kind } = await fetchInput(url, o);
  yield* fromText(text, kind, url, { url });
}

async function* fromText(text: string, kind: Kind, input: string, where: { path?: string; url?: string }): AsyncGenerator<IngestResult> {
  if (!text.trim()) {
    yield fail(input, "the input holds no text: nothing to read");
    return;
  }
  if (kind === "jsonl" || kind === "json") {
    yield* fromJsonText(text, input);
    return;
  }
  if (kind === "feed" || (kind !== "html" && looksLikeFeed(text))) {
    let docs: RawDocument[];
    try {
      docs = readFeed(text, input);
    } catch (err) {
      yield fail(input, `not a readable RSS/Atom feed (${(err as Error).message.split("\n")[0]}): check that the file is a complete feed`);
      return;
    }
    if (!docs.length) yield fail(input, "the feed has no items: nothing to read");
    for (const d of docs) yield toArticle(d);
    return;
  }
  const doc = kind === "html" || (kind === "text" && /^\s*<(!doctype html|html)[\s>]/i.test(text)) ? readHtml(text, input, where.url) : readText(text, input);
  if (where.path) doc.path = where.path;
  if (where.url) doc.url ??= where.url;
  yield toArticle(doc);
}

function* fromJsonText(text: string, input: string): Generator<IngestResult> {
  const trimmed = text.trim();
  if (trimmed.startsWith("[") || (trimmed.startsWith("{") && !trimmed.includes("\n"))) {
    try {
      const data = JSON.parse(trimmed) as unknown;
      const records = Array.isArray(data) ? data : [data];
      for (const [i, r] of records.entries()) yield ingestRecord(r, Array.isArray(data) ? `${input}[${i}]` : input);
      return;
    } catch {
      // Not one JSON value: read it as JSON Lines below.
    }
  }
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) if (line.trim()) yield parseLine(line, `${input}:${i + 1}`);
}

async function* jsonLines(stream: NodeJS.ReadableStream, input: string, maxBytes: number): AsyncGenerator<IngestResult> {
  let n = 0;
  let any = false;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const line of byteLines(stream, maxBytes)) {
    n++;
    if (line === TOO_LONG) {
      any = true;
      yield fail(`${input}:${n}`, `the record is over the ${mb(maxBytes)} limit: raise it with --max-bytes or shorten the record`);
      continue;
    }
    // Decoded strictly, line by line: a bad byte is named on its line, and a U+FFFD the text really holds is fine.
    let text: string;
    try {
      text = decoder.decode(line);
    } catch {
      any = true;
      yield fail(`${input}:${n}`, "the line is not valid UTF-8 text: convert the file to UTF-8");
      continue;
    }
    if (!text.trim()) continue;
    any = true;
    yield parseLine(text.replace(/\r$/, ""), `${input}:${n}`);
  }
  if (!any) yield fail(input, "no JSON Lines records: nothing to read");
}

const TOO_LONG = new Uint8Array(0);

/** Lines of a byte stream, without decoding; a line over `maxBytes` is skipped and reported as TOO_LONG. Memory stays bounded by the limit. */
async function* byteLines(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<Uint8Array> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    let buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    for (;;) {
      const nl = buf.indexOf(10);
      const piece = nl < 0 ? buf : buf.subarray(0, nl);
      if (!skipping) {
        if (size + piece.length > maxBytes) {
          skipping = true;
          parts = [];
          size = 0;
        } else {
          parts.push(piece);
          size += piece.length;
        }
      }
      if (nl < 0) break;
      yield skipping ? TOO_LONG : Buffer.concat(parts, size);
      parts = [];
      size = 0;
      skipping = false;
      buf = buf.subarray(nl + 1);
    }
  }
  if (skipping) yield TOO_LONG;
  else if (size) yield Buffer.concat(parts, size);
}

function parseLine(line: string, input: string): IngestResult {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return fail(input, `not valid JSON (${(err as Error).message}): fix or remove this line; the other lines were still read`);
  }
  return ingestRecord(record, input);
}

/** Cleans a reader's paragraphs and builds the article. */
function toArticle(doc: RawDocument): IngestResult {
  const cleaned = cleanParas(doc.paras, doc.removed);
  const { text, blocks, sourceMap } = assemble(cleaned.paras);
  if (!text.trim()) return fail(doc.input, "no article text could be extracted: check that the input holds an article body");
  const article = createArticle({
    text,
    outlet: doc.outlet,
    title: doc.title,
    published: doc.published,
    removed: cleaned.removed,
    blocks,
    diagnostics: doc.diagnostics,
    ...(doc.id !== undefined ? { id: doc.id } : {}),
    ...(doc.path !== undefined ? { path: doc.path } : {}),
    ...(doc.url !== undefined ? { url: doc.url } : {}),
    ...(doc.byline !== undefined ? { byline: doc.byline } : {}),
  });
  return { ok: true, value: { input: doc.input, article, sourceMap } };
}

function mb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export { InputError };
