// The Debian package as a user installs it: its metadata, its files, the desktop entry and
// metainfo as the validators read them, the CLI from the package, and the app started from
// the package's own files on a fresh HOME. Run after `npm run package` (scripts/test.sh
// does both); where dpkg is missing, the test says so and is skipped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
const version = JSON.parse(readFileSync(join(root, "src-tauri/tauri.conf.json"), "utf8")).version;
const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const noDpkg = has("dpkg-deb") ? false : "dpkg-deb is not installed: the package cannot be read here";

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", ...opts });
  assert.equal(r.status, 0, `${cmd} ${args.join(" ")}: ${r.error ?? ""}${r.stderr}`);
  return r.stdout;
}

function deb() {
  const debs = existsSync(dist) ? readdirSync(dist).filter((f) => /^disclose_.*\.deb$/.test(f)) : [];
  assert.equal(debs.length, 1, `one package in dist/ (run npm run package): ${debs}`);
  return join(dist, debs[0]);
}

/** The package's files, extracted once. */
let extracted;
function files() {
  if (!extracted) {
    extracted = mkdtempSync(join(tmpdir(), "disclose-deb-"));
    run("dpkg-deb", ["-x", deb(), extracted]);
  }
  return extracted;
}

test("the package's name, version and dependencies: WebKitGTK and nothing more", { skip: noDpkg }, () => {
  const field = (f) => run("dpkg-deb", ["-f", deb(), f]).trim();
  assert.equal(field("Package"), "disclose");
  assert.equal(field("Version"), version);
  assert.equal(field("Architecture"), "amd64");
  const depends = field("Depends").split(",").map((d) => d.trim().split(" ")[0]);
  assert.ok(depends.includes("libwebkit2gtk-4.1-0"), depends.join(", "));
  assert.deepEqual(depends.filter((d) => !["libwebkit2gtk-4.1-0", "libgtk-3-0"].includes(d)), [], "nothing beyond WebKitGTK (and the GTK it runs on)");
  assert.match(field("Description"), /government requests for user data/);
});

test("both programs, the manual pages, completions, desktop entry, metainfo and icons are in it", { skip: noDpkg }, () => {
  const listed = run("dpkg-deb", ["-c", deb()]).split("\n").map((l) => `/${l.split(/\s+/).pop().replace(/^\.?\//, "")}`);
  for (const f of [
    "/usr/bin/disclose-app",
    "/usr/bin/disclose",
    "/usr/share/man/man1/disclose.1.gz",
    "/usr/share/man/man1/disclose-import.1.gz",
    "/usr/share/bash-completion/completions/disclose",
    "/usr/share/zsh/vendor-completions/_disclose",
    "/usr/share/fish/vendor_completions.d/disclose.fish",
    "/usr/share/applications/Disclose.desktop",
    "/usr/share/metainfo/org.disclose.app.metainfo.xml",
  ]) assert.ok(listed.includes(f), `${f} is not in the package`);
  for (const size of ["32x32", "128x128", "256x256"]) {
    assert.ok(listed.some((f) => f.startsWith(`/usr/share/icons/hicolor/${size}/apps/`) && f.endsWith(".png")), `no ${size} icon`);
  }
  const man = spawnSync("sh", ["-c", `zcat '${files()}/usr/share/man/man1/disclose.1.gz'`], { encoding: "utf8" }).stdout;
  assert.match(man, /^\.TH disclose 1/m);
  assert.match(readFileSync(join(files(), "usr/share/bash-completion/completions/disclose"), "utf8"), /complete .*disclose/);
});

test("the desktop entry and the metainfo pass their validators", { skip: noDpkg }, (t) => {
  const desktop = join(files(), "usr/share/applications/Disclose.desktop");
  const text = readFileSync(desktop, "utf8");
  assert.match(text, /^Categories=Office;Utility;$/m);
  assert.match(text, /^MimeType=.*application\/json;.*text\/csv;.*spreadsheetml\.sheet;/m);
  assert.match(text, /^Exec=disclose-app %F$/m);
  if (has("desktop-file-validate")) run("desktop-file-validate", [desktop]);
  else t.diagnostic("desktop-file-validate is not installed: the desktop entry was not validated");
  const metainfo = join(files(), "usr/share/metainfo/org.disclose.app.metainfo.xml");
  if (has("appstreamcli")) run("appstreamcli", ["validate", "--no-net", metainfo]);
  else t.diagnostic("appstreamcli is not installed: the metainfo was not validated");
  // Its screenshots are the README's own.
  const shots = [...readFileSync(metainfo, "utf8").matchAll(/<image>[^<]*\/main\/(docs\/images\/[^<]+)<\/image>/g)].map((m) => m[1]);
  assert.ok(shots.length >= 2);
  for (const s of shots) assert.ok(existsSync(join(root, s)), `${s} is not in the repository`);
});

test("the CLI from the package prints its version and imports the sample", { skip: noDpkg }, () => {
  const cli = join(files(), "usr/bin/disclose");
  assert.equal(run(cli, ["--version"]).trim(), `disclose ${version}`);
  const home = mkdtempSync(join(tmpdir(), "disclose-home-"));
  const env = { ...process.env, HOME: home, XDG_DATA_HOME: join(home, "data"), XDG_CONFIG_HOME: join(home, "config"), DISCLOSE_DB: join(home, "s.sqlite") };
  const out = run(cli, ["--json", "import", join(root, "assets/samples/psf-pypi-2023.json")], { env, cwd: home });
  assert.ok(JSON.parse(out).files.length === 1, out);
  const info = JSON.parse(run(cli, ["--json", "stats"], { env, cwd: home }));
  assert.equal(info.requests, 3);
});

test("the app started from the package's files shows the sample's overview", { skip: noDpkg }, async () => {
  process.env.DISCLOSE_APP_BIN = join(files(), "usr/bin/disclose-app");
  const { launch, driving } = await import("../e2e/harness.mjs");
  const size = statSync(deb()).size;
  assert.ok(size < 30e6, `the package is ${size} bytes: are the programs stripped?`);
  const app = await launch({ store: "default" });
  try {
    const { until, textOf } = driving(app.browser);
    await until(async () => (await textOf("[data-figure=requests]")) === "3", "the sample's 3 requests", 30000);
    await until(async () => (await app.browser.$$("img[src^='blob:']")).length >= 3, "three charts", 30000);
    await app.browser.saveScreenshot(join(app.home, "package-overview.png"));
  } finally {
    await app.stop();
  }
});
