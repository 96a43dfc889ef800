import { readFileSync } from "node:fs";
import { Hono, type Context } from "hono";
import type { DataSource } from "./data-source.js";
import { JobRegistry } from "./jobs.js";
import { OPENAPI } from "./openapi.js";

export interface AppOptions {
  /** When set, write endpoints require `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Story pages loaded into the response cache at start, so the first readers do not wait (default 0). */
  warm?: number;
}

const WEB = new URL("../../src/web/", import.meta.url);
const ASSETS: Record<string, string> = { "/": "index.html", "/app.js": "app.js", "/app.css": "app.css" };
const TYPES: Record<string, string> = { html: "text/html; charset=utf-8", js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8" };
/** Article text is rendered as text by the UI; the policy is a second wall: no inline script, nothing fetched elsewhere. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const bad = (c: Context, field: string, message: string) => c.json({ error: { field, message } }, 400);

/** The HTTP API and the web UI over a DataSource (hono: test it in-process with `app.request`). */
export function createApp(source: DataSource, opts: AppOptions = {}): Hono {
  const app = new Hono();
  const jobs = new JobRegistry();
  const cache = new ResponseCache(Math.max(500, opts.warm ?? 0));
  if (opts.warm && source.storyIds && source.getStoryJson) {
    const getJson = source.getStoryJson.bind(source);
    void source.storyIds(opts.warm).then(async (ids) => {
      for (const id of ids) {
        const raw = await getJson(id);
        if (raw && !cache.get(`/api/stories/${id}`)) cache.set(`/api/stories/${id}`, raw);
      }
    }, () => {});
  }

  app.use("*", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", CSP);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
  });

  const requireToken = async (c: Context, next: () => Promise<void>) => {
    if (opts.token && c.req.header("authorization") !== `Bearer ${opts.token}`) return c.json({ error: { field: "authorization", message: "a valid Bearer token (PARALLAX_TOKEN) is required for write endpoints" } }, 401);
    await next();
  };

  app.get("/api/openapi.json", (c) => c.json(OPENAPI));

  app.get("/api/stories", async (c) => {
    const q = c.req.query();
    for (const f of ["from", "to"] as const) if (q[f] && !/^\d{4}-\d{2}-\d{2}$/.test(q[f]!)) return bad(c, f, `"${f}" must be a date like 2025-09-19, got "${q[f]}"`);
    return c.json({ stories: await source.listStories({ from: q.from, to: q.to, outlet: q.outlet, entity: q.entity }) });
  });

  app.get("/api/stories/:id", async (c) => {
    const hit = cache.get(c.req.path);
    if (hit) return c.body(hit, 200, { "content-type": "application/json" });
    const raw = source.getStoryJson ? await source.getStoryJson(c.req.param("id")) : null;
    if (raw) return c.body(cache.set(c.req.path, raw), 200, { "content-type": "application/json" });
    const s = await source.getStory(c.req.param("id"));
    if (!s) return c.json({ error: { field: "id", message: `no story "${c.req.param("id")}"` } }, 404);
    return c.body(cache.set(c.req.path, JSON.stringify(s)), 200, { "content-type": "application/json" });
  });

  app.get("/api/articles/:id", async (c) => {
    const a = await source.getArticle(c.req.param("id"));
    return a ? c.json(a) : c.json({ error: { field: "id", message: `no article "${c.req.param("id")}"` } }, 404);
  });

  app.get("/api/entities", async (c) => c.json({ entities: await source.listEntities() }));

  app.get("/api/entities/:id{.+}", async (c) => {
    const e = await source.getEntity(c.req.param("id"));
    return e ? c.json(e) : c.json({ error: { field: "id", message: `no entity "${c.req.param("id")}"` } }, 404);
  });

  app.get("/api/search", async (c) => {
    const q = c.req.query("q")?.trim();
    if (!q) return bad(c, "q", 'give a search query, e.g. /api/search?q=footbridge');
    const limit = Number(c.req.query("limit") ?? 20);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) return bad(c, "limit", `"limit" must be a whole number from 1 to 200, got "${c.req.query("limit")}"`);
    const key = `search|${limit}|${q.toLowerCase()}`;
    const hit = cache.get(key);
    if (hit) return c.body(hit, 200, { "content-type": "application/json" });
    return c.body(cache.set(key, JSON.stringify({ hits: await source.search(q, limit) })), 200, { "content-type": "application/json" });
  });

  app.post("/api/articles", requireToken, async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return bad(c, "body", "the body must be JSON: one article record, or an array of them");
    }
    const records = Array.isArray(body) ? body : [body];
    if (!records.length) return bad(c, "body", "no records given");
    for (const [i, r] of records.entries()) {
      const rec = r as Record<string, unknown>;
      const where = Array.isArray(body) ? `[${i}].` : "";
      if (!rec || typeof rec !== "object") return bad(c, `${where}record`, "each record must be a JSON object");
      if (typeof rec.text !== "string" && typeof rec.html !== "string") return bad(c, `${where}text`, 'each record needs "text" or "html" (a string)');
      for (const f of ["id", "url", "outlet", "title", "published"]) if (rec[f] !== undefined && rec[f] !== null && typeof rec[f] !== "string") return bad(c, `${where}${f}`, `"${f}" must be a string`);
      if (typeof rec.published === "string" && !/^\d{4}-\d{2}-\d{2}/.test(rec.published)) return bad(c, `${where}published`, `"published" must be an ISO date like 2025-09-19, got "${rec.published}"`);
    }
    const result = await source.importInputs({ records }, () => {});
    cache.clear();
    return c.json(result, result.failures.length && !result.articles.length ? 422 : 201);
  });

  app.post("/api/imports", requireToken, async (c) => {
    let body: { urls?: unknown; records?: unknown };
    try {
      body = await c.req.json();
    } catch {
      return bad(c, "body", 'the body must be JSON: {"urls": ["https://…"]} or {"records": [{"text": …}]}');
    }
    const urls = body.urls ?? [];
    const records = body.records ?? [];
    if (!Array.isArray(urls) || urls.some((u) => typeof u !== "string" || !/^https?:\/\//i.test(u))) return bad(c, "urls", '"urls" must be a list of http(s) URLs');
    if (!Array.isArray(records)) return bad(c, "records", '"records" must be a list of article records');
    if (!urls.length && !records.length) return bad(c, "urls", "give at least one URL or record");
    const job = jobs.start(async (progress) => {
      const result = await source.importInputs({ urls: urls as string[], records }, progress);
      cache.clear();
      return result;
    });
    return c.json({ job: job.id, status: `/api/imports/${job.id}` }, 202);
  });

  app.get("/api/imports/:id", (c) => {
    const job = jobs.get(c.req.param("id"));
    return job ? c.json(job) : c.json({ error: { field: "id", message: `no import job "${c.req.param("id")}"` } }, 404);
  });

  for (const [route, file] of Object.entries(ASSETS))
    app.get(route, (c) => {
      const body = readFileSync(new URL(file, WEB), "utf8");
      return c.body(body, 200, { "content-type": TYPES[file.split(".").pop()!]!, "cache-control": "no-cache" });
    });

  app.notFound((c) => (c.req.path.startsWith("/api/") ? c.json({ error: { field: "path", message: `no endpoint ${c.req.method} ${c.req.path}: see /api/openapi.json` } }, 404) : c.text("not found", 404)));
  return app;
}

/**
 * Serialised responses of read endpoints, least recently used dropped first.
 * Stories only change on writes, and every write through this app clears it.
 */
class ResponseCache {
  /** Encoded once: a hit writes the bytes as they are. */
  private readonly map = new Map<string, Uint8Array<ArrayBuffer>>();
  constructor(private readonly max: number) {}
  get(key: string): Uint8Array<ArrayBuffer> | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: string): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(Buffer.from(value, "utf8"));
    this.map.set(key, bytes);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    return bytes;
  }
  clear(): void {
    this.map.clear();
  }
}
