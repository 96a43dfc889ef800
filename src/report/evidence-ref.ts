import type { Evidence } from "../core/span.js";

/** A stable anchor name for one evidence span, shared by the Markdown and HTML reports. */
export function evidenceAnchor(e: Pick<Evidence, "article" | "start" | "end">): string {
  return `ev-${e.article.replace(/[^A-Za-z0-9_-]/g, "_")}-${e.start}-${e.end}`;
}

/** Every evidence span a story part mentions, for highlighting in the article texts. */
export function collectEvidence(value: unknown, out: Evidence[] = []): Evidence[] {
  if (Array.isArray(value)) for (const v of value) collectEvidence(v, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.article === "string" && typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") out.push(o as unknown as Evidence);
    else for (const v of Object.values(o)) collectEvidence(v, out);
  }
  return out;
}
