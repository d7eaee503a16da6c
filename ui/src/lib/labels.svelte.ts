// The words for every id a screen shows. They come from the core with the store's info
// (`StoreInfo.labels`): no screen keeps a list of its own.

import type { Labels, Term } from "./bindings";
import { app } from "./state.svelte";

export type Vocabulary = keyof Labels;

/** Every value of a vocabulary, in the core's order. */
export function terms(kind: Vocabulary): Term[] {
  return app.info?.labels[kind] ?? [];
}

/** How an id reads ("court_order" → "Court order"); a dash for none. */
export function label(kind: Vocabulary, id: string | null | undefined): string {
  if (id === null || id === undefined || id === "") return "—";
  return terms(kind).find((t) => t.id === id)?.label ?? id;
}
