/** Help texts, one per command; printed by `--help` and on usage errors. */
export const HELP: Record<string, string> = {
  main: `parallax: group news articles into stories and reconcile them claim by claim.

Usage:
  parallax analyze [INPUT...] [--json] [--db FILE] [--out DIR]
  parallax extract [INPUT...]
  parallax <command> --help

Commands:
  analyze   ingest, analyse, group into stories, reconcile; print a summary or JSON
  extract   per-article analysis only: one Article per line (JSON Lines)
  serve     the web UI and HTTP API over a store (see parallax serve --help)

INPUT is a file, a folder (read recursively), - (JSON Lines on standard input)
or an http(s) URL of a page or a feed. Recognised files: .txt .md .html .htm
.xml .rss .atom .json .jsonl.

Exit status: 0 all inputs processed, 1 some inputs failed (named on stderr),
2 usage error.`,
  analyze: `Usage: parallax analyze [INPUT...] [options]

Ingests the inputs, analyses each article (sentences, entities, dates, quotes,
origins, framing), keeps them in the store, groups them into stories and
reconciles each story. Prints a readable summary, or the JSON report.

Options:
  --json            print the JSON report on stdout instead of the summary
  --db FILE         the store (default ./parallax.db; :memory: keeps nothing)
  --out DIR         also write report.json, report.md and report.html to DIR
  --max-bytes N     largest input file or download accepted (default 20000000)
  --timeout MS      per-URL fetch timeout in milliseconds (default 15000)
  --quiet           no progress line and no failure lines on stderr
  --serve           then serve the store in the web UI (see parallax serve --help)
  --port N          port for --serve (default 8080)
  -h, --help        this help

Examples:
  parallax analyze samples/
  parallax analyze samples/ --serve          # then open http://127.0.0.1:8080/
  parallax analyze feeds/ https://example.org/feed.xml --out report/
  cat articles.jsonl | parallax analyze - --json --db :memory:`,
  extract: `Usage: parallax extract [INPUT...] [options]

Per-article analysis only: prints one Article object per line (JSON Lines) on
stdout as each article is analysed. Nothing is stored and no stories are made.

Options:
  --max-bytes N     largest input file or download accepted (default 20000000)
  --timeout MS      per-URL fetch timeout in milliseconds (default 15000)
  --quiet           no failure lines on stderr
  -h, --help        this help`,
  serve: `Usage: parallax serve [--db FILE] [--host 127.0.0.1] [--port 8080]

Serves the web UI and the HTTP API over a store (default ./parallax.db):
stories with their claim ledgers, conflicts, quote ledgers and timelines,
articles with highlighted evidence, entities, full-text search, and imports.
The API is described at /api/openapi.json.

Listening beyond loopback (e.g. --host 0.0.0.0) requires PARALLAX_TOKEN in the
environment; write endpoints then need "Authorization: Bearer <token>".

Options:
  --db FILE         the store to serve (default ./parallax.db)
  --host ADDR       address to listen on (default 127.0.0.1)
  --port N          port (default 8080; 0 picks a free one)
  -h, --help        this help`,
};
