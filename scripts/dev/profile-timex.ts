import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";
import { OWN_PARSERS } from "../../src/timex/own-parsers.js";
const docs = readFileSync("../shared/data/polnear-train.jsonl", "utf8").trim().split("\n").slice(0, 300).map((l) => JSON.parse(l).text as string);
const ref = { instant: new Date("2025-09-19T12:00:00Z"), timezone: 0 };
let t = performance.now();
for (const d of docs) chrono.casual.parse(d, ref, { forwardDate: false });
console.log("chrono", ((performance.now() - t) / docs.length).toFixed(2));
for (const p of OWN_PARSERS) { t = performance.now(); for (const d of docs) p.find(d); console.log(p.name, ((performance.now() - t) / docs.length).toFixed(3)); }
