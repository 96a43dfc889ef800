import type { Removed } from "../core/article.js";
import { cutPara, foldWhitespace, slicePara, type Para } from "./para.js";

/** What a cleaning rule sees and may change: the paragraphs, and the record of what was dropped. */
export interface CleanState {
  paras: Para[];
  removed: Removed[];
}

/** One cleaning rule: a small part in the ordered list `CLEAN_RULES`. */
export interface CleanRule {
  readonly name: string;
  apply(state: CleanState): void;
}

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const AGENCY = "(?:Getty Images|Reuters|REUTERS|AP|AFP|EPA|Shutterstock|Alamy|Bloomberg|Xinhua|Anadolu|Associated Press)";
const TERMINAL = /[.!?]["”’')\]]*$/;

function removeRange(state: CleanState, i: number, start: number, end: number, reason: string): void {
  const p = state.paras[i]!;
  state.removed.push({ text: p.text.slice(start, end).trim(), reason });
  state.paras[i] = foldWhitespace(cutPara(p, start, end));
}

function removePara(state: CleanState, i: number, reason: string): void {
  state.removed.push({ text: state.paras[i]!.text, reason });
  state.paras[i] = { ...state.paras[i]!, text: "", src: new Int32Array(0) };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Runs of spaces and line breaks become one space; paragraphs become the unit of layout. */
const foldRule: CleanRule = {
  name: "whitespace",
  apply(s) {
    s.paras = s.paras.map(foldWhitespace);
  },
};

/** Inline photo credits: "(credit: REUTERS)", "(Photo: AFP)", "Photo: Jane Doe/Getty Images". */
const creditRule: CleanRule = {
  name: "credit",
  apply(s) {
    const patterns = [
      /\s*\((?:credit|photo|image|picture|pictured|source|courtesy)\s*(?:credit)?\s*:[^)]{1,80}\)/gi,
      new RegExp(`\\s*\\b(?:Photo|Image|Picture)(?: credit)?\\s*:\\s*[^.\\n]{0,60}${AGENCY}[^.\\n]{0,20}$`, "g"),
      new RegExp(`\\s*\\(${AGENCY}(?:/[^)]{1,40})?\\)$`, "g"),
    ];
    for (let i = 0; i < s.paras.length; i++)
      for (const re of patterns) {
        let m: RegExpExecArray | null;
        re.lastIndex = 0;
        while ((m = re.exec(s.paras[i]!.text))) {
          removeRange(s, i, m.index, m.index + m[0].length, "credit");
          re.lastIndex = 0;
        }
      }
  },
};

/** Links an embedded post leaves behind ("pic.twitter.com/…"); the post's own text and byline stay. */
const embedRule: CleanRule = {
  name: "embed",
  apply(s) {
    const link = /\s*\b(?:https?:\/\/)?pic\.twitter\.com\/\w+/g;
    const trailer = new RegExp(`[—–-]\\s*[^()\\n]{1,80}\\(@\\w{1,30}\\)\\s*${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\s*$`);
    for (let i = 0; i < s.paras.length; i++) {
      let m: RegExpExecArray | null;
      while ((m = link.exec(s.paras[i]!.text))) {
        removeRange(s, i, m.index, m.index + m[0].length, "embed-link");
        link.lastIndex = 0;
      }
      if (trailer.test(s.paras[i]!.text)) s.paras[i]!.kind = "embed";
    }
  },
};

/** Short photo captions and credits with no sentence in them: "Bagram airbase file image", "File photo: …". */
const photoCaptionRule: CleanRule = {
  name: "photo-caption",
  apply(s) {
    const marker = new RegExp(`(?:\\bfile (?:image|photo|picture|footage)\\b|^(?:file photo|image caption|photo|picture|image|caption)\\s*:|^(?:image|photo) (?:source|caption)\\b|^${AGENCY}$|^(?:photo|image)\\s*(?:credit)?\\s*:)`, "i");
    for (let i = 0; i < s.paras.length; i++) {
      const t = s.paras[i]!.text;
      if (!t || words(t) > 14 || TERMINAL.test(t) && words(t) > 8) continue;
      if (marker.test(t)) removePara(s, i, "caption");
    }
  },
};

/**
 * Caption sentences ("X meets Y in Kabul, Afghanistan, September 13, 2025.
 * Ministry of Foreign Affairs") are kept: they can be the only place an
 * article names someone. They become caption blocks, without the trailing credit.
 */
const captionBlockRule: CleanRule = {
  name: "caption-block",
  apply(s) {
    const dated = new RegExp(`,\\s+${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\.(\\s+[A-Z][^.!?"“”]{1,60})?$`);
    for (let i = 0; i < s.paras.length; i++) {
      const p = s.paras[i]!;
      if (p.kind !== "paragraph") continue;
      const m = dated.exec(p.text);
      if (!m || /[“”"]/.test(p.text)) continue;
      p.kind = "caption";
      if (m[1] && !/\b(?:said|says|is|are|was|were|has|have|will)\b/.test(m[1])) removeRange(s, i, p.text.length - m[1].length, p.text.length, "credit");
    }
  },
};

/** A paragraph printed twice (often a caption) is kept once. */
const duplicateRule: CleanRule = {
  name: "duplicate",
  apply(s) {
    const seen = new Set<string>();
    for (let i = 0; i < s.paras.length; i++) {
      const t = s.paras[i]!.text;
      if (!t) continue;
      const key = t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
      if (key.length < 20) continue;
      if (seen.has(key)) removePara(s, i, "duplicate");
      else seen.add(key);
    }
  },
};

/** A short line without final punctuation between paragraphs is a subheading, not a sentence. */
const headingRule: CleanRule = {
  name: "heading",
  apply(s) {
    const live = s.paras.map((p, i) => [p, i] as const).filter(([p]) => p.text);
    for (let k = 0; k < live.length - 1; k++) {
      const [p] = live[k]!;
      if (p.kind !== "paragraph" || words(p.text) > 12 || p.text.length > 90) continue;
      if (TERMINAL.test(p.text) || /[:;,]$/.test(p.text) || !/^[\p{Lu}\d"“‘']/u.test(p.text)) continue;
      if (/[“"]/.test(p.text)) continue;
      p.kind = "heading";
    }
  },
};

/** A byline at the top ("By Priya Raman", "By Jon Weller and Ines Moreau, Staff Writers") is metadata, not body. */
const bylineRule: CleanRule = {
  name: "byline",
  apply(s) {
    for (let i = 0; i < Math.min(3, s.paras.length); i++) {
      const t = s.paras[i]!.text;
      if (/^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|and|&|,))*(?:,\s*[\p{L} ]{1,40})?$/u.test(t) && words(t) <= 10) removePara(s, i, "byline");
    }
  },
};

/** The cleaning rules, in the order they run. */
export const CLEAN_RULES: readonly CleanRule[] = [foldRule, bylineRule, creditRule, embedRule, photoCaptionRule, captionBlockRule, duplicateRule, headingRule];

/** Applies every rule; returns the kept paragraphs (empty ones dropped) and what was removed. */
export function cleanParas(paras: Para[], removed: Removed[] = [], rules: readonly CleanRule[] = CLEAN_RULES): CleanState {
  const state: CleanState = { paras, removed };
  for (const r of rules) r.apply(state);
  state.paras = state.paras.filter((p) => p.text.trim().length > 0).map((p) => (p.text !== p.text.trim() ? trimPara(p) : p));
  return state;
}

function trimPara(p: Para): Para {
  const start = p.text.length - p.text.trimStart().length;
  const end = p.text.trimEnd().length;
  return slicePara(p, start, end);
}
