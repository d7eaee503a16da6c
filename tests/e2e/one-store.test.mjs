// One store for the app and the CLI: on a fresh HOME, what `disclose import` wrote is what
// the app shows on its first launch, and exactly one store file exists afterwards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launch, freshHome, CLI, SHOTS } from "./harness.mjs";

const root = resolve(import.meta.dirname, "../..");
const published = join(root, "crates/disclose-core/tests/fixtures/published");

/** Every Disclose store under `dir`: SQLite files whose application_id is "DSCL". */
function storesUnder(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      found.push(...storesUnder(path));
      continue;
    }
    const head = readFileSync(path).subarray(0, 72);
    if (head.subarray(0, 15).toString() === "SQLite format 3" && head.readUInt32BE(68) === 0x4453434c) found.push(path);
  }
  return found;
}

test("the app opens the store the CLI imported into", async () => {
  const fresh = freshHome();
  const env = { ...process.env, ...fresh.env };
  delete env.DISCLOSE_DB;
  const cli = (...args) => {
    const r = spawnSync(CLI, args, { env, encoding: "utf8" });
    assert.equal(r.status, 0, `disclose ${args.join(" ")}: ${r.error ?? r.stderr}`);
    return r;
  };
  // A journalist's first steps: the sample and GitHub's published counts, by the CLI.
  cli("import", join(root, "assets/samples/psf-pypi-2023.json"), join(published, "github/requests_received_and_disclosed.csv"));
  const info = JSON.parse(cli("info", "--json").stdout);
  const dataDir = join(fresh.env.XDG_DATA_HOME, "org.disclose.app");
  assert.equal(info.path, join(dataDir, "disclose.sqlite"));

  const app = await launch({ store: "default", fresh });
  try {
    const b = app.browser;
    const text = async (sel) => {
      const el = await b.$(sel);
      await el.waitForDisplayed({ timeout: 10000 });
      return el.getText();
    };
    await b.waitUntil(async () => (await text("[data-figure=requests]")) === "3", { timeout: 30000, timeoutMsg: "the sample's 3 requests" });
    // GitHub came in through the CLI: the organisation picker offers it.
    await b.waitUntil(async () => (await text("#filter-organisation")).includes("GitHub"), { timeout: 10000, timeoutMsg: "GitHub in the organisation filter" });
  } finally {
    await app.stop();
  }
  assert.deepEqual(storesUnder(fresh.home), [join(dataDir, "disclose.sqlite")], "exactly one store");
  assert.ok(!existsSync(join(fresh.env.XDG_DATA_HOME, "disclose")), "nothing at the old CLI place");
  // The CLI sees what the app saw, and says nothing about another store.
  const again = cli("info");
  assert.doesNotMatch(again.stderr, /the app last opened/);
});

test("a store cut short is named, left untouched, and the window offers another", async () => {
  const fresh = freshHome();
  const env = { ...process.env, ...fresh.env };
  const store = join(fresh.home, "damaged.sqlite");
  const made = spawnSync(CLI, ["generate", "--requests", "2000", "--out", join(fresh.home, "g.csv")], { env, encoding: "utf8" });
  assert.equal(made.status, 0, made.stderr);
  const imported = spawnSync(CLI, ["import", join(fresh.home, "g.csv"), "--db", store], { env, encoding: "utf8" });
  assert.equal(imported.status, 0, imported.stderr);
  // Half the file, as a copy or a download cut short leaves it.
  const whole = readFileSync(store);
  writeFileSync(store, whole.subarray(0, Math.floor(whole.length / 2)));
  const cut = readFileSync(store);
  const app = await launch({ store, fresh });
  try {
    const b = app.browser;
    const dialog = await b.$("#store-problem");
    await dialog.waitForDisplayed({ timeout: 15000 });
    const said = await dialog.getText();
    assert.match(said, /damaged\.sqlite/);
    assert.match(said, /cut short/);
    assert.match(said, /not changed that file/);
    await b.saveScreenshot(join(SHOTS, "app-store-problem.png"));
    await (await b.$("#continue-with-sample")).click();
    // The sample, from memory: its three requests, and the status bar says it is not saved.
    await b.waitUntil(async () => (await (await b.$("[data-figure=requests]")).getText()).includes("3"), {
      timeout: 15000,
      timeoutMsg: "the sample's overview",
    });
    const status = await b.execute(() => document.querySelector("span.store")?.textContent ?? "");
    assert.match(status, /in memory, not saved/);
  } finally {
    await app.stop();
  }
  assert.ok(readFileSync(store).equals(cut), "the damaged file is left byte for byte");
  assert.ok(!existsSync(`${store}-wal`), "no journal was started beside it");
});
