// Words for the contract ids, and numbers as people read them.

import type { Filter } from "./bindings";

const WORDS: Record<string, string> = {
  // processes
  subpoena: "Subpoena", court_order: "Court order", search_warrant: "Search warrant",
  pen_register: "Pen register", wiretap: "Wiretap", emergency: "Emergency",
  preservation: "Preservation", national_security: "National security", foreign: "Foreign government",
  civil: "Civil", other: "Other",
  // outcomes
  complied: "Complied", partial: "Partly complied", no_data: "No data", rejected: "Rejected",
  withdrawn: "Withdrawn", pending: "Pending",
  // dispositions
  provided: "Provided", not_held: "Not held", withheld: "Withheld",
};

export function label(id: string | null | undefined): string {
  if (!id) return "—";
  return WORDS[id] ?? id.replace(/_/g, " ");
}

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

export function emptyFilter(): Filter {
  return {
    organisation: null, from: null, to: null, process: null, outcome: null, country: null,
    category: null, disposition: null, year: null, search: null,
  };
}
