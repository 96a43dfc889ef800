import type { EntityMention } from "../core/article.js";

/** Reporting verbs and phrases. */
export const CUE_VERBS =
  "said|says|say|reporting|concluded|concludes|exclaimed|confessed|echoed|agreed|agrees|joked|mused|snapped|wondered|cried|yelled|pleaded|insisted|explained|predicted|points out|pointed out|told|tells|tell|added|adds|wrote|writes|stated|states|explained|explains|noted|notes|argued|argues|claimed|claims|insisted|insists|warned|warns|asked|asks|replied|replies|continued|continues|declared|declares|announced|announces|acknowledged|admitted|admits|recalled|posted|tweeted|details|detailed|reported|reports|reiterated|urged|urges|suggested|suggests|observed|remarked|commented|predicted|promised|pledged|vowed|conceded|countered|complained|boasted|lamented|emphasized|emphasised|stressed|confirmed|confirms|denied|denies|responded|quipped|shouted|cautioned|recommended|recommends|stating|saying|adding|writing|telling|noting|explaining|arguing|warning|insisting|demanded|alleged|charged|testified|estimated|believes|believed|thinks|thought|told reporters";
const CUES = new Set(CUE_VERBS.split("|"));
export const isCue = (w: string) => CUES.has(w) || CUES.has(w.toLowerCase());

/** A speaker as printed, with offsets in the article text. */
export interface SpeakerRef {
  text: string;
  start: number;
  end: number;
  entity?: string;
  /** What kind of source it is, for origins. */
  kind: "person" | "publication" | "org" | "pronoun" | "report" | "source";
}

const PRONOUN = /^(he|she|they|it|we|i)$/i;
const REPORT = /^the (report|paper|newspaper|article|outlet|journal|statement|post|memo|letter|filing|document|study)$/i;
const DETERMINER = /^(a|an|the|one|two|three|several|some|many|other|another|senior|top|former)$/i;
/** Organisation names that are news outlets: their words relay someone else's report. */
export const MEDIA = /\b(journal|times|post|news|press|wire|herald|gazette|tribune|telegraph|guardian|courier|daily|chronicle|ledger|sentinel|inquirer|examiner|dispatch|bulletin|register|monitor|globe|mail|star|recorder|cnn|bbc|reuters|ap|afp|bloomberg|nbc|cbs|abc|fox|msnbc|npr|axios|politico|agency|radio|television|tv|magazine|review|observer|standard|mirror|sun|express|independent|economist|al jazeera|wsj|nyt)\b/i;

/**
 * The noun phrase that ends at `end` in `text` and can be a speaker: an
 * entity mention, a pronoun, "the report", or an unnamed source ("a former
 * Pentagon official", "a source familiar with the matter").
 */
