// The window never names a file. A script in the page (as if something had got in)
// invokes every command that reads or writes a file, with paths the user never chose; each
// is refused and nothing is read or written. Files enter only through the shell's dialog or
// drop, each granted for one use, once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { chooseNext, dropFiles, freshHome, launch, driving, SHOTS } from "./harness.mjs";

const root = resolve(import.meta.dirname, "../..");

/** Every command that reads or writes a file, with the arguments besides the file. */
function commands() {
  const filter = { organisation: null, from: null, to: null, process: null, outcome: null, country: null, category: null, disposition: null, year: null, search: null };
  const sections = { categories: true, inventory: true, policy: true, requests: true, exposure: true, context: true };
  const report = { period: "2023", organisation: "psf", format: "html", band_below: null, sections, texts: null };
  const words = { title: null, subtitle: null, note: null, source: null };
  return {
    preview_table: { delimiter: null },
    import_files: (grant) => ({ request: { grant, mapping: null, replace: false, organisation: null } }),
    open_store: {},
    export_bundle: {},
    export_table: { query: { filter, sort: "received", descending: false, offset: 0, limit: 10, facets: false } },
    export_chart: { request: { kind: "requests_over_time", filter, dark: false, width: 800, height: null, stack: "process", granularity: null, scale: "panels", highlight: null, words }, format: null, scale: 1 },
    export_report: { request: report },
    publish_report: { request: report },
  };
}

/** Invokes a command from inside the page; the error's message, or null when it worked. */
function invoke(b, command, args) {
  return b.execute(async (c, a) => {
    try {
      await window.__TAURI_INTERNALS__.invoke(c, a);
      return null;
    } catch (e) {
      return typeof e === "string" ? e : e.message ?? JSON.stringify(e);
    }
  }, command, args);
}

function argsFor(command, grant) {
  const extra = commands()[command];
  return typeof extra === "function" ? extra(grant) : { ...extra, grant };
}

