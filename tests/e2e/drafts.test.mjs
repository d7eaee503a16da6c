// A half-filled form survives an app restart as a draft (never with its subjects), and the
// app saving while the CLI imports into the same store: both land whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, freshHome, CLI } from "./harness.mjs";

async function until(b, fn, what, timeout = 15000) {
  await b.waitUntil(fn, { timeout, timeoutMsg: `timed out waiting for ${what}` });
}
const value = (b, sel) => b.execute((s) => document.querySelector(s)?.value ?? null, sel);

test("a half-filled request form comes back after a restart, without its subjects", async () => {
  const fresh = freshHome();
  let app = await launch({ fresh });
  try {
    const b = app.browser;
    await until(b, async () => (await b.$$("[data-figure=requests]")).length === 1, "the overview");
    await (await b.$("#new-button")).click();
    await (await b.$("#new-request")).click();
    await until(b, async () => (await value(b, "#form-id")) === "psf-2023-subpoena-4", "the form");
    await (await b.$("#form-authority")).setValue("Draft authority of the Northern District");
    await (await b.$("#enter-subjects")).click();
    await (await b.$("#subjects-input")).setValue("CANARY-DRAFT-SUBJECT");
    await b.keys(["Escape"]);
    await until(b, async () => (await b.$$("#editor")).length === 0, "the form closed");
    const stored = await b.execute(() => JSON.stringify({ ...localStorage }));
    assert.match(stored, /Northern District/);
    assert.doesNotMatch(stored, /CANARY-DRAFT-SUBJECT/);
  } finally {
    await app.stop();
  }
  app = await launch({ fresh });
  try {
    const b = app.browser;
    await until(b, async () => (await b.$$("[data-figure=requests]")).length === 1, "the overview again");
    await (await b.$("#new-button")).click();
    await (await b.$("#new-request")).click();
    await until(b, async () => (await b.$$("#draft-restored")).length === 1, "the draft restored");
    assert.equal(await value(b, "#form-authority"), "Draft authority of the Northern District");
    assert.equal((await b.$$("#subjects-input")).length, 0, "no subjects field filled from a draft");
  } finally {
    await app.stop();
  }
});

test("the app saves while the CLI imports into the same store: both land", async () => {
  const fresh = freshHome();
  const store = join(fresh.home, "store.sqlite");
  const app = await launch({ fresh, store });
  try {
    const b = app.browser;
    await until(b, async () => (await b.$$("[data-figure=requests]")).length === 1, "the overview");
    const csv = join(fresh.home, "big.csv");
    assert.equal(spawnSync(CLI, ["generate", "--requests", "20000", "--out", csv]).status, 0);
    const importing = spawn(CLI, ["--db", store, "import", csv], { stdio: "ignore" });
    const done = new Promise((ok) => importing.on("exit", ok));
    await (await b.$("#new-button")).click();
    await (await b.$("#new-organisation")).click();
    await (await b.$("#form-id")).setValue("acme");
    await (await b.$("#form-name")).setValue("Acme Cloud");
    await until(b, async () => (await b.execute(() => document.getElementById("editor-status")?.innerText)) === "Valid", "a valid form");
    await (await b.$("#editor-save")).click();
    // The save waits for the import, or says the store is busy and is tried again.
    await until(b, async () => {
      if ((await b.$$("#error-panel")).length) {
        assert.equal(await (await b.$("#error-panel")).getAttribute("data-code"), "busy");
        await (await b.$("#error-panel button.primary")).click();
        await (await b.$("#editor-save")).click();
      }
      return (await b.$$("#editor")).length === 0;
    }, "the organisation saved", 60000);
    assert.equal(await done, 0, "the import succeeded");
    const info = JSON.parse(spawnSync(CLI, ["--db", store, "info", "--json"], { encoding: "utf8" }).stdout);
    const orgs = Object.fromEntries(info.organisations.map((o) => [o.id, o]));
    assert.equal(orgs.psf.requests, 3);
    assert.ok(orgs.acme, "the organisation saved by the app");
    const total = info.organisations.reduce((n, o) => n + o.requests, 0);
    assert.equal(total, 20003, "every imported request landed");
    const history = JSON.parse(spawnSync(CLI, ["--db", store, "history", "--json"], { encoding: "utf8" }).stdout);
    assert.equal(history.changes.length, 3, "sample, import and save: one entry each");
  } finally {
    await app.stop();
  }
});

test("a report's texts written in the app survive a restart and are the CLI's too", async () => {
  const fresh = freshHome();
  const store = join(fresh.home, "store.sqlite");
  let app = await launch({ fresh, store });
  try {
    const b = app.browser;
    await until(b, async () => (await b.$$("[data-figure=requests]")).length === 1, "the overview");
    await (await b.$('button[data-screen="report"]')).click();
    const intro = await b.$('#report-texts textarea[data-text="introduction"]');
    await intro.waitForDisplayed({ timeout: 15000 });
    await intro.setValue("Written in the app, kept in the store.");
    await until(b, async () => ((await (await b.$("#report-preview")).getAttribute("srcdoc")) ?? "").includes("Written in the app"), "the preview");
    await until(b, async () => !(await b.execute(() => document.querySelector(".report .controls")?.innerText ?? "")).includes("Updating"), "the preview settled");
    await (await b.$("#report-save-texts")).click();
    await until(b, async () => (await b.execute(() => document.getElementById("report-save-texts")?.innerText)) === "Saved", "saved");
  } finally {
    await app.stop();
  }
  const texts = join(fresh.home, "texts");
  const r = spawnSync(CLI, ["--db", store, "report", "--period", "2023", "--texts-out", texts], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(join(texts, "introduction.md"), "utf8"), "Written in the app, kept in the store.");
  app = await launch({ fresh, store });
  try {
    const b = app.browser;
    // The app reopens on the screen it was closed on: the report.
    await until(b, async () => (await b.$$("#report-texts")).length === 1, "the report screen again");
    await until(b, async () => (await value(b, '#report-texts textarea[data-text="introduction"]')) === "Written in the app, kept in the store.", "the text after a restart");
    await until(b, async () => ((await (await b.$("#report-preview")).getAttribute("srcdoc")) ?? "").includes("Written in the app, kept in the store."), "in the preview");
  } finally {
    await app.stop();
  }
});
