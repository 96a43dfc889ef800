/** Ingestion throughput: text, HTML and feed inputs through reading, cleaning and sentence splitting, on one core. */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ArticleDoc } from "../src/core/stage.js";
import { ingest } from "../src/ingest/ingest.js";
import { SentenceSplitter } from "../src/sentences/sentence-splitter.js";
import { syntheticArticle } from "./lib/synthetic-news.js";

export interface IngestFigure {
  kind: "text" | "html" | "feed";
  articles: number;
  seconds: number;
  articlesPerSec: number;
  mbPerSec: number;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function page(i: number): string {
  const a = syntheticArticle(i);
  const paras = a.text.split("\n\n").map((p) => `<p>${esc(p)}</p>`).join("\n");
  return `<!doctype html><html><head><title>${esc(a.title)}</title><meta property="og:site_name" content="${a.outlet}"><meta property="article:published_time" content="${a.published}T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a><a href="/world">World</a><a href="/sport">Sport</a></nav></header><main><article><h1>${esc(a.title)}</h1>${paras}</article></main>
<aside><h3>Most read</h3><ul><li>Another story</li><li>Yet another story</li></ul></aside><footer>© ${a.outlet}</footer></body></html>`;
}

export async function benchIngest(n: number): Promise<IngestFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), "px-bench-ingest-"));
  const perKind = { text: n, html: Math.max(1000, Math.round(n / 4)), feed: Math.max(1000, Math.round(n / 4)) };
  const folders = { text: join(dir, "text"), html: join(dir, "html"), feed: join(dir, "feed") };
  for (const f of Object.values(folders)) mkdirSync(f);
  for (let i = 0; i < perKind.text; i++) {
    const a = syntheticArticle(i);
    writeFileSync(join(folders.text, `${i}.txt`), `title: ${a.title}\noutlet: ${a.outlet}\ndate: ${a.published}\n\n${a.text}\n`);
  }
  for (let i = 0; i < perKind.html; i++) writeFileSync(join(folders.html, `${i}.html`), page(i));
  for (let f = 0; f < perKind.feed / 50; f++) {
    const items = Array.from({ length: 50 }, (_, k) => {
      const a = syntheticArticle(f * 50 + k);
      return `<item><title>${esc(a.title)}</title><link>https://wire.example/${f}/${k}</link><pubDate>${new Date(a.published).toUTCString()}</pubDate><description><![CDATA[${a.text.split("\n\n").map((p) => `<p>${p}</p>`).join("")}]]></description></item>`;
    }).join("\n");
    writeFileSync(join(folders.feed, `${f}.xml`), `<?xml version="1.0"?><rss version="2.0"><channel><title>Coastal Wire</title>${items}</channel></rss>`);
  }
  const splitter = new SentenceSplitter();
  const out: IngestFigure[] = [];
  for (const kind of ["text", "html", "feed"] as const) {
    let bytes = 0;
    let count = 0;
    const t0 = performance.now();
    for await (const r of ingest([folders[kind]])) {
      if (!r.ok) continue;
      splitter.run(new ArticleDoc(r.value.article));
      count++;
    }
    const seconds = (performance.now() - t0) / 1000;
    for (const name of (await import("node:fs")).readdirSync(folders[kind])) bytes += statSync(join(folders[kind], name)).size;
    out.push({ kind, articles: count, seconds, articlesPerSec: count / seconds, mbPerSec: bytes / 1024 / 1024 / seconds });
  }
  rmSync(dir, { recursive: true, force: true });
  return out;
}
