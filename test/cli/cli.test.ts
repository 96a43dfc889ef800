import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { it } from "node:test";
import { main } from "../../src/cli/main.js";
import type { Report } from "../../src/report/report.js";
import { assertReportSpans } from "../helpers/assert-spans.js";

async function run(args: string[], stdin = "") {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = "";
  let stderr = "";
  out.on("data", (d) => (stdout += d));
  err.on("data", (d) => (stderr += d));
  const code = await main(args, { stdout: out, stderr: err, stdin: Readable.from([stdin]) });
  return { code, stdout, stderr };
}

it("analyses the bundled sample: one story of three outlets with every conflict type, the unrelated article apart", async () => {
  const { code, stdout } = await run(["analyze", "samples", "--json", "--db", ":memory:"]);
  assert.equal(code, 0);
  const report = JSON.parse(stdout) as Report;
  assert.ok(assertReportSpans(report) > 50);
  assert.equal(report.articles.length, 4);
  const big = report.stories.find((s) => s.articles.length === 3)!;
  assert.ok(big, JSON.stringify(report.stories.map((s) => s.articles)));
  assert.equal(report.stories.length, 2);
  const kinds = new Set(big.conflicts.map((c) => c.kind));
  for (const k of ["title", "name", "number", "date", "quote-wording"]) assert.ok(kinds.has(k), `missing ${k} conflict`);
  assert.ok(big.claims.some((c) => c.status === "corroborated") && big.claims.some((c) => c.status === "single-source"));
  assert.ok(big.timeline.length > 2);
  for (const e of report.entities) assert.match(e.id, /^[a-z]+\/[\p{L}\p{N}-]+$/u);
});

it("prints a readable summary and writes report.json, report.md and a self-contained, escaped report.html", async () => {
  const dir = mkdtempSync(join(tmpdir(), "px-cli-"));
  const evil = join(dir, "evil.txt");
  writeFileSync(evil, "outlet: Harbor Ledger\n\nResidents of Port Alder said <script>window.pwned=1</script> and <img src=x onerror=alert(1)> were posted on the footbridge notice board on Tuesday.");
  const { code, stdout } = await run(["analyze", "samples", evil, "--db", ":memory:", "--out", join(dir, "out")]);
  assert.equal(code, 0);
  assert.match(stdout, /stories/);
  assert.match(stdout, /corroborated/);
  for (const f of ["report.json", "report.md", "report.html"]) assert.ok(existsSync(join(dir, "out", f)), f);
  const html = readFileSync(join(dir, "out", "report.html"), "utf8");
  assert.ok(!html.includes("<script>window.pwned"), "article text is escaped");
  assert.ok(html.includes("&#60;script&#62;window.pwned"));
  assert.ok(!/<img src=x/.test(html));
});

it("exits 1 when some inputs fail, names them on stderr, and keeps the rest", async () => {
  const { code, stdout, stderr } = await run(["analyze", "samples/alder-courier.txt", "missing-file.txt", "--json", "--db", ":memory:"]);
  assert.equal(code, 1);
  assert.match(stderr, /missing-file\.txt: no such file/);
  const report = JSON.parse(stdout) as Report;
  assert.equal(report.articles.length, 1);
  assert.deepEqual(report.failures.map((f) => f.input), ["missing-file.txt"]);
});

it("exits 2 on usage errors and has --help for every command", async () => {
  assert.equal((await run(["frobnicate"])).code, 2);
  assert.equal((await run(["analyze"])).code, 2);
  assert.equal((await run(["analyze", "--bogus", "x"])).code, 2);
  assert.equal((await run(["analyze", "samples", "--max-bytes", "ten"])).code, 2);
  for (const c of ["analyze", "extract"]) {
    const r = await run([c, "--help"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, new RegExp(`parallax ${c}`));
  }
});

it("extract streams one analysed article per line, from standard input too", async () => {
  const { code, stdout } = await run(["extract", "-"], '{"id":"r1","published":"2026-03-12","text":"Mayor Helena Voss said on Tuesday that the bridge would reopen."}\n');
  assert.equal(code, 0);
  const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, 1);
  assert.equal(lines[0].id, "r1");
  assert.ok(lines[0].entities.some((e: { text: string }) => e.text === "Helena Voss"));
  assert.ok(lines[0].timexes.some((t: { value: string }) => t.value === "2026-03-10"));
});

it("keeps articles in a store file: a second run stores nothing twice and still groups with stored articles", async () => {
  const db = join(mkdtempSync(join(tmpdir(), "px-db-")), "p.db");
  await run(["analyze", "samples/alder-courier.txt", "--db", db, "--json"]);
  const second = JSON.parse((await run(["analyze", "samples/northshore-daily.html", "samples/alder-courier.txt", "--db", db, "--json"])).stdout) as Report;
  const story = second.stories.find((s) => s.articles.length === 2);
  assert.ok(story, JSON.stringify(second.stories.map((s) => s.articles)));
});

it("analyze --serve shows the analysed store in the web UI until interrupted", async () => {
  const out = new PassThrough();
  const err = new PassThrough();
  let stderr = "";
  err.on("data", (d) => (stderr += d));
  out.resume();
  const done = main(["analyze", "samples", "--db", ":memory:", "--serve", "--port", "0", "--quiet"], { stdout: out, stderr: err, stdin: Readable.from([]) });
  for (let i = 0; i < 200 && !/serving/.test(stderr); i++) await new Promise((r) => setTimeout(r, 25));
  const url = /at (http:\/\/\S+?)\/ /.exec(stderr)?.[1];
  assert.ok(url, stderr);
  const { stories } = (await (await fetch(`${url}/api/stories`)).json()) as { stories: unknown[] };
  assert.equal(stories.length, 2);
  process.emit("SIGINT");
  assert.equal(await done, 0);
});
