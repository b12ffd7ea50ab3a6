import { describe, expect, it } from "vitest";
import { registrationChecklistWizard } from "../../functions/core/wizards/registration-checklist-wizard.js";
import { allPaths, keysOf, run } from "./helpers.js";

const pa = (status: string, kind: string) =>
  run(registrationChecklistWizard, [
    ["form", "pa"],
    ["status", status],
    ["pakind", kind],
  ]);

describe("registration checklist wizard", () => {
  it("asks a PA for its status and fee category, a fund for its founders, and nothing more for the others", () => {
    const paths = allPaths(registrationChecklistWizard);
    expect(paths).toHaveLength(3 * 3 + 2 + 1 + 1);
  });

  it("sends a local PA to the territorial justice body and a regional or republican one to the Ministry", () => {
    const local = pa("local", "std");
    expect(local.titleKey).toBe("wizard-reg-r-pa");
    expect(keysOf(local)).toContain("wizard-reg-l-pa-body-local");
    expect(keysOf(local)).not.toContain("wizard-reg-l-after-branches");
    for (const status of ["regional", "republic"]) {
      const outcome = pa(status, "std");
      expect(keysOf(outcome)).toEqual(
        expect.arrayContaining(["wizard-reg-l-pa-body-ministry", "wizard-reg-l-after-branches"]),
      );
      expect(outcome.itemIds).toContain("branch-registration");
    }
  });

  it("lists the PA documents, fee, term, eGov filing, result and first steps", () => {
    const keys = keysOf(pa("local", "std"));
    expect(keys).toEqual(
      expect.arrayContaining([
        "wizard-reg-l-pa-meeting",
        "wizard-reg-l-fee",
        "wizard-reg-l-pa-two-months",
        "wizard-reg-l-pa-charter",
        "wizard-reg-l-pa-minutes",
        "wizard-reg-l-pa-founders",
        "wizard-reg-l-pa-address",
        "wizard-reg-l-doc-fee",
        "wizard-reg-l-egov",
        "wizard-reg-l-term",
        "wizard-reg-l-result",
        "wizard-reg-l-after-tax",
        "wizard-reg-l-after-annual",
      ]),
    );
  });

  it("uses the reduced fee for children's and youth PAs and the caveat for PAs of persons with disabilities", () => {
    expect(keysOf(pa("local", "youth"))).toContain("wizard-reg-l-fee-youth");
    expect(keysOf(pa("local", "disab"))).toContain("wizard-reg-l-fee-disab");
    expect(keysOf(pa("local", "youth"))).not.toContain("wizard-reg-l-fee");
  });

  it("asks for a founding agreement only from a fund with several founders", () => {
    const one = run(registrationChecklistWizard, [
      ["form", "fund"],
      ["founders", "one"],
    ]);
    const several = run(registrationChecklistWizard, [
      ["form", "fund"],
      ["founders", "several"],
    ]);
    expect(keysOf(one)).toContain("wizard-reg-l-fund-one");
    expect(keysOf(several)).toContain("wizard-reg-l-fund-agreement");
    expect(keysOf(several)).toContain("wizard-reg-l-after-fund-report");
    expect(one.itemIds[0]).toBe("registration-fund");
  });

  it("gives institutions and associations their own documents and the shared registration items", () => {
    const inst = run(registrationChecklistWizard, [["form", "inst"]]);
    const ale = run(registrationChecklistWizard, [["form", "ale"]]);
    expect(keysOf(inst)).toContain("wizard-reg-l-inst-docs");
    expect(keysOf(inst)).toContain("wizard-reg-l-inst-tax");
    expect(keysOf(ale)).toContain("wizard-reg-l-ale-founders");
    for (const outcome of [inst, ale]) {
      expect(outcome.itemIds).toEqual(
        expect.arrayContaining([
          "registration-institution-association",
          "registration-fee",
          "registration-egov",
          "registration-term-refusal",
          "after-registration-steps",
        ]),
      );
    }
  });
});
