/**
 * `npm run eval`: accuracy on the development corpora in ../shared/data (skipped when absent),
 * each figure printed beside its target.
 *   --only X   one section: ner | quotes | stories
 */
import { section } from "./lib/section.js";
import { existsSync } from "node:fs";

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const want = (s: string) => !only || only === s;
const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + "%";
const line = (label: string, value: string, target = "") => console.log(`  ${label.padEnd(46)} ${value.padStart(22)}  ${target}`);
const prf = (r: { precision: number; recall: number; f1: number }) => `P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)}`;

if (!existsSync(new URL("../../shared/data", import.meta.url))) {
  console.log("eval: ../shared/data is not present; nothing to measure");
  process.exit(0);
}


if (want("ner"))
  await section("Entities on conll-dev (exact match; PERSON→PER, ORG→ORG, PLACE→LOC)", async () => {
    const { evalNer } = await import("./eval-ner.js");
    const r = await evalNer();
    line("PER", prf(r.per));
    line("ORG", prf(r.org));
    line("LOC", prf(r.loc));
    line("PER/ORG/LOC overall", prf(r.overall), "target F1 ≥ 80%");
  });

if (want("quotes"))
  await section("Quotes on polnear-dev", async () => {
    const { evalQuotes } = await import("./eval-quotes.js");
    await evalQuotes();
  });

if (want("stories"))
  await section("Story grouping on ecbplus-dev (B-cubed against gold.story)", async () => {
    const { evalStories } = await import("./eval-stories.js");
    const r = await evalStories();
    line(`${r.articles} articles → ${r.stories} stories`, prf(r), "target F1 ≥ 90%");
  });
