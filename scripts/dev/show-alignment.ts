import { ingest } from "../../src/ingest/ingest.js";
import { analyzeArticle } from "../../src/pipeline.js";
import { EntityLinker } from "../../src/link/entity-linker.js";
import { evidenceUnits } from "../../src/reconcile/evidence-unit.js";
import { UnitVectors } from "../../src/reconcile/unit-similarity.js";
const arts = [];
const linker = new EntityLinker();
for await (const r of ingest(process.argv.slice(2))) if (r.ok) { const a = analyzeArticle(r.value.article); linker.link(a); arts.push(a); }
const units = arts.flatMap(evidenceUnits);
const v = new UnitVectors(units);
const [A, B] = [units.filter((u) => u.article === arts[0]), units.filter((u) => u.article === arts[1])];
for (const u of A) {
  const best = B.map((x) => [v.similarity(u, x), x] as const).sort((p, q) => q[0] - p[0]).slice(0, 2);
  console.log(u.evidence.text.slice(0, 70));
  for (const [s, x] of best) console.log(`   ${s.toFixed(2)} ${x.evidence.text.slice(0, 70)}`);
}
