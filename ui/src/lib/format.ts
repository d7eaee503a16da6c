// Numbers, percentages and countries as people read them (ids read through labels.svelte.ts).

import type { Filter } from "./bindings";

const numbers = new Intl.NumberFormat("en-GB");
export function num(n: number | null | undefined): string {
  return n === null || n === undefined ? "—" : numbers.format(n);
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? "—" : `${Math.round((100 * part) / whole)}%`;
}

let regions: Intl.DisplayNames | null = null;
export function country(code: string | null | undefined): string {
  if (!code) return "—";
  try {
    regions ??= new Intl.DisplayNames(["en"], { type: "region" });
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Whether a date field holds a whole day (YYYY-MM-DD), as a date picker gives it. */
export const isDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

/** Today, as a date field holds it. */
export const today = () => new Date().toISOString().slice(0, 10);

export function emptyFilter(): Filter {
  return {
    organisation: null, from: null, to: null, process: null, outcome: null, country: null,
    category: null, disposition: null, year: null, search: null,
  };
}
