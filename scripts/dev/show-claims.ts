import { ingest } from "../../src/ingest/ingest.js";
import { analyzeArticle } from "../../src/pipeline.js";
import { EntityLinker } from "../../src/link/entity-linker.js";
import { evidenceUnits } from "../../src/reconcile/evidence-unit.js";
import { ClaimAligner } from "../../src/reconcile/claim-aligner.js";
const arts = [];
const linker = new EntityLinker();
for await (const r of ingest(process.argv.slice(2))) if (r.ok) { const a = analyzeArticle(r.value.article); linker.link(a); arts.push(a); }
const units = arts.flatMap((a) => evidenceUnits(a));
for (const c of new ClaimAligner().align(units)) if (c.units.length > 1) console.log(c.units.map((u) => `${u === c.anchor ? "*" : ""}${u.key.slice(0, 4)}${u.key.slice(-3)} ${(c.sims.get(u.key) ?? 0).toFixed(2)} ${u.evidence.text.slice(0, 50)}`).join("\n   "), "\n");
