import { describe, expect, it, beforeEach } from "vitest";
import { label, terms } from "./labels.svelte";
import { app } from "./state.svelte";
import type { Labels, StoreInfo } from "./bindings";

const empty: Labels = {
  process: [], outcome: [], disposition: [], category_class: [], policy_kind: [], metric: [], country: [],
  scope: [], organisation: [], category: [], retention: [],
};

describe("labels", () => {
  beforeEach(() => {
    app.info = {
      path: "/tmp/store.sqlite", years: [], requests: 0, problem: null, lang: "en", chosen_lang: null,
      labels: {
        ...empty,
        process: [{ id: "court_order", label: "Court order" }, { id: "subpoena", label: "Subpoena" }],
        retention: [{ id: "P90D", label: "90 days" }],
      },
    } satisfies StoreInfo;
  });

  it("reads an id as the core's label, never as the id", () => {
    expect(label("process", "court_order")).toBe("Court order");
    expect(label("retention", "P90D")).toBe("90 days");
    expect(label("process", null)).toBe("—");
  });

  it("lists a vocabulary in the core's order", () => {
    expect(terms("process").map((t) => t.id)).toEqual(["court_order", "subpoena"]);
    expect(terms("scope")).toEqual([]);
  });
});
