// What each form edits, as plain values for its fields, and the record the core reads
// back from them (the bundle's own shape: a blank field is null).

import type { InventoryEntry, Organisation, PolicyChange, RequestDetail } from "../bindings";

const text = (s: string | null | undefined) => s ?? "";
const orNull = (s: string | null | undefined) => (s === null || s === undefined || s.trim() === "" ? null : s.trim());

export interface CategoryRow { wording: string; category: string; disposition: string; picked: boolean }
export interface DocumentRow { title: string; url: string; sha256: string | null }

export interface RequestValues {
  organisation: string; id: string; received: string; answered: string; authority: string;
  country: string; process: string; legal_basis: string; matter: string;
  accounts_specified: number | null; outcome: string; nondisclosure_until: string;
  users_notified: "" | "yes" | "no"; notes: string;
  categories: CategoryRow[]; documents: DocumentRow[];
}

export function blankRequest(organisation: string): RequestValues {
  return {
    organisation, id: "", received: "", answered: "", authority: "", country: "", process: "subpoena",
    legal_basis: "", matter: "", accounts_specified: null, outcome: "", nondisclosure_until: "",
    users_notified: "", notes: "",
    categories: [{ wording: "", category: "", disposition: "provided", picked: false }],
    documents: [],
  };
}

export function requestValues(r: RequestDetail): RequestValues {
  return {
    organisation: r.organisation, id: r.id, received: r.received, answered: text(r.answered),
    authority: text(r.authority), country: text(r.country), process: r.process,
    legal_basis: text(r.legal_basis), matter: r.matter?.id ?? "", accounts_specified: r.accounts_specified,
    outcome: text(r.outcome), nondisclosure_until: text(r.nondisclosure_until),
    users_notified: r.users_notified === null ? "" : r.users_notified ? "yes" : "no", notes: text(r.notes),
    categories: r.categories.map((c) => ({ wording: c.requested_as.join("; "), category: c.category, disposition: c.disposition, picked: true })),
    documents: r.documents.map((d) => ({ title: d.title, url: text(d.url), sha256: d.sha256 })),
  };
}

export function requestRecord(v: RequestValues): Record<string, unknown> {
  return {
    id: v.id.trim(), organisation: v.organisation, received: v.received.trim(), answered: orNull(v.answered),
    authority: orNull(v.authority), country: orNull(v.country), process: v.process,
    legal_basis: orNull(v.legal_basis), accounts_specified: v.accounts_specified ?? null,
    nondisclosure_until: orNull(v.nondisclosure_until),
    users_notified: v.users_notified === "" ? null : v.users_notified === "yes",
    outcome: orNull(v.outcome), notes: orNull(v.notes), matter: orNull(v.matter),
    categories: v.categories
      .filter((c) => c.category !== "" || c.wording.trim() !== "")
      .map((c) => ({
        category: c.category,
        requested_as: c.wording.split(";").map((w) => w.trim()).filter((w) => w !== ""),
        disposition: c.disposition,
      })),
    documents: v.documents
      .filter((d) => d.title.trim() !== "" || d.url.trim() !== "")
      .map((d) => ({ title: d.title.trim(), url: orNull(d.url), sha256: d.sha256 })),
  };
}

/** How long something is kept, as the form picks it: a kind, and a number for a period. */
export interface RetentionValue { kind: "" | "indefinite" | "account_lifetime" | "none" | "period"; amount: number | null; unit: "D" | "M" | "Y" }

export function retentionValue(r: string | null | undefined): RetentionValue {
  const m = /^P(\d+)([DMY])$/.exec(r ?? "");
  if (m) return { kind: "period", amount: Number(m[1]), unit: m[2] as "D" | "M" | "Y" };
  if (r === "indefinite" || r === "account_lifetime" || r === "none") return { kind: r, amount: null, unit: "D" };
  return { kind: "", amount: null, unit: "D" };
}

