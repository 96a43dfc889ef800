import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createApp } from "../../src/server/app.js";
import { startServer } from "../../src/server/serve.js";
import { sampleStore } from "../helpers/sample-store.js";

describe("HTTP API (in-process)", async () => {
  const { source } = await sampleStore();
  const app = createApp(source);

  it("lists stories with counts and filters them", async () => {
    const res = await app.request("/api/stories");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'self'/);
    const { stories } = (await res.json()) as { stories: { id: string; articles: number; outlets: string[]; counts: { corroborated: number }; conflicts: number }[] };
    assert.equal(stories.length, 2);
    assert.equal(stories[0]!.articles, 3);
    assert.ok(stories[0]!.counts.corroborated > 0 && stories[0]!.conflicts >= 5);
    const byOutlet = (await (await app.request("/api/stories?outlet=valley")).json()) as { stories: unknown[] };
    assert.equal(byOutlet.stories.length, 1);
    const bad = await app.request("/api/stories?from=yesterday");
    assert.equal(bad.status, 400);
    assert.deepEqual(((await bad.json()) as { error: { field: string } }).error.field, "from");
  });

  it("serves a story with its reconciliation and articles, and 404s with the bad id named", async () => {
    const { stories } = (await (await app.request("/api/stories")).json()) as { stories: { id: string }[] };
    const res = await app.request(`/api/stories/${stories[0]!.id}`);
    const body = (await res.json()) as { story: { claims: unknown[]; conflicts: { kind: string }[] }; articles: { text: string }[] };
    assert.equal(body.articles.length, 3);
    assert.ok(body.story.conflicts.some((c) => c.kind === "quote-wording"));
    const missing = await app.request("/api/stories/nope");
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { message: string } }).error.message, `no story "nope"`);
  });

  it("searches articles and claims with ranked, highlighted snippets", async () => {
    const { hits } = (await (await app.request("/api/search?q=footbridge")).json()) as { hits: { kind: string; snippet: string }[] };
    assert.ok(hits.some((h) => h.kind === "article") && hits.some((h) => h.kind === "claim"));
    assert.ok(hits.every((h) => h.snippet.includes("«")));
    assert.equal((await app.request("/api/search")).status, 400);
    assert.equal((await app.request("/api/search?q=x&limit=0")).status, 400);
  });

  it("ingests posted records, validating fields, and groups them into stories", async () => {
    const bad = await app.request("/api/articles", { method: "POST", body: JSON.stringify({ title: "x" }), headers: { "content-type": "application/json" } });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { error: { field: string } }).error.field, "text");
    const badDate = await app.request("/api/articles", { method: "POST", body: JSON.stringify({ text: "x y z", published: "last Tuesday" }), headers: { "content-type": "application/json" } });
    assert.equal(((await badDate.json()) as { error: { field: string } }).error.field, "published");
    const ok = await app.request("/api/articles", { method: "POST", body: JSON.stringify([{ id: "post-1", outlet: "River Post", published: "2026-03-12", text: "The Kestrel footbridge in Port Alder collapsed on Tuesday, injuring 14 people, Mayor Helena Voss said. Transport Minister Daniel Okafor visited the site on Wednesday." }]), headers: { "content-type": "application/json" } });
    assert.equal(ok.status, 201);
    const result = (await ok.json()) as { articles: string[]; stories: string[] };
    assert.deepEqual(result.articles, ["post-1"]);
    const story = (await (await app.request(`/api/stories/${result.stories[0]}`)).json()) as { story: { articles: string[] } };
    assert.ok(story.story.articles.length >= 2, "the posted article joined the sample story");
  });

  it("runs an import job with progress", async () => {
    const start = await app.request("/api/imports", { method: "POST", body: JSON.stringify({ records: [{ id: "imp-1", text: "The Glenmoor orchard festival will open its gates again in September, organisers said on Friday." }] }), headers: { "content-type": "application/json" } });
    assert.equal(start.status, 202);
    const { job } = (await start.json()) as { job: string };
    let j: { status: string; done: number; total: number } = { status: "running", done: 0, total: 0 };
    for (let i = 0; i < 100 && j.status === "running"; i++) {
      await new Promise((r) => setTimeout(r, 20));
      j = (await (await app.request(`/api/imports/${job}`)).json()) as typeof j;
    }
    assert.equal(j.status, "done");
    assert.deepEqual([j.done, j.total], [1, 1]);
    assert.equal((await app.request("/api/imports", { method: "POST", body: JSON.stringify({ urls: ["ftp://x"] }), headers: { "content-type": "application/json" } })).status, 400);
  });

  it("describes itself in OpenAPI and serves the UI", async () => {
    const spec = (await (await app.request("/api/openapi.json")).json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(spec.openapi, "3.1.0");
    assert.ok(spec.paths["/api/stories/{id}"] && spec.paths["/api/search"]);
    const page = await app.request("/");
    assert.match(await page.text(), /<script src="\/app.js" defer><\/script>/);
    assert.equal((await app.request("/api/nothing")).status, 404);
  });

  it("requires the token for writes when one is set, and refuses a public address without one", async () => {
    const guarded = createApp(source, { token: "s3cret" });
    const body = { method: "POST", body: JSON.stringify({ text: "a b c d" }), headers: { "content-type": "application/json" } };
    assert.equal((await guarded.request("/api/articles", body)).status, 401);
    assert.equal((await guarded.request("/api/stories")).status, 200);
    await assert.rejects(startServer({ host: "0.0.0.0", port: 0, source }), /PARALLAX_TOKEN/);
  });
});
