import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, waitFor } from "@testing-library/svelte";
import { tick } from "svelte";
import { setTransport, type Transport } from "../lib/api";
import type { Words } from "../lib/bindings";
import { app } from "../lib/state.svelte";
import Report from "./Report.svelte";

const SECTIONS = { categories: true, inventory: true, policy: true, requests: true, exposure: true, context: false };

/** A shell whose answer to `report_texts` waits until the test gives it. */
function slowTexts() {
  const pending: ((w: Words) => void)[] = [];
  const transport: Transport = {
    async invoke<T>(command: string) {
      switch (command) {
        case "report_subjects": return [{ id: "psf", label: "Python Software Foundation" }] as T;
        case "report_texts": return new Promise<Words>((r) => pending.push(r)) as Promise<T>;
        case "report": return "<h1>Report</h1>" as T;
        case "report_checklist": return { items: [] } as T;
        default: return null as T;
      }
    },
    async listen() { return () => {}; },
  };
  return { transport, pending };
}

const STORED: Words = { from: "2023", texts: { introduction: "What the store holds." }, sections: SECTIONS };

describe("the report's own words", () => {
  afterEach(cleanup);

  it("shows the words saved for the period when nobody is typing", async () => {
    const shell = slowTexts();
    setTransport(shell.transport);
    app.filter.year = 2023;
    const { container } = render(Report);
    await waitFor(() => expect(shell.pending.length).toBe(1));
    shell.pending[0](STORED);
    await waitFor(() => expect(container.querySelector<HTMLTextAreaElement>('[data-text="introduction"]')?.value).toBe("What the store holds."));
    expect(container.querySelector("#report-save-texts")?.hasAttribute("disabled")).toBe(true);
  });

  it("keeps words typed while the store was still answering, and offers to save them", async () => {
    const shell = slowTexts();
    setTransport(shell.transport);
    app.filter.year = 2023;
    const { container } = render(Report);
    await waitFor(() => expect(shell.pending.length).toBe(1));
    const intro = container.querySelector<HTMLTextAreaElement>('[data-text="introduction"]')!;
    intro.value = "PyPI keeps as little as it can.";
    await fireEvent.input(intro);
    shell.pending[0](STORED);
    await tick();
    await new Promise((r) => setTimeout(r, 0));
    expect(intro.value).toBe("PyPI keeps as little as it can.");
    expect(container.querySelector("#report-save-texts")?.hasAttribute("disabled")).toBe(false);
  });
});
