import { paragraphBlocks } from "../core/create-article.js";
import type { ArticleDoc, Stage } from "../core/stage.js";

/** Abbreviations after which a period does not end a sentence (lower-cased, without the period). */
const ABBREV = new Set(
  ("mr mrs ms dr prof sr jr st mt gen lt col maj capt cpt sgt cmdr adm gov sen rep rev hon pres supt insp det " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
    "inc corp co ltd llc plc bros dept univ assn est approx vs etc al fig no nos vol pp ft ave blvd rd hwy " +
    "u.s u.k u.n e.u d.c a.m p.m i.e e.g").split(" "),
);
/** Titles that are always followed by a name: never a sentence end even before a capital. */
const TITLES = new Set("mr mrs ms dr prof gen lt col maj capt sgt gov sen rep rev hon st mt".split(" "));

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isSpace = (c: string | undefined) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\u00a0";
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);
const OPENERS = new Set(['"', "'", "“", "‘", "(", "[", "«"]);

/**
 * Splits the article into sentences with a linear scan. A period ends a
 * sentence unless it belongs to an abbreviation, an initial (W.A.), a number
 * ($3.5), a URL or an address; closing quote marks stay with the sentence they
 * close. Blocks (paragraphs, headings, captions, embeds) are hard boundaries.
 */
export class SentenceSplitter implements Stage {
  readonly name = "sentences";

  run(doc: ArticleDoc): void {
    const { text } = doc;
    const blocks = doc.article.blocks.length ? doc.article.blocks : paragraphBlocks(text);
    const out: { start: number; end: number }[] = [];
    for (const b of blocks) for (const s of splitRange(text, b.start, b.end)) out.push(s);
    doc.article.sentences = out;
  }
}

/** Sentences of `text[start, end)`, trimmed, in order. */
export function splitRange(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  const push = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
    s = e;
  };
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
    // Runs of terminal punctuation ("?!", "...") end together.
    let j = i + 1;
    while (j < end && (text[j] === "." || text[j] === "!" || text[j] === "?" || text[j] === "…")) j++;
    // Closing quotes and brackets belong to the sentence that ends here.
    let k = j;
    while (k < end && CLOSERS.has(text[k]!)) k++;
    if (k >= end) break;
    if (!isSpace(text[k])) {
      // "there.US President": a missing space after a period between two sentences.
      if (c === "." && j === i + 1 && k === j && isUpper(text[k]) && /[a-z]{2}$/.test(text.slice(i - 2, i)) && !looksLikeHost(text, i)) {
        if (!ABBREV.has(wordBefore(text, i).toLowerCase())) push(i + 1);
      }
      i = k - 1;
      continue;
    }
    if (c === "." && j === i + 1 && !endsSentence(text, i, k, end)) continue;
    let n = k;
    while (n < end && isSpace(text[n])) n++;
    if (n >= end) break;
    const next = text[n]!;
    // A sentence starts with a capital, a digit or an opening quote; a lower-case word continues it.
    if (isUpper(next) || /\d/.test(next) || OPENERS.has(next) || next === "—") push(k);
    i = k - 1;
  }
  push(end);
  return out;
}

function wordBefore(text: string, dot: number): string {
  let a = dot;
  while (a > 0 && /[\p{L}.'’]/u.test(text[a - 1]!)) a--;
  return text.slice(a, dot);
}

function looksLikeHost(text: string, dot: number): boolean {
  const around = text.slice(Math.max(0, dot - 30), dot + 30);
  // Host names are written in lower case; "there.US President" is a missing space, not a host.
  return /\b[\w-]+\.(com|org|net|gov|edu|co|io|uk|us)\b/.test(around) && /[\w-]\.[a-z]{2,}/.test(text.slice(dot - 1, dot + 4));
}

/** Whether the period at `dot` ends a sentence; `after` is just past any closing quotes. */
function endsSentence(text: string, dot: number, after: number, end: number): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  let n = after;
  while (n < end && isSpace(text[n])) n++;
  const next = text[n];
  // Numbers: "3.5", ".45"; addresses and URLs: "example.com/a.b".
  if (/\d/.test(text[dot - 1] ?? "") && /\d/.test(text[dot + 1] ?? "")) return false;
  if (!isSpace(text[after]) && after === dot + 1) return false;
  if (TITLES.has(lower)) return false;
  // Initials: "W.A. Mubariz", "J. R. R. Tolkien", "U.S." before a lower-case word.
  if (/^\p{Lu}$/u.test(word) || /^(\p{Lu}\.)+\p{Lu}$/u.test(word)) {
    if (/^(\p{Lu}\.)+\p{Lu}$/u.test(word) && next !== undefined && isUpper(next)) {
      // "U.S." at a sentence end followed by a capital: a boundary only when the next word starts a clause.
      return /^(The|A|An|He|She|It|They|We|I|But|In|On|At|This|That|However|Meanwhile|Officials|Some|Many)\b/.test(text.slice(n, n + 12));
    }
    return false;
  }
  if (ABBREV.has(lower)) {
    // "Jan." or "Inc." can end a sentence; only before a capital that starts a common clause word.
    return next !== undefined && isUpper(next) && /^(The|A|An|He|She|It|They|We|I|But|In|On|At|This|That)\b/.test(text.slice(n, n + 8));
  }
  if (next === undefined) return true;
  return isUpper(next) || /\d/.test(next) || OPENERS.has(next) || next === "—";
}
