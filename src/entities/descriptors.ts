import { TITLE_HEADS } from "./gazetteer.js";
import type { Token } from "./tokenize.js";

/** Lower-case words that modify a title ("foreign minister", "special envoy"). */
const MODIFIERS = new Set(
  ("foreign interior defense defence finance health justice education transport energy trade economy economic home prime special deputy vice former acting chief senior top " +
    "interim junior assistant associate executive national state federal regional local military army naval police security intelligence press communications " +
    "supreme high first general principal lead managing presidential white house the 's ’s hostage affairs response").split(" "),
);
/** Words that cannot be part of a title to the left of a name. */
const STOP_LEFT = new Set("by with to from and or as that when said says told than after before while including like against for".split(" "));
const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** A descriptor as token indices [from, to). */
export interface DescriptorRange {
  from: number;
  to: number;
}

/**
 * The title printed before a name ("British Prime Minister" Keir Starmer,
 * "special envoy for hostage response" Adam Boehler, "the Taliban's foreign
 * minister" Zakir Jalaly): the run of title words, modifiers and capitalised
 * words ending at the name, which must hold a title head.
 */
export function preModifier(tokens: Token[], nameFrom: number): DescriptorRange | null {
  let i = nameFrom - 1;
  const run: number[] = [];
  while (i >= 0 && run.length < 9) {
    const t = tokens[i]!.text;
    const lw = t.toLowerCase();
    if (t === "'s" || t === "’s") {
      run.unshift(i--);
      continue;
    }
    if (PUNCT.test(t) && t !== "-") break;
    if (STOP_LEFT.has(lw) && !(lw === "for" && run.length)) break;
    run.unshift(i--);
  }
  // The title head nearest the start of the run anchors the descriptor.
  const headAt = run.findIndex((k) => TITLE_HEADS.has(tokens[k]!.text.toLowerCase()));
  if (headAt < 0) return null;
  let start = headAt;
  while (start > 0) {
    const t = tokens[run[start - 1]!]!.text;
    if (MODIFIERS.has(t.toLowerCase()) || TITLE_HEADS.has(t.toLowerCase()) || /^\p{Lu}/u.test(t)) start--;
    else break;
  }
  // Between the head and the name: only "for/of" complements and more title words, no verbs.
  for (let k = headAt + 1; k < run.length; k++) {
    const lw = tokens[run[k]!]!.text.toLowerCase();
    if (/^(is|was|are|were|has|had|have|will|would|said|says)$/.test(lw)) return null;
  }
  let from = run[start]!;
  if (tokens[from]!.text.toLowerCase() === "the" && start === 0 && run.length > 1) from = run[1]!;
  return { from: tokens[from]!.text.toLowerCase() === "the" ? from : from, to: nameFrom };
}

/**
 * An apposition after a name ("Zakir Jalal, an Afghan Foreign Ministry
 * official, released …"): the phrase between the commas, when it holds a
 * title head and no verb. The leading article is left out.
 */
export function apposition(tokens: Token[], nameTo: number): DescriptorRange | null {
  if (tokens[nameTo]?.text !== ",") return null;
  let from = nameTo + 1;
  if (/^(a|an|the)$/i.test(tokens[from]?.text ?? "")) from++;
  let to = from;
  while (to < tokens.length && to - from < 12 && !/^[,.;:()—–]$/.test(tokens[to]!.text)) {
    if (/^(is|was|are|were|has|had|have|will|would|said|says|told|who|which|that)$/i.test(tokens[to]!.text)) return null;
    to++;
  }
  if (to >= tokens.length || to === from) return null;
  for (let k = from; k < to; k++) if (TITLE_HEADS.has(tokens[k]!.text.toLowerCase())) return { from, to };
  return null;
}
