// Exporting a chart as an editor would: the dialog offers the words, the highlight, the
// width and the file kinds; what the app writes carries the editor's title and where its
// numbers come from, and the embed fetches nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chooseNext, launch, SHOTS } from "./harness.mjs";

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
    // Save as an embeddable page, with a highlight and a note; the user picks the file in
    // the shell's save dialog (the seam answers it here).
    await (await b.$("#export-format")).selectByAttribute("value", "embed");
    await (await b.$("#export-highlight")).selectByAttribute("value", "psf");
    await (await b.$("#export-words-note")).setValue("Invented note for the test.");
    const out = join(app.home, "compare.html");
    await chooseNext(b, [out]);
    await (await b.$("#export-save")).click();
    await b.waitUntil(async () => (await b.$$("#chart-export")).length === 0, { timeout: 15000, timeoutMsg: "saved, the dialog closes" });
    await b.waitUntil(() => existsSync(out), { timeout: 10000, timeoutMsg: `${out} written` });
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
