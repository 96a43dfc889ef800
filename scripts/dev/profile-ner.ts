import { readFileSync } from "node:fs";
import { NerModel } from "../../src/entities/ner-model.js";
import { tokenize } from "../../src/entities/tokenize.js";
import { splitRange } from "../../src/sentences/sentence-splitter.js";
const docs = readFileSync("../shared/data/polnear-train.jsonl", "utf8").trim().split("\n").slice(0, 200).map((l) => JSON.parse(l).text as string);
const model = NerModel.load();
let tTok = 0, tTag = 0, n = 0;
for (const text of docs) {
  for (const s of splitRange(text, 0, text.length)) {
    let t = performance.now();
    const toks = tokenize(text, s.start, s.end);
    tTok += performance.now() - t; t = performance.now();
    model.spans(toks);
    tTag += performance.now() - t;
    n += toks.length;
  }
}
console.log("tokenize", (tTok / docs.length).toFixed(2), "tag", (tTag / docs.length).toFixed(2), "ms/article;", (n / docs.length).toFixed(0), "tokens/article");
