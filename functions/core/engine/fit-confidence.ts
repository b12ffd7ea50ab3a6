import { confidenceOf, FEATURE_NAMES, featureVector } from "./confidence.js";
import { type Outcome, shouldDecline } from "./evaluate.js";
import { countVocabulary, type PhraseCounts, type VocabularyCounts, vocabularyOdds } from "./question-vocabulary.js";

/** What `npm run eval -- --fit` fits: the confidence model's constants. */
export interface ConfidenceModel {
  bias: number;
  weights: number[];
}

/** Folds of the out-of-fold vocabulary feature. */
export const VOCABULARY_FOLDS = 5;
/** L2 penalty on the weights (not the bias). */
const L2 = 0.001;
const NEWTON_STEPS = 30;

/** The vocabulary counts of tuning outcomes (answerable questions against those to decline). */
export function vocabularyOf(outcomes: readonly Outcome[]): VocabularyCounts {
  return countVocabulary(outcomes.map((o) => ({ terms: o.trace.terms, answerable: !shouldDecline(o.golden) })));
}

/**
 * Each outcome's vocabulary feature computed from the counts of the other folds only (outcome i is in fold
 * i mod VOCABULARY_FOLDS): the model must learn how much the feature says about questions the counts have not seen,
 * which is what every real question is.
 */
export function outOfFoldVocabulary(outcomes: readonly Outcome[], phrases: PhraseCounts): number[] {
  const values = new Array<number>(outcomes.length).fill(0);
  for (let fold = 0; fold < VOCABULARY_FOLDS; fold++) {
    const counts = vocabularyOf(outcomes.filter((_, i) => i % VOCABULARY_FOLDS !== fold));
    outcomes.forEach((outcome, i) => {
      if (i % VOCABULARY_FOLDS === fold) values[i] = vocabularyOdds(outcome.trace.terms, counts, phrases);
    });
  }
  return values;
}

/** The outcome with its vocabulary feature replaced and its confidence recomputed with `model`. */
export function rescored(outcome: Outcome, vocabulary: number, model: ConfidenceModel): Outcome {
  const features = { ...outcome.trace.features, vocabulary };
  // 0 stays 0: the engine gives it to questions with no item or no words (numbers only), whatever the model says.
  const confidence = outcome.trace.result.confidence === 0 ? 0 : confidenceOf(features, model);
  return { ...outcome, trace: { ...outcome.trace, features, result: { ...outcome.trace.result, confidence } } };
}

/**
 * Logistic regression of "the question is one the knowledge base answers" on the confidence features, by Newton's
 * method: answerable questions are positives, questions to decline negatives, both classes with the same total
 * weight; L2 on the weights.
 */
export function fitLogistic(outcomes: readonly Outcome[]): ConfidenceModel {
  const positives = outcomes.filter((o) => !shouldDecline(o.golden)).length;
  const negatives = outcomes.length - positives;
  const rows = outcomes.map((o) => {
    const y = shouldDecline(o.golden) ? 0 : 1;
    return { x: [1, ...featureVector(o.trace.features)], y, w: 0.5 / (y === 1 ? positives : negatives) };
  });
  const dims = FEATURE_NAMES.length + 1;
  let beta = new Array<number>(dims).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const gradient = new Array<number>(dims).fill(0);
    const hessian = Array.from({ length: dims }, () => new Array<number>(dims).fill(0));
    for (const { x, y, w } of rows) {
      const z = x.reduce((sum, value, i) => sum + value * (beta[i] as number), 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < dims; i++) {
        gradient[i] = (gradient[i] as number) + (p - y) * w * (x[i] as number);
        const row = hessian[i] as number[];
        for (let j = 0; j < dims; j++)
          row[j] = (row[j] as number) + p * (1 - p) * w * (x[i] as number) * (x[j] as number);
      }
    }
    for (let i = 1; i < dims; i++) {
      gradient[i] = (gradient[i] as number) + L2 * (beta[i] as number);
      (hessian[i] as number[])[i] = ((hessian[i] as number[])[i] as number) + L2;
    }
    const delta = solve(hessian, gradient);
    beta = beta.map((value, i) => value - (delta[i] as number));
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { bias: round(beta[0] as number), weights: beta.slice(1).map(round) };
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a small, positive definite system). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++)
      if (Math.abs((m[row] as number[])[column] as number) > Math.abs((m[pivot] as number[])[column] as number))
        pivot = row;
    [m[column], m[pivot]] = [m[pivot] as number[], m[column] as number[]];
    const top = m[column] as number[];
    for (let row = 0; row < n; row++) {
      if (row === column) continue;
      const current = m[row] as number[];
      const factor = (current[column] as number) / (top[column] as number);
      for (let k = column; k <= n; k++) current[k] = (current[k] as number) - factor * (top[k] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}
