// What the Compare screen shows of a row, kept apart from the screen so it can be tested:
// the periods in order, a cell's text for the chosen figure, a country typed by name or
// code, and the countries in their rank for one period. Periods and ranks come from the core.

import type { CompareRow, Term } from "./bindings";
import { num, percent } from "./format";
import { lang, t } from "./i18n.svelte";

/** What a cell shows: the count, the share of requests with some data produced, or the
 * accounts named per request. */
export type Show = "count" | "share" | "per_request";

/** The periods of the rows, oldest first. */
export function periods(rows: CompareRow[]): string[] {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.period, r.year * 10 + (r.half ?? 0));
  return [...seen.entries()].sort((a, b) => a[1] - b[1]).map(([p]) => p);
}

/** A row's figure as a cell shows it; "" when the figure is not published for it. */
export function cellText(r: CompareRow, show: Show): string {
  if (show === "share") {
    return r.share_with_data === null ? "" : percent(r.share_with_data, 1);
  }
  if (show === "per_request") {
    return r.accounts_per_request === null ? "" : t("compare-per-request", { v: r.accounts_per_request });
  }
  const v = r.value !== null ? num(r.value) : `${num(r.value_min)}–${num(r.value_max)}`;
  const partial = r.months_covered !== null && r.months_covered < 12 && r.half === null;
  return partial ? t("compare-partial-cell", { v, months: String(r.months_covered) }) : v;
}

/**
 * A country as the user typed it: a name or an ISO code from the list ("Germany", "de"),
 * or else the text itself, since a place with no ISO code is kept under its published
 * name. Blank: all countries (null).
 */
export function countryOf(typed: string, countries: Term[]): string | null {
  const t = typed.trim();
  if (!t) return null;
  const low = t.toLowerCase();
  const hit = countries.find((c) => c.label.toLowerCase() === low || c.id.toLowerCase() === low);
  return hit ? hit.id : t;
}

/** The countries of one organisation in the core's ranking for `period` (largest figure
 * first, a band by its midpoint); countries with no figure then come last, by name. */
export function ranked(rows: CompareRow[], period: string, name: (c: string) => string): string[] {
  const at = new Map<string, number | null>();
  for (const r of rows) {
    const c = r.country ?? "";
    if (!at.has(c)) at.set(c, null);
    if (r.period === period) at.set(c, r.rank);
  }
  const order = (x: number | null) => x ?? Number.MAX_SAFE_INTEGER;
  return [...at.entries()]
    .sort((a, b) => order(a[1]) - order(b[1]) || name(a[0]).localeCompare(name(b[0]), lang()))
    .map(([c]) => c);
}