export function speakerBefore(text: string, end: number, lineStart: number, mentions: EntityMention[]): SpeakerRef | null {
  let e = end;
  while (e > lineStart && /\s/.test(text[e - 1]!)) e--;
  // Auxiliaries and adverbs between subject and verb ("Trump had said", "he also said").
  const aux = /\s+(had|has|have|also|then|later|once|previously|reportedly|further|again|is|was|were|are)$/i;
  for (let k = 0; k < 3; k++) {
    const m = aux.exec(text.slice(Math.max(lineStart, e - 20), e));
    if (!m) break;
    e -= m[0].length;
  }
  const m = mentions.filter((x) => x.end <= e && x.end >= e - 1 && (x.type === "PERSON" || x.type === "ORG"));
  const mention = m[m.length - 1];
  if (mention) {
    const media = mention.type === "ORG" && MEDIA.test(mention.text);
    const start = /^the\s+$/i.test(text.slice(Math.max(lineStart, mention.start - 4), mention.start)) ? mention.start - 4 : mention.start;
    return { text: text.slice(start, mention.end), start, end: mention.end, entity: mention.entity, kind: mention.type === "PERSON" ? "person" : media ? "publication" : "org" };
  }
  const before = text.slice(lineStart, e);
  const word = /([\p{L}’'-]+)$/u.exec(before);
  if (!word) return null;
  const w = word[1]!;
  const wStart = e - w.length;
  if (PRONOUN.test(w)) return { text: w, start: wStart, end: e, kind: "pronoun" };
  const two = /(the\s+[\p{L}]+)$/iu.exec(before);
  if (two && REPORT.test(two[1]!.replace(/\s+/, " "))) return { text: two[1]!, start: e - two[1]!.length, end: e, kind: "report" };
  // Unnamed sources: a determiner, up to six words, ending in a source noun ("a US official familiar with the discussions").
  const np = /((?:a|an|the|one|two|three|several|some|many|other|another)\s+(?:[\p{L}.’'-]+\s+){0,6}?(?:official|officials|source|sources|spokesman|spokeswoman|spokesperson|aide|aides|diplomat|diplomats|analyst|analysts|expert|experts|person|people|officer|officers|adviser|advisers|advisor|minister|representative|lawmaker|lawmakers|witness|witnesses|resident|residents|member|members|statement|report|activist|leader|leaders|engineer|engineers|worker|workers|police|teacher|doctor|doctors|scientist|scientists|researcher|researchers|lawyer|lawyers|judge|prosecutor|prosecutors|economist|economists|professor|student|students|farmer|farmers|driver|passenger|passengers|neighbour|neighbor|neighbours|neighbors|shopkeeper|owner|manager|director|chief|head|founder|candidate|critic|critics|survivor|survivors|relative|relatives|organizer|organiser|organizers|organisers)(?:\s+(?:familiar with|close to|with knowledge of|briefed on|involved in|at|of|from|in)\s+(?:[\p{L}.’'-]+\s*){1,4}?)?)$/iu.exec(before);
  if (np) {
    const t = np[1]!.trim();
    const start = e - np[1]!.length;
    const inside = mentions.find((x) => x.start >= start && x.end <= e && (x.type === "ORG" || x.type === "PERSON"));
    const ref: SpeakerRef = { text: t, start, end: start + t.length, kind: "source" };
    if (/statement|report/i.test(t) && inside) ref.entity = inside.entity;
    return ref;
  }
  // Any short noun phrase or capitalised name right before the cue ("the gambling tycoon", "Adelson").
  const generic = /(?:^|[\s,(—–])((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}-]+\s+){0,3}[\p{Ll}][\p{L}-]*|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)$/u.exec(before);
  if (generic && !DETERMINER.test(generic[1]!) && !/\b(and|or|but)$/i.test(generic[1]!) && !/^(The|A|An|This|That|It|But|And|In|On|At|As|If|When|While|After|Before|So|Yet|Still)$/.test(generic[1]!)) {
    const t = generic[1]!;
    return { text: t, start: e - t.length, end: e, kind: /^\p{Lu}/u.test(t) && !/^(the|a|an)\s/i.test(t) ? "person" : "source" };
  }
  return null;
}

/** The speaker right after a cue verb ("…,” said Trump"). */
export function speakerAfter(text: string, start: number, lineEnd: number, mentions: EntityMention[]): SpeakerRef | null {
  let s = start;
  while (s < lineEnd && /\s/.test(text[s]!)) s++;
  const mention = mentions.find((x) => x.start >= s && x.start <= s + 4 && (x.type === "PERSON" || x.type === "ORG"));
  if (mention) return { text: text.slice(mention.start, mention.end), start: mention.start, end: mention.end, entity: mention.entity, kind: mention.type === "PERSON" ? "person" : MEDIA.test(mention.text) ? "publication" : "org" };
  const np = /^((?:a|an|the)\s+(?:[\p{L}.’'-]+\s+){0,4}?(?:official|source|spokesman|spokeswoman|spokesperson|statement|report|aide|minister|analyst|expert))\b/iu.exec(text.slice(s, lineEnd));
  if (np) return { text: np[1]!, start: s, end: s + np[1]!.length, kind: REPORT.test(np[1]!) ? "report" : "source" };
  return null;
}
