// Starts the real app under tauri-driver and WebKitWebDriver (in Xvfb when there is no
// display) and hands the tests a WebdriverIO session. Each run gets a fresh store.
import { spawn, spawnSync } from "node:child_process";
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

/**
 * Launches the app on a fresh HOME (or `fresh`, from freshHome()). `store` names the store
 * file ($DISCLOSE_DB); "default" leaves it unset, so the app finds the default store.
 */
export async function launch({ width = 1280, height = 800, store = null, fresh = freshHome(), env: extra = {} } = {}) {
  if (!existsSync(APP)) throw new Error(`the app is not built: ${APP} is missing (run cargo build -p disclose-app)`);
  const driverBin = process.env.TAURI_DRIVER ?? join(homedir(), ".cargo", "bin", "tauri-driver");
  const children = [];
  const { home } = fresh;
  const env = { ...process.env, ...fresh.env, ...extra };
  delete env.DISCLOSE_DB;
  if (store !== "default") env.DISCLOSE_DB = store ?? join(home, "store.sqlite");
  mkdirSync(SHOTS, { recursive: true });
  if (!env.DISPLAY) {
    const display = `:${90 + Math.floor(Math.random() * 100)}`;
    const x = spawn("Xvfb", [display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"], { stdio: "ignore" });
    children.push(x);
    env.DISPLAY = display;
    await new Promise((r) => setTimeout(r, 500));
  }
  const port = await freePort();
  const nativePort = await freePort();
  const driver = spawn(driverBin, ["--port", String(port), "--native-port", String(nativePort)], { env, stdio: ["ignore", "ignore", "pipe"] });
  let driverLog = "";
  driver.stderr.on("data", (d) => (driverLog += d));
  children.push(driver);
  await waitForPort(port, 15000);
  const browser = await remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "error",
    connectionRetryCount: 0,
    capabilities: {
      browserName: "wry",
      "wdio:enforceWebDriverClassic": true,
      "tauri:options": { application: APP },
    },
  });
  await browser.setWindowSize(width, height).catch(() => {});
  const stop = async () => {
    await browser.deleteSession().catch(() => {});
    // SIGTERM lets tauri-driver end WebKitWebDriver and the app; SIGKILL would orphan them.
    for (const c of children.reverse()) c.kill("SIGTERM");
    spawnSync("sleep", ["0.5"]);
  };
  return { browser, stop, home, driverLog: () => driverLog };
}

/** Simulates dropping files on the window: the events Tauri sends for a real drag and drop. */
export async function dropFiles(browser, paths) {
  await browser.execute(async (p) => {
    const emit = (event, payload) => window.__TAURI_INTERNALS__.invoke("plugin:event|emit", { event, payload });
    await emit("tauri://drag-enter", { paths: p, position: { x: 100, y: 100 } });
    await emit("tauri://drag-drop", { paths: p, position: { x: 100, y: 100 } });
  }, paths);
}
