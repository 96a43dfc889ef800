import { joinPieces, type Para } from "../../clean/para.js";
import type { Block } from "../../core/article.js";

/** A paragraph of an HTML source, with every character mapped to its offset in the HTML. */
export interface HtmlPara extends Para {
  /** Inside nav, header, footer, aside or form: page furniture, not the article. */
  chrome: boolean;
  tag: string;
}

const SKIP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "select", "button", "head"]);
const BLOCK = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figcaption", "figure", "article", "section", "br", "hr",
  "tr", "td", "th", "table", "pre", "header", "footer", "nav", "aside", "main", "form", "dd", "dt", "dl", "address", "title", "body", "html",
]);
const CHROME = new Set(["nav", "header", "footer", "aside", "form"]);
const KIND: Record<string, Block["kind"]> = { h1: "title", h2: "heading", h3: "heading", h4: "heading", h5: "heading", h6: "heading", figcaption: "caption" };
const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "—", ndash: "–", hellip: "…", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”",
  laquo: "«", raquo: "»", copy: "©", reg: "®", trade: "™", eacute: "é", egrave: "è", aacute: "á", iacute: "í", oacute: "ó", uacute: "ú", ntilde: "ñ",
  uuml: "ü", ouml: "ö", auml: "ä", ccedil: "ç", euro: "€", pound: "£", middot: "·", bull: "•", shy: "\u00ad", zwj: "\u200d", zwnj: "\u200c", thinsp: "\u2009", ensp: "\u2002", emsp: "\u2003",
};

/**
 * Splits an HTML source into paragraphs of text at block-level tags, decoding
 * character references, with each character's offset in the source. A
 * forgiving linear scan: unclosed tags and stray brackets never throw.
 */
export function htmlParagraphs(html: string, base = 0): HtmlPara[] {
  const out: HtmlPara[] = [];
  let pieces: { text: string; src: number[] }[] = [];
  let kind: Block["kind"] = "paragraph";
  let tag = "p";
  const stack: string[] = [];
  const flush = () => {
    if (pieces.length) {
      const p = joinPieces(pieces, kind);
      if (p.text.trim()) out.push({ ...p, chrome: stack.some((t) => CHROME.has(t)), tag });
    }
    pieces = [];
    kind = "paragraph";
    tag = "p";
  };
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) pieces.push(decode(html, i, textEnd, base));
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const e = html.indexOf("-->", lt + 4);
      i = e < 0 ? n : e + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) {
      pieces.push(decode(html, lt, n, base));
      break;
    }
    const m = /^<\s*(\/?)\s*([a-zA-Z][\w:-]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 64)));
    if (!m) {
      // "<" that starts no tag ("a < b", "<!DOCTYPE>", "<?xml>"): text unless it is a declaration.
      if (/^<[!?]/.test(html.slice(lt, lt + 2))) i = gt + 1;
      else {
        pieces.push(decode(html, lt, lt + 1, base));
        i = lt + 1;
      }
      continue;
    }
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase();
    i = gt + 1;
    if (!closing && SKIP.has(name) && !html.slice(lt, gt).endsWith("/")) {
      const re = new RegExp(`</${name}\\b`, "gi");
      re.lastIndex = i;
      const close = re.exec(html);
      i = close ? html.indexOf(">", close.index) + 1 || n : n;
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      if (!closing) {
        if (KIND[name]) kind = KIND[name]!;
        tag = name;
        if (name !== "br" && name !== "hr") stack.push(name);
      } else {
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
      }
    }
  }
  flush();
  return out;
}

function decode(html: string, start: number, end: number, base: number): { text: string; src: number[] } {
  let text = "";
  const src: number[] = [];
  for (let i = start; i < end; ) {
    const c = html[i]!;
    if (c === "&") {
      const m = /^&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/.exec(html.slice(i, Math.min(end, i + 40)));
      if (m) {
        const ref = m[1]!;
        let s: string | undefined;
        if (ref[0] === "#") {
          const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
          s = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
        } else s = NAMED[ref.toLowerCase()] ?? NAMED[ref];
        if (s !== undefined) {
          // A decoded reference maps to the reference's first character in the source.
          for (let k = 0; k < s.length; k++) src.push(k === 0 ? base + i : -1);
          text += s;
          i += m[0].length;
          continue;
        }
      }
    }
    text += c;
    src.push(base + i);
    i++;
  }
  return { text, src };
}

/** Plain-text content of an HTML fragment (for metadata values). */
export function htmlToPlain(fragment: string): string {
  return htmlParagraphs(fragment).map((p) => p.text.replace(/\s+/g, " ").trim()).join(" ").trim();
}
