import type { EntityMention, Quote } from "../core/article.js";
import type { ArticleDoc, Stage } from "../core/stage.js";
import { findIndirect } from "./indirect-speech.js";
import { findQuotes, wordCount, type QuotedSpan } from "./quote-marks.js";
import { isCue, speakerAfter, speakerBefore, type SpeakerRef } from "./speaker-finder.js";

/** Quoted words fewer than this are scare quotes or titles, not statements. */
const MIN_QUOTE_WORDS = 4;

/** A quote with how its speaker was found, for the origin tracer. */
export type TracedQuote = Quote & { speaker: (Quote["speaker"] & { kind?: SpeakerRef["kind"] }) | null; via?: { text: string; entity?: string; start?: number; end?: number } };

/**
 * Direct, partial and indirect quotes with their speakers. Speakers are found
 * from the reporting cue after or before the quote, continued from the
 * previous quote of the paragraph or the previous quote paragraph, and
 * resolved: pronouns to the last person speaking or acting, "the report" to
 * the publication last cited, names to their entity.
 */
export class QuoteExtractor implements Stage {
  readonly name = "quotes";

  run(doc: ArticleDoc): void {
    const { text } = doc;
    const a = doc.article;
    const people = a.entities.filter((m) => m.type === "PERSON");
    const state = { lastPerson: null as EntityMention | null, lastPublication: null as SpeakerRef | null, lastQuoteSpeaker: null as SpeakerRef | null };
    const out: TracedQuote[] = [];
    const blocks = a.blocks.length ? a.blocks : [{ start: 0, end: text.length, kind: "paragraph" as const }];
    for (const block of blocks) {
      if (block.kind === "heading" || block.kind === "title") continue;
      if (block.kind === "embed") {
        const q = embeddedPost(doc, block.start, block.end);
        if (q) out.push(q);
        continue;
      }
      const quotes = findQuotes(text, block.start, block.end).filter((q) => wordCount(text.slice(q.start, q.end)) >= MIN_QUOTE_WORDS && !(q.single && wordCount(text.slice(q.start, q.end)) < 6));
      let paragraphSpeaker: SpeakerRef | null = null;
      const sentences = a.sentences.filter((s) => s.start >= block.start && s.end <= block.end);
      for (const s of sentences) {
        const inSentence = quotes.filter((q) => q.open >= s.start && q.open < s.end);
        for (const q of inSentence) {
          const found = this.attribute(doc, q, s, block, state, paragraphSpeaker);
          const quote: TracedQuote = { ...doc.span(q.start, q.end), kind: found.kind, speaker: found.speaker ? toSpeaker(found.speaker) : null };
          if (found.cue) quote.cue = doc.span(found.cue[0], found.cue[1]);
          out.push(quote);
          if (found.speaker) {
            paragraphSpeaker = found.speaker;
            state.lastQuoteSpeaker = found.speaker;
            noteSpeaker(state, found.speaker, a.entities);
          }
        }
        if (!inSentence.length || inSentence.every((q) => q.end - q.start < (s.end - s.start) / 2)) {
          for (const ind of findIndirect(doc, s, state.lastPublication, quotes, (sp) => resolve(sp, state))) {
            out.push(ind);
            if (ind.speaker?.kind) noteSpeaker(state, { ...ind.speaker, start: ind.speaker.start ?? 0, end: ind.speaker.end ?? 0, kind: ind.speaker.kind }, a.entities);
          }
        }
        // The sentence's first person, outside quotes, is who a later "he" most likely means.
        if (!inSentence.some((q) => q.open <= s.start + 2)) {
          const subject = people.find((m) => m.start >= s.start && m.end <= s.end && !quotes.some((q) => q.start <= m.start && m.end <= q.end));
          if (subject && !inSentence.length) state.lastPerson = subject;
        }
      }
      if (!quotes.length) paragraphSpeaker = null;
    }
    a.quotes = out.sort((x, y) => x.start - y.start);
  }

