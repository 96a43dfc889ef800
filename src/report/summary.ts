import type { Article } from "../core/article.js";
import type { Report, Story } from "./report.js";

export interface SummaryOptions {
  /** ANSI bold/dim on a terminal. */
  color?: boolean;
  /** Most conflicts listed per story before "… and N more". */
  maxConflicts?: number;
}

/** The readable terminal summary of a report: stories first, then articles and failures. */
export function renderSummary(report: Report, opts: SummaryOptions = {}): string {
  const b = (s: string) => (opts.color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (opts.color ? `\x1b[2m${s}\x1b[22m` : s);
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const lines: string[] = [];
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? "" : "s"}`;
  lines.push(b(`Parallax: ${n(report.articles.length, "article")}, ${n(report.stories.length, "story").replace("storys", "stories")}, ${n(report.failures.length, "failed input")}`));

  for (const [i, story] of report.stories.entries()) {
    lines.push("", ...storyLines(story, i, byId, b, dim, opts.maxConflicts ?? 12));
  }

  lines.push("", b("Articles"));
  for (const a of report.articles) lines.push(`  ${articleLine(a)}`);
  if (report.failures.length) {
    lines.push("", b("Failed inputs"));
    for (const f of report.failures) lines.push(`  ${f.input}: ${f.message}`);
  }
  return lines.join("\n") + "\n";
}

function storyLines(story: Story, i: number, byId: Map<string, Article>, b: (s: string) => string, dim: (s: string) => string, maxConflicts: number): string[] {
  const arts = story.articles.map((id) => byId.get(id)).filter((a): a is Article => !!a);
  const outlets = [...new Set(arts.map((a) => a.outlet ?? "(unknown outlet)"))];
  const count = (s: string) => story.claims.filter((c) => c.status === s).length;
  const out = [
    b(`Story ${i + 1}: ${story.title}`),
    `  ${arts.length} articles from ${outlets.join(", ")}`,
    `  claims: ${count("corroborated")} corroborated · ${count("single-source")} single-source · ${count("disputed")} disputed`,
  ];
  if (story.conflicts.length) {
    out.push(`  conflicts (${story.conflicts.length}):`);
    for (const c of story.conflicts.slice(0, maxConflicts)) {
      const vs = c.variants.map((v) => `"${v.value ?? v.text}" ${dim(`(${byId.get(v.article)?.outlet ?? v.article})`)}`).join(" vs ");
      out.push(`    ${c.kind.padEnd(13)} ${c.subject ?? ""}: ${vs}`);
    }
    if (story.conflicts.length > maxConflicts) out.push(`    … and ${story.conflicts.length - maxConflicts} more`);
  }
  if (story.timeline.length) {
    out.push(`  timeline:`);
    for (const t of story.timeline.slice(0, 8)) out.push(`    ${t.date.padEnd(10)} ${truncate(t.text, 90)}`);
  }
  return out;
}

function articleLine(a: Article): string {
  const head = [a.outlet ?? "(unknown outlet)", a.published ?? "undated", a.title ? `"${truncate(a.title, 60)}"` : null].filter(Boolean).join(" · ");
  const counts = `${a.sentences.length} sentences, ${a.entities.length} entities, ${a.quotes.length} quotes, ${a.timexes.length} dates, ${a.framing.length} framing markers`;
  const copy = a.copyOf ? ` (copy of ${a.copyOf.article})` : "";
  return `${head}${copy}\n    ${a.path ?? a.url ?? a.id}: ${counts}`;
}

function truncate(s: string, n: number): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > n ? one.slice(0, n - 1) + "…" : one;
}
