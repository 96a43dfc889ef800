import { ingest } from "../../src/ingest/ingest.js";
import { analyzeArticle } from "../../src/pipeline.js";
for await (const r of ingest(process.argv.slice(2))) {
  if (!r.ok) { console.log(r.failure); continue; }
  const a = analyzeArticle(r.value.article);
  console.log("==", a.path, a.sentences.length);
  for (const e of a.entities) console.log(`  ${e.type.padEnd(6)} ${e.text.padEnd(28)} ${e.entity}${e.descriptor ? "  [" + e.descriptor.text + "]" : ""}`);
}
