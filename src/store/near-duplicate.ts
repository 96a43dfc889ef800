/**
 * MinHash signatures over word shingles, with LSH bands, to find wire copy
 * reprinted by other outlets without comparing an article with every stored
 * one: only articles sharing a band are candidates.
 *
 * 64 hash functions in 16 bands of 4 rows: a pair with Jaccard similarity s
 * shares a band with probability 1 - (1 - s^4)^16, which is 0.64 at s = 0.4,
 * 0.96 at s = 0.6 and 0.9995 at s = 0.8. Candidates are then kept when their
 * estimated similarity reaches COPY_THRESHOLD (0.5): a reprint with a new
 * headline, a rewritten first paragraph or a trimmed end keeps well over half
 * its 5-word shingles, while two outlets' own reports of one event, even
 * sharing a quote, keep far fewer.
 */
export const NUM_HASHES = 64;
export const BANDS = 16;
const ROWS = NUM_HASHES / BANDS;
const SHINGLE = 5;
export const COPY_THRESHOLD = 0.5;

const SEEDS = Array.from({ length: NUM_HASHES }, (_, i) => [Math.imul(i + 1, 0x9e3779b1) | 1, Math.imul(i + 7, 0x85ebca6b)] as const);

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number, a: number, b: number): number {
  let x = (Math.imul(h, a) + b) | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  return x >>> 0;
}

/** The MinHash signature of a text (words lower-cased, punctuation ignored). */
export function minhash(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Array<number>(NUM_HASHES).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(" "));
    for (let k = 0; k < NUM_HASHES; k++) {
      const v = mix(h, SEEDS[k]![0], SEEDS[k]![1]);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** LSH band keys of a signature. */
export function bandKeys(sig: number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) out.push(`${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).map((x) => x.toString(36)).join(".")}`);
  return out;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}
