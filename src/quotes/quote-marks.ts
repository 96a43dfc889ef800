/** A quoted stretch of text: the marks' positions and the content between them. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the block end when the quote runs on). */
  close: number;
  /** Content without the marks. */
  start: number;
  end: number;
  single: boolean;
  /** The quote runs to the end of its paragraph without a closing mark (continued in the next). */
  open_ended: boolean;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Finds quotations in one block: curly and straight double quotes, and single
 * quotes when they are not apostrophes. Nested single quotes inside a double
 * quote stay inside it. A quote left open at the block's end runs to the end
 * (news convention for quotes continued in the next paragraph).
 */
export function findQuotes(text: string, blockStart: number, blockEnd: number): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = blockStart;
  while (i < blockEnd) {
    const c = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    const doubleOpen = c === "“" || (c === '"' && !isWordChar(prev) && next !== undefined && !/\s/.test(next)) || c === "„";
    const singleOpen = c === "‘" || (c === "'" && !isWordChar(prev) && isWordChar(next));
    if (!doubleOpen && !singleOpen) {
      i++;
      continue;
    }
    const single = !doubleOpen;
    const closeAt = findClose(text, i + 1, blockEnd, single);
    if (closeAt < 0) {
      if (single) {
        i++;
        continue;
      }
      // Open to the end of the block.
      out.push({ open: i, close: blockEnd, start: i + 1, end: trimEnd(text, i + 1, blockEnd), single, open_ended: true });
      break;
    }
    out.push({ open: i, close: closeAt + 1, start: i + 1, end: closeAt, single, open_ended: false });
    i = closeAt + 1;
  }
  return out.filter((q) => q.end > q.start);
}

function findClose(text: string, from: number, end: number, single: boolean): number {
  for (let k = from; k < end; k++) {
    const c = text[k]!;
    if (!single) {
      if (c === "”") return k;
      if (c === '"' && (k + 1 >= end || !isWordChar(text[k + 1]) || /[.,;:!?)]/.test(text[k - 1] ?? ""))) return k;
    } else {
      // A closing single quote is not an apostrophe: no letter right after it ("Taliban's").
      if ((c === "’" || c === "'") && !isWordChar(text[k + 1])) return k;
      if (c === "“" || c === "”" || c === '"') return -1;
    }
  }
  return -1;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Words in a stretch of text. */
export function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
}
