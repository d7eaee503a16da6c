// The app's shared state. Filters and the screen survive a restart (localStorage);
// the store path is remembered by the shell.

import type { Filter, RecordKind, StoreInfo, WorkProgress } from "./bindings";
import { emptyFilter } from "./format";
import type { AppError } from "./api";

export type Screen = "overview" | "requests" | "categories" | "inventory" | "compare" | "library" | "report";
// `label` is the message id of the screen's name (lib/i18n.svelte.ts).
export const SCREENS: { id: Screen; label: string; key: string }[] = [
  { id: "overview", label: "screen-overview", key: "1" },
  { id: "requests", label: "screen-requests", key: "2" },
  { id: "categories", label: "screen-categories", key: "3" },
  { id: "inventory", label: "screen-inventory", key: "4" },
  { id: "compare", label: "screen-compare", key: "5" },
  { id: "library", label: "screen-library", key: "6" },
  { id: "report", label: "screen-report", key: "7" },
];

const SAVED = "disclose.ui.v1";

interface Saved {
  screen: Screen;
  filter: Filter;
}

function load(): Saved {
  const fallback: Saved = { screen: "overview", filter: emptyFilter() };
  try {
    const raw = globalThis.localStorage?.getItem(SAVED);
    if (!raw) return fallback;
    const s = JSON.parse(raw) as Partial<Saved>;
    return {
      screen: SCREENS.some((x) => x.id === s.screen) ? (s.screen as Screen) : "overview",
      filter: { ...emptyFilter(), ...(s.filter ?? {}) },
    };
  } catch {
    return fallback;
  }
}

const saved = load();

export const app = $state({
  screen: saved.screen,
  filter: saved.filter,
  /** The request shown in the detail view, over the current screen. */
  detail: null as { organisation: string; id: string } | null,
  info: null as StoreInfo | null,
  /** Long work under way (import, export, report), with its latest progress. */
  work: null as { task: string; progress: WorkProgress | null } | null,
  error: null as AppError | null,
  /** An action the error panel offers besides Close (e.g. import again, replacing). */
  retry: null as { label: string; run: () => void } | null,
  notice: null as string | null,
  /** The form open over the screens: what it edits (original: its id; null for a new
   * record), and for a new one the record it starts from (a duplicate, an inventory row). */
  editor: null as {
    kind: RecordKind;
    organisation: string | null;
    original: string | null;
    seed?: Record<string, unknown>;
  } | null,
  /** The History panel is open. */
  history: false,
  /** Bumped when the store changes, so screens fetch again. */
  version: 0,
  dark: globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false,
});

export function persist(): void {
  try {
    globalThis.localStorage?.setItem(SAVED, JSON.stringify({ screen: app.screen, filter: app.filter }));
  } catch {
    // A full or disabled storage only loses the remembered filters.
  }
}
