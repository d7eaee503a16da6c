import { describe, expect, it } from "vitest";
import { blankRequest, inventoryRecord, inventoryValues, policyId, policyRecord, policyValues, requestRecord, retentionText, retentionValue } from "./records";

describe("form values become the bundle's records", () => {
  it("a request: blanks are null, wordings split, empty rows dropped", () => {
    const v = blankRequest("psf");
    v.id = " psf-2023-subpoena-4 ";
    v.received = "2023-09";
    v.users_notified = "no";
    v.categories = [
      { wording: "IP addresses; timestamps", category: "ip_address", disposition: "provided", picked: false },
      { wording: "", category: "", disposition: "provided", picked: false },
    ];
    const r = requestRecord(v);
    expect(r).toMatchObject({ id: "psf-2023-subpoena-4", received: "2023-09", answered: null, authority: null, users_notified: false, outcome: null });
    expect(r.categories).toEqual([{ category: "ip_address", requested_as: ["IP addresses", "timestamps"], disposition: "provided" }]);
    expect(r).not.toHaveProperty("subjects");
  });

  it("retentions read and write as the core stores them", () => {
    for (const r of ["P90D", "P2Y", "indefinite", "account_lifetime", "none"]) expect(retentionText(retentionValue(r))).toBe(r);
    expect(retentionText(retentionValue(null))).toBeNull();
  });

  it("an inventory entry keeps its id; a new one has none", () => {
    const e = inventoryValues(null, "psf");
    expect(inventoryRecord({ ...e, category: "name", valid_from: "2024" })).toMatchObject({ id: null, valid_to: null, retention: null });
    const kept = inventoryValues({ id: "name/2002", organisation: "psf", category: "name", held: true, retention: "P90D", valid_from: "2002", valid_to: null, location: null, notes: null, source: null }, "psf");
    expect(inventoryRecord(kept)).toMatchObject({ id: "name/2002", retention: "P90D" });
  });

  it("a policy change: unstated sides are null, its id follows date and title", () => {
    const v = policyValues(null, "psf");
    v.date = "2026-05-01";
    v.summary = "Email addresses kept for 90 days!";
    v.changes = [{ category: "email_address", before: { stated: false, held: "", retention: retentionValue(null), location: "", notes: "" }, after: { stated: true, held: "", retention: retentionValue("P90D"), location: "", notes: "" } }];
    expect(policyId(v)).toBe("psf-2026-05-01-email-addresses-kept-for-90");
    expect(policyRecord(v).changes).toEqual([{ category: "email_address", before: null, after: { held: null, retention: "P90D", location: null, notes: null } }]);
  });
});
