/**
 * API latency on loopback: a store of 10,000 articles (invented events, three
 * outlets each), the stories of the last articles analysed and reconciled, and
 * 50 concurrent clients requesting story pages and searches.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EntityLinker } from "../src/link/entity-linker.js";
import { analyzeArticle } from "../src/pipeline.js";
import { StoryReconciler } from "../src/reconcile/story-reconciler.js";
import { openStore } from "../src/store/store.js";
import { eventArticle } from "./bench-stories.js";

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

export async function benchApi(n = 10_000, clients = 50, requestsPerClient = 20): Promise<{ articles: number; stories: number; storyP50: number; storyP99: number; searchP50: number; searchP99: number }> {
  const dir = mkdtempSync(join(tmpdir(), "px-bench-api-"));
  const store = await openStore(join(dir, "api.db"));
  const reconciled = 300;
  const linker = new EntityLinker();
  const reconciler = new StoryReconciler(linker);
  const storyIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = eventArticle(i);
    const analysed = i >= n - reconciled * 3 ? analyzeArticle(a) : a;
    linker.link(analysed);
    await store.putArticle(analysed);
  }
  for (let e = Math.floor((n - reconciled * 3) / 3); e < n / 3; e++) {
    const ids = [`e${e * 3}`, `e${e * 3 + 1}`, `e${e * 3 + 2}`];
    const arts = await store.getArticles(ids);
    for (const a of arts) linker.link(a);
    const story = reconciler.reconcile(`s-${e}`, arts);
    await store.putStory({ id: story.id, articles: story.articles, title: story.title, data: story, claims: story.claims.map((c) => ({ id: c.id, text: c.text })) });
    storyIds.push(story.id);
  }
  await store.close();
  // The server runs in its own process, as in production: the clients here must not share its event loop.
  const child = spawn(process.execPath, [fileURLToPath(new URL("../bin/parallax", import.meta.url)), "serve", "--db", join(dir, "api.db"), "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
  const url = await new Promise<string>((resolve, reject) => {
    let err = "";
    child.stderr!.on("data", (d) => {
      err += d;
      const m = /at (http:\/\/[^\s/]+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once("exit", () => reject(new Error(`server exited: ${err}`)));
  });
  const server = { url };
  // Let the server finish warming its story-page cache, as it does after any start.
  await new Promise((r) => setTimeout(r, 1500));
  // node:http with a keep-alive pool of one socket per client: a light client, so the figures are the server's.
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const get = (path: string) =>
    new Promise<void>((resolve, reject) =>
      http
        .get(`${server.url}${path}`, { agent }, (res) => {
          res.resume();
          res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode} for ${path}`))));
        })
        .on("error", reject),
    );
  const measure = async (path: (k: number) => string) => {
    const lat: number[] = [];
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let r = 0; r < requestsPerClient; r++) {
          const t0 = performance.now();
          await get(path(c * requestsPerClient + r));
          lat.push(performance.now() - t0);
        }
      }),
    );
    return lat;
  };
  const words = ["fire", "bridge", "ferry", "inquiry", "residents", "power", "flood", "storm"];
  // Warm-up with the same concurrency, so that compilation and opening 50 connections are not measured.
  await Promise.all(storyIds.slice(0, clients).map((id) => get(`/api/stories/${id}`)));
  await Promise.all(words.map((w) => get(`/api/search?q=${w}`)));
  const story = await measure((k) => `/api/stories/${storyIds[k % storyIds.length]}`);
  const search = await measure((k) => `/api/search?q=${words[k % words.length]}`);
  agent.destroy();
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  rmSync(dir, { recursive: true, force: true });
  return { articles: n, stories: storyIds.length, storyP50: pct(story, 50), storyP99: pct(story, 99), searchP50: pct(search, 50), searchP99: pct(search, 99) };
}

// Run directly (as `npm run bench` does, in a fresh process): print the figures as JSON.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2] ?? 10_000);
  console.log(JSON.stringify(await benchApi(n)));
}
