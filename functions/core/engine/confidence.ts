/**
 * Calibrated confidence: a logistic model over a few scores of the best item and of the question, fitted on the
 * tuning sets (see `npm run eval -- --fit`), and the refusal threshold.
 */
export interface ConfidenceFeatures {
  /** Combined score of the best item (lexical and phrase mixed), 0..1. */
  score: number;
  /** BM25F of the best item, normalized by the question's idf mass, 0..1. */
  lexical: number;
  /** Best paraphrase/title similarity of the best item, 0..1. */
  phrase: number;
  /** Share of the question's idf mass the best item contains, 0..1. */
  coverage: number;
  /** Best score minus the second best. */
  margin: number;
  /** Share of the question's idf mass made of words no item contains, 0..1. */
  unknown: number;
  /** Number of distinct content terms in the question. */
  terms: number;
  /** 1 when the question names something out of scope (another country, business registration …) the item does not cover. */
  outOfScope: number;
  /**
   * 1 when it does so and also names an organization (ОО, фонд, NGO, members …): then the out-of-scope word is more
   * often incidental ("a pet shop helps our volunteers"), and the model learns how much less it counts.
   */
  outOfScopeWithOrganization: number;
  /** 1 when the question names a concept of the glossary (a term of the NGO domain in any language), else 0. */
  domain: number;
}

export const FEATURE_NAMES = [
  "score",
  "lexical",
  "phrase",
  "coverage",
  "margin",
  "unknown",
  "terms",
  "outOfScope",
  "domain",
  "outOfScopeWithOrganization",
] as const;

export function featureVector(features: ConfidenceFeatures): number[] {
  return [
    features.score,
    features.lexical,
    features.phrase,
    features.coverage,
    features.margin,
    features.unknown,
    Math.log1p(features.terms),
    features.outOfScope,
    features.domain,
    features.outOfScopeWithOrganization,
  ];
}

/**
 * Logistic model weights, in FEATURE_NAMES order, and the bias: fitted by `npm run eval -- --fit-realistic` on the
 * hand-written tuning sets (tune … tune-6, offtopic, offtopic-hard, offtopic-3 … offtopic-7; answerable questions
 * positive, questions to decline negative, both classes weighted equally, L2 0.001). A refit that also takes tune-7
 * scores the same on the tuning sets (refusal recall +0.9, false declines +0.3 points at 0.30), so these stay.
 * offtopic-8, tune-8, offtopic-9 and offtopic-10 came later and are not in the fit (they do choose the threshold
 * below).
 * Not kept (README, Evaluation): models with length interactions (coverage, phrase, lexical and glossary match ×
 * log terms), and one with the length capped at 6 terms, a matched-terms count and a "core NGO word" glossary flag.
 * Left-one-set-out they declined about a point more off-topic questions, but held-out refusal did not move, and
 * the first left the one-word follow-up "а для фонда?" unanswered, the second raised tune-7 false declines.
 * The items' own paraphrases are left out of the fit: they are short keyword lists that outnumber real questions
 * 7 to 1 and pulled the model towards them. The output reads as the probability that the question is one the
 * knowledge base answers.
 */
export const CONFIDENCE_MODEL = {
  bias: -9.517,
  weights: [1.892, 1.672, 2.406, 1.584, 1.448, -1.503, 3.527, -4.828, 1.685, 0.775],
};

export function confidenceOf(features: ConfidenceFeatures, model = CONFIDENCE_MODEL): number {
  const x = featureVector(features);
  let z = model.bias;
  x.forEach((value, i) => {
    z += value * (model.weights[i] ?? 0);
  });
  return 1 / (1 + Math.exp(-z));
}

/**
 * Below this confidence the engine declines (and shows the closest topics).
 *
 * Chosen with `npm run eval` on the tuning sets only — the items' own paraphrases (5-fold, each asked without
 * itself) and the hand-written tune … tune-8, offtopic, offtopic-hard, offtopic-3 … offtopic-10 in test/golden/ —
 * never the held-out sets: the threshold keeping at least 1.5 points of room under both DESIGN §7 bars (refusal
 * recall ≥ 0.95, false declines ≤ 0.03), the centre of that range on the 0.05 grid; without such a range, the one
 * with the most room under the worse bar. 0.30 until offtopic-8 and tune-8 joined the tuning sets, then 0.45; with
 * offtopic-9 and the everyday-life scope words (2026-11-25) no threshold leaves 1.5 points under both bars, and 0.40
 * leaves the most (refusal recall 96.1 %, false declines 2.4 % with the paraphrases, 0.5 % on the hand-written
 * questions alone; at 0.45: 96.5 %, 2.9 %). With offtopic-10 it still does (95.4 %, 2.4 %, 0.5 %).
 */
export const CONFIDENCE_THRESHOLD = 0.4;
