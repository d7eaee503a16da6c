import { describe, expect, it, beforeEach } from "vitest";
import { render, screen } from "@testing-library/svelte";
import { api, latest, setTransport, toAppError, AppError, type Transport } from "./api";
import { app } from "./state.svelte";
import ErrorPanel from "./ErrorPanel.svelte";

function fake(reply: (command: string, args?: Record<string, unknown>) => unknown): Transport & { calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  return {
    calls,
    async invoke<T>(command: string, args?: Record<string, unknown>) {
      calls.push([command, args]);
      const r = reply(command, args);
      if (r instanceof Error || (r && typeof r === "object" && "code" in r)) throw r;
      return r as T;
    },
    async listen() { return () => {}; },
  };
}

describe("api", () => {
  beforeEach(() => { app.error = null; });

  it("sends each command's arguments under the names the Rust commands take", async () => {
    const t = fake(() => []);
    setTransport(t);
    await api.requestDetail("psf", "r1");
    await api.inventoryAsOf(null, "2023-01-01");
    await api.importFiles({ grant: "7-ab", mapping: null, replace: false, organisation: null });
    await api.pickSavePath("export_table", "Export", "requests.csv", "CSV", ["csv"]);
    await api.exportTable("8-cd", { limit: 10 } as never);
    const q = { metric: null, scope: null, process: null, country: "DE", organisation: null, from_year: null, to_year: null, halves: true, by: "organisation" as const };
    await api.compareChanges(q);
    await api.library();
    expect(t.calls).toEqual([
      ["request_detail", { organisation: "psf", id: "r1" }],
      ["inventory_as_of", { organisation: null, date: "2023-01-01" }],
      ["import_files", { request: { grant: "7-ab", mapping: null, replace: false, organisation: null } }],
      ["choose_files", { request: { purpose: "export_table", title: "Export", folder: false, filter: { name: "CSV", extensions: ["csv"] }, suggested_name: "requests.csv" } }],
      ["export_table", { grant: "8-cd", query: { limit: 10 } }],
      ["compare_changes", { query: q }],
      ["library", undefined],
    ]);
  });

  it("turns the shell's {code, message, problems} into an AppError, and anything else into internal", async () => {
    setTransport(fake(() => ({ code: "conflict", message: "r1 differs", problems: [] })));
    const e = await api.stats({} as never).catch((x) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe("conflict");
    expect(toAppError("boom").code).toBe("internal");
    expect(toAppError({ code: "not-a-code", message: "x" }).code).toBe("internal");
  });

  it("lists every problem with file, place, field, found and expected, as text", async () => {
    app.error = toAppError({
      code: "invalid_input",
      message: "1 problem in bad.csv",
      problems: [{
        severity: "error", file: "/tmp/bad.csv", location: { kind: "line", line: 7 },
        field: "received", found: "<img src=x onerror=alert(1)>", expected: "a date such as 2023-03-15",
      }],
    });
    const { container } = render(ErrorPanel);
    expect(screen.getByText("bad.csv")).toBeTruthy();
    expect(screen.getByText("line 7")).toBeTruthy();
    expect(screen.getByText("received")).toBeTruthy();
    expect(screen.getByText("<img src=x onerror=alert(1)>")).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText(/Nothing was imported/)).toBeTruthy();
  });
});

describe("latest", () => {
  it("applies only the answer to the newest call, however the answers arrive", async () => {
    const take = latest<string>();
    const applied: string[] = [];
    let resolveSlow: (v: string) => void = () => {};
    const slow = new Promise<string>((r) => (resolveSlow = r));
    take(slow, (v) => applied.push(v), () => {});
    take(Promise.resolve("new"), (v) => applied.push(v), () => {});
    await Promise.resolve();
    resolveSlow("old");
    await slow;
    await new Promise((r) => setTimeout(r, 0));
    expect(applied).toEqual(["new"]);
  });

  it("reports the newest call's failure as an AppError and drops older ones", async () => {
    const take = latest<number>();
    const failures: string[] = [];
    take(Promise.reject({ code: "io", message: "old", problems: [] }), () => {}, (e) => failures.push(e.message));
    take(Promise.reject({ code: "usage", message: "new", problems: [] }), () => {}, (e) => failures.push(`${e.code}: ${e.message}`));
    await new Promise((r) => setTimeout(r, 0));
    expect(failures).toEqual(["usage: new"]);
  });
});

