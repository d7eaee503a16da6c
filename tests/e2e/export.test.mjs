// Exporting a chart as an editor would: the dialog offers the words, the highlight, the
// width and the file kinds; what the app writes carries the editor's title and where its
// numbers come from, and the embed fetches nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, SHOTS } from "./harness.mjs";

test("a chart is exported with the editor's words, highlight and provenance", async () => {
  const app = await launch();
  try {
    const b = app.browser;
    await b.waitUntil(async () => (await b.$$("img[src^='blob:']")).length >= 3, { timeout: 30000, timeoutMsg: "three charts" });
    await (await b.$('button[data-screen="compare"]')).click();
    const exportButton = await b.$('button[data-export="compare"]');
    await exportButton.waitForEnabled({ timeout: 30000 });
    await exportButton.click();
    const dialog = await b.$("#chart-export");
    await dialog.waitForDisplayed({ timeout: 10000 });
    // The highlight lists the store's organisations by name, never by id.
    const options = await b.execute(() => [...document.querySelectorAll("#export-highlight option")].map((o) => o.textContent));
    assert.ok(options.some((o) => o.includes("Python Software Foundation")), options.join(" | "));
    await (await b.$("#export-format")).selectByAttribute("value", "png");
    assert.equal((await b.$$("#export-scale")).length, 1, "PNG offers 1x, 2x and 3x");
    await (await b.$("#export-words-title")).setValue("Three subpoenas, five accounts");
    await b.saveScreenshot(join(SHOTS, "app-chart-export.png"));
    await b.keys(["Escape"]);
    await b.waitUntil(async () => (await b.$$("#chart-export")).length === 0, { timeout: 5000, timeoutMsg: "the dialog closes" });
    // What the dialog's Save asks the shell for, with a path chosen here instead of in the
    // system's file dialog.
    const out = join(app.home, "compare.html");
    const request = {
      kind: "compare",
      filter: { organisation: null, from: null, to: null, process: null, outcome: null, country: null, category: null, disposition: null, year: null, search: null },
      dark: false, width: 800, height: null, stack: "process", granularity: null,
      scale: "panels", highlight: "psf",
      words: { title: "Three subpoenas, five accounts", subtitle: null, note: "Invented note for the test.", source: null },
    };
    const failed = await b.execute(async (path, req) => {
      try {
        await window.__TAURI_INTERNALS__.invoke("export_chart", { path, request: req, format: null, scale: 1 });
        return null;
      } catch (e) {
        return JSON.stringify(e);
      }
    }, out, request);
    assert.equal(failed, null);
    const page = readFileSync(out, "utf8");
    assert.match(page, /<title id="chart-compare-title">Three subpoenas, five accounts<\/title>/);
    assert.match(page, /Invented note for the test\./);
    assert.match(page, /default-src 'none'/);
    assert.match(page, /Source files/);
    assert.doesNotMatch(page, /<script|src="http/);
  } finally {
    await app.stop();
  }
});
