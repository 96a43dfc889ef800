import { InputError } from "../../core/errors.js";
import { isoDate, type RawDocument } from "../raw-document.js";
import { readHtml } from "./html-reader.js";
import { readText, splitParagraphs } from "./text-reader.js";

/**
 * One JSON Lines record ({id, url, outlet, title, published, text | html};
 * unknown fields ignored) as a document. Throws an InputError naming what is
 * wrong and how to fix it.
 */
export function readRecord(record: unknown, input: string): RawDocument {
  if (!record || typeof record !== "object" || Array.isArray(record))
    throw new InputError(input, `expected a JSON object per line, got ${Array.isArray(record) ? "an array" : typeof record}: write one {"text": …} object per line`);
  const r = record as Record<string, unknown>;
  const text = typeof r.text === "string" ? r.text : null;
  const html = typeof r.html === "string" ? r.html : null;
  if (!text?.trim() && !html?.trim()) throw new InputError(input, `the record has neither "text" nor "html": add one of them (a string with the article body)`);
  for (const f of ["id", "url", "outlet", "title", "published"] as const)
    if (r[f] !== undefined && r[f] !== null && typeof r[f] !== "string" && !(f === "id" && typeof r[f] === "number"))
      throw new InputError(input, `field "${f}" must be a string, got ${typeof r[f]}: fix the record`);
  let doc: RawDocument;
  if (text?.trim()) {
    doc = { input, outlet: null, title: null, published: null, paras: splitParagraphs(text, 0, text.length), removed: [], diagnostics: [] };
    // A record without a date may still carry one in a header line, as plain-text files do.
    if (!r.published) {
      const headed = readText(text, input);
      if (headed.removed.length) doc = headed;
    }
  } else doc = readHtml(html!, input);
  if (r.id !== undefined && r.id !== null) doc.id = String(r.id);
  if (typeof r.url === "string") doc.url = r.url;
  if (typeof r.outlet === "string") doc.outlet = r.outlet;
  if (typeof r.title === "string") doc.title = r.title;
  if (typeof r.published === "string") {
    const iso = isoDate(r.published);
    if (!iso) doc.diagnostics.push({ origin: "ingest:jsonl", severity: "warning", message: `"published" is not a date (${JSON.stringify(r.published)}); the article is treated as undated` });
    doc.published = iso;
  }
  return doc;
}
