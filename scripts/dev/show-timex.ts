import { resolveTimex } from "../../src/timex/timex-tagger.js";
const anchor = process.argv[2] ?? "2025-09-19";
for (const t of process.argv.slice(3)) console.log(JSON.stringify(t), "→", resolveTimex(t, anchor));
