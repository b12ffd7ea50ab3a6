import { describe, expect, it } from "vitest";
import { grantEligibilityWizard } from "../../functions/core/wizards/grant-eligibility-wizard.js";
import { allPaths, keysOf, run } from "./helpers.js";

type Answers = Partial<Record<string, string>>;

const CLEAN: Answers = {
  database: "yes",
  liquidation: "no",
  suspended: "no",
  debt: "no",
  arrest: "no",
  procurement: "no",
  relatives: "no",
  lists: "no",
  charter: "yes",
};
const ORDER = [
  "database",
  "liquidation",
  "suspended",
  "debt",
  "arrest",
  "procurement",
  "relatives",
  "lists",
  "charter",
];

const screen = (type: string, overrides: Answers = {}) => {
  const answers = { ...CLEAN, ...overrides };
  return run(grantEligibilityWizard, [
    ["type", type],
    ["registered", "yes"],
    ...ORDER.map((step): [string, string] => [step, answers[step] ?? ""]),
  ]);
};

describe("grant eligibility wizard", () => {
  it("finds a registered PA in the NGO database with no obstacles eligible as far as the checks go", () => {
    const outcome = screen("pa");
    expect(outcome.titleKey).toBe("wizard-grant-r-ok");
    expect(keysOf(outcome)).toEqual(expect.arrayContaining(["wizard-grant-l-long-term", "wizard-grant-l-final"]));
    expect(outcome.itemIds).toEqual(
      expect.arrayContaining([
        "state-grants-eligibility",
        "state-grants-how-to-apply",
        "ngo-database",
        "state-grants-types",
      ]),
    );
  });

  it("says 'not yet' with the reason and the fix when the NGO is not in the NGO database", () => {
    const outcome = screen("fund", { database: "no" });
    expect(outcome.titleKey).toBe("wizard-grant-r-not-yet");
    expect(keysOf(outcome)[0]).toBe("wizard-grant-l-database-fail");
  });

  it("lists every failing reason, not only the first", () => {
    const outcome = screen("pa", { debt: "yes", arrest: "yes", relatives: "yes", charter: "no" });
    expect(outcome.titleKey).toBe("wizard-grant-r-not-yet");
    expect(keysOf(outcome)).toEqual(
      expect.arrayContaining([
        "wizard-grant-l-debt-fail",
        "wizard-grant-l-arrest-fail",
        "wizard-grant-l-relatives-fail",
        "wizard-grant-l-charter-fail",
      ]),
    );
    expect(outcome.itemIds).toContain("charter-amendments");
  });

  it("turns every 'don't know' into something to check", () => {
    const outcome = screen("ale", { database: "unsure", lists: "unsure" });
    expect(outcome.titleKey).toBe("wizard-grant-r-check");
    expect(keysOf(outcome)).toEqual(
      expect.arrayContaining(["wizard-grant-l-database-check", "wizard-grant-l-lists-check"]),
    );
  });

  it("stops at once for organisations that are not NGOs under the grants law", () => {
    for (const type of ["relig", "party", "state"]) {
      const outcome = run(grantEligibilityWizard, [["type", type]]);
      expect(outcome.titleKey).toBe("wizard-grant-r-not-ngo");
      expect(keysOf(outcome)).toContain(`wizard-grant-l-not-ngo-${type}`);
      expect(outcome.itemIds).toContain("nko-vs-ngo");
    }
    expect(run(grantEligibilityWizard, [["type", "relig"]]).itemIds).toContain("religious-association");
    expect(run(grantEligibilityWizard, [["type", "coop"]]).titleKey).toBe("wizard-grant-r-coop");
  });

  it("sends an unregistered organisation to registration first", () => {
    const outcome = run(grantEligibilityWizard, [
      ["type", "pa"],
      ["registered", "no"],
    ]);
    expect(outcome.titleKey).toBe("wizard-grant-r-not-yet");
    expect(keysOf(outcome)).toContain("wizard-grant-l-unregistered");
  });

  it("reminds an institution that grants are not excluded from its income", () => {
    expect(keysOf(screen("inst"))).toContain("wizard-grant-l-inst-tax");
    expect(keysOf(screen("pa"))).not.toContain("wizard-grant-l-inst-tax");
  });

  it("never calls an organisation eligible when any answer fails a check", () => {
    const bad: Record<string, string> = Object.fromEntries(
      ORDER.map((step) => [step, step === "database" || step === "charter" ? "no" : "yes"]),
    );
    const wrong = allPaths(grantEligibilityWizard).filter(({ answers, outcome }) => {
      const fails = ORDER.some((step) => answers[step] === bad[step]) || answers.registered === "no";
      const unknown = ORDER.some((step) => answers[step] === "unsure");
      const expected = ["relig", "party", "state", "coop"].includes(answers.type ?? "")
        ? outcome.titleKey
        : fails
          ? "wizard-grant-r-not-yet"
          : unknown
            ? "wizard-grant-r-check"
            : "wizard-grant-r-ok";
      return outcome.titleKey !== expected;
    });
    expect(wrong.map((path) => path.answers)).toEqual([]);
  });
});
