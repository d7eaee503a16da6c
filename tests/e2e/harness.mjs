// Starts the real app under tauri-driver and WebKitWebDriver (in Xvfb when there is no
// display) and hands the tests a WebdriverIO session. Each run gets a fresh store.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import { join, resolve } from "node:path";
import net from "node:net";
import { remote } from "webdriverio";

const root = resolve(import.meta.dirname, "../..");
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, "target");
export const APP = process.env.DISCLOSE_APP_BIN ?? join(targetDir, "debug", "disclose-app");
export const CLI = process.env.DISCLOSE_CLI_BIN ?? join(targetDir, "debug", "disclose");
export const SHOTS = process.env.DISCLOSE_SHOTS ?? join(root, "tests", "e2e", "screenshots");

function freePort() {
  return new Promise((ok, fail) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    }).on("error", fail);
  });
}

async function waitForPort(port, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const open = await new Promise((ok) => {
      const c = net.connect(port, "127.0.0.1", () => { c.end(); ok(true); }).on("error", () => ok(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on port ${port} within ${ms} ms`);
}

/** A fresh HOME for one run: the data and config directories the app and the CLI use. */
export function freshHome() {
  const home = mkdtempSync(join(tmpdir(), "disclose-e2e-"));
  return { home, env: { XDG_DATA_HOME: join(home, "data"), XDG_CONFIG_HOME: join(home, "config") } };
}

/** Starts Xvfb on a display it picks itself (-displayfd), so two runs never share one. */
function startXvfb() {
  return new Promise((ok, fail) => {
    const x = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "ignore", "ignore", "pipe"],
    });
    let out = "";
    const timer = setTimeout(() => { x.kill("SIGKILL"); fail(new Error("Xvfb did not report a display within 10 s")); }, 10000);
    x.stdio[3].on("data", (d) => {
      out += d;
      if (out.includes("\n")) { clearTimeout(timer); ok({ x, display: `:${out.trim()}` }); }
    });
    x.on("error", (e) => { clearTimeout(timer); fail(e); });
    x.on("exit", (code) => { clearTimeout(timer); fail(new Error(`Xvfb exited with ${code} before reporting a display`)); });
  });
}

/** Ends a child and waits (at most `ms`) until it has gone; SIGKILL if it will not. */
function end(child, ms = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const timer = setTimeout(() => { child.kill("SIGKILL"); ok(); }, ms);
    child.once("exit", () => { clearTimeout(timer); ok(); });
    child.kill("SIGTERM");
  });
}

// Whatever a test leaves running is ended with the test file's process, so a failed test
// can never keep the run waiting on its children.
const running = new Set();
const killAll = () => { for (const c of running) c.kill("SIGKILL"); };
process.on("exit", killAll);
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => { killAll(); process.exit(1); });

/** One attempt: Xvfb (when there is no display), tauri-driver and a WebDriver session. */
async function start(env, width, height, args) {
  const children = [];
  const stopChildren = async () => {
    // SIGTERM lets tauri-driver end WebKitWebDriver and the app; SIGKILL would orphan them.
    for (const c of children.reverse()) { await end(c); running.delete(c); }
  };
  try {
    if (!env.DISPLAY) {
      const { x, display } = await startXvfb();
      children.push(x);
      running.add(x);
      env.DISPLAY = display;
    }
    const driverBin = process.env.TAURI_DRIVER ?? join(homedir(), ".cargo", "bin", "tauri-driver");
    const port = await freePort();
    const nativePort = await freePort();
    const driver = spawn(driverBin, ["--port", String(port), "--native-port", String(nativePort)], { env, stdio: ["ignore", "ignore", "pipe"] });
    let driverLog = "";
    driver.stderr.on("data", (d) => (driverLog += d));
    children.push(driver);
    running.add(driver);
    await waitForPort(port, 15000);
    const browser = await remote({
      hostname: "127.0.0.1",
      port,
      logLevel: "silent",
      connectionRetryCount: 0,
      // A session starts in about two seconds; one that has not in 45 is not coming.
      connectionRetryTimeout: 45000,
      capabilities: {
        browserName: "wry",
        "wdio:enforceWebDriverClassic": true,
        "tauri:options": { application: APP, args },
      },
    });
    await browser.setWindowSize(width, height).catch(() => {});
    const stop = async () => {
      await browser.deleteSession().catch(() => {});
      await stopChildren();
    };
    return { browser, stop, driverLog: () => driverLog, display: env.DISPLAY };
  } catch (e) {
    await stopChildren();
    throw e;
  }
}

/**
 * Launches the app on a fresh HOME (or `fresh`, from freshHome()). `store` names the store
 * file ($DISCLOSE_DB); "default" leaves it unset, so the app finds the default store.
 * `args` are the app's command line (files to open, as the file manager passes them).
 * A session that fails to start (the driver dropping the connection while the app comes
 * up) is torn down whole and tried once more before the test fails.
 */
export async function launch({ width = 1280, height = 800, store = null, fresh = freshHome(), env: extra = {}, args = [] } = {}) {
  if (!existsSync(APP)) throw new Error(`the app is not built: ${APP} is missing (run cargo build -p disclose-app)`);
  const { home } = fresh;
  // The app speaks the system's language: the tests read English unless they choose.
  const base = { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8", ...fresh.env, ...extra };
  delete base.DISCLOSE_DB;
  if (store !== "default") base.DISCLOSE_DB = store ?? join(home, "store.sqlite");
  mkdirSync(SHOTS, { recursive: true });
  let failure;
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      const session = await start({ ...base }, width, height, args);
      return { ...session, home };
    } catch (e) {
      failure = e;
      console.error(`# the app's session did not start (attempt ${attempt} of 2): ${e.message}`);
    }
  }
  throw failure;
}

/**
 * Drops files on the window as a user would: the drag enters (the page's overlay), then the
 * test build's seam hands the paths to the shell's own drop handler, which grants them.
 * (The page's `tauri://drag-drop` event, which any script could emit, is never trusted.)
 */
export async function dropFiles(browser, paths) {
  await browser.execute(async (p) => {
    await window.__TAURI_INTERNALS__.invoke("plugin:event|emit", { event: "tauri://drag-enter", payload: { paths: [], position: { x: 100, y: 100 } } });
    await window.__TAURI_INTERNALS__.invoke("seam_drop", { paths: p });
  }, paths);
}

/**
 * The user's answer to the next file dialog the app shows: these paths (an array), or
 * cancel (null). Given before the click that opens the dialog.
 */
export async function chooseNext(browser, paths) {
  await browser.execute((p) => window.__TAURI_INTERNALS__.invoke("seam_choose", { paths: p }), paths);
}

/**
 * The few moves every test makes on the window: find an element, read a displayed
 * element's text, go to a screen, wait for a condition (naming it when it times out), and
 * save a screenshot once the charts are drawn.
 */
export function driving(browser, { wait = 10000 } = {}) {
  const $ = (sel) => browser.$(sel);
  const until = (fn, what, timeout = wait) =>
    browser.waitUntil(fn, { timeout, timeoutMsg: `timed out waiting for ${what}` });
  return {
    $,
    until,
    async textOf(sel) {
      const el = await $(sel);
      await el.waitForDisplayed({ timeout: 10000 });
      return el.getText();
    },
    async go(screen) {
      await (await $(`button[data-screen="${screen}"]`)).click();
    },
    async shot(name) {
      // Charts draw once they know their width; none is still drawing.
      await until(async () => (await browser.$$(".placeholder")).length === 0, "charts drawn");
      await browser.saveScreenshot(join(SHOTS, `app-${name}.png`));
    },
  };
}
