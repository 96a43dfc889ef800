import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { ingest, ingestRecord, type IngestResult } from "../../src/ingest/ingest.js";

async function all(inputs: string[], opts = {}): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of ingest(inputs, opts)) out.push(r);
  return out;
}
const ok = (rs: IngestResult[]) => rs.filter((r) => r.ok).map((r) => (r as Extract<IngestResult, { ok: true }>).value);
const failures = (rs: IngestResult[]) => rs.filter((r) => !r.ok).map((r) => (r as Extract<IngestResult, { ok: false }>).failure);

const dir = mkdtempSync(join(tmpdir(), "parallax-ingest-"));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

const TEXT = "title: Ferry runs aground off Kestrel Bay\noutlet: The Harbor Ledger\ndate: 2026-04-02\n\nA ferry ran aground off Kestrel Bay on Wednesday, the coast guard said.\n\nNobody was hurt, officials said.\n";
const HTML = `<!doctype html><html><head><title>Ferry aground | Northshore Daily</title>
<meta property="og:site_name" content="Northshore Daily"><meta property="article:published_time" content="2026-04-02T09:00:00Z">
<meta name="author" content="Ines Moreau"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry aground off Kestrel Bay</h1><p>A passenger ferry ran aground off Kestrel Bay on Wednesday morning &amp; was towed free by noon, the coast guard said.</p>
<h2>Questions for the operator</h2><p>The operator, Northern Rail Company, said it would review the crew&#8217;s training after the incident, which left 40 passengers stranded for hours.</p>
<figure><img src="x.jpg"><figcaption>The ferry off Kestrel Bay, April 1, 2026.</figcaption></figure></article><footer>Copyright Northshore Daily</footer></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Coastal Wire</title>
<item><title>Ferry aground</title><link>https://coastal.example/ferry</link><pubDate>Thu, 02 Apr 2026 10:00:00 GMT</pubDate>
<description><![CDATA[<p>A ferry ran aground off Kestrel Bay, the coast guard said on Wednesday.</p>]]></description></item>
<item><title>Harbour dredging</title><link>https://coastal.example/dredge</link><pubDate>Thu, 02 Apr 2026 11:00:00 GMT</pubDate>
<description><![CDATA[<p>Dredging of the harbour mouth will begin next month, the port authority said.</p>]]></description></item></channel></rss>`;

describe("ingest: every input kind", () => {
  it("reads plain text with header metadata, removing it from the body", async () => {
    const [r] = ok(await all([file("a.txt", TEXT)]));
    assert.equal(r!.article.title, "Ferry runs aground off Kestrel Bay");
    assert.equal(r!.article.outlet, "The Harbor Ledger");
    assert.equal(r!.article.published, "2026-04-02");
    assert.ok(r!.article.text.startsWith("A ferry ran aground"));
    assert.ok(r!.article.removed.some((x) => x.reason === "metadata" && x.text.startsWith("date:")));
  });

  it("reads a bare date on the same line as the body, as the seed files do", async () => {
    const [r] = ok(await all([file("b.txt", " date 2026-04-02 A ferry ran aground off Kestrel Bay on Wednesday.\n\nNobody was hurt.")]));
    assert.equal(r!.article.published, "2026-04-02");
    assert.ok(r!.article.text.startsWith("A ferry ran aground"));
  });

  it("reads HTML through Readability, with metadata and a map back to the source", async () => {
    const [r] = ok(await all([file("c.html", HTML)]));
    const a = r!.article;
    assert.equal(a.outlet, "Northshore Daily");
    assert.equal(a.published, "2026-04-02T09:00:00Z");
    assert.equal(a.byline, "Ines Moreau");
    assert.ok(a.text.includes("Kestrel Bay on Wednesday morning & was towed"));
    assert.ok(!a.text.includes("Home") && !a.text.includes("Copyright"));
    assert.ok(a.blocks.some((b) => b.kind === "heading" && a.text.slice(b.start, b.end) === "Questions for the operator"));
    assert.ok(a.blocks.some((b) => b.kind === "caption"));
    // Every mapped character is the same character in the HTML (decoded references map to their "&").
    const i = a.text.indexOf("passenger");
    assert.equal(HTML.slice(r!.sourceMap.toSource(i)!, r!.sourceMap.toSource(i)! + 9), "passenger");
    const amp = a.text.indexOf("&");
    assert.equal(HTML.slice(r!.sourceMap.toSource(amp)!, r!.sourceMap.toSource(amp)! + 5), "&amp;");
  });

  it("reads every feed item as an article with its date, link and outlet", async () => {
    const rs = ok(await all([file("d.xml", FEED)]));
    assert.equal(rs.length, 2);
    assert.deepEqual(rs.map((r) => r.article.url), ["https://coastal.example/ferry", "https://coastal.example/dredge"]);
    assert.equal(rs[0]!.article.outlet, "Coastal Wire");
    assert.equal(rs[0]!.article.published, "2026-04-02T10:00:00Z");
    const i = rs[1]!.article.text.indexOf("Dredging");
    assert.equal(FEED.slice(rs[1]!.sourceMap.toSource(i)!, rs[1]!.sourceMap.toSource(i)! + 8), "Dredging");
  });

  it("reads folders recursively in a stable order, skipping hidden files", async () => {
    const sub = join(dir, "folder", "nested");
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(dir, "folder", "b.txt"), "Second article about the harbour.");
    writeFileSync(join(sub, "a.txt"), "Nested article about the harbour.");
    writeFileSync(join(dir, "folder", ".hidden.txt"), "Hidden.");
    writeFileSync(join(dir, "folder", "notes.csv"), "a,b");
    const rs = ok(await all([join(dir, "folder")]));
    assert.deepEqual(rs.map((r) => r.article.path?.replace(dir, "")), ["/folder/b.txt", "/folder/nested/a.txt"]);
  });

  it("reads JSON Lines from standard input", async () => {
    const stdin = Readable.from(['{"id":"x1","outlet":"Valley Gazette","published":"2026-04-01","text":"The orchard festival opened."}\n']);
    const [r] = ok(await all(["-"], { stdin }));
    assert.equal(r!.article.id, "x1");
    assert.equal(r!.article.outlet, "Valley Gazette");
  });

  it("reads JSON Lines byte-strictly: a real U+FFFD loads, an invalid byte fails on its own line", async () => {
    const good = Buffer.from('{"id":"u1","text":"The caf\uFFFD sign was already broken before the storm."}\n', "utf8");
    const bad = Buffer.concat([Buffer.from('{"id":"u2","text":"Caf'), Buffer.from([0xe9]), Buffer.from(' owners said the storm passed."}\n')]);
    const third = Buffer.from('{"id":"u3","text":"A third record about the harbour."}\n');
    const rs = await all([file("utf.jsonl", Buffer.concat([good, bad, third]))]);
    assert.deepEqual(ok(rs).map((r) => r.article.id), ["u1", "u3"]);
    assert.deepEqual(failures(rs).map((f) => f.input.replace(dir, "")), ["/utf.jsonl:2"]);
    assert.match(failures(rs)[0]!.message, /not valid UTF-8/);
  });

  it("ingests one in-memory record for the API", () => {
    const r = ingestRecord({ html: "<p>Short item about the harbour dredging schedule and the port.</p>", outlet: "Coastal Wire" }, "post");
    assert.ok(r.ok && r.value.article.text.includes("harbour dredging"));
    const bad = ingestRecord({ title: "no body" }, "post");
    assert.ok(!bad.ok && /neither "text" nor "html"/.test(bad.failure.message));
  });
});

