import { line, NO, UNSURE, uniqueIds, YES } from "./options.js";
import type { WizardDefinition, WizardLine, WizardOutcome, WizardStep } from "./wizard.js";

/**
 * "Which legal form fits me?" Every rule follows the knowledge items legal-form-choice, public-association,
 * public-fund, private-institution, association-of-legal-entities, religious-association, consumer-cooperative and
 * nko-vs-ngo:
 * - goal → (religion: done) → who founds → how many founders → state grants? → done.
 * - PA: at least 3 citizens (since 21.12.2023); association: legal entities/entrepreneurs, never a single founder;
 *   fund: no members, one founder allowed; private institution: one founder running a service organisation;
 *   consumer cooperative: at least 2 citizen members, not on the NGO database list; religious activity: only a
 *   religious association, which is not an NGO for state grants.
 */

const STEPS: Record<string, WizardStep> = {
  goal: {
    id: "goal",
    questionKey: "wizard-form-q-goal",
    options: [
      { id: "members", labelKey: "wizard-form-opt-members" },
      { id: "coord", labelKey: "wizard-form-opt-coord" },
      { id: "property", labelKey: "wizard-form-opt-property" },
      { id: "service", labelKey: "wizard-form-opt-service" },
      { id: "consumer", labelKey: "wizard-form-opt-consumer" },
      { id: "religion", labelKey: "wizard-form-opt-religion" },
    ],
  },
  who: {
    id: "who",
    questionKey: "wizard-form-q-who",
    options: [
      { id: "citizens", labelKey: "wizard-form-opt-citizens" },
      { id: "orgs", labelKey: "wizard-form-opt-orgs" },
    ],
  },
  count: {
    id: "count",
    questionKey: "wizard-form-q-count",
    options: [
      { id: "one", labelKey: "wizard-form-opt-one" },
      { id: "two", labelKey: "wizard-form-opt-two" },
      { id: "three", labelKey: "wizard-form-opt-three" },
    ],
  },
  grants: { id: "grants", questionKey: "wizard-form-q-grants", options: [YES, NO, UNSURE] },
};

const ORDER = ["goal", "who", "count", "grants"] as const;

const COMMON = line("wizard-form-l-common");
/** For the forms that file to the NGO database (PA, fund, private institution, association). */
const GRANTS_NGO = line("wizard-form-l-grants-ngo");
const GRANT_ITEMS = ["nko-vs-ngo", "ngo-database"];

function outcome(titleKey: string, lines: WizardLine[], itemIds: string[]): WizardOutcome {
  return { titleKey, lines: [...lines, COMMON], itemIds: uniqueIds([...itemIds, "legal-form-choice"]) };
}

function religion(): WizardOutcome {
  return outcome(
    "wizard-form-r-religion",
    [
      line("wizard-form-l-rel-only"),
      line("wizard-form-l-rel-local"),
      line("wizard-form-l-rel-regional"),
      line("wizard-form-l-rel-republican"),
      line("wizard-form-l-rel-registration"),
      line("wizard-form-l-rel-not-ngo"),
      line("wizard-form-l-rel-check"),
    ],
    ["religious-association", "nko-vs-ngo"],
  );
}

function publicAssociation(goal: string, grants: boolean): WizardOutcome {
  return outcome(
    "wizard-form-r-pa",
    [
      line("wizard-form-l-pa-why"),
      ...(goal === "coord" ? [line("wizard-form-l-ale-who")] : []),
      line("wizard-form-l-pa-founders"),
      line("wizard-form-l-pa-status"),
      line("wizard-form-l-pa-before-reg"),
      line("wizard-form-l-pa-tax"),
      ...(grants ? [GRANTS_NGO] : []),
    ],
    [
      "public-association",
      "territorial-status",
      ...(goal === "coord" ? ["association-of-legal-entities"] : []),
      ...(grants ? GRANT_ITEMS : []),
    ],
  );
}

function publicAssociationNeedsThree(count: number): WizardOutcome {
  return outcome(
    "wizard-form-r-pa-need3",
    [
      line("wizard-form-l-pa-founders"),
      { key: "wizard-form-l-pa-count", args: { count } },
      line("wizard-form-l-alt-fund"),
      line("wizard-form-l-alt-inst"),
      ...(count >= 2 ? [line("wizard-form-l-alt-coop")] : []),
    ],
    ["public-association", "public-fund", "private-institution", ...(count >= 2 ? ["consumer-cooperative"] : [])],
  );
}

function association(goal: string, grants: boolean): WizardOutcome {
  return outcome(
    "wizard-form-r-ale",
    [
      line("wizard-form-l-ale-why"),
      ...(goal === "members" ? [line("wizard-form-l-ale-who")] : []),
      line("wizard-form-l-ale-founders"),
      line("wizard-form-l-ale-liability"),
      line("wizard-form-l-ale-name"),
      line("wizard-form-l-ale-tax"),
      ...(grants ? [GRANTS_NGO] : []),
    ],
    ["association-of-legal-entities", "registration-institution-association", ...(grants ? GRANT_ITEMS : [])],
  );
}

function associationNeedsTwo(): WizardOutcome {
  return outcome(
    "wizard-form-r-ale-need2",
    [line("wizard-form-l-ale-founders"), line("wizard-form-l-alt-corp-fund"), line("wizard-form-l-alt-inst-org")],
    ["association-of-legal-entities", "public-fund", "private-institution"],
  );
}

