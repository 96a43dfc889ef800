import type { Conflict } from "../../report/report.js";
import { compareNumbers, numberMentions, type NumberMention } from "../number-mentions.js";
import type { EvidenceUnit } from "../evidence-unit.js";
import type { ConflictDetector, StoryContext } from "../story-context.js";

/** The same count given differently in aligned claims ("12 people" / "Fifteen people"); units and rounding handled. */
export class NumberConflicts implements ConflictDetector {
  readonly kind = "number";

  detect(ctx: StoryContext): Conflict[] {
    const out: Conflict[] = [];
    const seen = new Set<string>();
    const cache = new Map<string, NumberMention[]>();
    const numbers = (u: EvidenceUnit) => {
      let n = cache.get(u.key);
      if (!n) cache.set(u.key, (n = numberMentions(u.article, u.evidence.start, u.evidence.end)));
      return n;
    };
    for (const claim of ctx.claims) {
      if (claim.units.length < 2) continue;
      // Only pairs matched to each other directly.
      for (const { a: u, b: v } of claim.pairs) {
          if (u.article === v.article) continue;
          for (const x of numbers(u))
            for (const y of numbers(v)) {
              if (x.unit !== y.unit) continue;
              const rel = compareNumbers(x, y);
              if (rel === "same") continue;
              const key = [u.article.id, x.start, v.article.id, y.start].join(":");
              if (seen.has(key)) continue;
              seen.add(key);
              const conflict: Conflict = {
                kind: this.kind,
                subject: x.unit,
                variants: [
                  { article: u.article.id, start: x.start, end: x.end, text: x.text, value: String(x.value) },
                  { article: v.article.id, start: y.start, end: y.end, text: y.text, value: String(y.value) },
                ],
              };
              if (rel === "bound") conflict.note = "both can be true: one figure is a bound";
              out.push(conflict);
            }
        }
    }
    return out;
  }
}
