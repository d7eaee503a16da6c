// Every word the window shows comes from the same Fluent catalogues as the command line,
// the charts and the report (crates/disclose-i18n/locales/<lang>/*.ftl), read at build
// time. The language is the one the app speaks (StoreInfo.lang): the user's choice in the
// header, else the system's. Numbers, percentages and plurals follow it (CLDR via Intl).

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { app } from "./state.svelte";

// Errors come said already (the crates say them in the app's language): errors.ftl stays out.
const sources = import.meta.glob(["../../../crates/disclose-i18n/locales/*/*.ftl", "!**/errors.ftl"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

export const LANGS = ["en", "de"] as const;
export type Lang = (typeof LANGS)[number];

/** What the catalogues could not be read as (a message defined twice, a syntax error);
 *  a test holds it empty. */
export const catalogueErrors: string[] = [];

function bundle(lang: Lang): FluentBundle {
  const b = new FluentBundle(lang, { useIsolating: false });
  for (const [path, text] of Object.entries(sources)) {
    if (!path.includes(`/locales/${lang}/`)) continue;
    for (const e of b.addResource(new FluentResource(text))) catalogueErrors.push(`${path}: ${e.message}`);
  }
  return b;
}

const bundles: Record<Lang, FluentBundle> = { en: bundle("en"), de: bundle("de") };

/** The language the window speaks now. */
export function lang(): Lang {
  const l = app.info?.lang;
  return l === "de" ? "de" : "en";
}

/** A message of the window in its language; `args` fill its variables (numbers pick
 *  the plural form and print as the language writes them). A missing message shows its
 *  id, so a test finds it. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  const b = bundles[lang()];
  const message = b.getMessage(id);
  if (!message?.value) return id;
  return b.formatPattern(message.value, args ?? null);
}

/** Whether a message exists in every language (for tests). */
export function known(id: string): boolean {
  return LANGS.every((l) => bundles[l].hasMessage(id));
}
