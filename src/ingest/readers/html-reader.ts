import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { isoDate, type RawDocument } from "../raw-document.js";
import { htmlParagraphs, htmlToPlain, type HtmlPara } from "./html-text.js";

type Doc = ReturnType<typeof parseHTML>["document"];

/** Fewest words for a paragraph outside Readability's choice to be kept when Readability finds nothing. */
const FALLBACK_MIN_WORDS = 8;

/**
 * Reads an HTML page: Readability (on linkedom) decides which paragraphs are
 * the article; the text itself is taken from the source by our own scanner,
 * so every character maps back to its offset in the HTML.
 */
export function readHtml(html: string, input: string, url?: string): RawDocument {
  const doc: RawDocument = { input, outlet: null, title: null, published: null, paras: [], removed: [], diagnostics: [] };
  if (url) doc.url = url;
  let document: Doc | null = null;
  try {
    document = parseHTML(html).document;
  } catch (err) {
    doc.diagnostics.push({ origin: "ingest:html", severity: "warning", message: `the HTML could not be parsed as a document (${(err as Error).message}); text was recovered without it` });
  }
  if (document) Object.assign(doc, metadata(document));
  let main: Set<string> | null = null;
  let mainText = "";
  if (document) {
    try {
      const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
      if (parsed?.content) {
        const { document: content } = parseHTML(`<html><body>${parsed.content}</body></html>`);
        main = new Set();
        for (const el of content.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, div")) {
          const k = key(el.textContent ?? "");
          if (k) main.add(k);
        }
        mainText = key(content.body?.textContent ?? "");
        doc.title ??= parsed.title || null;
        doc.byline ??= parsed.byline || null;
        doc.outlet ??= parsed.siteName || null;
      }
    } catch (err) {
      doc.diagnostics.push({ origin: "ingest:html", severity: "warning", message: `Readability failed (${(err as Error).message}); paragraphs were chosen by length instead` });
    }
  }
  const paras = htmlParagraphs(html);
  const keep = (p: HtmlPara) => {
    // Navigation, headers, footers and sidebars are never the article, whatever Readability thinks.
    if (p.kind === "title" || p.chrome) return false;
    const k = key(p.text);
    if (!k) return false;
    if (main && main.size) return main.has(k) || (k.length > 40 && mainText.includes(k));
    return !p.chrome && p.text.split(/\s+/).length >= FALLBACK_MIN_WORDS;
  };
  doc.paras = paras.filter(keep);
  if (doc.title) {
    const t = key(doc.title);
    const first = doc.paras[0];
    if (first && key(first.text) === t) {
      doc.removed.push({ text: first.text.trim(), reason: "title" });
      doc.paras.shift();
    }
  }
  if (!main && doc.paras.length) doc.diagnostics.push({ origin: "ingest:html", severity: "info", message: "no main article found by Readability; kept the page's longer paragraphs" });
  return doc;
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function metadata(document: Doc): Partial<RawDocument> {
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute("content")?.trim() || null;
  const ld = jsonLd(document);
  const published =
    isoDate(meta('meta[property="article:published_time"]')) ??
    isoDate(ld.datePublished) ??
    isoDate(meta('meta[itemprop="datePublished"]')) ??
    isoDate(document.querySelector('[itemprop="datePublished"]')?.getAttribute("datetime") ?? null) ??
    isoDate(meta('meta[name="date"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[name="publish-date"]') ?? meta('meta[name="parsely-pub-date"]') ?? meta('meta[name="dc.date"]') ?? meta('meta[name="DC.date.issued"]') ?? meta('meta[name="sailthru.date"]')) ??
    isoDate(document.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime") ?? null);
  const title = meta('meta[property="og:title"]') ?? str(ld.headline) ?? (document.querySelector("title")?.textContent?.trim() || null);
  const outlet = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]') ?? str((ld.publisher as Record<string, unknown> | undefined)?.name);
  const author = ld.author;
  const byline = meta('meta[name="author"]') ?? str(Array.isArray(author) ? (author[0] as Record<string, unknown>)?.name : (author as Record<string, unknown> | undefined)?.name) ?? str(author);
  const url = meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  const out: Partial<RawDocument> = { published, title: title ? htmlToPlain(title) : null, outlet, byline };
  if (url) out.url = url;
  return out;
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

/** The first JSON-LD object describing an article (NewsArticle, Article, …), or {}. */
function jsonLd(document: Doc): Record<string, unknown> {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(el.textContent ?? "");
      const items: unknown[] = Array.isArray(data) ? data : data?.["@graph"] ? data["@graph"] : [data];
      for (const it of items) {
        const o = it as Record<string, unknown>;
        const type = String(o?.["@type"] ?? "");
        if (/Article|Posting|Report|BlogPosting/i.test(type)) return o;
      }
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  return {};
}
