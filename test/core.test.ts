import { test } from "node:test";
import assert from "node:assert/strict";
import { spanOf, trimRange } from "../src/core/span.js";
import { OffsetMap } from "../src/core/offset-map.js";
import { createArticle } from "../src/core/create-article.js";

test("spanOf takes its text from the offsets and rejects impossible ones", () => {
  assert.deepEqual(spanOf("hello world", 6, 11), { start: 6, end: 11, text: "world" });
  assert.throws(() => spanOf("abc", 2, 5), RangeError);
  assert.throws(() => spanOf("abc", 2, 1), RangeError);
});

test("trimRange drops surrounding white space", () => {
  assert.deepEqual(trimRange("  ab  ", 0, 6), [2, 4]);
  assert.deepEqual(trimRange("   ", 0, 3), [3, 3]);
});

test("OffsetMap maps derived offsets back and merges contiguous pieces", () => {
  const m = new OffsetMap();
  m.add(0, 10, 5);
  m.add(5, 15, 5); // contiguous: merged
  m.add(11, 40, 3); // offset 10 is a synthetic separator
  assert.equal(m.size, 2);
  assert.equal(m.toSource(0), 10);
  assert.equal(m.toSource(9), 19);
  assert.equal(m.toSource(10), null);
  assert.equal(m.toSource(12), 41);
  assert.equal(m.toSource(14), null);
});

test("createArticle keys by content and keeps a given id", () => {
  const a = createArticle({ text: "Body  text." });
  const b = createArticle({ text: "Body text.", id: "x1" });
  assert.equal(a.hash, b.hash);
  assert.match(a.id, /^a[0-9a-f]{12}$/);
  assert.equal(b.id, "x1");
  assert.equal(a.published, null);
  assert.deepEqual(a.entities, []);
});
