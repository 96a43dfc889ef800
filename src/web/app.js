// Parallax web UI. Plain DOM: article text only ever becomes text nodes (never HTML).
"use strict";

const app = document.getElementById("app");

/** Element builder: attributes are set one by one, children strings become text nodes. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

function svg(tag, attrs, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

async function api(path, init) {
  const res = await fetch(path, init);
  const body = await res.json();
  if (!res.ok) throw new Error(body && body.error ? `${body.error.field}: ${body.error.message}` : `HTTP ${res.status}`);
  return body;
}

/** Text with «matches» marked, built from text nodes. */
function marked(snippet) {
  const out = [];
  for (const [i, part] of snippet.split(/[«»]/).entries()) out.push(i % 2 ? h("mark", {}, part) : part);
  return out;
}

function show(...nodes) {
  app.replaceChildren(...nodes);
}

async function route() {
  const hash = location.hash.slice(1) || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  try {
    if (path.startsWith("/story/")) await storyPage(decodeURIComponent(path.slice(7)));
    else if (path.startsWith("/entity/")) await entityPage(decodeURIComponent(path.slice(8)));
    else if (path === "/search") await searchPage(params.get("q") || "");
    else if (path === "/import") importPage();
    else await storiesPage(params);
  } catch (err) {
    show(h("p", { class: "disputed", role: "alert" }, `Could not load this page: ${err.message}`));
  }
}

async function storiesPage(params) {
  const { stories } = await api(`/api/stories?${params}`);
  const rows = stories.map((s) =>
    h("tr", {},
      h("td", {}, h("a", { href: `#/story/${encodeURIComponent(s.id)}` }, s.title || s.id)),
      h("td", {}, s.from === s.to ? s.from || "" : `${s.from} – ${s.to}`),
      h("td", {}, s.outlets.join(", ")),
      h("td", { class: "counts" }, h("span", { class: "corroborated" }, `${s.counts.corroborated} corroborated`), h("span", { class: "single-source" }, `${s.counts.singleSource} single-source`), h("span", { class: "disputed" }, `${s.counts.disputed} disputed`)),
      h("td", {}, String(s.conflicts))));
  show(h("h1", {}, "Stories"), stories.length ? h("table", { id: "stories" }, h("thead", {}, h("tr", {}, h("th", {}, "story"), h("th", {}, "dates"), h("th", {}, "outlets"), h("th", {}, "claims"), h("th", {}, "conflicts"))), h("tbody", {}, rows)) : h("p", {}, "No stories yet. ", h("a", { href: "#/import" }, "Import articles"), "."));
}

/** Renders one article's text split at every span boundary, each piece a text node in a span carrying its classes. */
function articleView(article, evidenceSpans) {
  const layers = [
    ...article.entities.filter((e) => e.type !== "MISC").map((e) => ({ start: e.start, end: e.end, cls: "ent", title: `${e.type} ${e.entity}` })),
    ...article.quotes.map((q) => ({ start: q.start, end: q.end, cls: "q", title: `quote (${q.kind}) — ${q.speaker ? q.speaker.text : "unknown speaker"}` })),
    ...article.framing.map((f) => ({ start: f.start, end: f.end, cls: "fr", title: `framing: ${f.kind}` })),
    ...evidenceSpans.map((e) => ({ start: e.start, end: e.end, cls: "ev" })),
  ];
  const cuts = new Set([0, article.text.length]);
  for (const l of layers) cuts.add(l.start), cuts.add(l.end);
  const points = [...cuts].sort((a, b) => a - b);
  const body = h("div", { class: "text" });
  for (let i = 0; i < points.length - 1; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const on = layers.filter((l) => l.start <= s && e <= l.end);
    const span = h("span", { "data-s": s, "data-e": e, class: [...new Set(on.map((l) => l.cls))].join(" ") || null, title: on.map((l) => l.title).filter(Boolean).join("; ") || null }, article.text.slice(s, e));
    body.append(span);
  }
  return h("section", { class: "article", id: `art-${article.id}`, "data-article": article.id, "aria-label": article.outlet || article.id },
    h("h3", {}, article.outlet || article.id, " ", h("span", { class: "muted" }, article.published || (article.publishedEstimate ? `undated (≈ ${article.publishedEstimate.from} – ${article.publishedEstimate.to})` : "undated"))),
    article.title ? h("p", {}, h("b", {}, article.title)) : null,
    body);
}

/** Highlights exact spans in each article and scrolls the first of each into view. */
function highlight(evidence) {
  for (const el of document.querySelectorAll(".hl")) el.classList.remove("hl");
  const firsts = new Map();
  for (const ev of evidence) {
    const art = document.querySelector(`[data-article="${CSS.escape(ev.article)}"]`);
    if (!art) continue;
    for (const piece of art.querySelectorAll("span[data-s]")) {
      const s = Number(piece.dataset.s), e = Number(piece.dataset.e);
      if (s >= ev.start && e <= ev.end && e > s) {
        piece.classList.add("hl");
        if (!firsts.has(ev.article)) firsts.set(ev.article, piece);
      }
    }
  }
  for (const el of firsts.values()) el.scrollIntoView({ block: "center", behavior: "smooth" });
  const status = document.getElementById("hl-status");
  if (status) status.textContent = `${evidence.length} passage${evidence.length === 1 ? "" : "s"} highlighted in ${firsts.size} article${firsts.size === 1 ? "" : "s"}`;
}

