// What follows a change to the store, whoever made it: the screens fetch again, the
// header's counts are refreshed, and a notice says what happened and how to take it back.

import { api, toAppError } from "./api";
import type { ChangeEntry, RecordKind } from "./bindings";
import { app } from "./state.svelte";

/** Reloads the store's info (counts, labels) and makes every screen fetch again. */
export async function refresh(): Promise<void> {
  try {
    app.info = await api.storeInfo();
    app.version++;
  } catch (e) {
    app.error = toAppError(e);
  }
}

/** After a save, a delete, an undo or a redo. */
export async function changed(entry: ChangeEntry, verb: "" | "Undone: " | "Redone: " = ""): Promise<void> {
  await refresh();
  const hint = verb === "Undone: " ? "Ctrl+Shift+Z redoes it." : "Ctrl+Z undoes it.";
  app.notice = `${verb}${entry.summary}. ${hint}`;
}

export async function undo(): Promise<void> {
  try {
    await changed(await api.undo(), "Undone: ");
  } catch (e) {
    app.error = toAppError(e);
  }
}

export async function redo(): Promise<void> {
  try {
    await changed(await api.redo(), "Redone: ");
  } catch (e) {
    app.error = toAppError(e);
  }
}

/** Opens a form: a new record (optionally from a seed), or an existing one by id. */
export function edit(kind: RecordKind, organisation: string | null, original: string | null = null, seed?: Record<string, unknown>): void {
  app.editor = { kind, organisation, original, seed };
}

/** The organisation a new record belongs to: the filter's, else the first with requests. */
export function currentOrganisation(): string | null {
  return app.filter.organisation ?? app.info?.labels.organisation[0]?.id ?? null;
}
