import type { ArticleDoc } from "../core/stage.js";
import type { TracedQuote } from "./quote-extractor.js";
import type { QuotedSpan } from "./quote-marks.js";
import { wordCount } from "./quote-marks.js";
import { isCue, speakerBefore, type SpeakerRef, MEDIA } from "./speaker-finder.js";

const MIN_CONTENT_WORDS = 4;
/** Cues that take the outlet they were told to as an object ("told CNN that"). */
const TOLD = /^(told|tells|telling)$/i;

/**
 * Indirect speech in one sentence: "X said (that) …", "X told CNN that …",
 * "CNN reported that …", "According to a Taliban statement, …", and the cue
 * at the end ("…, a US official told the Wall Street Journal."). The span is
 * the reported content; the speaker is resolved like a quote's.
 */
export function findIndirect(doc: ArticleDoc, s: { start: number; end: number }, lastPublication: SpeakerRef | null, quotes: QuotedSpan[], resolve: (sp: SpeakerRef) => SpeakerRef = (x) => x): TracedQuote[] {
  const { text } = doc;
  const mentions = doc.article.entities;
  const sentence = text.slice(s.start, s.end);
  const inQuote = (pos: number) => quotes.some((q) => q.open <= pos && pos < q.close);
  let end = s.end;
  while (end > s.start && /[\s.!?"”]/.test(text[end - 1]!)) end--;

  // "According to SOURCE, CONTENT"
  const acc = /^(?:[\p{L}]+,?\s+)?according to ([^,]{2,80}),\s*/iu.exec(sentence);
  if (acc) {
    const srcStart = s.start + acc.index + acc[0].indexOf(acc[1]!);
    const srcText = acc[1]!.trim();
    const contentStart = s.start + acc.index + acc[0].length;
    if (wordCount(text.slice(contentStart, end)) >= MIN_CONTENT_WORDS && !inQuote(contentStart)) {
      const inside = mentions.find((m) => m.start >= srcStart && m.end <= srcStart + srcText.length && (m.type === "ORG" || m.type === "PERSON" || m.type === "PLACE"));
      const kind: SpeakerRef["kind"] = /statement|report|post|filing|document/i.test(srcText) ? "source" : inside?.type === "PERSON" ? "person" : inside && MEDIA.test(inside.text) ? "publication" : "source";
      return [
        {
          ...doc.span(contentStart, end),
          kind: "indirect",
          speaker: { text: srcText, start: srcStart, end: srcStart + srcText.length, kind, ...(inside ? { entity: inside.entity } : {}) },
          cue: doc.span(s.start + acc.index + acc[0].toLowerCase().indexOf("according to"), s.start + acc.index + acc[0].toLowerCase().indexOf("according to") + 12),
        },
      ];
    }
  }

  // Words one at a time: most sentences hold no cue, and most words are not one.
  const wordRe = /[\p{L}’'-]+/gu;
  for (let w = wordRe.exec(sentence); w; w = wordRe.exec(sentence)) {
    if (!isCue(w[0])) continue;
    const cueStart = s.start + w.index!;
    const cueEnd = cueStart + w[0].length;
    if (inQuote(cueStart)) continue;
    const found = speakerBefore(text, cueStart, s.start, mentions);
    if (!found) continue;
    const sp = resolve(found);
    if (sp.kind === "report" && lastPublication?.entity) Object.assign(sp, { entity: lastPublication.entity, kind: "publication" });
    let contentStart = cueEnd;
    let via: TracedQuote["via"] | undefined;
    if (TOLD.test(w[0])) {
      const obj = mentions.find((m) => m.start >= cueEnd && m.start <= cueEnd + 5 && m.type === "ORG");
      if (obj) {
        const between = /^(\s*)the\s+$/i.exec(text.slice(cueEnd, obj.start));
        const objStart = between ? cueEnd + between[1]!.length : obj.start;
        via = { text: text.slice(objStart, obj.end), entity: obj.entity, start: objStart, end: obj.end };
        contentStart = obj.end;
      } else {
        const o = /^\s+(reporters|the press|journalists|[\p{L}]+)\b/iu.exec(text.slice(cueEnd, s.end));
        if (o) contentStart = cueEnd + o[0].length;
      }
    }
    // The cue ends the sentence ("…, a US official told the Wall Street Journal."): the content is before the speaker.
    const rest = text.slice(contentStart, end);
    if (!rest.trim() || /^\s*[.!?]?\s*$/.test(rest)) {
      const contentEnd = sp.start;
      let ce = contentEnd;
      while (ce > s.start && /[\s,]/.test(text[ce - 1]!)) ce--;
      if (wordCount(text.slice(s.start, ce)) >= MIN_CONTENT_WORDS && !inQuote(s.start)) return [indirect(doc, s.start, ce, sp, via, cueStart, cueEnd)];
      continue;
    }
    const that = /^\s*,?\s*(that\b\s*,?\s*|:\s*)?(?:,\s*)?/i.exec(rest)!;
    const cs = contentStart + that[0].length;
    if (!that[1] && !/^(said|says|reported|reports|announced|stated|warned|claimed|added|reporting|wrote)$/i.test(w[0])) continue;
    // Without "that", the content must open a clause: "said the talks failed", not "said in a press conference".
    if (!that[1] && !/^\s*(the|a|an|he|she|they|it|we|i|there|its|his|her|their|[\p{Lu}\d])/u.test(rest)) continue;
    if (!that[1] && /^\s*(the following|in|while|at|on|during|after|before|from|with|to|of|for|as|when|earlier|later|this|last|yesterday|today)\b/i.test(rest)) continue;
    if (wordCount(text.slice(cs, end)) < MIN_CONTENT_WORDS || inQuote(cs)) continue;
    return [indirect(doc, cs, end, sp, via, cueStart, cueEnd)];
  }
  return [];
}

function indirect(doc: ArticleDoc, start: number, end: number, sp: SpeakerRef, via: TracedQuote["via"] | undefined, cueStart: number, cueEnd: number): TracedQuote {
  const q: TracedQuote = {
    ...doc.trimmedSpan(start, end),
    kind: "indirect",
    speaker: { text: sp.text, start: sp.start, end: sp.end, kind: sp.kind, ...(sp.entity ? { entity: sp.entity } : {}) },
    cue: doc.span(cueStart, cueEnd),
  };
  if (via) q.via = via;
  return q;
}
