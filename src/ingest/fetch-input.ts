import { InputError } from "../core/errors.js";
import { decodeBytes, readLimited } from "./read-bytes.js";

/** Fetches a URL within the time and size limits, and tells which kind of input it holds. */
export async function fetchInput(url: string, o: { maxBytes: number; timeoutMs: number; fetch: typeof globalThis.fetch }): Promise<{ text: string; kind: "html" | "feed" | "text" | "jsonl" }> {
  let res: Response;
  try {
    res = await o.fetch(url, { signal: AbortSignal.timeout(o.timeoutMs), redirect: "follow", headers: { "user-agent": "parallax/0.1 (+self-hosted news analysis)", accept: "text/html, application/rss+xml, application/atom+xml, application/xml, text/plain;q=0.8, */*;q=0.5" } });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const why = e.name === "TimeoutError" ? `no answer within ${o.timeoutMs} ms` : (e.cause?.code ?? e.message);
    throw new InputError(url, `the URL is unreachable (${why}): check the address and the network, or raise --timeout`, "unreachable");
  }
  if (!res.ok) throw new InputError(url, `the server answered HTTP ${res.status} ${res.statusText}: check the URL`, "http-status");
  const declared = Number(res.headers.get("content-length") ?? 0);
  if (declared > o.maxBytes) throw new InputError(url, `the response is ${(declared / 1024 / 1024).toFixed(1)} MB, over the ${(o.maxBytes / 1024 / 1024).toFixed(1)} MB limit: raise it with --max-bytes`, "too-large");
  const bytes = res.body ? await readLimited(res.body as unknown as AsyncIterable<Uint8Array>, o.maxBytes, url) : new Uint8Array();
  const text = decodeBytes(bytes, url);
  const type = (res.headers.get("content-type") ?? "").toLowerCase();
  const kind = /(rss|atom|rdf)\+xml|\/xml/.test(type) ? "feed" : /html/.test(type) ? "html" : /json/.test(type) ? "jsonl" : /^\s*<(!doctype html|html)/i.test(text) ? "html" : /^\s*(<\?xml[^>]*>\s*)?<(rss|feed|rdf:RDF)[\s>]/i.test(text) ? "feed" : "text";
  return { text, kind };
}
