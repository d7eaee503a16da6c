// Numbers, percentages and countries as people read them (ids read through labels.svelte.ts).

import type { Filter } from "./bindings";
import { lang, t } from "./i18n.svelte";
import { label } from "./labels.svelte";

const numbers = { en: new Intl.NumberFormat("en-GB"), de: new Intl.NumberFormat("de-DE") };
/** A count as the window's language writes it: "1,234" / "1.234". */
export function num(n: number | null | undefined): string {
  return n === null || n === undefined ? "—" : numbers[lang()].format(n);
}

/** A share as a whole percentage: "42%" / "42 %". */
export function percent(part: number, whole: number): string {
  return whole === 0 ? "—" : t("percent", { p: Math.round((100 * part) / whole) });
}

/** A country's name in the window's language, as the core gives it (CLDR). */
export function country(code: string | null | undefined): string {
  if (!code) return "—";
  return label("country", code);
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
