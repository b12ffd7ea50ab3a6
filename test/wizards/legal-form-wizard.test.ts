import { describe, expect, it } from "vitest";
import { legalFormWizard } from "../../functions/core/wizards/legal-form-wizard.js";
import { allPaths, keysOf, run } from "./helpers.js";

const form = (goal: string, who: string, count: string, grants: string) =>
  run(legalFormWizard, [
    ["goal", goal],
    ["who", who],
    ["count", count],
    ["grants", grants],
  ]);

describe("legal form wizard", () => {
  it("recommends a public association to 3+ citizens who want members", () => {
    const outcome = form("members", "citizens", "three", "yes");
    expect(outcome.titleKey).toBe("wizard-form-r-pa");
    expect(keysOf(outcome)).toContain("wizard-form-l-pa-founders");
    expect(keysOf(outcome)).toContain("wizard-form-l-grants-ngo");
    expect(outcome.itemIds).toEqual(expect.arrayContaining(["public-association", "legal-form-choice", "nko-vs-ngo"]));
  });

  it("tells fewer than 3 citizens that a PA needs 3 and offers the forms that allow fewer founders", () => {
    const outcome = form("members", "citizens", "two", "no");
    expect(outcome.titleKey).toBe("wizard-form-r-pa-need3");
    expect(outcome.lines).toContainEqual({ key: "wizard-form-l-pa-count", args: { count: 2 } });
    expect(keysOf(outcome)).toEqual(expect.arrayContaining(["wizard-form-l-alt-fund", "wizard-form-l-alt-coop"]));
    expect(form("members", "citizens", "one", "no").lines).toContainEqual({
      key: "wizard-form-l-pa-count",
      args: { count: 1 },
    });
  });

  it("recommends a private fund to one founder with property for a charitable goal and no members", () => {
    const outcome = form("property", "citizens", "one", "yes");
    expect(outcome.titleKey).toBe("wizard-form-r-fund");
    expect(keysOf(outcome)).toEqual(
      expect.arrayContaining(["wizard-form-l-fund-private", "wizard-form-l-fund-one", "wizard-form-l-fund-board"]),
    );
    expect(outcome.itemIds).toContain("public-fund");
  });

  it("recommends a corporate fund to legal entities with property for a goal", () => {
    expect(keysOf(form("property", "orgs", "one", "no"))).toContain("wizard-form-l-fund-corporate");
    expect(keysOf(form("property", "citizens", "three", "no"))).toContain("wizard-form-l-fund-private-or-public");
  });

  it("recommends a private institution to one founder running a service organisation, with its tax downside", () => {
    const outcome = form("service", "citizens", "one", "no");
    expect(outcome.titleKey).toBe("wizard-form-r-inst");
    expect(keysOf(outcome)).toEqual(expect.arrayContaining(["wizard-form-l-inst-tax", "wizard-form-l-inst-liability"]));
    expect(outcome.itemIds).toContain("private-institution");
  });

  it("offers a fund to several founders of a service organisation", () => {
    const outcome = form("service", "citizens", "three", "no");
    expect(outcome.titleKey).toBe("wizard-form-r-fund-service");
    expect(keysOf(outcome)).toEqual(expect.arrayContaining(["wizard-form-l-inst-single", "wizard-form-l-alt-pa"]));
  });

  it("recommends an association to two or more legal entities and refuses a single founder", () => {
    expect(form("coord", "orgs", "two", "no").titleKey).toBe("wizard-form-r-ale");
    expect(form("members", "orgs", "three", "no").itemIds).toContain("association-of-legal-entities");
    const single = form("coord", "orgs", "one", "no");
    expect(single.titleKey).toBe("wizard-form-r-ale-need2");
    expect(keysOf(single)).toContain("wizard-form-l-ale-founders");
  });

  it("sends citizens who want to join forces to a PA, since the association's members are legal entities", () => {
    const outcome = form("coord", "citizens", "three", "no");
    expect(outcome.titleKey).toBe("wizard-form-r-pa");
    expect(keysOf(outcome)).toContain("wizard-form-l-ale-who");
  });

  it("recommends a consumer cooperative to 2+ citizens and warns about state grants", () => {
    const outcome = form("consumer", "citizens", "two", "yes");
    expect(outcome.titleKey).toBe("wizard-form-r-coop");
    expect(keysOf(outcome)).toContain("wizard-form-l-coop-grants");
    expect(keysOf(form("consumer", "citizens", "two", "no"))).not.toContain("wizard-form-l-coop-grants");
    expect(form("consumer", "citizens", "one", "no").titleKey).toBe("wizard-form-r-coop-need2");
    expect(form("consumer", "orgs", "three", "no").titleKey).toBe("wizard-form-r-coop-need2");
  });

  it("answers religious activity at once: only a religious association, not an NGO for grants", () => {
    const outcome = run(legalFormWizard, [["goal", "religion"]]);
    expect(outcome.titleKey).toBe("wizard-form-r-religion");
    expect(keysOf(outcome)).toEqual(expect.arrayContaining(["wizard-form-l-rel-local", "wizard-form-l-rel-not-ngo"]));
    expect(outcome.itemIds).toEqual(expect.arrayContaining(["religious-association", "nko-vs-ngo"]));
  });

  it("mentions the grant conditions only to those who may apply, and always ends with the disclaimer", () => {
    for (const { answers, outcome } of allPaths(legalFormWizard)) {
      expect(outcome.lines.at(-1)?.key).toBe("wizard-form-l-common");
      expect(outcome.itemIds).toContain("legal-form-choice");
      if (answers.grants === "no") expect(keysOf(outcome)).not.toContain("wizard-form-l-grants-ngo");
    }
  });
});
