import assert from "node:assert/strict";
import { it } from "node:test";
import { createArticle } from "../../src/core/create-article.js";
import { ArticleDoc } from "../../src/core/stage.js";
import { SentenceSplitter } from "../../src/sentences/sentence-splitter.js";

const split = (text: string) => {
  const a = createArticle({ text });
  new SentenceSplitter().run(new ArticleDoc(a));
  return a.sentences.map((s) => text.slice(s.start, s.end));
};

it("keeps abbreviations, initials, numbers, hosts and handles inside sentences", () => {
  assert.deepEqual(split("Dr. Amara Haddad met Gen. Felix Novak and Sen. Lena Varga in Jan. 2026. The U.S. Army paid $3.5 million. W.A. Castell posted at example.org/a.b and @harbor_ledger today."), [
    "Dr. Amara Haddad met Gen. Felix Novak and Sen. Lena Varga in Jan. 2026.",
    "The U.S. Army paid $3.5 million.",
    "W.A. Castell posted at example.org/a.b and @harbor_ledger today.",
  ]);
});

it("keeps closing quotes with their sentence and splits between quoted sentences", () => {
  assert.deepEqual(split('"We rebuilt it for nothing," she said. "We want it back." He left. Why? Nobody knew...'), ['"We rebuilt it for nothing," she said.', '"We want it back."', "He left.", "Why?", "Nobody knew..."]);
});

it("splits a missing space after a period before a capital, but not inside U.S.", () => {
  assert.deepEqual(split("The ferry sank there.Officials from the U.S. arrived."), ["The ferry sank there.", "Officials from the U.S. arrived."]);
});

it("never joins across blocks and gives trimmed, ordered, non-overlapping offsets", () => {
  const text = "A heading without a stop\n\nFirst paragraph ends here. It has two sentences.";
  const a = createArticle({ text, blocks: [{ start: 0, end: 24, kind: "heading" }, { start: 26, end: text.length, kind: "paragraph" }] });
  new SentenceSplitter().run(new ArticleDoc(a));
  assert.deepEqual(a.sentences.map((s) => text.slice(s.start, s.end)), ["A heading without a stop", "First paragraph ends here.", "It has two sentences."]);
  for (let i = 1; i < a.sentences.length; i++) assert.ok(a.sentences[i]!.start >= a.sentences[i - 1]!.end);
});
