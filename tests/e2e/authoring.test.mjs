// Foundation staff keep their records in the app: a fourth PSF request added through the
// form (a month date, two categories, one not held), its date corrected, both changes
// undone, the store as before by the CLI's count; a subject typed into the form never
// reaches the page outside its field, a draft, an export or a report.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, CLI, SHOTS } from "./harness.mjs";

const CANARY = "CANARY-FORM-SUBJECT-4711";
let app;
let b;
let store;
let initial;

before(async () => {
  app = await launch({ height: 1040 });
  b = app.browser;
  store = join(app.home, "store.sqlite");
});
after(async () => app && (await app.stop()));

const $ = (sel) => b.$(sel);
async function until(fn, what, timeout = 10000) {
  await b.waitUntil(fn, { timeout, timeoutMsg: `timed out waiting for ${what}` });
}
async function textOf(sel) {
  await (await $(sel)).waitForExist({ timeout: 10000 });
  return b.execute((s) => document.querySelector(s)?.innerText ?? "", sel);
}
const value = (sel) => b.execute((s) => document.querySelector(s)?.value ?? null, sel);
async function type(sel, text) {
  const el = await $(sel);
  await el.waitForDisplayed({ timeout: 10000 });
  if (text) return el.setValue(text);
  // clearValue fires no input event in WebKit; erase the way a user would.
  await el.click();
  await b.keys(["Control", "a"]);
  await b.keys(["Backspace"]);
}
async function pick(sel, v) {
  const el = await $(sel);
  await el.waitForDisplayed({ timeout: 10000 });
  await el.selectByAttribute("value", v);
}
function cli(...args) {
  const r = spawnSync(CLI, ["--db", store, ...args], { encoding: "utf8" });
  assert.equal(r.status, 0, `disclose ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}
const stats = () => JSON.parse(cli("stats", "--json"));
/** The page's text and attributes, leaving out the value of the subjects field. */
const pageOutsideSubjects = () => b.execute(() => {
  const clone = document.documentElement.cloneNode(true);
  clone.querySelector("#subjects-input")?.remove();
  const attrs = [...clone.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.value));
  const inputs = [...document.querySelectorAll("input, textarea, select")].filter((el) => el.id !== "subjects-input").map((el) => el.value);
  return [clone.textContent, ...attrs, ...inputs, JSON.stringify({ ...localStorage })].join("\n");
});

test("a fourth PSF request is added with a month date and two categories, one not held", async () => {
  await until(async () => (await textOf("[data-figure=requests]")) === "3", "the sample's 3 requests");
  const before = stats();
  initial = before;
  await (await $("body")).click();
  await b.keys(["n"]);
  await until(async () => (await value("#form-id")) === "psf-2023-subpoena-4", "a suggested reference");
  await type("#form-received", "2023-09");
  await type("#form-authority", "US Department of Justice");
  await type("#form-country", "United States");
  // The check of a half-typed name ("United") may still be shown until the check of the
  // whole name comes back, as a person would see it settle.
  await until(async () => /Stored as US/.test(await textOf('[data-field-wrap="country"]')), "the country stored as US");
  await type('[data-field="categories[0].requested_as"]', "IP addresses and timestamps");
  await until(async () => (await value('[data-field="categories[0].category"]')) === "ip_address", "the category suggested from the wording");
  await (await $("#add-category")).click();
  await type('[data-field="categories[1].requested_as"]', "credit card numbers");
  await until(async () => (await value('[data-field="categories[1].category"]')) === "payment_info", "payment information suggested");
  await pick('[data-field="categories[1].disposition"]', "not_held");
  await (await $("#enter-subjects")).click();
  await type("#subjects-input", CANARY);
  await until(async () => (await textOf("#editor-status")) === "Valid", "the form valid");
  assert.ok(!(await pageOutsideSubjects()).includes(CANARY), "the subject appears outside its field");
  await b.execute(() => { document.getElementById("editor").scrollTop = 0; });
  await b.saveScreenshot(join(SHOTS, "app-request-form.png"));

  // A bad date is named beside its field as it is typed, and nothing is saved.
  await type("#form-answered", "2023-13-45");
  await until(async () => (await b.$$('[data-error-for="answered"]')).length === 1, "the answered field's message");
  assert.match(await textOf('[data-error-for="answered"]'), /2023-13-45/);
  await type("#form-answered", "");

  await (await $("#editor-save")).click();
  await until(async () => (await b.$$("#editor")).length === 0, "the form closed");
  await until(async () => (await textOf("#request-detail h2")).includes("psf-2023-subpoena-4"), "the new request's detail");
  assert.match(await textOf("#detail-subjects"), /1 recorded/);
  assert.equal(stats().requests, before.requests + 1);
  await b.keys(["Escape"]);
  await (await $('button[data-screen="overview"]')).click();
  await until(async () => (await textOf("[data-figure=requests]")) === "4", "4 requests on the overview");
  // The categories checklist gains a column: payment information, not held in all 4.
  await (await $('[data-chart="categories"] details summary')).click();
  await until(async () => /Payment information(\s+Not held){4}/.test(await textOf('[data-chart="categories"] details table')), "payment info not held 4 times");
  await (await $('[data-chart="categories"] details summary')).click();
  assert.ok(!(await pageOutsideSubjects()).includes(CANARY), "the subject appears on the overview");
});

test("its date is corrected, and two undos leave the store as it was", async () => {
  const before = JSON.parse(cli("stats", "--json"));
  await (await $('button[data-screen="requests"]')).click();
  await until(async () => (await textOf("#result-count")).startsWith("4"), "4 rows");
  const row = await $('#request-table [data-id="psf-2023-subpoena-4"]');
  await row.waitForDisplayed({ timeout: 10000 });
  await row.doubleClick();
  await until(async () => (await b.$$("#request-detail")).length === 1, "the detail");
  await (await $("#edit-request")).click();
  await until(async () => (await value("#form-received")) === "2023-09", "the stored month in the form");
  assert.match(await textOf("#subjects-recorded"), /1 subject recorded/);
  await type("#form-received", "2023-10-02");
  await (await $("#editor-save")).click();
  await until(async () => (await textOf("#request-detail")).includes("2023-10-02"), "the corrected date");
  assert.equal(JSON.parse(cli("stats", "--json")).requests, before.requests);

  await b.keys(["Escape"]);
  await (await $("#history-button")).click();
  await until(async () => (await b.$$("#history-list li[data-kind]")).length >= 3, "three changes in the history");
  await b.saveScreenshot(join(SHOTS, "app-history.png"));
  await (await $("#history-undo")).click();
  await until(async () => (await b.$$("#history-list li.undone")).length === 1, "one undone");
  await (await $("body")).click();
  await b.keys(["Control", "z"]);
  await until(async () => (await b.$$("#history-list li.undone")).length === 2, "two undone");
  assert.deepEqual(stats(), initial, "the store's numbers are those before the request was added");
  await (await $('#history-panel button[aria-label="Close the history"]')).click();
});

test("the subject never reaches an export, a report or the history", async () => {
  // Redo brings the request back (with its subject) to check what leaves the store.
  cli("redo");
  const dir = app.home;
  cli("export", "--format", "bundle", "--out", join(dir, "out.json"));
  cli("export", "--format", "csv", "--out", join(dir, "out.csv"));
  cli("report", "--period", "2023", "--out", join(dir, "report.md"));
  for (const f of ["out.json", "out.csv", "report.md"]) {
    assert.ok(!readFileSync(join(dir, f), "utf8").includes(CANARY), `${f} holds the subject`);
  }
  assert.ok(!cli("history", "--json").includes(CANARY));
  cli("export", "--format", "bundle", "--out", join(dir, "internal.json"), "--include-subjects");
  assert.ok(readFileSync(join(dir, "internal.json"), "utf8").includes(CANARY), "the internal export keeps it");
});

test("a policy change recorded and applied through its form", async () => {
  // The CLI's redo above reaches the window when it next asks.
  await b.execute(() => window.dispatchEvent(new Event("focus")));
  await until(async () => (await textOf(".store")).startsWith("4 requests"), "the window noticed the CLI's change");
  await (await $('button[data-screen="inventory"]')).click();
  // The notice of the last undo would sit in the screenshot.
  if ((await b.$$(".notice button")).length) await (await $(".notice button")).click();
  await (await $("#add-policy")).click();
  await type("#form-date", "2026-05-01");
  await type("#form-summary", "Email addresses of deleted accounts are kept for 90 days");
  await (await $("#add-change")).click();
  await pick('[data-field="changes[0].category"]', "email_address");
  await pick("#change-0-after-retention", "period");
  await type('[data-side="after"] input[type="number"]', "90");
  await until(async () => (await textOf("#editor-status")) === "Valid", "the policy form valid");
  await b.saveScreenshot(join(SHOTS, "app-policy-form.png"));
  await (await $("#editor-save")).click();
  await until(async () => (await b.$$("#editor")).length === 0, "the form closed");
  const inventory = JSON.parse(cli("inventory", "--organisation", "psf", "--as-of", "2026-06-01", "--json"));
  const email = inventory.filter((e) => e.category === "email_address");
  assert.deepEqual(email.map((e) => [e.valid_from, e.retention]), [["2026-05-01", "P90D"]]);
});

test("deleting an organisation asks first and says how many records go with it", async () => {
  await (await $("#filter-organisation")).selectByAttribute("value", "psf");
  await (await $("#edit-organisation")).click();
  await until(async () => (await value("#form-name")) === "Python Software Foundation", "the organisation form");
  await (await $("#editor-delete")).click();
  const asked = await textOf("#confirm-delete");
  assert.match(asked, /Delete Python Software Foundation \(PyPI\) and its .*4 requests/);
  assert.match(asked, /inventory entries/);
  // Keep it: nothing is deleted.
  await (await $("#confirm-delete button:not(.danger)")).click();
  await b.keys(["Escape"]);
  await until(async () => (await b.$$("#editor")).length === 0, "the form closed");
  assert.equal(stats().requests, 4);
});
