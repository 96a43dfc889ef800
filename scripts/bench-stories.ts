/**
 * Story grouping and reconciliation cost per article as the corpus grows:
 * a generated corpus of many distinct invented events (each reported by two
 * to four outlets), grouped incrementally, then each story reconciled.
 */
import { createArticle } from "../src/core/create-article.js";
import type { Article } from "../src/core/article.js";
import { EntityLinker } from "../src/link/entity-linker.js";
import { StoryGrouper } from "../src/link/story-grouper.js";
import { analyzeArticle } from "../src/pipeline.js";
import { StoryReconciler } from "../src/reconcile/story-reconciler.js";
import { rng } from "./lib/synthetic-news.js";

const SYL = ["ka", "lo", "mi", "ren", "tas", "vo", "bri", "dun", "el", "far", "gor", "hal", "ist", "jen", "kor", "lum", "mar", "nor", "ost", "pel", "quin", "ros", "sel", "tor", "ul", "var", "wen", "yor", "zan"];
const KIND = ["warehouse fire", "bridge collapse", "ferry grounding", "train derailment", "chemical leak", "power outage", "flood", "storm"];

function word(r: () => number, parts = 2): string {
  let w = "";
  for (let i = 0; i < parts; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

/** Article `i` of an invented corpus where every event is reported by up to four outlets. */
export function eventArticle(i: number): Article {
  const event = Math.floor(i / 3);
  const r = rng(event * 104729 + 7);
  const city = word(r, 3);
  const person = `${word(r)} ${word(r, 3)}`;
  const org = `${word(r)} ${["Authority", "Agency", "Council", "Company"][Math.floor(r() * 4)]}`;
  const kind = KIND[Math.floor(r() * KIND.length)]!;
  const year = 2015 + Math.floor(r() * 10);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 27);
  const n = 3 + Math.floor(r() * 40);
  const topic = `${word(r, 3).toLowerCase()} ${word(r, 2).toLowerCase()}`;
  const o = rng(i * 31 + 1);
  const published = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const text = [
    `A ${kind} in ${city} on Tuesday injured ${n + Math.floor(o() * 3)} people, officials said, and the ${topic} was closed.`,
    `${person}, head of the ${org}, said an inquiry would begin. "We will find out what went wrong in ${city}," ${person.split(" ")[1]} told reporters.`,
    `According to the ${org}, the ${topic} had been inspected in ${year - 1 - Math.floor(o() * 3)}.`,
    `Residents of ${city} said the response was ${o() < 0.5 ? "slow" : "quick"}, and ${Math.floor(o() * 900) + 100} homes lost power.`,
  ].join("\n\n");
  return createArticle({ id: `e${i}`, text, published, outlet: `Outlet ${i % 3}` });
}

export async function benchStories(n: number): Promise<{ n: number; msPerArticle: number; groupMsPerArticle: number; reconcileMsPerArticle: number; peakRssMB: number; stories: number }> {
  const grouper = new StoryGrouper();
  // Analysis is measured elsewhere; here only grouping and reconciliation count.
  const sample = new Map<number, Article>();
  let peak = process.memoryUsage().rss;
  let groupMs = 0;
  for (let i = 0; i < n; i++) {
    // Grouping reads the text (and dates when present); only the reconciled sample needs the full analysis.
    const a = i >= n - 300 ? analyzeArticle(eventArticle(i)) : eventArticle(i);
    if (i >= n - 300) sample.set(i, a);
    const t0 = performance.now();
    grouper.add(a);
    groupMs += performance.now() - t0;
    if (i % 2000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const t0 = performance.now();
  const stories = grouper.stories();
  groupMs += performance.now() - t0;
  peak = Math.max(peak, process.memoryUsage().rss);
  // Reconcile the stories of the last 300 articles (the cost per story does not depend on the corpus size).
  const byId = new Map([...sample.values()].map((a) => [a.id, a]));
  const linker = new EntityLinker();
  for (const a of byId.values()) linker.link(a);
  const reconciler = new StoryReconciler(linker);
  let reconciled = 0;
  const t1 = performance.now();
  for (const s of stories) {
    const members = s.articles.map((id) => byId.get(id)).filter((a): a is Article => !!a);
    if (members.length !== s.articles.length || !members.length) continue;
    reconciler.reconcile(s.id, members);
    reconciled += members.length;
  }
  const reconcileMs = (performance.now() - t1) / Math.max(1, reconciled);
  return { n, msPerArticle: groupMs / n + reconcileMs, groupMsPerArticle: groupMs / n, reconcileMsPerArticle: reconcileMs, peakRssMB: peak / 1024 / 1024, stories: stories.length };
}
