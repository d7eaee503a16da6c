// The request table on a large store, in the real app: time from a key press or a scroll
// until the rows it brings into view are drawn (fetched page by page from SQLite).
//   node scripts/bench_scroll.mjs STORE.db      (DISCLOSE_APP_BIN picks the binary)
import { launch } from "../tests/e2e/harness.mjs";

const store = process.argv[2];
if (!store) throw new Error("usage: node scripts/bench_scroll.mjs STORE.db");
const app = await launch({ store });
const b = app.browser;
const drawn = () => b.execute(() => {
  const rows = [...document.querySelectorAll("#request-table .row")];
  return rows.length > 0 && rows.every((r) => !r.textContent.includes("…"));
});
async function timed(what, action) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await action(i);
    await b.waitUntil(drawn, { timeout: 30000, interval: 5 });
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  console.log(`| ${what} | ${times[2].toFixed(0)} | ${times[4].toFixed(0)} |`);
}
try {
  await b.$('button[data-screen="requests"]').click();
  await b.waitUntil(async () => (await b.execute(() => document.getElementById("result-count")?.textContent ?? "")) !== "0 requests", { timeout: 30000 });
  await b.waitUntil(drawn, { timeout: 30000 });
  console.log("| action (WebDriver round trips included) | median ms | slowest ms |");
  console.log("|---|---:|---:|");
  await b.$("#request-table").click();
  await timed("End, then Home (last row, first row)", (i) => b.keys([i % 2 ? "Home" : "End"]));
  await timed("scroll to a random place", () => b.execute(() => {
    const v = document.getElementById("request-table");
    v.scrollTop = Math.random() * (v.scrollHeight - v.clientHeight);
  }));
  await timed("Page Down", () => b.keys(["PageDown"]));
} finally {
  await app.stop();
}
