// The real app, driven through tauri-driver: what a journalist or PSF staff member does.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, dropFiles, driving } from "./harness.mjs";

let app;
let b;
let $, textOf, go, until, shot;

before(async () => {
  app = await launch();
  b = app.browser;
  ({ $, textOf, go, until, shot } = driving(b));
});
after(async () => app && (await app.stop()));

async function count() {
  return (await textOf("#result-count")).replace(/\D/g, "");
}
async function search(text) {
  const box = await $("#search");
  if (text) return box.setValue(text);
  // clearValue fires no input event in WebKit; erase the way a user would.
  await box.click();
  await b.keys(["Control", "a"]);
  await b.keys(["Backspace"]);
}

test("the first run shows the PSF/PyPI 2023 sample: 3 requests, 5 accounts", async () => {
  await until(async () => (await textOf("[data-figure=requests]")) === "3", "3 requests");
  assert.equal(await textOf("[data-figure=accounts]"), "5");
  assert.match(await textOf("#headline"), /postal address/);
  await until(async () => (await b.$$("img[src^='blob:']")).length >= 3, "three charts");
  await shot("overview");
  // Every chart carries its numbers, for readers who cannot see it and for copying.
  await (await $('[data-chart="categories"] details summary')).click();
  assert.match(await textOf('[data-chart="categories"] details table'), /Payment information/);
  await (await $('[data-chart="categories"] details summary')).click();
});

test("search and facets filter the request table", async () => {
  await go("requests");
  await until(async () => (await count()) === "3", "3 rows");
  await search("zzzz-not-in-any-record");
  await until(async () => (await count()) === "0", "no rows for a missing word");
  await search("justice");
  await until(async () => (await count()) === "3", "3 rows for 'justice'");
  await search("");
  await until(async () => (await count()) === "3", "all rows once the search is cleared");
  await (await $('[data-facet="disposition"] button[data-value="not_held"]')).click();
  await until(async () => (await count()) === "3", "not_held facet");
  await (await $('[data-facet="disposition"] button[data-value="not_held"]')).click();
  await shot("requests");
});

