import { serve, type ServerType } from "@hono/node-server";
import { UsageError } from "../core/errors.js";
import { createApp } from "./app.js";
import type { DataSource } from "./data-source.js";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/**
 * Starts the HTTP server. On any address beyond loopback, write endpoints
 * need a token: without one the server refuses to start there.
 */
export async function startServer(opts: { host: string; port: number; source: DataSource; token?: string | null }): Promise<{ server: ServerType; url: string; close(): Promise<void> }> {
  const token = opts.token ?? null;
  if (!LOOPBACK.test(opts.host) && !token) throw new UsageError(`serve: refusing to listen on ${opts.host} without a token: set PARALLAX_TOKEN, or listen on 127.0.0.1`);
  const app = createApp(opts.source, { token, warm: 500 });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info) => {
      const url = `http://${opts.host.includes(":") ? `[${opts.host}]` : opts.host}:${info.port}`;
      resolve({ server, url, close: () => new Promise<void>((r) => server.close(() => r())) });
    });
    server.once("error", reject);
  });
}
