import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { it } from "node:test";
import { analyzeText } from "../helpers/analyze-text.js";
import { assertSpans } from "../helpers/assert-spans.js";

const TEXT = [
  "Mayor Helena Voss visited the collapsed footbridge on Tuesday.",
  "“We will rebuild it stronger than before,” she said. “Nobody should be afraid to cross a river in this city.”",
  "“The inspection reports were ignored for years, and the council knew it.”",
  "The Harbor Ledger reported that inspectors had flagged cracks in the main span last week.",
  "A city engineer told the Harbor Ledger that the cables were corroded.",
  "According to a council statement, the bridge will stay closed until the summer.",
  "Critics called the repair plan 'cosmetic' and said the 'review' was a formality.",
  "Transport Minister Daniel Okafor said the government would pay, stating that the money was “already set aside in the budget for this year.”",
].join("\n\n");

it("finds direct, continued, partial and indirect quotes with resolved speakers", () => {
  const a = analyzeText(TEXT);
  assert.ok(assertSpans(a) > 0);
  const q = (s: string) => a.quotes.find((x) => x.text.includes(s));
  assert.equal(q("stronger than before")?.kind, "direct");
  assert.equal(q("stronger than before")?.speaker?.text, "she");
  assert.equal(q("stronger than before")?.speaker?.entity, "PERSON:Helena Voss");
  assert.equal(q("Nobody should be afraid")?.speaker?.entity, "PERSON:Helena Voss", "second quote of the paragraph continues its speaker");
  assert.equal(q("inspection reports were ignored")?.speaker?.entity, "PERSON:Helena Voss", "a quote paragraph without a cue continues the previous speaker");
  assert.equal(q("inspectors had flagged cracks")?.kind, "indirect");
  assert.equal(q("inspectors had flagged cracks")?.speaker?.text, "The Harbor Ledger");
  const told = q("cables were corroded")!;
  assert.equal(told.speaker?.text, "A city engineer");
  assert.equal(told.via?.text, "the Harbor Ledger");
  assert.equal(q("bridge will stay closed")?.speaker?.text, "a council statement");
  const partial = a.quotes.find((x) => x.kind === "partial" && x.text.includes("already set aside"))!;
  assert.equal(partial.kind, "partial");
  assert.equal(partial.speaker?.entity, "PERSON:Daniel Okafor");
});

it("does not take scare quotes for quotes; the framing stage marks them", () => {
  const a = analyzeText(TEXT);
  assert.ok(!a.quotes.some((x) => x.text === "cosmetic" || x.text === "review"));
  assert.deepEqual(a.framing.filter((f) => f.kind === "scare-quote").map((f) => f.text), ["'cosmetic'", "'review'"]);
});

it("traces where sentences come from: a cited paper, a source and its relay, a statement", () => {
  const a = analyzeText(TEXT);
  const sentenceOf = (s: string) => a.sentences.findIndex((x) => a.text.slice(x.start, x.end).includes(s));
  const of = (s: string) => a.origins.filter((o) => o.sentence === sentenceOf(s));
  assert.equal(of("inspectors had flagged")[0]?.kind, "publication");
  assert.deepEqual(of("cables were corroded")[0]?.chain?.map((c) => c.text), ["A city engineer", "the Harbor Ledger"]);
  assert.equal(of("stay closed")[0]?.kind, "statement");
  assert.deepEqual(of("visited the collapsed footbridge"), []);
});

it("finds the seed articles' required quotes and speakers (when ../shared is present)", { skip: !existsSync("../shared/seeds/expected.json") }, () => {
  const gold = JSON.parse(readFileSync("../shared/seeds/expected.json", "utf8"));
  for (const key of ["a", "b"] as const) {
    const raw = readFileSync(`../shared/seeds/${gold.files[key]}`, "utf8").replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, "");
    const a = analyzeText(raw, null);
    for (const g of gold.quotes[key]) {
      if (g.stretch) continue;
      const q = a.quotes.find((x) => x.text.replace(/[’‘]/g, "'").includes(g.contains.replace(/[’‘]/g, "'")));
      assert.ok(q, `${key}: ${g.contains}`);
      assert.equal(q.kind, g.kind, g.contains);
    }
  }
});
