import { describe, expect, it } from "vitest";
import { loadEngineKnowledge } from "../../functions/cli/ask.js";
import { HAND_WRITTEN_TUNING_SETS, readGoldenSet } from "../../functions/cli/eval.js";
import { runCases } from "../../functions/core/engine/evaluate.js";
import { vocabularyOf } from "../../functions/core/engine/fit-confidence.js";
import { buildKnowledgeIndex } from "../../functions/core/engine/knowledge-index.js";
import {
  countVocabulary,
  decodeVocabularyCounts,
  encodeVocabularyCounts,
  type PhraseCounts,
  vocabularyOdds,
} from "../../functions/core/engine/question-vocabulary.js";
import { QUESTION_VOCABULARY_COUNTS } from "../../functions/core/engine/question-vocabulary-counts.js";

const noPhrases: PhraseCounts = { phraseCount: 0, phrasesContaining: () => 0 };

const counts = countVocabulary([
  { terms: ["charter", "report", "report"], answerable: true },
  { terms: ["charter", "fund"], answerable: true },
  { terms: ["fund", "laptop"], answerable: false },
  { terms: ["laptop", "kitten"], answerable: false },
  { terms: ["kitten", "once"], answerable: false },
]);

describe("question vocabulary", () => {
  it("counts each term once per question and leaves out terms seen in a single question", () => {
    expect(counts.answered).toBe(2);
    expect(counts.declined).toBe(3);
    expect(counts.terms.get("charter")).toEqual([2, 0]);
    expect(counts.terms.get("fund")).toEqual([1, 1]);
    expect(counts.terms.get("laptop")).toEqual([0, 2]);
    expect(counts.terms.has("report")).toBe(false); // twice, but in one question
    expect(counts.terms.has("once")).toBe(false);
  });

  it("scores answered-side words up, declined-side words down, and unseen words not at all", () => {
    expect(vocabularyOdds(["charter"], counts, noPhrases)).toBeGreaterThan(0.5);
    expect(vocabularyOdds(["laptop", "kitten"], counts, noPhrases)).toBeLessThan(-0.5);
    expect(vocabularyOdds(["charter", "unseen"], counts, noPhrases)).toBe(
      vocabularyOdds(["charter"], counts, noPhrases),
    );
    expect(vocabularyOdds(["unseen"], counts, noPhrases)).toBe(0);
  });

  it("counts the knowledge base's own phrases as answerable: an item an admin adds makes its words NGO-like", () => {
    const withItem: PhraseCounts = { phraseCount: 6, phrasesContaining: (term) => (term === "laptop" ? 6 : 0) };
    expect(vocabularyOdds(["laptop"], counts, noPhrases)).toBeLessThan(0);
    expect(vocabularyOdds(["laptop"], counts, withItem)).toBeGreaterThan(0);
    // A word only the knowledge base has is evidence too.
    expect(vocabularyOdds(["kitten2"], counts, { phraseCount: 6, phrasesContaining: () => 3 })).toBeGreaterThan(0);
  });

  it("round-trips its file format and rejects a damaged one", () => {
    const decoded = decodeVocabularyCounts(encodeVocabularyCounts(counts));
    expect(decoded).toEqual(counts);
    expect(() => decodeVocabularyCounts("x y")).toThrow(/bad header/);
    expect(() => decodeVocabularyCounts("2 3\ncharter two 0")).toThrow(/bad line/);
  });

  it("ships the counts of exactly the hand-written tuning sets (regenerate with npm run eval -- --fit)", async () => {
    const knowledge = await loadEngineKnowledge();
    const index = buildKnowledgeIndex(knowledge.items, knowledge.glossary);
    const outcomes = [];
    for (const name of HAND_WRITTEN_TUNING_SETS)
      outcomes.push(...runCases(index, await readGoldenSet(name), "2026-11-26"));
    expect(encodeVocabularyCounts(vocabularyOf(outcomes))).toBe(QUESTION_VOCABULARY_COUNTS);
  });
});
