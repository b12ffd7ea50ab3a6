import { line, uniqueIds } from "./options.js";
import type { WizardDefinition, WizardLine, WizardOutcome, WizardStep } from "./wizard.js";

/**
 * "Registration checklist": form → (PA: territorial status → fee category; fund: number of founders) → done.
 * Facts follow registration-public-association, registration-fund, registration-institution-association,
 * registration-fee, registration-egov, registration-term-refusal, territorial-status and after-registration-steps.
 */

const STEPS: Record<string, WizardStep> = {
  form: {
    id: "form",
    questionKey: "wizard-reg-q-form",
    options: [
      { id: "pa", labelKey: "wizard-opt-pa" },
      { id: "fund", labelKey: "wizard-opt-fund" },
      { id: "inst", labelKey: "wizard-opt-inst" },
      { id: "ale", labelKey: "wizard-opt-ale" },
    ],
  },
  status: {
    id: "status",
    questionKey: "wizard-reg-q-status",
    options: [
      { id: "local", labelKey: "wizard-reg-opt-local" },
      { id: "regional", labelKey: "wizard-reg-opt-regional" },
      { id: "republic", labelKey: "wizard-reg-opt-republic" },
    ],
  },
  pakind: {
    id: "pakind",
    questionKey: "wizard-reg-q-pakind",
    options: [
      { id: "std", labelKey: "wizard-reg-opt-std" },
      { id: "youth", labelKey: "wizard-reg-opt-youth" },
      { id: "disab", labelKey: "wizard-reg-opt-disab" },
    ],
  },
  founders: {
    id: "founders",
    questionKey: "wizard-reg-q-founders",
    options: [
      { id: "one", labelKey: "wizard-reg-opt-one" },
      { id: "several", labelKey: "wizard-reg-opt-several" },
    ],
  },
};

const COMMON_ITEMS = ["registration-fee", "registration-egov", "registration-term-refusal", "after-registration-steps"];

const FEE_LINE: Readonly<Record<string, string>> = {
  std: "wizard-reg-l-fee",
  youth: "wizard-reg-l-fee-youth",
  disab: "wizard-reg-l-fee-disab",
};

/** Filing channel, term and result: the same for every NCO form covered here. */
function filing(bodyLine: WizardLine): WizardLine[] {
  return [
    line("wizard-reg-h-filing"),
    bodyLine,
    line("wizard-reg-l-egov"),
    line("wizard-reg-l-egov-practice"),
    line("wizard-reg-l-term"),
    line("wizard-reg-l-result"),
  ];
}

function after(extra: WizardLine[]): WizardLine[] {
  return [
    line("wizard-reg-h-after"),
    line("wizard-reg-l-after-tax"),
    line("wizard-reg-l-after-bank"),
    line("wizard-reg-l-after-annual"),
    line("wizard-reg-l-after-changes"),
    ...extra,
    line("wizard-reg-l-after-licence"),
    line("wizard-reg-l-check"),
  ];
}

function publicAssociation(status: string, kind: string): WizardOutcome {
  const ministry = status !== "local";
  return {
    titleKey: "wizard-reg-r-pa",
    lines: [
      line("wizard-reg-h-before"),
      line("wizard-reg-l-pa-meeting"),
      line(FEE_LINE[kind] ?? "wizard-reg-l-fee"),
      line("wizard-reg-l-pa-two-months"),
      line("wizard-reg-h-docs"),
      line("wizard-reg-l-doc-application"),
      line("wizard-reg-l-pa-charter"),
      line("wizard-reg-l-pa-minutes"),
      line("wizard-reg-l-pa-founders"),
      line("wizard-reg-l-pa-address"),
      line("wizard-reg-l-doc-fee"),
      line("wizard-reg-l-no-other-docs"),
      ...filing(line(ministry ? "wizard-reg-l-pa-body-ministry" : "wizard-reg-l-pa-body-local")),
      line("wizard-reg-l-pa-no-activity"),
      ...after(ministry ? [line("wizard-reg-l-after-branches")] : []),
    ],
    itemIds: uniqueIds([
      "registration-public-association",
      "territorial-status",
      ...COMMON_ITEMS,
      ...(ministry ? ["branch-registration"] : []),
    ]),
  };
}

function fund(founders: string): WizardOutcome {
  return {
    titleKey: "wizard-reg-r-fund",
    lines: [
      line("wizard-reg-h-before"),
      line("wizard-reg-l-fund-type"),
      line("wizard-reg-l-fund-charter"),
      line(founders === "one" ? "wizard-reg-l-fund-one" : "wizard-reg-l-fund-agreement"),
      line("wizard-reg-l-fee"),
      line("wizard-reg-h-docs"),
      line("wizard-reg-l-doc-application"),
      line(founders === "one" ? "wizard-reg-l-fund-docs-one" : "wizard-reg-l-fund-docs"),
      line("wizard-reg-l-doc-fee"),
      line("wizard-reg-l-no-other-docs"),
      ...filing(line("wizard-reg-l-body-unknown")),
      ...after([line("wizard-reg-l-after-fund-report")]),
    ],
    itemIds: uniqueIds(["registration-fund", ...COMMON_ITEMS, "public-fund"]),
  };
}

function institutionOrAssociation(form: "inst" | "ale"): WizardOutcome {
  const own =
    form === "inst"
      ? [line("wizard-reg-l-inst-founder"), line("wizard-reg-l-inst-docs"), line("wizard-reg-l-inst-tax")]
      : [line("wizard-reg-l-ale-founders"), line("wizard-reg-l-ale-docs"), line("wizard-reg-l-ale-name")];
  return {
    titleKey: form === "inst" ? "wizard-reg-r-inst" : "wizard-reg-r-ale",
    lines: [
      line("wizard-reg-h-before"),
      ...own,
      line("wizard-reg-l-fee"),
      line("wizard-reg-h-docs"),
      line("wizard-reg-l-doc-application"),
      line("wizard-reg-l-constituent-docs"),
      line("wizard-reg-l-doc-fee"),
      line("wizard-reg-l-notary"),
      ...filing(line("wizard-reg-l-body-unknown")),
      ...after([]),
    ],
    itemIds: uniqueIds([
      "registration-institution-association",
      ...COMMON_ITEMS,
      form === "inst" ? "private-institution" : "association-of-legal-entities",
    ]),
  };
}

function checklist(answers: Readonly<Record<string, string>>): WizardOutcome {
  switch (answers.form) {
    case "pa":
      return publicAssociation(answers.status ?? "local", answers.pakind ?? "std");
    case "fund":
      return fund(answers.founders ?? "one");
    case "inst":
    case "ale":
      return institutionOrAssociation(answers.form);
    default:
      throw new Error(`registration wizard: unknown form "${answers.form}"`);
  }
}

export const registrationChecklistWizard: WizardDefinition = {
  kind: "reg",
  titleKey: "wizard-reg-title",
  firstStep: "form",
  steps: STEPS,
  next(stepId, optionId) {
    if (stepId === "form") {
      if (optionId === "pa") return { step: "status" };
      if (optionId === "fund") return { step: "founders" };
      return { done: true };
    }
    if (stepId === "status") return { step: "pakind" };
    return { done: true };
  },
  outcome: checklist,
};