/** The fund's type by its founders (public-fund: private, public, corporate). */
function fundType(orgs: boolean, count: number): WizardLine {
  if (orgs) return line("wizard-form-l-fund-corporate");
  return line(count === 1 ? "wizard-form-l-fund-private" : "wizard-form-l-fund-private-or-public");
}

function fundLines(orgs: boolean, count: number): WizardLine[] {
  return [
    line("wizard-form-l-fund-why"),
    fundType(orgs, count),
    line(count === 1 ? "wizard-form-l-fund-one" : "wizard-form-l-fund-several"),
    line("wizard-form-l-fund-board"),
    line("wizard-form-l-fund-report"),
    line("wizard-form-l-fund-tax"),
  ];
}

function fund(orgs: boolean, count: number, grants: boolean): WizardOutcome {
  return outcome(
    "wizard-form-r-fund",
    [...fundLines(orgs, count), ...(grants ? [GRANTS_NGO] : [])],
    ["public-fund", "registration-fund", ...(grants ? GRANT_ITEMS : [])],
  );
}

function institution(grants: boolean): WizardOutcome {
  return outcome(
    "wizard-form-r-inst",
    [
      line("wizard-form-l-inst-why"),
      line("wizard-form-l-inst-docs"),
      line("wizard-form-l-inst-liability"),
      line("wizard-form-l-inst-tax"),
      line("wizard-form-l-inst-licence"),
      line("wizard-form-l-alt-fund-tax"),
      ...(grants ? [GRANTS_NGO] : []),
    ],
    ["private-institution", "registration-institution-association", "public-fund", ...(grants ? GRANT_ITEMS : [])],
  );
}

/** A service organisation with several founders: the private institution is the one-founder form. */
function fundForService(orgs: boolean, count: number, grants: boolean): WizardOutcome {
  const withPa = !orgs && count >= 3;
  return outcome(
    "wizard-form-r-fund-service",
    [
      line("wizard-form-l-inst-single"),
      ...fundLines(orgs, count),
      ...(withPa ? [line("wizard-form-l-alt-pa")] : []),
      ...(grants ? [GRANTS_NGO] : []),
    ],
    ["public-fund", "private-institution", ...(withPa ? ["public-association"] : []), ...(grants ? GRANT_ITEMS : [])],
  );
}

function cooperative(grants: boolean): WizardOutcome {
  return outcome(
    "wizard-form-r-coop",
    [
      line("wizard-form-l-coop-why"),
      line("wizard-form-l-coop-members"),
      line("wizard-form-l-coop-income"),
      line("wizard-form-l-coop-tax"),
      ...(grants ? [line("wizard-form-l-coop-grants")] : []),
      line("wizard-form-l-coop-check"),
    ],
    ["consumer-cooperative", ...(grants ? ["nko-vs-ngo", "state-grants-eligibility"] : [])],
  );
}

function cooperativeNeedsTwo(orgs: boolean, grants: boolean): WizardOutcome {
  return outcome(
    "wizard-form-r-coop-need2",
    [
      line("wizard-form-l-coop-why"),
      line("wizard-form-l-coop-members"),
      ...(orgs ? [line("wizard-form-l-alt-ale")] : [line("wizard-form-l-alt-fund"), line("wizard-form-l-alt-inst")]),
      ...(grants ? [line("wizard-form-l-coop-grants")] : []),
    ],
    [
      "consumer-cooperative",
      ...(orgs ? ["association-of-legal-entities"] : ["public-fund", "private-institution"]),
      ...(grants ? ["state-grants-eligibility"] : []),
    ],
  );
}

const FOUNDER_COUNT: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3 };

function recommend(answers: Readonly<Record<string, string>>): WizardOutcome {
  const goal = answers.goal ?? "";
  if (goal === "religion") return religion();
  const orgs = answers.who === "orgs";
  const count = FOUNDER_COUNT[answers.count ?? ""] ?? 1;
  const grants = answers.grants !== "no";
  switch (goal) {
    case "members":
    case "coord":
      if (orgs) return count >= 2 ? association(goal, grants) : associationNeedsTwo();
      return count >= 3 ? publicAssociation(goal, grants) : publicAssociationNeedsThree(count);
    case "property":
      return fund(orgs, count, grants);
    case "service":
      return count === 1 ? institution(grants) : fundForService(orgs, count, grants);
    case "consumer":
      return !orgs && count >= 2 ? cooperative(grants) : cooperativeNeedsTwo(orgs, grants);
    default:
      throw new Error(`legal-form wizard: unknown goal "${goal}"`);
  }
}

export const legalFormWizard: WizardDefinition = {
  kind: "form",
  titleKey: "wizard-form-title",
  firstStep: "goal",
  steps: STEPS,
  next(stepId, optionId) {
    if (stepId === "goal" && optionId === "religion") return { done: true };
    const index = ORDER.indexOf(stepId as (typeof ORDER)[number]);
    if (index < 0) throw new Error(`legal-form wizard: unknown step "${stepId}"`);
    const following = ORDER[index + 1];
    return following ? { step: following } : { done: true };
  },
  outcome: recommend,
};
