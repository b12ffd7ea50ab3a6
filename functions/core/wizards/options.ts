import type { WizardLine, WizardOption } from "./wizard.js";

/** Buttons and helpers shared by the wizards (labels are `wizard-opt-*` messages). */
export const YES: WizardOption = { id: "yes", labelKey: "wizard-opt-yes" };
export const NO: WizardOption = { id: "no", labelKey: "wizard-opt-no" };
export const UNSURE: WizardOption = { id: "unsure", labelKey: "wizard-opt-unsure" };

/** A line without arguments. */
export const line = (key: string): WizardLine => ({ key });

/** Item ids without repeats, in first-mention order. */
export const uniqueIds = (ids: readonly string[]): string[] => [...new Set(ids)];