describe("ingest: bad input never stops the run", () => {
  let server: Server;
  let base = "";
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === "/page") {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(HTML);
      } else if (req.url === "/feed") {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(FEED);
      } else {
        res.writeHead(404);
        res.end("nope");
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it("yields each bad input as its own failure and every good input still arrives", async () => {
    const good = [file("good.txt", TEXT), file("good.html", HTML), `${base}/page`, `${base}/feed`];
    const jsonl = file("mixed.jsonl", ['{"id":"j1","text":"First record about the ferry."}', "{not json", '{"id":"j3","title":"no body"}', '{"id":"j4","text":"Fourth record about the harbour."}'].join("\n"));
    const bad = {
      missing: join(dir, "does-not-exist.txt"),
      empty: file("empty.txt", ""),
      binary: file("binary.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01])),
      latin1: file("latin1.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73])),
      large: file("large.txt", "word ".repeat(3000)),
      feed: file("broken.xml", "<rss><channel><title>Broken"),
      html: file("empty.html", "<html><body><nav>menu</nav></body></html>"),
      ext: file("data.csv", "a,b"),
      ftp: "ftp://example.org/file.txt",
      http404: `${base}/missing`,
      unreachable: "http://127.0.0.1:1/unreachable",
    };
    const rs = await all([...good, jsonl, ...Object.values(bad)], { maxBytes: 10_000, timeoutMs: 2000 });
    const f = failures(rs);
    const by = (input: string) => f.filter((x) => x.input === input);
    assert.equal(ok(rs).filter((r) => !r.input.includes("mixed")).length, 5, JSON.stringify(ok(rs).map((r) => r.input)));
    assert.deepEqual(ok(rs).filter((r) => r.input.includes("mixed")).map((r) => r.article.id), ["j1", "j4"]);
    assert.match(by(`${jsonl}:2`)[0]!.message, /not valid JSON/);
    assert.match(by(`${jsonl}:3`)[0]!.message, /neither "text" nor "html"/);
    assert.match(by(bad.missing)[0]!.message, /no such file/);
    assert.match(by(bad.empty)[0]!.message, /empty/);
    assert.match(by(bad.binary)[0]!.message, /binary/);
    assert.match(by(bad.latin1)[0]!.message, /not valid UTF-8/);
    assert.match(by(bad.large)[0]!.message, /over the .* limit.*--max-bytes/);
    assert.match(by(bad.feed)[0]!.message, /feed/);
    assert.match(by(bad.html)[0]!.message, /no article text/);
    assert.match(by(bad.ext)[0]!.message, /unsupported file type/);
    assert.match(by(bad.ftp)[0]!.message, /only http\(s\)/);
    assert.match(by(bad.http404)[0]!.message, /HTTP 404/);
    assert.match(by(bad.unreachable)[0]!.message, /unreachable/);
    assert.equal(f.length, 13);
  });
});
