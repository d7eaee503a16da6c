// One window per store: "Open with Disclose" while Disclose is open hands the file to the
// running window (over a D-Bus session bus), which offers to import it; the second launch
// exits. Without a session bus every launch opens its own window, and says so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { APP, launch, driving, freshHome } from "./harness.mjs";

/** A private session bus for one test; its address, and how to end it. */
function sessionBus() {
  return new Promise((ok, fail) => {
    const bus = spawn("dbus-daemon", ["--session", "--nofork", "--print-address=1"], { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    bus.stdout.on("data", (d) => {
      out += d;
      if (out.includes("\n")) ok({ address: out.trim(), stop: () => bus.kill() });
    });
    bus.on("error", fail);
  });
}

const hasBus = spawnSync("sh", ["-c", "command -v dbus-daemon"]).status === 0;

test("a second launch on the same store hands its file to the open window", { skip: hasBus ? false : "dbus-daemon is not installed" }, async () => {
  const bus = await sessionBus();
  const fresh = freshHome();
  const env = { DBUS_SESSION_BUS_ADDRESS: bus.address };
  const app = await launch({ fresh, env });
  try {
    const b = app.browser;
    const { until, textOf } = driving(b);
    await until(async () => (await textOf("[data-figure=requests]")) === "3", "the sample's 3 requests");
    const csv = join(fresh.home, "handed-over.csv");
    writeFileSync(csv, "id,organisation,received,process\nhand-1,psf,2024-06-01,subpoena\n");
    // The file manager starts Disclose again, with the file, from another directory. It
    // hands over before it starts a window of its own (which could crash on the way out),
    // so it needs no display to do it.
    const secondEnv = { ...process.env, ...fresh.env, ...env, DISCLOSE_DB: join(fresh.home, "store.sqlite") };
    delete secondEnv.DISPLAY;
    delete secondEnv.WAYLAND_DISPLAY;
    const second = spawnSync(APP, ["handed-over.csv"], {
      cwd: fresh.home,
      env: secondEnv,
      timeout: 30000,
      encoding: "utf8",
    });
    assert.equal(second.status, 0, `the second launch exits once it handed over: ${second.signal ?? ""} ${second.error ?? ""} ${second.stderr}`);
    assert.match(await textOf("#opened-files"), /Import handed-over\.csv\?/);
    await (await b.$("#opened-import")).click();
    await until(async () => (await textOf("[data-figure=requests]")) === "4", "4 requests after the import");
  } finally {
    await app.stop();
    bus.stop();
  }
});

test("without a session bus the app starts anyway and says why a second launch opens a second window", async () => {
  const fresh = freshHome();
  // A window of its own needs a display: the harness's Xvfb, borrowed from a session.
  const app = await launch({ fresh });
  try {
    const env = { ...process.env, ...fresh.env, DISPLAY: app.display, DISCLOSE_DB: join(fresh.home, "other.sqlite"), DISCLOSE_BENCH_EXIT: "1" };
    delete env.DBUS_SESSION_BUS_ADDRESS;
    delete env.XDG_RUNTIME_DIR;
    const alone = spawnSync(APP, [], { env, timeout: 60000, encoding: "utf8" });
    assert.equal(alone.status, 0, alone.stderr);
    assert.match(alone.stderr, /no D-Bus session bus, so each launch opens its own window/);
    assert.match(alone.stderr, /^ready$/m, "it drew its first chart");
  } finally {
    await app.stop();
  }
});
