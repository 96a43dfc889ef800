/**
 * A light English stemmer plus a small paraphrase table, enough to align
 * "reclaiming the base" with "regain the base" and "prisoners" with "prisoner".
 * Deliberately conservative: a wrong conflation makes two different claims one.
 */
const STOP = new Set(
  ("a an the and or but if of to in on at by for from with without into onto about as than then that this these those there here " +
    "is are was were be been being am do does did done have has had having will would shall should can could may might must " +
    "it its it's he him his she her hers they them their theirs we us our ours you your i me my mine who whom whose which what when where why how " +
    "not no nor so too very also just only even still yet already ever never more most less least much many some any all each every both either neither " +
    "said says say saying told tell tells according reported reporting report reports stated statement added adding " +
    "mr mrs ms dr one two three four five six seven eight nine ten first second new now over after before while during since until up down out off " +
    "because however instead rather other such own same again further once").split(/\s+/),
);

/** Verb and noun families that news writers use interchangeably; each maps to one representative. */
const FAMILIES: string[][] = [
  ["regain", "reclaim", "retake", "recapture", "recover", "reacquire", "back"],
  ["want", "wish", "seek", "desire", "interest", "aim", "hope"],
  ["injure", "hurt", "wound", "injury"],
  ["kill", "dead", "death", "die", "fatal", "fatality"],
  ["meet", "meeting", "talk", "talks", "discussion", "discuss", "negotiation", "negotiate"],
  ["collapse", "fall", "give", "cave"],
  ["prisoner", "detainee", "captive", "inmate"],
  ["hostage", "abductee"],
  ["base", "airbase", "airfield"],
  ["free", "release", "freed"],
  ["agreement", "deal", "accord", "pact"],
  ["reject", "refuse", "dismiss", "rebuff", "decline", "rule"],
  ["presence", "deployment"],
  ["inquiry", "investigation", "probe", "review"],
  ["repair", "rebuild", "reconstruct", "restore", "fix"],
  ["arrest", "detain", "apprehend"],
  ["announce", "declare", "unveil"],
  ["criticize", "criticise", "condemn", "slam", "blast", "denounce"],
];
const FAMILY = new Map<string, string>();
for (const fam of FAMILIES) for (const w of fam) FAMILY.set(w, fam[0]!);

export function isStopword(w: string): boolean {
  return STOP.has(w);
}

/** Crude suffix stripping; then the paraphrase family representative. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, "").replace(/[’']/g, "");
  if (FAMILY.has(w)) return FAMILY.get(w)!;
  if (w.length > 4) {
    if (w.endsWith("ies")) w = w.slice(0, -3) + "y";
    else if (w.endsWith("sses")) w = w.slice(0, -2);
    else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  }
  if (FAMILY.has(w)) return FAMILY.get(w)!;
  if (w.length > 5 && w.endsWith("ing")) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith("ed")) w = undouble(w.slice(0, -2));
  if (FAMILY.has(w)) return FAMILY.get(w)!;
  if (FAMILY.has(w + "e")) return FAMILY.get(w + "e")!;
  return w;
}

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Content-word stems of a text with their offsets, stopwords and one-letter words dropped. */
export function contentStems(text: string, base = 0): { stem: string; start: number; end: number }[] {
  const out: { stem: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    for (const part of m[0].split("-")) {
      const lw = part.toLowerCase();
      if (lw.length < 2 || STOP.has(lw) || /^\d+$/.test(lw)) continue;
      const start = base + m.index! + m[0].indexOf(part);
      out.push({ stem: stem(lw), start, end: start + part.length });
    }
  }
  return out;
}
