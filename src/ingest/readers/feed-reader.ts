import { parseFeed } from "feedsmith";
import { isoDate, type RawDocument } from "../raw-document.js";
import { htmlParagraphs } from "./html-text.js";

/** True when a text looks like an RSS, Atom or RDF feed. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

type Rec = Record<string, unknown>;
const s = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/**
 * Reads every item of an RSS, Atom or RDF feed as an article. Item content is
 * an HTML fragment; when the fragment appears verbatim in the feed (CDATA) the
 * offsets map into the feed XML, otherwise into the decoded fragment, with a
 * diagnostic saying so. Throws when the feed cannot be parsed at all.
 */
export function readFeed(xml: string, input: string): RawDocument[] {
  const parsed = parseFeed(xml) as { format: string; feed: Rec };
  const feed = parsed.feed;
  const channel = s(feed.title);
  const items = ((feed.items ?? feed.entries ?? []) as Rec[]).filter(Boolean);
  const out: RawDocument[] = [];
  let cursor = 0;
  items.forEach((item, n) => {
    const content = (item.content as Rec | undefined)?.encoded ?? (typeof item.content === "object" ? (item.content as Rec)?.value : item.content) ?? item.description ?? item.summary ?? "";
    const html = typeof content === "string" ? content : String((content as Rec)?.value ?? "");
    const links = item.links as Rec[] | undefined;
    const link = s(item.link) ?? s(links?.find((l) => !l.rel || l.rel === "alternate")?.href) ?? s(item.id) ?? s(item.guid && (item.guid as Rec).value) ?? null;
    const doc: RawDocument = {
      input: `${input}#${n + 1}`,
      outlet: channel,
      title: s(item.title),
      published: isoDate(item.pubDate ?? item.published ?? item.updated ?? (item.dc as Rec | undefined)?.date ?? (item.dc as Rec | undefined)?.dates),
      byline: s((item.dc as Rec | undefined)?.creator) ?? s(((item.authors as Rec[] | undefined)?.[0] as Rec | undefined)?.name) ?? s(item.author),
      paras: [],
      removed: [],
      diagnostics: [],
    };
    if (link && /^https?:/i.test(link)) doc.url = link;
    const at = html ? xml.indexOf(html, cursor) : -1;
    if (at >= 0) {
      cursor = at + html.length;
      doc.paras = htmlParagraphs(html, at);
    } else {
      doc.paras = htmlParagraphs(html).map((p) => ({ ...p, src: p.src.map(() => -1) }));
      if (html) doc.diagnostics.push({ origin: "ingest:feed", severity: "info", message: "the item's content is entity-escaped in the feed, so its offsets cannot be mapped into the feed XML" });
    }
    out.push(doc);
  });
  return out;
}
