import type { Conflict } from "../../report/report.js";
import type { ConflictDetector, StoryContext } from "../story-context.js";

/** Spelling variants of one name that entity linking merged within the story ("Zakir Jalaly" / "Zakir Jalal"). */
export class NameConflicts implements ConflictDetector {
  readonly kind = "name";

  detect(ctx: StoryContext): Conflict[] {
    return ctx.nameVariants.map((v) => ({
      kind: this.kind,
      subject: ctx.entities.get(v.entity)?.name ?? v.spellings[0]!.name,
      variants: v.spellings.map((s) => ({ article: s.article, start: s.start, end: s.end, text: s.text, value: s.name })),
      note: `${new Set(v.spellings.map((s) => s.name)).size} spellings of one name across ${new Set(v.spellings.map((s) => s.article)).size} articles`,
    }));
  }
}
