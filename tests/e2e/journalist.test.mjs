// A journalist's afternoon: a folder of companies' files dropped at once, Germany compared
// half-year by half-year, each figure traced to its file and rows, the countries of one
// company ranked, and the Library of what the store holds.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, dropFiles, driving } from "./harness.mjs";

let app;
let b;
let $, textOf, go, until, shot;

before(async () => {
  app = await launch({ width: 1400, height: 900 });
  b = app.browser;
  ({ $, textOf, go, until, shot } = driving(b, { wait: 15000 }));
});
after(async () => app && (await app.stop()));

async function dismissNotice() {
  const notice = await b.$$(".notice button");
  if (notice.length) await notice[0].click();
}

const published = join(import.meta.dirname, "../../crates/disclose-core/tests/fixtures/published");

test("a dropped folder imports every company's files and lists what it skipped and doubted", async () => {
  await until(async () => (await b.$$("[data-figure=requests]")).length === 1, "the overview");
  await dropFiles(b, [published]);
  await until(async () => (await b.$$("#import-outcome")).length === 1, "the import's outcome", 60000);
  const outcome = await textOf("#import-outcome");
  // The README beside the files is skipped with its reason, not refused.
  assert.match(await textOf("#import-skipped"), /README\.md[\s\S]*not a \.json bundle, a \.csv or an \.xlsx file/);
  assert.match(outcome, /x-information-requests-2017-H1\.csv/);
  // A place with no ISO code imports under its own name, with the doubt stated.
  assert.match(await textOf("#import-warnings"), /Somaliland/);
  assert.match((await b.execute(() => document.querySelector(".notice")?.textContent)) ?? "", /Imported \d+ files: \d+ published counts[^.]*\. Skipped 1 file\. 1 warning\./);
  await shot("import-outcome");
  await (await $("#import-outcome footer button")).click();
  await dismissNotice();
});

test("Germany, half-year by half-year: each figure opens its file, rows and checksum", async () => {
  await go("compare");
  await (await $("#compare-country")).setValue("Germany");
  await (await $("#compare-period")).selectByAttribute("value", "half");
  await until(async () => {
    const t = await textOf("#compare-table");
    return t.includes("2017 H1") && t.includes("2017 H2") && t.includes("1,234");
  }, "X's two half-years of 2017 and Google's 1,234 for Germany");
  // A half-yearly report is never read as a year: no "6 mo." at half-year granularity.
  assert.doesNotMatch(await textOf("#compare-table"), /mo\./);
  // The largest change is listed with its two periods.
  assert.match(await textOf("#compare-changes"), /X \(Twitter\), Germany\s+2017 H1 41 to 2017 H2 96: \+55 \(\+134%\)/);
  // Click Google's 1,234: the Source panel names the file, its rows, wording and SHA-256.
  const cell = await b.$("//table[@id='compare-table']//button[normalize-space()='1,234']");
  await cell.click();
  const panel = await textOf("#source-panel");
  assert.match(panel, /google-global-user-data-requests\.csv/);
  assert.match(panel, /Google: user data requests by country/);
  assert.match(panel, /Rows?\s*\d/);
  assert.match(panel, /[0-9a-f]{64}/);
  assert.match(panel, /Germany/);
  await shot("source-panel");
  await (await $("#source-panel [data-copy='0']")).click();
  await until(async () => (await textOf("#source-panel [data-copy='0']")) === "Copied", "the citation copied");
  await (await $("#source-panel footer button")).click();
  // The chart's marks open the same panel.
  await until(async () => (await b.$$("[data-chart='compare'] button.mark")).length > 0, "clickable marks on the chart");
  await shot("compare-germany");
  const mark = (await b.$$("[data-chart='compare'] button.mark"))[0];
  const said = await mark.getAttribute("aria-label");
  await mark.click();
  const fromChart = await textOf("#source-panel");
  assert.match(fromChart, /File\s*\S+\.csv/);
  assert.match(fromChart, /Rows?\s*\d/);
  assert.ok(said.length > 0, "the mark says its value");
  await (await $("#source-panel footer button")).click();
});

test("the countries of one company are ranked for a period, and a typed place that is nowhere says so", async () => {
  await (await $("#compare-country")).setValue("Atlantis");
  await until(async () => (await b.$$("#compare-no-country")).length === 1, "no figures for Atlantis");
  await (await $("#compare-by")).selectByAttribute("value", "country");
  await (await $("#compare-organisation")).selectByAttribute("value", "x");
  await until(async () => (await textOf("#compare-table")).includes("Somaliland"), "X's countries");
  // Ranked for 2017 H1: Somaliland's "<10" (a band) ranks by its midpoint, below Argentina's 7.
  await (await $("#compare-rank-period")).selectByAttribute("value", "2017 H1");
  const order = async () => b.execute(() => [...document.querySelectorAll("#compare-table tbody tr")].map((tr) => [tr.children[0].textContent, tr.children[1].textContent]));
  await until(async () => JSON.stringify((await order()).slice(0, 5)) === JSON.stringify([
    ["1", "United States"], ["2", "Japan"], ["3", "Germany"], ["4", "Argentina"], ["5", "Somaliland"],
  ]), "X's countries ranked for 2017 H1");
  // WebKitGTK's WebDriver snapshot hangs on a page that no longer overflows its window
  // (here, once the chart has gone): a window as tall as the grid keeps it overflowing.
  await b.setWindowSize(1400, 560);
  await shot("compare-countries");
  await b.setWindowSize(1400, 900);
});

test("the Library lists each publisher's files with their checksum and where newer ones are", async () => {
  await go("library");
  await until(async () => (await b.$$("#library .publisher")).length >= 5, "publishers");
  const x = await textOf('#library [data-organisation="x"]');
  assert.match(x, /2017 H1 to 2017 H2/);
  assert.match(x, /x-information-requests-2017-H2\.csv/);
  assert.match(x, /https:\/\/transparency\.x\.com/);
  assert.match(x, /[0-9a-f]{64}/);
  await shot("library");
});
