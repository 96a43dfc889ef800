import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { it } from "node:test";
import { createArticle } from "../../src/core/create-article.js";
import { ArticleDoc } from "../../src/core/stage.js";
import { SentenceSplitter } from "../../src/sentences/sentence-splitter.js";
import { resolveTimex, TimexTagger } from "../../src/timex/timex-tagger.js";
import { assertSpans } from "../helpers/assert-spans.js";

const fixtures = JSON.parse(readFileSync(new URL("../fixtures/timex/expressions.json", import.meta.url), "utf8")) as {
  expressions: { sentence: string; published: string | null; text: string; value: string | null }[];
  negatives: { sentence: string; published: string; absent: string }[];
};

function tag(sentence: string, published: string | null) {
  const a = createArticle({ text: sentence, published });
  const doc = new ArticleDoc(a);
  new SentenceSplitter().run(doc);
  new TimexTagger().run(doc);
  return a;
}

it(`resolves ${fixtures.expressions.length} expressions against the publication date, past-leaning`, () => {
  assert.ok(fixtures.expressions.length >= 150);
  const wrong: string[] = [];
  for (const f of fixtures.expressions) {
    const a = tag(f.sentence, f.published);
    assertSpans(a);
    const at = f.sentence.indexOf(f.text);
    const hit = a.timexes.find((t) => t.start < at + f.text.length && at < t.end);
    if (!hit || hit.value !== f.value) wrong.push(`${f.published} "${f.sentence}" [${f.text}] → ${hit ? hit.value : "missing"}, want ${f.value}`);
  }
  assert.deepEqual(wrong, []);
});

it("does not tag words that only look like dates", () => {
  for (const n of fixtures.negatives) {
    const a = tag(n.sentence, n.published);
    const at = n.sentence.indexOf(n.absent);
    const hit = a.timexes.find((t) => t.start < at + n.absent.length && at < t.end);
    assert.equal(hit, undefined, `${n.sentence}: ${JSON.stringify(hit)}`);
  }
});

it("re-resolves an expression once a story gives it an anchor", () => {
  assert.equal(resolveTimex("last week", "2025-09-24"), "2025-W38");
  assert.equal(resolveTimex("on Thursday", "2025-09-19"), "2025-09-18");
  assert.equal(resolveTimex("on Thursday", "2025-09-19", { future: true }), "2025-09-25");
});
