/** A word of a sentence with its offsets in the article text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Words, numbers and punctuation. Abbreviations with periods stay whole
 * ("U.S.", "W.A."); hyphens between letters are tokens of their own, so a name
 * inside a hyphenated word ("Biden" in "Biden-ordered") can be tagged.
 */
const TOKEN = /(?:\p{L}\.){2,}|\p{L}\.(?=\s*\p{Lu})|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*(?:[.&][\p{L}][\p{L}\p{M}'’]*)*|\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|s)?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    let t = m[0];
    let s = start + m.index!;
    // A possessive ending is its own token, as in CoNLL ("Taliban 's").
    const poss = /^(.+?)(['’]s)$/u.exec(t);
    if (poss && poss[1]!.length > 1) {
      out.push({ text: poss[1]!, start: s, end: s + poss[1]!.length });
      s += poss[1]!.length;
      t = poss[2]!;
    }
    out.push({ text: t, start: s, end: s + t.length });
  }
  return out;
}
