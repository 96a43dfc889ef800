import type { Block } from "../core/article.js";

/**
 * A paragraph on its way from the source to the article text: its characters,
 * and for each character the source offset it came from (-1 for characters
 * that are not in the source, such as a space joining two lines). Cleaning
 * rules cut and fold paragraphs; the offsets travel with the characters, so the
 * map back to the source stays right whatever the rules do.
 */
export interface Para {
  text: string;
  src: Int32Array;
  kind: Block["kind"];
}

/** A paragraph copied verbatim from `source[start, end)`. */
export function paraFromSource(source: string, start: number, end: number, kind: Block["kind"] = "paragraph"): Para {
  const src = new Int32Array(end - start);
  for (let i = 0; i < src.length; i++) src[i] = start + i;
  return { text: source.slice(start, end), src, kind };
}

/** Concatenates pieces (each a text with its source offsets) into one paragraph. */
export function joinPieces(pieces: { text: string; src: ArrayLike<number> }[], kind: Block["kind"] = "paragraph"): Para {
  let len = 0;
  for (const p of pieces) len += p.text.length;
  const src = new Int32Array(len);
  let text = "";
  let at = 0;
  for (const p of pieces) {
    text += p.text;
    for (let i = 0; i < p.text.length; i++) src[at + i] = p.src[i] ?? -1;
    at += p.text.length;
  }
  return { text, src, kind };
}

/** The part `[start, end)` of a paragraph. */
export function slicePara(p: Para, start: number, end: number): Para {
  return { text: p.text.slice(start, end), src: p.src.slice(start, end), kind: p.kind };
}

/** The paragraph without `[start, end)`. */
export function cutPara(p: Para, start: number, end: number): Para {
  const src = new Int32Array(p.text.length - (end - start));
  src.set(p.src.subarray(0, start), 0);
  src.set(p.src.subarray(end), start);
  return { text: p.text.slice(0, start) + p.text.slice(end), src, kind: p.kind };
}

/**
 * Folds every run of white space into one space and trims the ends. The kept
 * space keeps the offset of the run's first character, so nothing is lost.
 */
export function foldWhitespace(p: Para): Para {
  const { text } = p;
  const src = new Int32Array(text.length);
  let out = "";
  let n = 0;
  let pendingSpace = -2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000;
    if (ws) {
      if (pendingSpace === -2) pendingSpace = p.src[i]!;
      continue;
    }
    if (pendingSpace !== -2 && n > 0) {
      out += " ";
      src[n++] = pendingSpace;
    }
    pendingSpace = -2;
    out += text[i];
    src[n++] = p.src[i]!;
  }
  return { text: out, src: src.slice(0, n), kind: p.kind };
}
