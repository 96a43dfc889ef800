import type { Conflict } from "../../report/report.js";
import { wordingChanges } from "../quote-ledger.js";
import type { ConflictDetector, StoryContext } from "../story-context.js";

/**
 * One statement worded differently by two outlets ("common benefits" /
 * "shared interests"). Editorial insertions such as "(the Taliban)" for
 * "them", and words one outlet simply left out of a partial quote, are not
 * conflicts: only substituted words inside the shared part count.
 */
export class QuoteWordingConflicts implements ConflictDetector {
  readonly kind = "quote-wording";

  detect(ctx: StoryContext): Conflict[] {
    const out: Conflict[] = [];
    for (const group of ctx.quoteGroups) {
      const firstPerArticle = new Map<string, (typeof group.members)[number]>();
      for (const m of group.members) if (!firstPerArticle.has(m.article.id)) firstPerArticle.set(m.article.id, m);
      const members = [...firstPerArticle.values()];
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) {
          const [x, y] = [members[i]!, members[j]!];
          for (const change of wordingChanges(x, y)) {
            const a = x.article.text.slice(change.a[0], change.a[1]);
            const b = y.article.text.slice(change.b[0], change.b[1]);
            out.push({
              kind: this.kind,
              subject: group.speaker,
              variants: [
                { article: x.article.id, start: change.a[0], end: change.a[1], text: a, value: a },
                { article: y.article.id, start: change.b[0], end: change.b[1], text: b, value: b },
              ],
              note: `one statement, worded differently: the full quotes are ${JSON.stringify(x.quote.text)} and ${JSON.stringify(y.quote.text)}`,
            });
          }
        }
    }
    return out;
  }
}
