import { describe, expect, it } from "vitest";
import type { EngineTrace } from "../../functions/core/engine/answer-question.js";
import { type ConfidenceFeatures, confidenceOf, FEATURE_NAMES } from "../../functions/core/engine/confidence.js";
import { computeMetrics, DECLINE, type Outcome } from "../../functions/core/engine/evaluate.js";
import {
  fitLogistic,
  outOfFoldVocabulary,
  VOCABULARY_FOLDS,
  vocabularyOf,
} from "../../functions/core/engine/fit-confidence.js";
import { vocabularyOdds } from "../../functions/core/engine/question-vocabulary.js";

const neutral: ConfidenceFeatures = {
  score: 0.5,
  lexical: 0.5,
  phrase: 0.5,
  coverage: 0.5,
  margin: 0.1,
  unknown: 0.2,
  terms: 5,
  outOfScope: 0,
  domain: 1,
  outOfScopeWithOrganization: 0,
  vocabulary: 0,
};

function outcome(answerable: boolean, features: Partial<ConfidenceFeatures>, terms: string[] = []): Outcome {
  const trace: EngineTrace = {
    result: {
      question: "q",
      language: "en",
      detectedLanguage: "en",
      answered: answerable,
      confidence: 0.9,
      candidates: [{ id: "item", title: "Item", score: 1 }],
    },
    features: { ...neutral, ...features },
    terms,
    declinedByScope: false,
  };
  return { golden: { q: "q", lang: "en", expect: answerable ? "item" : DECLINE }, trace };
}

describe("fitting the confidence model", () => {
  it("gives the feature that separates the classes the weight, and the one that does not none", () => {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 40; i++) {
      const noise = ((i * 7) % 10) / 10; // the same spread in both classes
      outcomes.push(outcome(true, { vocabulary: 1 + noise / 2, score: noise }));
      outcomes.push(outcome(false, { vocabulary: -1 - noise / 2, score: noise }));
    }
    const model = fitLogistic(outcomes);
    const weight = (name: (typeof FEATURE_NAMES)[number]) => model.weights[FEATURE_NAMES.indexOf(name)] as number;
    expect(model.weights).toHaveLength(FEATURE_NAMES.length);
    expect(weight("vocabulary")).toBeGreaterThan(2);
    expect(Math.abs(weight("score"))).toBeLessThan(0.5);
    expect(confidenceOf({ ...neutral, vocabulary: 1 }, model)).toBeGreaterThan(0.9);
    expect(confidenceOf({ ...neutral, vocabulary: -1 }, model)).toBeLessThan(0.1);
  });

  it("computes each question's vocabulary feature without the counts of its own fold", () => {
    // Questions i and i + 10 share a word and a fold (i mod 5) and are both answerable or both not.
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 20; i++) outcomes.push(outcome(i % 2 === 0, {}, [`pair${i % 10}`, "common"]));
    const none = { phraseCount: 0, phrasesContaining: () => 0 };
    const values = outOfFoldVocabulary(outcomes, none);
    outcomes.forEach((o, i) => {
      const others = vocabularyOf(outcomes.filter((_, j) => j % VOCABULARY_FOLDS !== i % VOCABULARY_FOLDS));
      expect(values[i]).toBeCloseTo(vocabularyOdds(o.trace.terms, others, none));
    });
    // In sample the shared word gives the answer away; out of fold it is unseen.
    const inSample = vocabularyOdds(outcomes[0]?.trace.terms ?? [], vocabularyOf(outcomes), none);
    expect(inSample).toBeGreaterThan(0.5);
    expect(Math.abs(values[0] as number)).toBeLessThan(0.1);
  });

  it("counts a question the scope rules declined as declined at every threshold", () => {
    const declined = outcome(false, {});
    declined.trace.declinedByScope = true;
    declined.trace.result.answered = false;
    expect(computeMetrics([declined], 0.1).refusalRecall).toBe(1);
    expect(computeMetrics([outcome(false, {})], 0.1).refusalRecall).toBe(0);
  });
});
