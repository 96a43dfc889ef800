import assert from "node:assert/strict";
import { it } from "node:test";
import { analyzeText } from "../helpers/analyze-text.js";
import { assertSpans } from "../helpers/assert-spans.js";

it("marks loaded wording, intensifiers and scare quotes in the outlet's own words", () => {
  const a = analyzeText("The council's botched repairs left residents as sitting ducks, and the utterly disgraceful delay continues. The mayor's 'plan' was a stunt.\n\n“It was a disaster,” the mayor said.");
  assert.ok(assertSpans(a) > 0);
  const by = (k: string) => a.framing.filter((f) => f.kind === k).map((f) => f.text);
  assert.deepEqual(by("loaded"), ["botched", "sitting ducks", "disgraceful", "stunt"]);
  assert.deepEqual(by("intensifier"), ["utterly"]);
  assert.deepEqual(by("scare-quote"), ["'plan'"]);
  // "disaster" is the mayor's word, inside a quote: not the outlet's framing.
  assert.ok(!a.framing.some((f) => f.text === "disaster"));
});

it("leaves a plainly worded article almost unmarked", () => {
  const a = analyzeText("The footbridge over the Wren River closed on Tuesday after engineers found cracks in two cables. The city council will meet on Thursday to discuss repairs, which officials estimate will cost 2.4 million dollars. Pedestrians are being directed to the Mill Street crossing.");
  assert.ok(a.framing.length <= 1, JSON.stringify(a.framing));
});
