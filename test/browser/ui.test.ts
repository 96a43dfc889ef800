import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { startServer } from "../../src/server/serve.js";
import { sampleStore } from "../helpers/sample-store.js";

const CHROMIUM = "/usr/bin/chromium";
const OUT = "test-output/browser";

describe("web UI in a real browser", { skip: existsSync(CHROMIUM) ? false : `no ${CHROMIUM}: install it with apt-get install -y chromium` }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let page: Page;
  const requests: string[] = [];

  before(async () => {
    mkdirSync(OUT, { recursive: true });
    const { source } = await sampleStore();
    server = await startServer({ host: "127.0.0.1", port: 0, source });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("request", (r) => requests.push(r.url()));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads the sample corpus: the stories list", async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector("#stories tbody tr");
    assert.equal(await page.locator("#stories tbody tr").count(), 2);
    await page.screenshot({ path: `${OUT}/stories.png`, fullPage: true });
  });

  it("clicking a conflict highlights its evidence in both articles", async () => {
    await page.locator("#stories tbody tr a").first().click();
    await page.waitForSelector("#conflicts .conflict");
    await page.locator("#conflicts .conflict-open", { hasText: "title" }).first().click();
    const highlighted = await page.locator(".article:has(.hl)").count();
    assert.ok(highlighted >= 2, `${highlighted} articles highlighted`);
    const texts = await page.locator(".hl").allTextContents();
    assert.ok(texts.join(" ").includes("Transport Minister"), texts.join("|"));
    await page.screenshot({ path: `${OUT}/conflict.png`, fullPage: true });
    // Entity pages are one click away, with the titles each outlet gave.
    await page.locator("#entities a", { hasText: "Okafor" }).first().click();
    await page.waitForSelector("h1");
    assert.match((await page.textContent("main")) ?? "", /Transport Minister/);
    await page.goBack();
    await page.waitForSelector("#ledger");
    // The claim ledger is keyboard-usable: focus a cell's button and press Enter.
    await page.locator("#ledger td.has button").first().focus();
    await page.keyboard.press("Enter");
    assert.ok((await page.locator(".hl").count()) > 0);
  });

  it("search finds a claim", async () => {
    await page.goto(`${server.url}/#/search?q=footbridge`);
    await page.waitForSelector("#results li.claim");
    assert.ok((await page.locator("#results li.claim mark").count()) > 0);
    await page.screenshot({ path: `${OUT}/search.png`, fullPage: true });
  });

  it("an import shows progress and then the new story", async () => {
    await page.goto(`${server.url}/#/import`);
    await page.waitForSelector("#files");
    await page.setInputFiles("#files", { name: "ferry.jsonl", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ id: "ferry-1", outlet: "Harbor Ledger", published: "2026-04-02", text: "A ferry ran aground off Kestrel Bay on Wednesday, the coast guard said. Nobody was hurt, officials said." }) + "\n") });
    await page.click("#start-import");
    await page.waitForSelector("#import-result a.new-story");
    assert.match((await page.textContent("#import-status")) ?? "", /done: 1 of 1/);
    await page.screenshot({ path: `${OUT}/import.png`, fullPage: true });
    await page.locator("#import-result a.new-story").first().click();
    await page.waitForSelector(".article");
    assert.match((await page.locator(".article").first().textContent()) ?? "", /ferry ran aground/);
  });

  it("renders hostile article text inert: no script runs, no request leaves", async () => {
    const evil = { id: "evil-1", outlet: "Evil Times", published: "2026-04-03", text: 'Residents said <script>window.pwned = true; fetch("http://evil.example/x")</script> appeared, with <img src=x onerror="window.pwned=true"> and <a href="javascript:window.pwned=true">a link</a> on the ferry notice board.' };
    const res = await fetch(`${server.url}/api/articles`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(evil) });
    const { stories } = (await res.json()) as { stories: string[] };
    let dialogs = 0;
    page.on("dialog", async (d) => {
      dialogs++;
      await d.dismiss();
    });
    const before = requests.length;
    await page.goto(`${server.url}/#/story/${encodeURIComponent(stories[0]!)}`);
    await page.waitForSelector(".article");
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned ?? false), false);
    assert.equal(await page.locator(".article script, .article img, .article a[href^='javascript']").count(), 0);
    assert.ok(((await page.locator(".article").first().textContent()) ?? "").includes("<script>"), "shown as text");
    assert.equal(dialogs, 0);
    const foreign = requests.slice(before).filter((u) => !u.startsWith(server.url));
    assert.deepEqual(foreign, []);
    await page.screenshot({ path: `${OUT}/inert.png`, fullPage: true });
  });
});
