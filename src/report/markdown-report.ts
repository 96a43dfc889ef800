import type { Article } from "../core/article.js";
import type { Evidence } from "../core/span.js";
import { evidenceAnchor } from "./evidence-ref.js";
import type { Report, Story } from "./report.js";

/** `report.md`: each story's claim ledger, conflicts, quote ledger and timeline, every line with its evidence. */
export function renderMarkdown(report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const out: string[] = ["# Parallax report", ""];
  out.push(`${report.articles.length} articles, ${report.stories.length} stories, ${report.failures.length} failed inputs.`, "");
  for (const story of report.stories) out.push(...storySection(story, byId));
  out.push("## Articles", "");
  for (const a of report.articles) {
    out.push(`### ${md(a.title ?? a.id)}`, "", `- id: \`${a.id}\``, `- outlet: ${md(a.outlet ?? "unknown")}`, `- published: ${a.published ?? "not stated"}`);
    if (a.url) out.push(`- url: <${a.url}>`);
    if (a.path) out.push(`- file: \`${a.path}\``);
    out.push(`- ${a.sentences.length} sentences, ${a.entities.length} entity mentions, ${a.quotes.length} quotes, ${a.timexes.length} dates, ${a.framing.length} framing markers`, "");
  }
  if (report.failures.length) {
    out.push("## Failed inputs", "");
    for (const f of report.failures) out.push(`- \`${f.input}\`: ${md(f.message)}`);
    out.push("");
  }
  return out.join("\n");
}

function storySection(story: Story, byId: Map<string, Article>): string[] {
  const arts = story.articles.map((id) => byId.get(id)).filter((a): a is Article => !!a);
  const outlet = (id: string) => byId.get(id)?.outlet ?? id;
  const cite = (e: Evidence) => `[${md(outlet(e.article))} ${e.start}–${e.end}](#${evidenceAnchor(e)}) “${md(e.text)}”`;
  const out = [`## ${md(story.title)}`, "", `Articles: ${arts.map((a) => `${md(a.outlet ?? a.id)} (\`${a.id}\`)`).join(", ")}`, ""];
  if (story.claims.length) {
    out.push("### Claims", "", `| claim | status | origins | ${arts.map((a) => md(a.outlet ?? a.id)).join(" | ")} |`, `|---|---|---|${arts.map(() => "---").join("|")}|`);
    for (const c of story.claims) {
      const cells = arts.map((a) => (c.evidence.some((e) => e.article === a.id) ? "✔" : ""));
      out.push(`| ${md(c.text)} | ${c.status} | ${md(c.origins.join(", ") || "—")} (${c.independentOrigins}) | ${cells.join(" | ")} |`);
    }
    out.push("");
    for (const c of story.claims) out.push(`- **${c.id}** ${md(c.text)}: ${c.evidence.map(cite).join("; ")}`);
    out.push("");
  }
  if (story.conflicts.length) {
    out.push("### Conflicts", "");
    for (const c of story.conflicts) out.push(`- **${c.kind}**${c.subject ? ` (${md(c.subject)})` : ""}: ${c.variants.map(cite).join(" vs ")}${c.note ? ` — ${md(c.note)}` : ""}`);
    out.push("");
  }
  if (story.quotes.length) {
    out.push("### Quote ledger", "");
    for (const q of story.quotes) out.push(`- ${md(q.speaker ?? "unknown speaker")}: ${q.variants.map(cite).join(" / ")}`);
    out.push("");
  }
  if (story.timeline.length) {
    out.push("### Timeline", "");
    for (const t of story.timeline) out.push(`- **${t.date}** ${md(t.text)}: ${t.evidence.map(cite).join("; ")}`);
    out.push("");
  }
  return out;
}

/** Escapes Markdown and HTML so article text is shown as text. */
function md(s: string): string {
  return s.replace(/\s+/g, " ").replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}
