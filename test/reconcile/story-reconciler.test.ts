import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EntityLinker } from "../../src/link/entity-linker.js";
import { StoryReconciler } from "../../src/reconcile/story-reconciler.js";
import type { Story } from "../../src/report/report.js";
import { annotatedArticle } from "../helpers/annotated-article.js";
import { assertReportSpans } from "../helpers/assert-spans.js";

// An invented event: a footbridge collapse reported by three invented outlets, with deliberate differences.
function fixture() {
  const a = annotatedArticle({
    id: "courier",
    outlet: "Alder Courier",
    published: "2026-03-12",
    text:
      "Twelve people were injured when the Millbrook footbridge collapsed on Tuesday evening, Mayor Helena Voss said.\n\n" +
      "Transport Minister Daniel Okafor promised that the footbridge would be rebuilt quickly.\n\n" +
      "\"We will rebuild it stronger than before, and we will do it quickly,\" Okafor said at the riverside.\n\n" +
      "Engineers had warned about corrosion in the suspension cables since 2019, the Harbor Ledger reported.\n\n" +
      "Okafor inspected the broken footbridge on Wednesday with city engineers.",
    entities: [
      { text: "Millbrook", type: "PLACE", key: "PLACE:Millbrook" },
      { text: "Helena Voss", type: "PERSON", key: "PERSON:Helena Voss", descriptor: "Mayor" },
      { text: "Daniel Okafor", type: "PERSON", key: "PERSON:Daniel Okafor", descriptor: "Transport Minister" },
      { text: "Okafor", type: "PERSON", key: "PERSON:Daniel Okafor", nth: 1 },
      { text: "Harbor Ledger", type: "ORG", key: "ORG:Harbor Ledger" },
    ],
    timexes: [
      { text: "Tuesday evening", value: "2026-03-10" },
      { text: "since 2019", value: "2019" },
      { text: "on Wednesday", value: "2026-03-11" },
    ],
    quotes: [{ text: "We will rebuild it stronger than before, and we will do it quickly", kind: "direct", speaker: "Okafor said", speakerKey: "PERSON:Daniel Okafor" }],
    origins: [{ text: "the Harbor Ledger", kind: "publication", in: "Engineers had warned" }],
  });
  const b = annotatedArticle({
    id: "northshore",
    outlet: "Northshore Daily",
    published: "2026-03-11",
    text:
      "Fifteen people were injured when the Millbrook footbridge collapsed on Monday night, Mayor Helena Vos said.\n\n" +
      "Deputy Transport Minister Daniel Okafor pledged that the footbridge would be rebuilt quickly.\n\n" +
      "\"We will rebuild it stronger than ever, and we will do it quickly,\" Okafor told reporters.\n\n" +
      "According to the Harbor Ledger, engineers had warned about corrosion in the suspension cables since 2019.\n\n" +
      "Local shopkeepers near the river reported a sharp drop in visitors after the closure.",
    entities: [
      { text: "Millbrook", type: "PLACE", key: "PLACE:Millbrook" },
      { text: "Helena Vos", type: "PERSON", key: "PERSON:Helena Vos", descriptor: "Mayor" },
      { text: "Daniel Okafor", type: "PERSON", key: "PERSON:Daniel Okafor", descriptor: "Deputy Transport Minister" },
      { text: "Okafor", type: "PERSON", key: "PERSON:Daniel Okafor", nth: 1 },
      { text: "Harbor Ledger", type: "ORG", key: "ORG:Harbor Ledger" },
    ],
    timexes: [
      { text: "Monday night", value: "2026-03-09" },
      { text: "since 2019", value: "2019" },
    ],
    quotes: [{ text: "We will rebuild it stronger than ever, and we will do it quickly", kind: "direct", speaker: "Okafor told", speakerKey: "PERSON:Daniel Okafor" }],
    origins: [{ text: "the Harbor Ledger", kind: "publication", in: "According to the Harbor Ledger" }],
  });
  const c = annotatedArticle({
    id: "wire",
    outlet: "Coastal Wire",
    published: null,
    text: "Minister Daniel Okafor inspected the broken Millbrook footbridge last week with city engineers.\n\nRepairs are expected to take several months.",
    entities: [
      { text: "Daniel Okafor", type: "PERSON", key: "PERSON:Daniel Okafor", descriptor: "Minister" },
      { text: "Millbrook", type: "PLACE", key: "PLACE:Millbrook" },
    ],
    timexes: [{ text: "last week", value: null }],
  });
  const linker = new EntityLinker();
  for (const x of [a, b, c]) linker.link(x);
  const story = new StoryReconciler(linker).reconcile("s1", [c, b, a]);
  return { a, b, c, story, linker };
}

