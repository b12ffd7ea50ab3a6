/**
 * A small engine for guided "wizards": a fixed set of questions with buttons, an explicit state machine per
 * wizard and an outcome made of message keys (rendered by the bot in the user's language). Pure, no I/O: the
 * state is plain data that the bot keeps in the session.
 */

/** A button. `id` matches `[a-z0-9-]{1,12}` so that the callback data `wa:<kind>:<step>:<option>` stays short. */
export interface WizardOption {
  id: string;
  labelKey: string;
}

/** A question. `id` matches `[a-z0-9-]{1,12}`. */
export interface WizardStep {
  id: string;
  questionKey: string;
  options: WizardOption[];
}

/** One line of an outcome: a message key and its Fluent arguments. */
export interface WizardLine {
  key: string;
  args?: Record<string, string | number>;
}

export interface WizardOutcome {
  titleKey: string;
  lines: WizardLine[];
  /** Knowledge item ids to point to for details. */
  itemIds: string[];
}

export interface WizardDefinition {
  kind: string; // "form" | "reg" | "grant"
  titleKey: string; // shown in the wizard menu and as the header of each step
  firstStep: string;
  steps: Record<string, WizardStep>;
  /** Transition after choosing optionId at stepId with the answers so far (answers already include this choice). */
  next(stepId: string, optionId: string, answers: Readonly<Record<string, string>>): { step: string } | { done: true };
  outcome(answers: Readonly<Record<string, string>>): WizardOutcome;
}

export interface WizardState {
  kind: string;
  step: string;
  answers: Record<string, string>;
}

export type WizardProgress =
  | { state: WizardState; step: WizardStep }
  | { outcome: WizardOutcome; state: WizardState }
  | { invalid: true };

function stepOf(definition: WizardDefinition, stepId: string): WizardStep {
  const step = Object.hasOwn(definition.steps, stepId) ? definition.steps[stepId] : undefined;
  if (!step) throw new Error(`wizard "${definition.kind}" has no step "${stepId}"`);
  return step;
}

/** The first question with an empty state. */
export function startWizard(definition: WizardDefinition): { state: WizardState; step: WizardStep } {
  const step = stepOf(definition, definition.firstStep);
  return { state: { kind: definition.kind, step: step.id, answers: {} }, step };
}

/**
 * Applies a button press. Invalid when the state belongs to another wizard, when `stepId` is not the current
 * step (a button from an older message) or when the option is unknown. The given state is not changed. After the
 * last question the returned state keeps the last step and all answers (the bot usually drops it).
 */
export function answerWizard(
  definition: WizardDefinition,
  state: WizardState,
  stepId: string,
  optionId: string,
): WizardProgress {
  if (state.kind !== definition.kind || stepId !== state.step) return { invalid: true };
  const step = currentStep(definition, state);
  if (!step?.options.some((option) => option.id === optionId)) return { invalid: true };
  const answers = { ...state.answers, [stepId]: optionId };
  const transition = definition.next(stepId, optionId, answers);
  if ("done" in transition) {
    return { outcome: definition.outcome(answers), state: { kind: definition.kind, step: stepId, answers } };
  }
  const nextStep = stepOf(definition, transition.step);
  return { state: { kind: definition.kind, step: nextStep.id, answers }, step: nextStep };
}

/** The question to show for a saved state; undefined if the state is not (or no longer) valid for this wizard. */
export function currentStep(definition: WizardDefinition, state: WizardState): WizardStep | undefined {
  if (state.kind !== definition.kind || !Object.hasOwn(definition.steps, state.step)) return undefined;
  return definition.steps[state.step];
}
