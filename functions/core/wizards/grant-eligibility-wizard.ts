import { line, NO, UNSURE, uniqueIds, YES } from "./options.js";
import type { WizardDefinition, WizardLine, WizardOutcome, WizardStep } from "./wizard.js";

/**
 * "Can we apply for a state grant?" A pre-screen of the conditions in state-grants-eligibility (Law No 36-III,
 * Art. 1 sp. 7 and Art. 6-1 p. 4; NCO Law Art. 41 p. 5) plus the operator's practical charter check
 * (state-grants-how-to-apply, charter-common-errors):
 * type → (not an NGO / consumer cooperative: done) → registered → (no: done) → NGO database → liquidation or
 * bankruptcy → suspension → enforcement debts → arrest of property → procurement register → relatives of
 * authorised persons → terrorism/extremism lists → charter → done.
 * Every failing answer gives its reason (and a fix where the items give one); every "don't know" says what to check.
 */

const TRI = [YES, NO, UNSURE];

/** The checks after registration, in order. `bad` is the answer that fails the check. */
const CHECKS = [
  { id: "database", bad: "no" },
  { id: "liquidation", bad: "yes" },
  { id: "suspended", bad: "yes" },
  { id: "debt", bad: "yes" },
  { id: "arrest", bad: "yes" },
  { id: "procurement", bad: "yes" },
  { id: "relatives", bad: "yes" },
  { id: "lists", bad: "yes" },
  { id: "charter", bad: "no" },
] as const;

const STEPS: Record<string, WizardStep> = {
  type: {
    id: "type",
    questionKey: "wizard-grant-q-type",
    options: [
      { id: "pa", labelKey: "wizard-opt-pa" },
      { id: "fund", labelKey: "wizard-opt-fund" },
      { id: "inst", labelKey: "wizard-opt-inst" },
      { id: "ale", labelKey: "wizard-opt-ale" },
      { id: "coop", labelKey: "wizard-grant-opt-coop" },
      { id: "relig", labelKey: "wizard-grant-opt-relig" },
      { id: "party", labelKey: "wizard-grant-opt-party" },
      { id: "state", labelKey: "wizard-grant-opt-state" },
    ],
  },
  registered: { id: "registered", questionKey: "wizard-grant-q-registered", options: [YES, NO] },
  ...Object.fromEntries(
    CHECKS.map(({ id }) => [id, { id, questionKey: `wizard-grant-q-${id}`, options: TRI } satisfies WizardStep]),
  ),
};

/** Types that are not NGOs under Law No 36-III (or not in the NGO database), so no further question matters. */
const NOT_NGO = new Set(["relig", "party", "state"]);
const CORE_ITEMS = ["state-grants-eligibility", "state-grants-how-to-apply", "ngo-database", "state-grants-types"];

function notAnNgo(type: string): WizardOutcome {
  return {
    titleKey: "wizard-grant-r-not-ngo",
    lines: [
      line("wizard-grant-l-ngo-definition"),
      line(`wizard-grant-l-not-ngo-${type}`),
      line("wizard-grant-l-final"),
    ],
    itemIds: uniqueIds([
      "state-grants-eligibility",
      "nko-vs-ngo",
      ...(type === "relig" ? ["religious-association"] : []),
    ]),
  };
}

function cooperative(): WizardOutcome {
  return {
    titleKey: "wizard-grant-r-coop",
    lines: [line("wizard-grant-l-coop"), line("wizard-grant-l-final")],
    itemIds: ["consumer-cooperative", "ngo-database", "state-grants-eligibility", "nko-vs-ngo"],
  };
}

function unregistered(): WizardOutcome {
  return {
    titleKey: "wizard-grant-r-not-yet",
    lines: [line("wizard-grant-l-unregistered"), line("wizard-grant-l-final")],
    itemIds: ["state-grants-eligibility", "ngo-database", "registration-egov", "after-registration-steps"],
  };
}

function screen(answers: Readonly<Record<string, string>>): WizardOutcome {
  const type = answers.type ?? "";
  if (NOT_NGO.has(type)) return notAnNgo(type);
  if (type === "coop") return cooperative();
  if (answers.registered !== "yes") return unregistered();

  const failing: WizardLine[] = [];
  const unknown: WizardLine[] = [];
  for (const { id, bad } of CHECKS) {
    const answer = answers[id];
    if (answer === bad) failing.push(line(`wizard-grant-l-${id}-fail`));
    else if (answer !== "yes" && answer !== "no") unknown.push(line(`wizard-grant-l-${id}-check`));
  }
  const titleKey =
    failing.length > 0 ? "wizard-grant-r-not-yet" : unknown.length > 0 ? "wizard-grant-r-check" : "wizard-grant-r-ok";
  const extra = [
    ...(answers.charter === "no" ? ["charter-amendments"] : []),
    ...(answers.suspended === "unsure" ? ["ngo-database-penalties"] : []),
    ...(type === "inst" ? ["private-institution"] : []),
  ];
  return {
    titleKey,
    lines: [
      ...failing,
      ...unknown,
      ...(failing.length === 0 ? [line("wizard-grant-l-next"), line("wizard-grant-l-long-term")] : []),
      ...(type === "inst" ? [line("wizard-grant-l-inst-tax")] : []),
      line("wizard-grant-l-final"),
    ],
    itemIds: uniqueIds([...CORE_ITEMS, ...extra]),
  };
}

export const grantEligibilityWizard: WizardDefinition = {
  kind: "grant",
  titleKey: "wizard-grant-title",
  firstStep: "type",
  steps: STEPS,
  next(stepId, optionId) {
    if (stepId === "type")
      return NOT_NGO.has(optionId) || optionId === "coop" ? { done: true } : { step: "registered" };
    if (stepId === "registered") return optionId === "yes" ? { step: CHECKS[0].id } : { done: true };
    const index = CHECKS.findIndex((check) => check.id === stepId);
    if (index < 0) throw new Error(`grant wizard: unknown step "${stepId}"`);
    const following = CHECKS[index + 1];
    return following ? { step: following.id } : { done: true };
  },
  outcome: screen,
};