const conflictOf = (s: Story, kind: string) => s.conflicts.filter((k) => k.kind === kind);
const claimWith = (s: Story, snippet: string) => s.claims.find((c) => c.evidence.some((e) => e.text.includes(snippet)));

describe("StoryReconciler", () => {
  it("reports each conflict type with the variants' exact spans", () => {
    const { a, b, c, story } = fixture();
    assert.ok(assertReportSpans({ articles: [a, b, c], entities: [], failures: [], stories: [story] }) > 10);
    const [name] = conflictOf(story, "name");
    assert.deepEqual(name?.variants.map((v) => v.text).sort(), ["Helena Vos", "Helena Voss"]);
    const title = conflictOf(story, "title");
    assert.equal(title.length, 1, JSON.stringify(title));
    assert.deepEqual(title[0]!.variants.map((v) => v.text).sort(), ["Deputy Transport Minister", "Transport Minister"]);
    const numbers = conflictOf(story, "number");
    assert.deepEqual(numbers.map((n) => n.variants.map((v) => v.value).sort()), [["12", "15"]]);
    const dates = conflictOf(story, "date");
    assert.deepEqual(dates.map((d) => d.variants.map((v) => v.value).sort()), [["2026-03-09", "2026-03-10"]]);
    const wording = conflictOf(story, "quote-wording");
    assert.deepEqual(wording.map((w) => w.variants.map((v) => v.text).sort()), [["before", "ever"]]);
    assert.equal(wording[0]!.subject, "Daniel Okafor");
  });

  it("merges the name variants into one entity and keeps the other spelling as an alias", () => {
    const { a, b, linker } = fixture();
    const ids = new Set([...a.entities, ...b.entities].filter((m) => m.text.startsWith("Helena")).map((m) => m.entity));
    assert.equal(ids.size, 1);
    const e = linker.get([...ids][0]!)!;
    assert.ok([e.name, ...e.aliases].includes("Helena Vos") && [e.name, ...e.aliases].includes("Helena Voss"));
  });

  it("counts two outlets relaying one report as one origin", () => {
    const { story } = fixture();
    const relayed = claimWith(story, "corrosion")!;
    assert.equal(new Set(relayed.evidence.map((e) => e.article)).size, 2);
    assert.equal(relayed.independentOrigins, 1);
    assert.equal(relayed.status, "single-source");
    assert.ok(relayed.origins.includes("Harbor Ledger"));
    const disputed = claimWith(story, "people were injured")!;
    assert.equal(disputed.status, "disputed");
    assert.equal(claimWith(story, "shopkeepers")!.status, "single-source");
  });

  it("dates an undated article from the story without inventing its publication date", () => {
    const { c, story } = fixture();
    assert.equal(c.published, null);
    assert.deepEqual({ from: c.publishedEstimate?.from, to: c.publishedEstimate?.to }, { from: "2026-03-16", to: "2026-03-22" });
    assert.equal(c.timexes[0]!.value, "2026-W11");
    const inspection = story.timeline.find((t) => t.date === "2026-03-11");
    assert.ok(inspection, JSON.stringify(story.timeline));
    const since = story.timeline.find((t) => t.date === "2019")!;
    assert.deepEqual(new Set(since.evidence.map((e) => e.article)), new Set(["courier", "northshore"]));
    // A week sorts at its Monday, so the undated article's "last week" sits with the days of that week.
    assert.deepEqual(story.timeline.map((t) => t.date), ["2019", "2026-03-09", "2026-W11", "2026-03-10", "2026-03-11"]);
  });

  it("builds the quote ledger with a word-level diff", () => {
    const { story } = fixture();
    const q = story.quotes.find((x) => x.variants.length === 2) as (Story["quotes"][number] & { diff?: { ops: { op: string; a?: string; b?: string }[] }[] }) | undefined;
    assert.ok(q);
    assert.equal(q.speaker, "Daniel Okafor");
    assert.deepEqual(q.diff?.[0]?.ops.filter((o) => o.op !== "same"), [{ op: "sub", a: "ever", b: "before" }]);
  });

  it("gives the same story whatever order the articles arrive in", () => {
    const one = fixture().story;
    const { a, b, c } = fixture();
    const linker = new EntityLinker();
    for (const x of [c, a, b]) linker.link(x);
    const two = new StoryReconciler(linker).reconcile("s1", [a, c, b]);
    assert.deepEqual(two.claims.map((x) => [x.status, x.evidence.map((e) => e.start)]), one.claims.map((x) => [x.status, x.evidence.map((e) => e.start)]));
  });
});
