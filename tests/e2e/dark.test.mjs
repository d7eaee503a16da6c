// Light and dark follow the system: under a dark GTK theme the window and its charts are dark.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, SHOTS } from "./harness.mjs";

test("a dark system theme gives a dark window and dark charts", async () => {
  const app = await launch({ env: { GTK_THEME: "Adwaita:dark" } });
  try {
    const b = app.browser;
    await b.waitUntil(async () => (await b.$$("img[src^='blob:']")).length >= 3, { timeout: 30000, timeoutMsg: "three charts" });
    const look = await b.execute(() => {
      const rgb = (c) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number);
      const luminance = ([r, g, b]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      return {
        dark: matchMedia("(prefers-color-scheme: dark)").matches,
        page: luminance(rgb(getComputedStyle(document.body).backgroundColor)),
        text: luminance(rgb(getComputedStyle(document.body).color)),
      };
    });
    assert.equal(look.dark, true, "the page sees the system's dark preference");
    assert.ok(look.page < 0.25 && look.text > 0.6, `light text on a dark page: ${JSON.stringify(look)}`);
    await new Promise((r) => setTimeout(r, 500));
    await b.saveScreenshot(join(SHOTS, "app-overview-dark.png"));
    // The request form, dark too.
    await (await b.$("#new-button")).click();
    await (await b.$("#new-request")).click();
    await b.waitUntil(async () => (await b.execute(() => document.querySelector("#form-id")?.value)) === "psf-2023-subpoena-4", { timeout: 10000, timeoutMsg: "the request form" });
    const form = await b.execute(() => getComputedStyle(document.getElementById("editor")).backgroundColor);
    assert.ok(/rgb\((\d+), (\d+), (\d+)\)/.test(form) && Number(form.match(/\d+/)[0]) < 60, `a dark form: ${form}`);
    await b.saveScreenshot(join(SHOTS, "app-request-form-dark.png"));
  } finally {
    await app.stop();
  }
});