export function retentionText(v: RetentionValue): string | null {
  if (v.kind === "") return null;
  if (v.kind === "period") return v.amount === null ? "P" : `P${v.amount}${v.unit}`;
  return v.kind;
}

export interface InventoryValues {
  id: string | null; organisation: string; category: string; held: boolean; retention: RetentionValue;
  valid_from: string; valid_to: string; location: string; notes: string; source: string;
}

export function inventoryValues(e: InventoryEntry | null, organisation: string): InventoryValues {
  return {
    id: e?.id ?? null, organisation: e?.organisation ?? organisation, category: e?.category ?? "",
    held: e?.held ?? true, retention: retentionValue(e?.retention), valid_from: text(e?.valid_from),
    valid_to: text(e?.valid_to), location: text(e?.location), notes: text(e?.notes), source: text(e?.source),
  };
}

export function inventoryRecord(v: InventoryValues): Record<string, unknown> {
  return {
    id: v.id, organisation: v.organisation, category: v.category, held: v.held,
    retention: retentionText(v.retention), valid_from: v.valid_from.trim(), valid_to: orNull(v.valid_to),
    location: orNull(v.location), notes: orNull(v.notes), source: orNull(v.source),
  };
}

export interface StateValues { stated: boolean; held: "" | "yes" | "no"; retention: RetentionValue; location: string; notes: string }
export interface ChangeRow { category: string; before: StateValues; after: StateValues }
export interface PolicyValues {
  id: string; organisation: string; date: string; kind: string; summary: string; source: string; changes: ChangeRow[];
}

type State = PolicyChange["changes"][number]["before"];

function stateValues(s: State): StateValues {
  return {
    stated: s !== null,
    held: s?.held === undefined || s?.held === null ? "" : s.held ? "yes" : "no",
    retention: retentionValue(s?.retention), location: text(s?.location), notes: text(s?.notes),
  };
}

function stateRecord(s: StateValues): Record<string, unknown> | null {
  if (!s.stated) return null;
  return {
    held: s.held === "" ? null : s.held === "yes", retention: retentionText(s.retention),
    location: orNull(s.location), notes: orNull(s.notes),
  };
}

export const blankState = (): StateValues => ({ stated: false, held: "", retention: retentionValue(null), location: "", notes: "" });

export function policyValues(p: PolicyChange | null, organisation: string): PolicyValues {
  return {
    id: p?.id ?? "", organisation: p?.organisation ?? organisation, date: text(p?.date), kind: p?.kind ?? "retention",
    summary: text(p?.summary), source: text(p?.source),
    changes: (p?.changes ?? []).map((c) => ({ category: c.category, before: stateValues(c.before), after: stateValues(c.after) })),
  };
}

export function policyRecord(v: PolicyValues): Record<string, unknown> {
  return {
    id: v.id.trim(), organisation: v.organisation, date: v.date.trim(), kind: v.kind, summary: v.summary.trim(),
    source: orNull(v.source),
    changes: v.changes.map((c) => ({ category: c.category, before: stateRecord(c.before), after: stateRecord(c.after) })),
  };
}

/** A policy change's id from its date and title: "2023-05-24-ip-addresses-no-longer-kept". */
export function policyId(v: PolicyValues): string {
  const words = v.summary.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().split(" ").filter(Boolean).slice(0, 5);
  return [v.organisation, v.date.trim(), ...words].filter(Boolean).join("-").slice(0, 100);
}

export interface OrganisationValues { id: string; name: string; service: string; url: string }

export function organisationValues(o: Organisation | null): OrganisationValues {
  return { id: text(o?.id), name: text(o?.name), service: text(o?.service), url: text(o?.url) };
}

export function organisationRecord(v: OrganisationValues): Record<string, unknown> {
  return { id: v.id.trim(), name: v.name.trim(), service: orNull(v.service), url: orNull(v.url) };
}
