import { describe, expect, it, beforeEach } from "vitest";
import { catalogueErrors, known, t } from "./i18n.svelte";
import { num, percent } from "./format";
import { app } from "./state.svelte";
import type { ErrorCode, Labels } from "./bindings";
import { advice } from "./api";

const empty: Labels = {
  process: [], outcome: [], disposition: [], category_class: [], policy_kind: [], metric: [], country: [],
  scope: [], organisation: [], category: [], retention: [],
};

function speak(lang: string) {
  app.info = { path: "/tmp/s.sqlite", years: [], requests: 0, problem: null, lang, chosen_lang: null, labels: empty };
}

/** The window's own source files, as text. */
const sources = import.meta.glob(["../**/*.svelte", "../**/*.ts", "!../**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Every message id the window's source asks for: `t("…")` and the ids its lists hold. */
function idsInSource(): string[] {
  const ids: string[] = [];
  for (const text of Object.values(sources)) {
    for (const m of text.matchAll(/\bt\("([a-z0-9-_]+)"/g)) ids.push(m[1]);
    // Lists of screens, columns and facets name their messages by id.
    for (const m of text.matchAll(/(?:label|title): "([a-z]+-[a-z0-9_-]+)"/g)) ids.push(m[1]);
    for (const m of text.matchAll(/\["[a-z_]+", "([a-z]+-[a-z0-9_-]+)"\]/g)) ids.push(m[1]);
  }
  return ids;
}

describe("the window's words", () => {
  beforeEach(() => speak("en"));

  it("speaks the app's language, with its plurals and numbers", () => {
    expect(t("screen-overview")).toBe("Overview");
    expect(t("app-clear-filters", { n: 1 })).toBe("Clear 1 filter");
    expect(num(1234)).toBe("1,234");
    expect(percent(1, 4)).toBe("25%");
    speak("de");
    expect(t("screen-overview")).toBe("Übersicht");
    expect(t("app-store-line", { n: 1234, store: "s.sqlite" })).toBe("1.234 Anfragen · s.sqlite");
    expect(num(1234)).toBe("1.234");
    expect(percent(1, 4)).toBe("25 %");
  });

  it("advises on every kind of error in both languages", () => {
    // A Record over the union: a new error code fails the type check until it is here.
    const codes: Record<ErrorCode, true> = {
      invalid_input: true, conflict: true, io: true, incompatible_store: true,
      usage: true, cancelled: true, busy: true, internal: true,
    };
    for (const code of Object.keys(codes)) {
      expect(known(`advice-${code}`), code).toBe(true);
      expect(advice(code as ErrorCode)).not.toBe(`advice-${code}`);
    }
  });

  it("reads every catalogue whole", () => {
    expect(catalogueErrors).toEqual([]);
  });

  it("writes no words in the screens' markup: they come from the catalogues", () => {
    // Names that read the same in every language.
    const names = new Set(["Disclose", "English", "Deutsch", "SHA-256", "HTML…", "Markdown…", "1x", "3x", "#", "https://…", "disclose import --strict"]);
    const found: string[] = [];
    for (const [path, text] of Object.entries(sources)) {
      if (!path.endsWith(".svelte")) continue;
      const markup = text.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<style[\s\S]*?<\/style>/g, "").replace(/<!--[\s\S]*?-->/g, "");
      const words = [
        ...[...markup.matchAll(/>([^<>{}]*[A-Za-z]{2,}[^<>{}]*)</g)].map((m) => m[1].trim()),
        ...[...markup.matchAll(/\b(?:title|placeholder|aria-label|label|hint|alt)="([^"{]*[A-Za-z]{2,}[^"{]*)"/g)].map((m) => m[1].trim()),
      ];
      for (const w of words) if (w && !names.has(w)) found.push(`${path}: ${w}`);
    }
    // Nor sentences in code: a string literal of words ("Import files") is a message.
    for (const [path, text] of Object.entries(sources)) {
      const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "").replace(/<style[\s\S]*?<\/style>/g, "");
      for (const m of code.matchAll(/["`]([A-Z][a-z]+ [a-z]+[^"`$]*)["`]/g)) found.push(`${path}: ${m[1]}`);
    }
    expect(found).toEqual([]);
  });

  it("asks only for messages both catalogues hold", () => {
    const ids = [...new Set(idsInSource())];
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id) => !known(id))).toEqual([]);
  });
});
