import type { Timex } from "../../core/article.js";
import type { Conflict } from "../../report/report.js";
import type { EvidenceUnit } from "../evidence-unit.js";
import type { ConflictDetector, StoryContext } from "../story-context.js";

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The same event dated differently by two outlets: aligned claims whose
 * sentences each carry exactly one day-level date, and the days differ.
 * Sentences with several dates are skipped: which date belongs to the claim
 * is not knowable from the sentence alone.
 */
export class DateConflicts implements ConflictDetector {
  readonly kind = "date";

  detect(ctx: StoryContext): Conflict[] {
    const out: Conflict[] = [];
    const seen = new Set<string>();
    for (const claim of ctx.claims) {
      if (claim.units.length < 2) continue;
      // Only pairs matched to each other directly.
      for (const { a: u, b: v } of claim.pairs) {
          if (u.article === v.article) continue;
          const x = onlyDay(u);
          const y = onlyDay(v);
          if (!x || !y || x.value!.slice(0, 10) === y.value!.slice(0, 10)) continue;
          const key = `${u.article.id}:${x.start}|${v.article.id}:${y.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            kind: this.kind,
            subject: u.evidence.text.length > 80 ? u.evidence.text.slice(0, 77) + "…" : u.evidence.text,
            variants: [
              { article: u.article.id, start: x.start, end: x.end, text: x.text, value: x.value!.slice(0, 10) },
              { article: v.article.id, start: y.start, end: y.end, text: y.text, value: y.value!.slice(0, 10) },
            ],
          });
        }
    }
    return out;
  }
}

function onlyDay(u: EvidenceUnit): Timex | null {
  const days = u.article.timexes.filter((t) => t.value && DAY.test(t.value) && t.kind !== "duration" && t.start >= u.evidence.start && t.end <= u.evidence.end);
  const distinct = new Set(days.map((t) => t.value!.slice(0, 10)));
  return distinct.size === 1 ? days[0]! : null;
}