test("a command given a path the user did not choose is refused and touches nothing", async () => {
  const app = await launch();
  try {
    const b = app.browser;
    const { until, textOf } = driving(b);
    await until(async () => (await textOf("[data-figure=requests]")) === "3", "the sample's 3 requests");

    // A file the user never chose, in a layout Disclose would import; and places to write.
    const csv = join(app.home, "not-chosen.csv");
    writeFileSync(csv, "id,organisation,received,process\nforged-1,psf,2023-05-01,subpoena\n");
    const out = join(app.home, "written.out");
    const store = join(app.home, "store.sqlite");
    const before = statSync(store).mtimeMs;
    const passwd = readFileSync("/etc/passwd");

    const forged = [csv, out, "/etc/passwd", `${app.home}/../${app.home.split("/").pop()}/not-chosen.csv`, "1-0000000000000000"];
    for (const command of Object.keys(commands())) {
      // The old way: a path in the arguments. No command has such an argument any more.
      const old = command === "import_files"
        ? { request: { paths: [csv], mapping: null, replace: false, organisation: null } }
        : { ...argsFor(command, undefined), path: csv };
      const asPath = await invoke(b, command, old);
      assert.match(asPath ?? "ran", /missing required key grant|unknown field `paths`/, `${command} with a path: ${asPath}`);
      for (const id of forged) {
        const said = await invoke(b, command, argsFor(command, id));
        assert.match(said ?? "ran", /no file chosen by you/, `${command} with ${id}: ${said}`);
      }
    }
    // What the page's own drag-and-drop event says is never imported; a made-up grant from
    // the page's drop event is refused, and said so.
    await b.execute(async (p) => {
      const emit = (event, payload) => window.__TAURI_INTERNALS__.invoke("plugin:event|emit", { event, payload });
      await emit("tauri://drag-drop", { paths: p, position: { x: 100, y: 100 } });
      await emit("files-dropped", { grant: "1-0000000000000000", paths: p });
    }, [csv]);
    await until(async () => ((await b.execute(() => document.querySelector("#error-panel .message")?.textContent)) ?? "").includes("no file chosen by you"), "the forged drop refused");

    // A real grant (the user picks `out` in the shell's save dialog, answered by the test
    // build's seam) serves its own use only, and once.
    await chooseNext(b, [out]);
    const table = await b.execute(() => window.__TAURI_INTERNALS__.invoke("choose_files", { request: { purpose: "export_table", title: "t", folder: false, filter: null, suggested_name: null } }));
    assert.deepEqual(table.paths, [out]);
    for (const other of ["export_bundle", "export_chart", "export_report", "publish_report", "open_store", "import_files", "preview_table"]) {
      const said = await invoke(b, other, argsFor(other, table.grant));
      assert.match(said ?? "ran", /chosen to export the table to, not to/, `${other}: ${said}`);
    }
    assert.ok(!existsSync(out), "nothing written while the grant was misused");
    assert.equal(await invoke(b, "export_table", argsFor("export_table", table.grant)), null, "its own use works");
    assert.match(readFileSync(out, "utf8"), /^organisation,id,received,/);
    const again = await invoke(b, "export_table", argsFor("export_table", table.grant));
    assert.match(again ?? "ran", /used already/);

    // Nothing else was read or written: the store, the files, /etc/passwd.
    assert.equal(await textOf("[data-figure=requests]"), "3", "nothing imported");
    assert.equal(statSync(store).mtimeMs, before, "the store file untouched");
    assert.deepEqual(readFileSync("/etc/passwd"), passwd);
    for (const f of ["written.out.json", "index.html"]) assert.ok(!existsSync(join(app.home, f)));

    // The user's own drop still imports, through the shell's grant.
    await dropFiles(b, [join(root, "assets/samples/psf-pypi-2023.json")]);
    await until(async () => ((await b.execute(() => document.querySelector(".notice")?.textContent)) ?? "").includes("Imported"), "the dropped bundle imported");
  } finally {
    await app.stop();
  }
});

test("a file the app is started with (the file manager's Open with) is offered for import", async () => {
  const fresh = freshHome();
  const csv = join(fresh.home, "opened-with.csv");
  writeFileSync(csv, "id,organisation,received,process\nlaunch-1,psf,2024-05-01,subpoena\n");
  const app = await launch({ fresh, args: [csv] });
  try {
    const b = app.browser;
    const { until, textOf } = driving(b);
    // The window asks first.
    assert.match(await textOf("#opened-files"), /Import opened-with\.csv\?[\s\S]*opened-with\.csv/);
    await (await b.$("#opened-import")).click();
    await until(async () => ((await b.execute(() => document.querySelector(".notice")?.textContent)) ?? "").includes("Imported opened-with.csv: 1 request"), "the launch file imported");
    await until(async () => (await textOf("[data-figure=requests]")) === "4", "4 requests");
    // Granted once: the window cannot ask for it again.
    assert.equal(await b.execute(() => window.__TAURI_INTERNALS__.invoke("launch_files")), null);

    // Help › About: the version, the store in use, its schema, where the sample comes from.
    await b.execute(() => window.__TAURI_INTERNALS__.invoke("plugin:event|emit", { event: "menu", payload: "about" }));
    const about = await textOf("#about");
    const version = JSON.parse(readFileSync(join(root, "src-tauri/tauri.conf.json"), "utf8")).version;
    assert.equal(await textOf("#about-version"), version);
    assert.equal(await textOf("#about-store"), join(fresh.home, "store.sqlite"));
    assert.match(await textOf("#about-schema"), /^\d+$/);
    assert.match(about, /PyPI was subpoenaed/);
    await b.saveScreenshot(join(SHOTS, "app-about.png"));
    await (await b.$("#about-close")).click();
  } finally {
    await app.stop();
  }
});
