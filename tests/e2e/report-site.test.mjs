// The PSF's 2023 report published as a folder, opened in the Debian Chromium as a reader
// would: no console messages, no request outside the folder, every chart with a text
// alternative, and no serious or critical accessibility violation (axe-core).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";
import { CLI } from "./harness.mjs";

const root = resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const CHROMIUM = process.env.DISCLOSE_CHROMIUM ?? "/usr/bin/chromium";

test("the published PSF 2023 report: self-contained, every chart described, no serious accessibility violation", async () => {
  assert.ok(existsSync(CHROMIUM), `this test needs Chromium at ${CHROMIUM}; npm test installs it (scripts/setup.sh)`);
  const dir = mkdtempSync(join(tmpdir(), "disclose-site-"));
  const db = join(dir, "store.sqlite");
  const run = (...args) => {
    const r = spawnSync(CLI, ["--db", db, ...args], { encoding: "utf8" });
    assert.equal(r.status, 0, `disclose ${args.join(" ")}: ${r.stderr}`);
  };
  run("import", join(root, "assets/samples/psf-pypi-2023.json"), join(root, "crates/disclose-core/tests/fixtures/published/github/requests_received_and_disclosed.csv"));
  const site = join(dir, "site");
  run("report", "--period", "2023", "--format", "site", "--out", site);

  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", `--user-data-dir=${join(dir, "profile")}`],
  });
  try {
    const page = await browser.newPage();
    const console = [];
    const outside = [];
    page.on("console", (m) => console.push(`${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => console.push(`error: ${e.message}`));
    // The report's CSP forbids every script; the checker is let in, the page is not changed.
    await page.setBypassCSP(true);
    await page.setRequestInterception(true);
    page.on("request", (r) => {
      if (r.url().startsWith(pathToFileURL(site).href)) return r.continue();
      outside.push(r.url());
      return r.abort();
    });
    await page.goto(pathToFileURL(join(site, "index.html")).href, { waitUntil: "load" });
    assert.deepEqual(outside, [], "requests outside the folder");
    const a11y = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      headings: [...document.querySelectorAll("h1, h2, h3")].map((h) => Number(h.tagName[1])),
      svgs: [...document.querySelectorAll("svg")].map((s) => ({
        role: s.getAttribute("role"),
        title: s.querySelector("title")?.textContent ?? "",
        desc: s.querySelector("desc")?.textContent ?? "",
      })),
      imgs: [...document.querySelectorAll("img")].map((i) => i.getAttribute("alt")),
    }));
    assert.equal(a11y.lang, "en");
    assert.match(a11y.title, /Python Software Foundation/);
    assert.doesNotMatch(a11y.title, /GitHub/);
    for (let i = 1; i < a11y.headings.length; i++) assert.ok(a11y.headings[i] <= a11y.headings[i - 1] + 1, `heading levels in order: ${a11y.headings}`);
    assert.equal(a11y.svgs.length, 3);
    for (const s of a11y.svgs) assert.ok(s.role === "img" && s.title && s.desc.length > 20, JSON.stringify(s));
    for (const alt of a11y.imgs) assert.ok(alt, "an image without alt text");

    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    const grave = result.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(grave, [], `axe-core: ${JSON.stringify(result)}`);
    assert.deepEqual(console, [], "console messages");
    await page.setViewport({ width: 1100, height: 1400 });
    await page.screenshot({ path: join(root, "tests/e2e/screenshots/report-psf-2023.png") });
  } finally {
    await browser.close();
  }
});