test("the keyboard opens a request, whose detail names the categories not held; Esc goes back", async () => {
  await (await $("#request-table")).click();
  await b.keys(["ArrowDown", "Enter"]);
  const detail = await textOf("#request-detail");
  for (const label of ["Postal address", "Phone number", "Payment information", "Download logs"]) {
    assert.match(detail, new RegExp(label, "i"));
  }
  const notHeld = await b.$$('#request-detail tr[data-disposition="not_held"]');
  assert.equal(notHeld.length, 4);
  await shot("detail");
  // Replayed on 2024-01-01, after the PSF's 2023 policy changes: IP addresses are held in
  // fewer places, because of those changes; names are kept as they were.
  const replayOn = (day) => b.execute((d) => {
    const input = document.getElementById("replay-date");
    input.value = d;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, day);
  const rowClass = (category) => b.execute((c) => document.querySelector(`#replay-table tr[data-category="${c}"]`)?.className ?? "", category);
  await replayOn("2024-01-01");
  await until(async () => (await rowClass("ip_address")).includes("changed"), "IP addresses held differently in 2024");
  const ip = await textOf('#replay-table tr[data-category="ip_address"]');
  assert.match(ip, /held in 3 places/);
  assert.match(ip, /held in 2 places/);
  for (const day of ["2023-04-07", "2023-05-25", "2023-06-12"]) assert.match(ip, new RegExp(day));
  assert.doesNotMatch(await rowClass("name"), /changed/);
  await b.execute(() => document.getElementById("replay-title").scrollIntoView());
  await shot("exposure");
  // On the day it arrived, nothing has changed.
  const arrived = (await textOf("#replay-table thead")).match(/\d{4}-\d{2}-\d{2}/)[0];
  await replayOn(arrived);
  await until(async () => (await textOf("#replay-summary")).startsWith("Everything it asked for"), "no change on the day it arrived");
  await b.keys(["Escape"]);
  await until(async () => (await b.$$("#request-detail")).length === 0, "back to the table");
});

test("clicking a category lists the requests that asked for it", async () => {
  await go("categories");
  await (await $("#category-table")).waitForDisplayed();
  await shot("categories");
  await (await $('#category-table tr[data-category="payment_info"] button')).click();
  await until(async () => (await count()) === "3", "requests asking for payment info");
  const pressed = await (await $('[data-facet="category"] button[data-value="payment_info"]')).getAttribute("aria-pressed");
  assert.equal(pressed, "true");
  await (await $('[data-facet="category"] button[data-value="payment_info"]')).click();
});

test("inventory, compare and report screens render", async () => {
  await go("inventory");
  // WebDriver typing into a date field is locale-dependent; set it as a date picker would.
  await b.execute(() => {
    const input = document.getElementById("inventory-date");
    input.value = "2023-01-01";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await until(async () => (await textOf("#inventory-table")).includes("IP address"), "inventory rows");
  await shot("inventory");
  // What would a subpoena for names and IP addresses reach, arriving on 2023-03-15 and
  // replayed on 2024-01-01?
  await b.execute(() => {
    const set = (id, v) => {
      const input = document.getElementById(id);
      input.value = v;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    };
    set("what-if-then", "2023-03-15");
    set("what-if-as-of", "2024-01-01");
  });
  for (const c of ["name", "ip_address"]) await (await $(`#what-if-categories input[value="${c}"]`)).click();
  await until(async () => ((await b.execute(() => document.querySelector('#what-if-table tr[data-category="ip_address"]')?.className)) ?? "").includes("changed"), "what-if: IP addresses held differently");
  const whatIf = await textOf("#what-if-table");
  assert.match(whatIf, /When it arrived \(2023-03-15\)/i);
  assert.match(whatIf, /2023-05-25/);
  assert.doesNotMatch(await b.execute(() => document.querySelector('#what-if-table tr[data-category="name"]').className), /changed/);
  // Set PyPI's 2023 subpoenas beside GitHub's and Google's, as the README does on the
  // command line, from files in the companies' own layouts (invented figures).
  const published = join(import.meta.dirname, "../../crates/disclose-core/tests/fixtures/published");
  await dropFiles(b, [
    join(published, "github", "requests_received_and_disclosed.csv"),
    join(published, "google", "google-global-user-data-requests.csv"),
  ]);
  await until(async () => ((await b.execute(() => document.querySelector(".notice")?.textContent)) ?? "").includes("Imported"), "published files imported");
  await go("compare");
  await until(async () => (await b.$$("#compare-table")).length === 1, "compare table");
  await (await $("#compare-process")).selectByVisibleText("Subpoena");
  await (await $("#compare-from")).setValue("2019");
  await until(async () => {
    const t = await textOf("#compare-table");
    return t.includes("300") && t.includes("2,000") && !t.includes("2009");
  }, "GitHub's 300 and Google's 2,000 subpoenas of 2023, from 2019 on");
  const notice = await b.$$(".notice button");
  if (notice.length) await notice[0].click();
  assert.match(await textOf("#compare-table"), /Python Software Foundation/);
  await shot("compare");
  await go("report");
  await until(async () => ((await (await $("#report-preview")).getAttribute("srcdoc")) ?? "").includes("subpoena"), "report preview");
  assert.equal(await (await $("#report-preview")).getAttribute("sandbox"), "");
  assert.match((await (await $("#report-preview")).getAttribute("srcdoc")) ?? "", /<h2>Requests<\/h2>/);
  await (await $('#report-texts input[data-section="requests"]')).click();
  await until(async () => !((await (await $("#report-preview")).getAttribute("srcdoc")) ?? "").includes("<h2>Requests</h2>"), "the request list left out");
  await (await $('#report-texts input[data-section="requests"]')).click();
  // A half-typed period is said beside the field, not in a dialog.
  await (await $("#report-period")).setValue("20x");
  assert.match(await textOf("#report-problem"), /period "20x"/);
  assert.equal((await b.$$("#error-panel")).length, 0);
  await (await $("#report-period")).setValue("2023");
  await until(async () => (await b.$$("#report-problem")).length === 0, "the problem cleared");
  // GitHub and Google came in only as published counts: the report is the PSF's alone.
  assert.equal(await (await $("#report-organisation")).getValue(), "psf");
  const preview = async () => (await (await $("#report-preview")).getAttribute("srcdoc")) ?? "";
  assert.ok(!(await preview()).includes("GitHub"), "GitHub is not the report's subject");
  // The report's own words, previewed as they are typed, then saved.
  await (await $('#report-texts textarea[data-text="introduction"]')).setValue("PyPI keeps as little about its users as it can.");
  await until(async () => (await preview()).includes("PyPI keeps as little about its users as it can."), "the introduction in the preview");
  await (await $('#report-texts textarea[data-text="methodology"]')).setValue("No law bars us from reporting any of these figures.");
  await until(async () => (await b.execute(() => document.querySelector('#report-checklist li[data-item="rdr.p11a.barred"]')?.dataset.status)) === "covered", "the checklist sees the methodology");
  // Click once the preview has settled, as a person would.
  await until(async () => !(await b.execute(() => document.querySelector(".report .controls")?.innerText ?? "")).includes("Updating"), "the preview settled");
  await (await $("#report-save-texts")).click();
  try {
    await until(async () => (await textOf("#report-save-texts")) === "Saved", "the texts saved");
  } catch (e) {
    const panel = (await b.$$("#error-panel")).length ? await textOf("#error-panel") : "no error shown";
    const state = await b.execute(() => JSON.stringify({
      button: document.getElementById("report-save-texts")?.outerHTML,
      intro: document.querySelector('[data-text="introduction"]')?.value,
      method: document.querySelector('[data-text="methodology"]')?.value,
      notice: document.querySelector(".notice")?.textContent,
    }));
    console.error("STATE", state);
    throw new Error(`${e.message} (${panel})`);
  }
  const saved = await b.$$(".notice button");
  if (saved.length) await saved[0].click();
  // The picture shows the preview settled, not the reload after the save.
  await until(async () => !(await b.execute(() => document.querySelector(".report .controls")?.innerText ?? "")).includes("Updating"), "the preview settled after the save");
  await shot("report");
});

const HEADER = "id,organisation,received,authority,country,process,outcome,notes,categories_requested,categories_not_held";
const XSS_AUTHORITY = `<img src=x onerror="window.__xss='authority'">`;
const XSS_NOTES = `<script>window.__xss='notes'</script><b onmouseover="window.__xss='b'">bold?</b>`;

test("a CSV import adds its rows; a bad file adds none and lists the problem", async () => {
  const good = join(app.home, "more.csv");
  writeFileSync(good, `${HEADER}\nx-1,psf,2024-02-01,"${XSS_AUTHORITY.replace(/"/g, '""')}",US,subpoena,complied,"${XSS_NOTES.replace(/"/g, '""')}",name,\nx-2,psf,2024-03-05,County court,US,court_order,no_data,,payment_info,payment_info\n`);
  await go("requests");
  // Dragging files over the window says what dropping them will do.
  const drag = (event) => b.execute((e) => window.__TAURI_INTERNALS__.invoke("plugin:event|emit", { event: e, payload: { paths: [], position: { x: 1, y: 1 } } }), event);
  await drag("tauri://drag-enter");
  assert.match(await textOf(".drop"), /Drop .json, .csv or .xlsx files/);
  await drag("tauri://drag-leave");
  await until(async () => (await b.$$(".drop")).length === 0, "the overlay gone");
  await dropFiles(b, [good]);
  await until(async () => (await count()) === "5", "5 rows after the import");

  const bad = join(app.home, "bad.csv");
  writeFileSync(bad, `${HEADER}\nx-3,psf,2024-13-45,Somewhere,US,subpoena,complied,,,\n`);
  await dropFiles(b, [bad]);
  const panel = await textOf("#error-panel");
  assert.match(panel, /bad\.csv/);
  assert.match(panel, /line 2/);
  assert.match(panel, /received/);
  assert.match(panel, /2024-13-45/);
  await shot("import-error");
  await (await $("#error-panel button.primary")).click();
  assert.equal(await count(), "5", "the bad file added nothing");

  // The same file stating a stored request differently is a conflict; the panel offers to
  // import again, replacing it.
  const changed = join(app.home, "changed.csv");
  writeFileSync(changed, `${HEADER}\nx-2,psf,2024-03-05,County court,US,court_order,rejected,,payment_info,payment_info\n`);
  await dropFiles(b, [changed]);
  await (await $("#error-panel")).waitForDisplayed({ timeout: 10000 });
  assert.equal(await (await $("#error-panel")).getAttribute("data-code"), "conflict");
  assert.match(await textOf("#error-panel"), /outcome/);
  await (await $("#error-panel footer button:not(.primary)")).click();
  await until(async () => ((await b.execute(() => document.querySelector(".notice")?.textContent)) ?? "").includes("changed.csv: 1 replaced"), "replaced");
  assert.equal(await count(), "5", "replaced, not added");
});

test("record text holding markup is shown as text and never runs", async () => {
  await (await $('[data-facet="year"] button[data-value="2024"]')).click();
  await until(async () => (await count()) === "2", "2024 rows");
  // Newest first: x-2 (March), then x-1 (February).
  await (await $("#request-table")).click();
  await b.keys(["Home", "ArrowDown", "Enter"]);
  assert.match(await textOf("#request-detail h2"), /x-1/);
  assert.equal(await textOf("#request-detail .authority"), XSS_AUTHORITY);
  assert.match(await textOf("#request-detail .notes"), /<script>window.__xss='notes'<\/script>/);
  await (await $("#request-detail .notes")).moveTo();
  assert.equal(await b.execute(() => window.__xss ?? null), null, "no payload ran");
  assert.equal((await b.$$("#request-detail img")).length, 0, "no element was made from record text");
  await b.keys(["Escape"]);
  await go("report");
  await until(async () => ((await (await $("#report-preview")).getAttribute("srcdoc")) ?? "").length > 0, "report");
  await (await $('[data-screen="requests"]')).click();
  await (await $('[data-facet="year"] button[data-value="2024"]')).click();
  assert.equal(await b.execute(() => window.__xss ?? null), null, "no payload ran in the report either");
});

test("a CSV in an unknown layout opens the mapping step and imports once mapped", async () => {
  await go("requests");
  await (await $('[data-facet="year"] button[aria-pressed="true"]')).click().catch(() => {});
  const before = Number(await count());
  const odd = join(app.home, "agency-export.csv");
  writeFileSync(odd, "Reference;Date received;Agency;Kind\nm-1;2024-05-02;State police;subpoena\nm-2;2024-06-11;State police;court_order\n");
  await dropFiles(b, [odd]);
  const dialog = await $("#mapping-dialog");
  await dialog.waitForDisplayed({ timeout: 10000 });
  // The file is read with commas first; say it uses semicolons.
  await (await $("#mapping-dialog select")).selectByVisibleText("semicolon");
  await until(async () => (await b.$$('#mapping-dialog select[aria-label="Column Reference"]')).length === 1, "columns split on ;");
  assert.match(await dialog.getText(), /Still to map: id, received, process/);
  await (await $('select[aria-label="Column Reference"]')).selectByVisibleText("id");
  await (await $('select[aria-label="Column Date received"]')).selectByVisibleText("received");
  await (await $('select[aria-label="Column Agency"]')).selectByVisibleText("authority");
  await (await $('select[aria-label="Column Kind"]')).selectByVisibleText("process");
  await (await $("#mapping-organisation")).setValue("psf");
  await shot("mapping");
  await (await $("#mapping-dialog button.primary")).click();
  await until(async () => Number(await count()) === before + 2, "two mapped rows added");
});

test("readable at 1920 x 1080", async () => {
  await b.setWindowSize(1920, 1080);
  await go("overview");
  await until(async () => (await b.$$("img[src^='blob:']")).length >= 3, "charts at the new width");
  await new Promise((r) => setTimeout(r, 500));
  await shot("overview-1920");
  const layout = await b.execute(() => {
    const root = document.documentElement;
    const inView = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    };
    // Text a box clips (overflow hidden or an ellipsis) that does not fit in it.
    const cut = [...document.querySelectorAll("main *, header *, nav *")].filter((el) => {
      if (!el.textContent?.trim() || el.children.length > 0) return false;
      const style = getComputedStyle(el);
      const clips = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
      return clips && el.scrollWidth > el.clientWidth + 1;
    }).map((el) => el.textContent.trim().slice(0, 40));
    return {
      horizontalScroll: root.scrollWidth > root.clientWidth,
      figures: [...document.querySelectorAll("[data-figure]")].map((el) => ({ figure: el.dataset.figure, text: el.textContent.trim(), visible: inView(el) })),
      chartsInside: [...document.querySelectorAll("img[src^='blob:']")].every((img) => img.getBoundingClientRect().right <= innerWidth),
      cut,
    };
  });
  assert.equal(layout.horizontalScroll, false, "no horizontal scroll at 1920 px");
  // By now the store holds what the earlier tests imported too: the numbers are whatever
  // they are, but each must be there, whole, on the first screen.
  assert.deepEqual(layout.figures.map((f) => f.figure), ["requests", "accounts", "share", "not-held"]);
  for (const f of layout.figures) {
    assert.match(f.text, /^\d[\d,]*%?$/, `${f.figure} reads as a number`);
    assert.ok(f.visible, `${f.figure} (${f.text}) is inside the window`);
  }
  assert.ok(layout.chartsInside, "every chart fits the window");
  assert.deepEqual(layout.cut, [], "no text is cut off");
});

test("the window speaks German when chosen, charts included, and goes back to the system's", async () => {
  await b.setWindowSize(1280, 800);
  await go("overview");
  await (await $("#language")).selectByAttribute("value", "de");
  await until(async () => (await textOf('[data-screen="overview"]')) === "Übersicht", "German tabs");
  await until(async () => /Anfragen erhalten/.test(await textOf("#headline")), "German figures");
  assert.equal(await b.execute(() => document.documentElement.lang), "de");
  // The charts are drawn again in German: their text alternative is their summary.
  await until(async () => b.execute(() => [...document.querySelectorAll("img[src^='blob:']")].some((img) => /Anfragen/.test(img.alt))), "German charts");
  await shot("overview-german");
  // Errors come in the same language: the problems of a file, word for word.
  await go("requests");
  await dropFiles(b, [join(app.home, "bad.csv")]);
  await (await $("#error-panel")).waitForDisplayed({ timeout: 10000 });
  const panel = await textOf("#error-panel");
  assert.match(panel, /Zeile 2/);
  assert.match(panel, /ein Datum als JJJJ-MM-TT/);
  assert.doesNotMatch(panel, /expected|a date as/);
  await shot("import-error-german");
  await (await $("#error-panel button.primary")).click();
  await (await $("#language")).selectByAttribute("value", "system");
  await until(async () => (await textOf('[data-screen="overview"]')) === "Overview", "back to the system's English");
});