  private attribute(doc: ArticleDoc, q: QuotedSpan, s: { start: number; end: number }, block: { start: number; end: number }, state: ResolveState, paragraphSpeaker: SpeakerRef | null): { kind: Quote["kind"]; speaker: SpeakerRef | null; cue?: [number, number] } {
    const { text } = doc;
    const mentions = doc.article.entities;
    const before = text.slice(s.start, q.open);
    const quoteStartsSentence = !before.trim() || /^[\s—–-]*$/.test(before);
    const introduced = /[,:]\s*$/.test(before) || /\b(?:details|writes|wrote|said|says|added|continued|stated|explained)\s*$/i.test(before);
    const kind: Quote["kind"] = quoteStartsSentence || introduced ? "direct" : "partial";

    // 1. A cue after the quote: "…,” he said" / "…,” said Trump" / "…,” the report continues".
    const afterEnd = Math.min(block.end, q.close + 80);
    const after = text.slice(q.close, afterEnd);
    const words = [...after.matchAll(/[\p{L}’'-]+/gu)].slice(0, 14);
    // "…,” Murphy, the head of Right to Rise USA, tweeted": a name, an apposition, then the cue.
    const named = mentions.find((m) => m.start >= q.close && m.start <= q.close + 3 && (m.type === "PERSON" || m.type === "ORG"));
    if (named && /^\s*,/.test(text.slice(named.end, named.end + 2))) {
      const cue = words.find((w) => isCue(w[0]) && q.close + w.index! > named.end);
      if (cue && /,\s*$/.test(text.slice(named.end, q.close + cue.index!))) return { kind, speaker: resolve(refOf(text, named), state), cue: [q.close + cue.index!, q.close + cue.index! + cue[0].length] };
    }
    if (!/^\s*[.!?]?\s*[“"]/.test(after) || /^\s*,/.test(after))
      for (const w of words.slice(0, 9)) {
        if (!isCue(w[0])) continue;
        const cueStart = q.close + w.index!;
        const cueEnd = cueStart + w[0].length;
        const sb = speakerBefore(text, cueStart, q.close, mentions);
        // "…,” the tycoon told Reuters": after "told" comes the listener, never the speaker.
        const sp = sb && sb.start >= q.close ? sb : /^tell|^told/i.test(w[0]) ? null : speakerAfter(text, cueEnd, afterEnd, mentions);
        if (sp) return { kind, speaker: resolve(sp, state), cue: [cueStart, cueEnd] };
        break;
      }

    // 2. A cue before the quote in its sentence: "WSJ details, “…”", "Jalal recommended that the two nations “…”".
    const cues = [...before.matchAll(/[\p{L}’'-]+/gu)].filter((w) => isCue(w[0]));
    const last = cues[cues.length - 1];
    if (last) {
      const cueStart = s.start + last.index!;
      const sp = speakerBefore(text, cueStart, s.start, mentions);
      if (sp) return { kind, speaker: resolve(sp, state), cue: [cueStart, cueStart + last[0].length] };
      const subject = mentions.find((m) => m.start >= s.start && m.end <= cueStart && (m.type === "PERSON" || m.type === "ORG"));
      if (subject) return { kind, speaker: resolve(refOf(text, subject), state), cue: [cueStart, cueStart + last[0].length] };
    }
    // 3. Introduced by the previous sentence: "Cruz continued:" / "He put it this way:".
    if (quoteStartsSentence) {
      const i = doc.article.sentences.indexOf(s as (typeof doc.article.sentences)[number]);
      const prev = i > 0 ? doc.article.sentences[i - 1] : undefined;
      if (prev && /:\s*$/.test(text.slice(prev.start, prev.end))) {
        const pcs = [...text.slice(prev.start, prev.end).matchAll(/[\p{L}’'-]+/gu)].filter((w) => isCue(w[0]));
        const pc = pcs[pcs.length - 1];
        const sp = pc ? speakerBefore(text, prev.start + pc.index!, prev.start, mentions) : null;
        const subject = mentions.find((m) => m.start >= prev.start && m.end <= prev.end && m.type === "PERSON");
        if (sp) return { kind, speaker: resolve(sp, state) };
        if (subject) return { kind, speaker: resolve(refOf(text, subject), state) };
      }
    }
    // 4. Continuing the paragraph's speaker, or the previous quote paragraph's.
    if (paragraphSpeaker) return { kind, speaker: paragraphSpeaker };
    if (quoteStartsSentence && state.lastQuoteSpeaker && s.start === block.start) return { kind, speaker: state.lastQuoteSpeaker };
    // 5. A partial quote without a cue: the sentence's subject.
    if (kind === "partial") {
      const subject = mentions.find((m) => m.start >= s.start && m.end <= q.open && m.type === "PERSON");
      if (subject) return { kind, speaker: resolve(refOf(text, subject), state) };
    }
    // 6. Whoever the sentence names outside the quote, a person before an organisation.
    const outside = mentions.filter((m) => m.start >= s.start && m.end <= s.end && (m.end <= q.open || m.start >= q.close));
    const inSentence = outside.find((m) => m.type === "PERSON") ?? outside.find((m) => m.type === "ORG");
    if (inSentence) return { kind, speaker: resolve(refOf(text, inSentence), state) };
    return { kind, speaker: null };
  }
}

interface ResolveState {
  lastPerson: EntityMention | null;
  lastPublication: SpeakerRef | null;
  lastQuoteSpeaker: SpeakerRef | null;
}

function refOf(text: string, m: EntityMention): SpeakerRef {
  return { text: text.slice(m.start, m.end), start: m.start, end: m.end, entity: m.entity, kind: m.type === "PERSON" ? "person" : "org" };
}

/** Pronouns to the last person; "the report" to the last publication cited. */
function resolve(sp: SpeakerRef, state: ResolveState): SpeakerRef {
  if (sp.kind === "pronoun" && /^(he|she)$/i.test(sp.text) && state.lastPerson) return { ...sp, entity: state.lastPerson.entity, kind: "person" };
  if (sp.kind === "report" && state.lastPublication?.entity) return { ...sp, entity: state.lastPublication.entity, kind: "publication" };
  return sp;
}

function noteSpeaker(state: ResolveState, sp: SpeakerRef, mentions: EntityMention[]): void {
  if (sp.kind === "person" && sp.entity) state.lastPerson = mentions.find((m) => m.entity === sp.entity) ?? state.lastPerson;
  if (sp.kind === "publication") state.lastPublication = sp;
}

function toSpeaker(sp: SpeakerRef): NonNullable<TracedQuote["speaker"]> {
  const out: NonNullable<TracedQuote["speaker"]> = { text: sp.text, start: sp.start, end: sp.end, kind: sp.kind };
  if (sp.entity) out.entity = sp.entity;
  return out;
}

/** An embedded post: its text is a direct quote of the author named in its trailer ("— Name (@handle) date"). */
function embeddedPost(doc: ArticleDoc, start: number, end: number): TracedQuote | null {
  const body = doc.text.slice(start, end);
  const m = /^([\s\S]*?)\s*[—–]\s*([^(@\n]+?)\s*(?:\s[-–]\s[^(]*)?\(@\w+\)/u.exec(body);
  if (!m || wordCount(m[1]!) < 3) return null;
  const contentEnd = start + m[1]!.length;
  const nameStart = start + body.indexOf(m[2]!, m[1]!.length);
  const name = m[2]!.trim();
  const entity = doc.article.entities.find((e) => e.start >= nameStart && e.start < nameStart + name.length)?.entity;
  return {
    ...doc.trimmedSpan(start, contentEnd),
    kind: "direct",
    speaker: { text: name, start: nameStart, end: nameStart + name.length, kind: "person", ...(entity ? { entity } : {}) },
  };
}
