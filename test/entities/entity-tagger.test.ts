import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { it } from "node:test";
import { analyzeText } from "../helpers/analyze-text.js";
import { assertSpans } from "../helpers/assert-spans.js";

const TEXT = [
  "Transport Minister Daniel Okafor visited Port Alder on Tuesday with Mayor Helena Voss.",
  "The Harbor Ledger reported that the footbridge had been inspected in March. The HL said engineers from the United States and the U.S. Army Corps of Engineers would help.",
  "Okafor, the country's transport minister, said America would pay. Voss said the Okafor-backed plan would work.",
  "Monday was quiet. British engineers arrived on Friday.",
].join("\n\n");

it("finds names without titles, keeps titles as descriptors, and links mentions of one referent", () => {
  const a = analyzeText(TEXT);
  assert.ok(assertSpans(a) > 0);
  const find = (t: string) => a.entities.find((e) => e.text === t);
  assert.equal(find("Daniel Okafor")?.type, "PERSON");
  assert.equal(find("Daniel Okafor")?.descriptor?.text, "Transport Minister");
  assert.equal(find("Helena Voss")?.descriptor?.text, "Mayor");
  const okafor = a.entities.filter((e) => e.text.startsWith("Okafor") || e.text === "Daniel Okafor");
  assert.ok(okafor.length >= 3, JSON.stringify(a.entities.map((e) => e.text)));
  assert.equal(new Set(okafor.map((e) => e.entity)).size, 1);
  assert.ok(okafor.some((e) => e.descriptor?.text === "country's transport minister"));
  // Country aliases are one place; a name inside a hyphenated word is found.
  const us = a.entities.filter((e) => ["United States", "U.S.", "America"].includes(e.text));
  assert.equal(new Set(us.map((e) => e.entity)).size, 1);
  assert.ok(a.entities.some((e) => e.text === "Okafor" && a.text.slice(e.end, e.end + 7) === "-backed"));
  // An acronym of an organisation named in full is that organisation.
  assert.equal(find("HL")?.entity, find("Harbor Ledger")?.entity);
});

it("does not tag weekdays, months, nationalities or capitalised sentence starts as names", () => {
  const a = analyzeText(TEXT);
  for (const word of ["Monday", "Friday", "Tuesday", "March", "The"]) assert.ok(!a.entities.some((e) => e.text === word), word);
  assert.ok(!a.entities.some((e) => e.text === "British" && e.type !== "MISC"));
});

it("tags the seed articles' required names (when ../shared is present)", { skip: !existsSync("../shared/seeds/expected.json") }, () => {
  const gold = JSON.parse(readFileSync("../shared/seeds/expected.json", "utf8"));
  for (const key of ["a", "b"] as const) {
    const raw = readFileSync(`../shared/seeds/${gold.files[key]}`, "utf8").replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, "");
    const a = analyzeText(raw.replace(/\n(?!\n)/g, "\n\n"), null);
    for (const g of gold.entities)
      for (const m of g.mentions[key] ?? []) {
        if (g.stretch) continue;
        const hit = a.entities.find((e) => e.text === m || (e.text.includes(m) && e.text.split(" ").length <= m.split(" ").length + 3));
        assert.ok(hit && hit.type.startsWith(g.type.slice(0, 3)), `${key}: ${g.type} ${m} → ${hit?.type}`);
      }
  }
});
