import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { it } from "node:test";
import { createArticle } from "../../src/core/create-article.js";
import { StoryGrouper } from "../../src/link/story-grouper.js";
import { rng } from "../../scripts/lib/synthetic-news.js";
import { analyzeText } from "../helpers/analyze-text.js";

const FIRE = (city: string, plant: string, day: string, owner: string, n: number, outlet: string) =>
  `A fire broke out at the ${plant} chemical plant in ${city} on ${day}, injuring ${n} workers, officials said. Firefighters from ${city} fought the blaze for hours. The plant's owner, ${owner}, said an inquiry into the ${plant} fire would begin at once. Residents near the ${plant} plant were told to keep windows closed (${outlet}).`;

const articles = () => [
  { id: "f1", text: FIRE("Dunmore", "Ashgrove", "Monday", "Kofi Adeyemi", 12, "Courier"), published: "2026-02-03" },
  { id: "f2", text: FIRE("Dunmore", "Ashgrove", "Monday", "Kofi Adeyemi", 15, "Ledger"), published: "2026-02-03" },
  { id: "f3", text: FIRE("Dunmore", "Ashgrove", "Monday night", "Kofi Adeyemi", 12, "Wire"), published: "2026-02-04" },
  { id: "g1", text: FIRE("Saltmarsh", "Redfern", "Thursday", "Leila Sato", 4, "Courier"), published: "2024-07-19" },
  { id: "g2", text: FIRE("Saltmarsh", "Redfern", "Thursday", "Leila Sato", 5, "Gazette"), published: "2024-07-19" },
  { id: "x1", text: "The Glenmoor orchard festival drew record crowds on Saturday, with more than 9,000 visitors sampling apple cake and cider, organisers said. Marta Lindqvist has run a stall there for eleven years.", published: "2026-02-01" },
];

const partition = (g: StoryGrouper) => g.stories().map((s) => s.articles.join(","));

it("groups one event's reports together, keeps a same-kind event and an unrelated article apart", () => {
  const g = new StoryGrouper();
  for (const a of articles()) {
    const x = analyzeText(a.text, a.published);
    x.id = a.id;
    g.add(x);
  }
  assert.deepEqual(partition(g), ["f1,f2,f3", "g1,g2", "x1"]);
});

it("gives the same stories whatever order the articles arrive in", () => {
  const analysed = articles().map((a) => {
    const x = analyzeText(a.text, a.published);
    x.id = a.id;
    return x;
  });
  const base = new StoryGrouper();
  for (const a of analysed) base.add(a);
  const want = partition(base);
  assert.deepEqual(want, ["f1,f2,f3", "g1,g2", "x1"]);
  const rand = rng(7);
  for (let k = 0; k < 5; k++) {
    const shuffled = [...analysed].sort(() => rand() - 0.5);
    const g = new StoryGrouper();
    for (const a of shuffled) g.add(a);
    assert.deepEqual(partition(g), want);
  }
});

it("is order-independent on ECB+ too (when ../shared is present)", { skip: !existsSync("../shared/data/ecbplus-dev.jsonl") }, () => {
  const rows = readFileSync("../shared/data/ecbplus-dev.jsonl", "utf8").trim().split("\n").slice(0, 160).map((l) => JSON.parse(l) as { id: string; text: string });
  const run = (order: typeof rows) => {
    const g = new StoryGrouper();
    for (const r of order) g.add(createArticle({ id: r.id, text: r.text }));
    return partition(g);
  };
  const want = run(rows);
  const rand = rng(11);
  assert.deepEqual(run([...rows].sort(() => rand() - 0.5)), want);
  assert.deepEqual(run([...rows].reverse()), want);
});
