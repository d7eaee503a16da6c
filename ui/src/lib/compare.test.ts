import { describe, expect, it } from "vitest";
import type { CompareRow } from "./bindings";
import { cellText, countryOf, periods, ranked } from "./compare";

function row(over: Partial<CompareRow>): CompareRow {
  const year = over.year ?? 2023, half = over.half ?? null;
  return {
    period: half ? `${year} H${half}` : String(year),
    organisation: "google", country: null, year: 2023, half: null, value: 10, value_min: null, value_max: null,
    source: "published", months_covered: 12, some_data: null, share_with_data: null, accounts: null,
    accounts_per_request: null, sources: [], rank: null, ...over,
  };
}

describe("compare", () => {
  it("orders the core's periods oldest first", () => {
    const rows = [row({ year: 2024, half: 1 }), row({ year: 2023, half: 2 }), row({ year: 2023, half: 1 })];
    expect(periods(rows)).toEqual(["2023 H1", "2023 H2", "2024 H1"]);
  });

  it("shows a partly covered year as such, a band as a range and a share as a percentage", () => {
    expect(cellText(row({ value: 1234, months_covered: 6 }), "count")).toBe("1,234 (6 mo.)");
    expect(cellText(row({ value: null, value_min: 0, value_max: 249 }), "count")).toBe("0–249");
    expect(cellText(row({ share_with_data: 0.734 }), "share")).toBe("73%");
    expect(cellText(row({}), "per_request")).toBe("");
  });

  it("finds a country by name or code, and keeps a place with no code by its name", () => {
    const list = [{ id: "DE", label: "Germany" }, { id: "US", label: "United States of America" }];
    expect(countryOf(" germany ", list)).toBe("DE");
    expect(countryOf("us", list)).toBe("US");
    expect(countryOf("Somaliland", list)).toBe("Somaliland");
    expect(countryOf("  ", list)).toBeNull();
  });

  it("orders countries by their rank in the period, those without one last by name", () => {
    const rows = [
      row({ country: "DE", rank: 3 }), row({ country: "FR", rank: 1 }), row({ country: "BE", rank: null }),
      row({ country: "AT", rank: 1, year: 2022 }), row({ country: "IT", rank: 2 }),
    ];
    expect(ranked(rows, "2023", (c) => c)).toEqual(["FR", "IT", "DE", "AT", "BE"]);
  });
});
