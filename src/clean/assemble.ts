import type { Block } from "../core/article.js";
import { OffsetMap } from "../core/offset-map.js";
import type { Para } from "./para.js";

/** The article text: paragraphs joined by blank lines, with blocks and the map back to the source. */
export function assemble(paras: Para[]): { text: string; blocks: Block[]; sourceMap: OffsetMap } {
  const map = new OffsetMap();
  const blocks: Block[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const p of paras) {
    if (parts.length) {
      parts.push("\n\n");
      at += 2;
    }
    // Runs of consecutive source offsets become one map segment.
    let runStart = 0;
    for (let i = 1; i <= p.text.length; i++) {
      if (i < p.text.length && p.src[i]! === p.src[i - 1]! + 1 && p.src[i - 1]! >= 0) continue;
      if (p.src[runStart]! >= 0) map.add(at + runStart, p.src[runStart]!, i - runStart);
      runStart = i;
    }
    blocks.push({ start: at, end: at + p.text.length, kind: p.kind });
    parts.push(p.text);
    at += p.text.length;
  }
  return { text: parts.join(""), blocks, sourceMap: map };
}
