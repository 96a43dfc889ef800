import { InputError } from "../core/errors.js";

/** Reads a stream to the end, failing as soon as it exceeds `maxBytes` (never buffering more). */
export async function readLimited(stream: AsyncIterable<unknown> | NodeJS.ReadableStream, maxBytes: number, input: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    const c = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += c.byteLength;
    if (total > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      throw new InputError(input, `the input is over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit: raise it with --max-bytes or split the input`, "too-large");
    }
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}

/**
 * Decodes UTF-8 strictly: a binary file or invalid UTF-8 is an input error
 * rather than text full of replacement characters.
 */
export function decodeBytes(bytes: Uint8Array, input: string): string {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new InputError(input, "this is a binary file (it contains NUL bytes), not text: give a text, HTML, feed or JSON Lines file", "binary");
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (head.length && control / head.length > 0.1) throw new InputError(input, "this looks like a binary file (many control characters), not text: give a text, HTML, feed or JSON Lines file", "binary");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(input, `the file is not valid UTF-8 text (byte ${firstBadByte(bytes)}): convert it to UTF-8, e.g. iconv -f latin1 -t utf-8`, "encoding");
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstBadByte(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    const need = x < 0x80 ? 0 : x >= 0xc2 && x < 0xe0 ? 1 : x >= 0xe0 && x < 0xf0 ? 2 : x >= 0xf0 && x < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += need;
  }
  return b.length;
}