function diffView(ops) {
  return ops.map((o) => (o.op === "same" ? `${o.a} ` : o.op === "del" ? [h("del", {}, o.a), " "] : o.op === "ins" ? [h("ins", {}, o.b), " "] : [h("del", {}, o.a), h("ins", {}, o.b), " "]));
}

function timelineChart(timeline) {
  if (!timeline.length) return h("p", { class: "muted" }, "No dated events.");
  const W = 900, H = 60 + timeline.length * 22;
  const nodes = [svg("line", { x1: 40, y1: 30, x2: W - 20, y2: 30, stroke: "#888" })];
  timeline.forEach((t, i) => {
    const x = 40 + ((W - 60) * i) / Math.max(1, timeline.length - 1);
    const y = 50 + i * 22;
    const dot = svg("circle", { cx: x, cy: 30, r: 7, fill: "#0b5cad", tabindex: 0, role: "button", "aria-label": `${t.date}: ${t.text}`, onclick: () => highlight(t.evidence), onkeydown: (e) => e.key === "Enter" && highlight(t.evidence) });
    dot.append(svg("title", {}, `${t.date}: ${t.text}`));
    nodes.push(dot, svg("text", { x: 45, y, "font-size": 13 }, `${t.date} — ${t.text.slice(0, 110)}`));
  });
  return h("div", { class: "timeline" }, svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Timeline" }, nodes));
}

async function storyPage(id) {
  const { story, articles } = await api(`/api/stories/${encodeURIComponent(id)}`);
  const outlets = articles.map((a) => ({ id: a.id, name: a.outlet || a.id }));
  const evidence = [...story.claims.flatMap((c) => c.evidence), ...story.conflicts.flatMap((c) => c.variants), ...story.timeline.flatMap((t) => t.evidence)];
  const matrix = h("table", { id: "ledger" },
    h("thead", {}, h("tr", {}, h("th", {}, "claim"), h("th", {}, "status"), h("th", {}, "origins"), outlets.map((o) => h("th", {}, o.name)))),
    h("tbody", {}, story.claims.map((c) =>
      h("tr", {},
        h("td", {}, h("button", { class: "claim", onclick: () => highlight(c.evidence), title: "Show the evidence" }, c.text)),
        h("td", { class: c.status }, c.status),
        h("td", {}, `${c.origins.join(", ") || "outlets' own reporting"} (${c.independentOrigins})`),
        outlets.map((o) => {
          const ev = c.evidence.filter((e) => e.article === o.id);
          return h("td", { class: `cell${ev.length ? " has" : ""}` }, ev.length ? h("button", { "aria-label": `${o.name} carries this claim: show it`, onclick: () => highlight(ev) }, "●") : "");
        })))));
  const conflicts = h("div", { class: "grid", id: "conflicts" }, story.conflicts.map((c) =>
    h("div", { class: "card conflict" },
      h("button", { class: "conflict-open", onclick: () => highlight(c.variants) }, `${c.kind}${c.subject ? ` · ${c.subject}` : ""}`),
      h("div", { class: "variants" }, c.variants.map((v) => h("div", { class: "variant" }, h("b", {}, outlets.find((o) => o.id === v.article)?.name || v.article), h("br"), `“${v.text}”`))),
      c.note ? h("p", { class: "muted" }, c.note) : null)));
  const quotes = h("div", { id: "quotes" }, story.quotes.filter((q) => q.variants.length > 1).map((q) =>
    h("div", { class: "card" },
      h("button", { onclick: () => highlight(q.variants) }, q.speaker || "unknown speaker"),
      h("ul", {}, q.variants.map((v) => h("li", {}, h("b", {}, outlets.find((o) => o.id === v.article)?.name || v.article), ": “", v.text, "”"))),
      (q.diff || []).map((d) => h("p", { class: "diff" }, diffView(d.ops))))));
  show(
    h("h1", {}, story.title),
    h("p", { class: "muted" }, `${articles.length} articles from ${outlets.map((o) => o.name).join(", ")}`),
    h("p", { id: "hl-status", class: "muted", "aria-live": "polite" }, "Click a claim, conflict or timeline entry to see its evidence."),
    h("h2", {}, "Claim ledger"), matrix,
    h("h2", {}, "Conflicts"), story.conflicts.length ? conflicts : h("p", {}, "No conflicts found."),
    h("h2", {}, "Quote ledger"), quotes,
    h("h2", {}, "Timeline"), timelineChart(story.timeline),
    h("h2", {}, "People, organisations and places"), entityLinks(articles),
    h("h2", {}, "Articles"), h("div", { class: "reader" }, articles.map((a) => articleView(a, evidence.filter((e) => e.article === a.id))))
  );
}

/** Links to the entity pages of the names the story's articles mention, most mentioned first. */
function entityLinks(articles) {
  const counts = new Map();
  for (const a of articles) for (const e of a.entities) if (e.type !== "MISC") {
    const c = counts.get(e.entity) || { id: e.entity, text: e.text, type: e.type, n: 0 };
    c.n++;
    if (e.text.length > c.text.length) c.text = e.text;
    counts.set(e.entity, c);
  }
  const list = [...counts.values()].sort((x, y) => y.n - x.n).slice(0, 30);
  return h("p", { id: "entities" }, list.map((e, i) => [i ? " · " : "", h("a", { href: `#/entity/${encodeURIComponent(e.id)}`, title: e.type }, e.text)]));
}

async function entityPage(id) {
  const { entity, stories, titles } = await api(`/api/entities/${encodeURIComponent(id)}`);
  show(h("h1", {}, entity.name), h("p", { class: "muted" }, entity.type, entity.aliases.length ? ` · also: ${entity.aliases.join(", ")}` : ""),
    h("h2", {}, "Stories"), h("ul", {}, stories.map((s) => h("li", {}, h("a", { href: `#/story/${encodeURIComponent(s.id)}` }, s.title)))),
    h("h2", {}, "Titles given by each outlet"), titles.length ? h("ul", {}, titles.map((t) => h("li", {}, h("b", {}, t.outlet), `: ${t.title}`))) : h("p", {}, "None."));
}

async function searchPage(q) {
  const input = h("input", { type: "search", name: "q", value: q, "aria-label": "Search articles and claims", id: "q" });
  const form = h("form", { role: "search", onsubmit: (e) => { e.preventDefault(); location.hash = `#/search?q=${encodeURIComponent(input.value)}`; } }, input, " ", h("button", { type: "submit" }, "Search"));
  const results = h("ol", { id: "results" });
  show(h("h1", {}, "Search"), form, results);
  if (!q) return;
  const { hits } = await api(`/api/search?q=${encodeURIComponent(q)}`);
  if (!hits.length) results.replaceWith(h("p", {}, "Nothing found."));
  for (const hit of hits)
    results.append(h("li", { class: `hit ${hit.kind}` }, h("a", { href: hit.story ? `#/story/${encodeURIComponent(hit.story)}` : `#/search?q=${encodeURIComponent(q)}` }, `${hit.kind === "claim" ? "Claim" : "Article"} · ${hit.title}`), h("br"), marked(hit.snippet)));
}

function importPage() {
  const urls = h("textarea", { rows: 4, cols: 60, id: "urls", "aria-label": "URLs, one per line", placeholder: "https://example.org/article.html" });
  const files = h("input", { type: "file", multiple: true, id: "files", "aria-label": "Files", accept: ".txt,.md,.html,.htm,.jsonl,.json" });
  const bar = h("progress", { class: "progress", max: 1, value: 0, id: "progress" });
  const status = h("p", { id: "import-status", "aria-live": "polite" });
  const result = h("div", { id: "import-result" });
  const run = async (e) => {
    e.preventDefault();
    const records = [];
    for (const f of files.files) {
      const text = await f.text();
      if (/\.jsonl?$/i.test(f.name)) for (const line of text.split("\n")) { if (line.trim()) records.push(JSON.parse(line)); }
      else if (/\.html?$/i.test(f.name)) records.push({ html: text, id: f.name });
      else records.push({ text, id: f.name });
    }
    const list = urls.value.split(/\s+/).filter(Boolean);
    try {
      const { job } = await api("/api/imports", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ urls: list, records }) });
      for (;;) {
        const j = await api(`/api/imports/${job}`);
        bar.max = Math.max(1, j.total);
        bar.value = j.done;
        status.textContent = `${j.status}: ${j.done} of ${j.total || list.length + records.length} inputs`;
        if (j.status !== "running") {
          if (j.result) result.replaceChildren(h("p", {}, `${j.result.articles.length} articles, ${j.result.failures.length} failed.`), h("ul", {}, j.result.stories.map((s) => h("li", {}, h("a", { href: `#/story/${encodeURIComponent(s)}`, class: "new-story" }, `story ${s}`)))), j.result.failures.length ? h("ul", {}, j.result.failures.map((f) => h("li", { class: "disputed" }, `${f.input}: ${f.message}`))) : null);
          if (j.error) status.textContent = `failed: ${j.error}`;
          break;
        }
        await new Promise((r) => setTimeout(r, 150));
      }
    } catch (err) {
      status.textContent = `Import failed: ${err.message}`;
    }
  };
  show(h("h1", {}, "Import"), h("form", { onsubmit: run }, h("p", {}, h("label", { for: "urls" }, "URLs of pages or feeds, one per line")), urls, h("p", {}, h("label", { for: "files" }, "…or files (text, HTML, JSON Lines)")), files, h("p", {}, h("button", { type: "submit", id: "start-import" }, "Import"))), bar, status, result);
}

window.addEventListener("hashchange", route);
route();
