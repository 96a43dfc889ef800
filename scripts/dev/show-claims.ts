import { ingest } from "../../src/ingest/ingest.js";
import { analyzeArticle } from "../../src/pipeline.js";
import { EntityLinker } from "../../src/link/entity-linker.js";
import { evidenceUnits } from "../../src/reconcile/evidence-unit.js";
import { ClaimAligner } from "../../src/reconcile/claim-aligner.js";
const arts = [];
const linker = new EntityLinker();
for await (const r of ingest(process.argv.slice(2))) if (r.ok) { const a = analyzeArticle(r.value.article); linker.link(a); arts.push(a); }
const units = arts.flatMap((a) => evidenceUnits(a));
for (const c of new ClaimAligner().align(units)) if (c.units.length > 1) console.log(c.pairs.map((p) => `${p.sim.toFixed(2)} ${p.a.evidence.text.slice(0, 45)} ~ ${p.b.evidence.text.slice(0, 45)}`).join("\n   "), "\n");
