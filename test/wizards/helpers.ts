import {
  answerWizard,
  startWizard,
  type WizardDefinition,
  type WizardOutcome,
} from "../../functions/core/wizards/wizard.js";

export interface WizardPath {
  answers: Record<string, string>;
  outcome: WizardOutcome;
}

/** Every path through a wizard by pressing every button at every step (depth-first). */
export function allPaths(definition: WizardDefinition): WizardPath[] {
  const paths: WizardPath[] = [];
  const walk = (progress: ReturnType<typeof answerWizard>, depth: number): void => {
    if (depth > 50) throw new Error(`wizard "${definition.kind}" loops`);
    if ("invalid" in progress) throw new Error(`wizard "${definition.kind}" rejected its own option`);
    if ("outcome" in progress) {
      paths.push({ answers: progress.state.answers, outcome: progress.outcome });
      return;
    }
    for (const option of progress.step.options) {
      walk(answerWizard(definition, progress.state, progress.step.id, option.id), depth + 1);
    }
  };
  walk(startWizard(definition), 0);
  return paths;
}

/** Presses the given options in order and returns the outcome (fails the test when the wizard asks something else). */
export function run(definition: WizardDefinition, choices: Array<[step: string, option: string]>): WizardOutcome {
  let progress: ReturnType<typeof answerWizard> = startWizard(definition);
  for (const [step, option] of choices) {
    if (!("step" in progress)) throw new Error(`wizard finished before step "${step}"`);
    if (progress.step.id !== step) throw new Error(`expected step "${step}", the wizard asks "${progress.step.id}"`);
    progress = answerWizard(definition, progress.state, step, option);
    if ("invalid" in progress) throw new Error(`option "${option}" at "${step}" was rejected`);
  }
  if (!("outcome" in progress)) throw new Error(`wizard not finished, it asks "${progress.step.id}"`);
  return progress.outcome;
}

export const keysOf = (outcome: WizardOutcome): string[] => outcome.lines.map((line) => line.key);
