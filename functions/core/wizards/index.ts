import { grantEligibilityWizard } from "./grant-eligibility-wizard.js";
import { legalFormWizard } from "./legal-form-wizard.js";
import { registrationChecklistWizard } from "./registration-checklist-wizard.js";
import type { WizardDefinition } from "./wizard.js";

/** The wizards by kind, in menu order. */
export const WIZARDS: Record<string, WizardDefinition> = {
  [legalFormWizard.kind]: legalFormWizard,
  [registrationChecklistWizard.kind]: registrationChecklistWizard,
  [grantEligibilityWizard.kind]: grantEligibilityWizard,
};

/** The wizard of a kind (e.g. from callback data or a saved session); undefined if unknown. */
export function wizardByKind(kind: string): WizardDefinition | undefined {
  return Object.hasOwn(WIZARDS, kind) ? WIZARDS[kind] : undefined;
}
