import type { Article } from "../core/article.js";
import type { Evidence } from "../core/span.js";
import { collectEvidence, evidenceAnchor } from "./evidence-ref.js";
import type { Report, Story } from "./report.js";

/** Escapes text for HTML element content and attribute values. Article text only ever goes through this. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:auto;padding:1rem;color:#222}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top}
.corroborated{color:#176317}.single-source{color:#7a5b00}.disputed{color:#a11}
mark{background:#fff3a8}mark:target{background:#ffb347;outline:2px solid #e07b00}
.article{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:.8rem}a{color:#0645ad}`;

/** `report.html`: self-contained, no scripts; evidence links jump to highlighted spans. */
export function renderHtml(report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const evidence = collectEvidence(report.stories);
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<title>Parallax report</title><style>${CSS}</style></head><body>`,
    `<h1>Parallax report</h1><p>${report.articles.length} articles, ${report.stories.length} stories, ${report.failures.length} failed inputs.</p>`,
  ];
  for (const s of report.stories) parts.push(storyHtml(s, byId));
  parts.push(`<h2>Articles</h2>`);
  for (const a of report.articles) parts.push(articleHtml(a, evidence.filter((e) => e.article === a.id)));
  if (report.failures.length) {
    parts.push(`<h2>Failed inputs</h2><ul>`);
    for (const f of report.failures) parts.push(`<li><code>${escapeHtml(f.input)}</code>: ${escapeHtml(f.message)}</li>`);
    parts.push(`</ul>`);
  }
  parts.push(`</body></html>\n`);
  return parts.join("\n");
}

function cite(e: Evidence, byId: Map<string, Article>): string {
  return `<a href="#${evidenceAnchor(e)}">${escapeHtml(byId.get(e.article)?.outlet ?? e.article)}</a>: “${escapeHtml(e.text)}”`;
}

function storyHtml(story: Story, byId: Map<string, Article>): string {
  const arts = story.articles.map((id) => byId.get(id)).filter((a): a is Article => !!a);
  const h: string[] = [`<section><h2>${escapeHtml(story.title)}</h2>`];
  if (story.claims.length) {
    h.push(`<h3>Claims</h3><table><tr><th>claim</th><th>status</th><th>origins</th>${arts.map((a) => `<th>${escapeHtml(a.outlet ?? a.id)}</th>`).join("")}</tr>`);
    for (const c of story.claims) {
      const cells = arts.map((a) => {
        const ev = c.evidence.find((e) => e.article === a.id);
        return `<td>${ev ? `<a href="#${evidenceAnchor(ev)}" title="${escapeHtml(ev.text)}">✔</a>` : ""}</td>`;
      });
      h.push(`<tr><td>${escapeHtml(c.text)}</td><td class="${c.status}">${c.status}</td><td>${escapeHtml(c.origins.join(", "))} (${c.independentOrigins})</td>${cells.join("")}</tr>`);
    }
    h.push(`</table>`);
  }
  const list = (title: string, items: string[]) => (items.length ? `<h3>${title}</h3><ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>` : "");
  h.push(list("Conflicts", story.conflicts.map((c) => `<b>${escapeHtml(c.kind)}</b>${c.subject ? ` (${escapeHtml(c.subject)})` : ""}: ${c.variants.map((v) => cite(v, byId)).join(" <i>vs</i> ")}${c.note ? ` — ${escapeHtml(c.note)}` : ""}`)));
  h.push(list("Quote ledger", story.quotes.map((q) => `${escapeHtml(q.speaker ?? "unknown speaker")}: ${q.variants.map((v) => cite(v, byId)).join(" / ")}`)));
  h.push(list("Timeline", story.timeline.map((t) => `<b>${escapeHtml(t.date)}</b> ${escapeHtml(t.text)}: ${t.evidence.map((e) => cite(e, byId)).join("; ")}`)));
  h.push(`</section>`);
  return h.join("\n");
}

/** The article text with every evidence span wrapped in a <mark> that links can target; overlapping spans are split at their boundaries. */
function articleHtml(a: Article, evidence: Evidence[]): string {
  const cuts = new Set<number>([0, a.text.length]);
  for (const e of evidence) cuts.add(e.start).add(e.end);
  const points = [...cuts].sort((x, y) => x - y);
  const anchored = new Set<string>();
  let body = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, t] = [points[i]!, points[i + 1]!];
    const seg = escapeHtml(a.text.slice(s, t));
    const covering = evidence.filter((e) => e.start <= s && e.end >= t && e.start < e.end);
    if (!covering.length) {
      body += seg;
      continue;
    }
    const ids = covering.filter((e) => e.start === s && !anchored.has(evidenceAnchor(e))).map(evidenceAnchor);
    ids.forEach((id) => anchored.add(id));
    body += ids.length ? `<mark id="${ids[0]}">${ids.slice(1).map((id) => `<span id="${id}"></span>`).join("")}${seg}</mark>` : `<mark>${seg}</mark>`;
  }
  const meta = [a.outlet, a.published ?? "undated", a.url].filter(Boolean).map((x) => escapeHtml(String(x))).join(" · ");
  return `<article id="article-${escapeHtml(a.id)}"><h3>${escapeHtml(a.title ?? a.id)}</h3><p>${meta}</p><div class="article">${body}</div></article>`;
}
