// The open form's problems, as the core's checks return them, and which fields the user
// has touched: a field shows its problem once touched, or after a save was tried.

import type { Problem } from "../bindings";
import { t } from "../i18n.svelte";

export const form = $state({
  problems: [] as Problem[],
  touched: [] as string[],
  tried: false,
});

export function resetForm(): void {
  form.problems = [];
  form.touched = [];
  form.tried = false;
}

export function touch(name: string | undefined): void {
  const top = name?.split(/[.[]/)[0];
  if (top && !form.touched.includes(top)) form.touched.push(top);
}

function path(p: Problem): string {
  return p.location.kind === "json_path" ? p.location.path : "";
}

/** Whether a problem is about the field `name` (`received`, `categories[0].disposition`). */
export function about(p: Problem, name: string): boolean {
  const at = path(p);
  return at === `$.${name}` || at.startsWith(`$.${name}.`) || at.startsWith(`$.${name}[`)
    || (at === "$" && (p.field === name || (p.field ?? "").startsWith(`${name}.`)));
}

/** The messages to show under a field, in words. */
export function messages(name: string): string[] {
  const top = name.split(/[.[]/)[0];
  if (!form.tried && !form.touched.includes(top)) return [];
  return form.problems.filter((p) => p.severity === "error" && about(p, name)).map(sentence);
}

/** "Expected a date on or after received (2023-09); found “2023-08”." */
export function sentence(p: Problem): string {
  const expected = p.expected.charAt(0).toUpperCase() + p.expected.slice(1);
  return p.found ? t("form-problem-found", { expected, found: p.found }) : expected;
}
