import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY_PARAMS } from "../../functions/core/engine/answer-question.js";
import type { GoldenCase } from "../../functions/core/engine/evaluate.js";
import { DEFAULT_INDEX_PARAMS } from "../../functions/core/engine/knowledge-index.js";
import { scoreParams, searchParams } from "../../functions/core/engine/parameter-search.js";
import { FIXTURE_GLOSSARY, FIXTURE_ITEMS } from "./fixture-kb.js";

const TODAY = "2026-11-25";
/** The items' titles as questions: enough to tell good parameters from poor ones. */
const CASES: GoldenCase[] = FIXTURE_ITEMS.flatMap((item) => [
  { q: item.title.ru, lang: "ru", expect: item.id },
  { q: item.title.en, lang: "en", expect: item.id },
]);

describe("retrieval parameter search", () => {
  it("scores parameters by hit@1 on the questions and on the paraphrase folds", () => {
    const score = scoreParams(
      { index: DEFAULT_INDEX_PARAMS, query: DEFAULT_QUERY_PARAMS },
      FIXTURE_ITEMS,
      FIXTURE_GLOSSARY,
      CASES,
      TODAY,
    );
    expect(score.realistic).toBeGreaterThan(0.5);
    expect(score.realistic).toBeLessThanOrEqual(1);
    expect(score.objective).toBeCloseTo(score.realistic + 0.3 * score.paraphrases, 10);
  });

  it("improves on a poor start and reports each improvement", () => {
    // A deliberately poor start: titles and paraphrases barely count.
    const start = {
      index: { ...DEFAULT_INDEX_PARAMS, fieldWeights: { title: 0.01, questions: 0.01, summary: 1, body: 3, basis: 3 } },
      query: { phraseWeight: 0, fuzzyWeight: 0 },
    };
    const before = scoreParams(start, FIXTURE_ITEMS, FIXTURE_GLOSSARY, CASES, TODAY);
    const steps: string[] = [];
    const { params, score } = searchParams(FIXTURE_ITEMS, FIXTURE_GLOSSARY, CASES, TODAY, {
      start,
      rounds: 1,
      onStep: (line) => steps.push(line),
    });
    expect(score.objective).toBeGreaterThan(before.objective);
    expect(params).not.toEqual(start);
    expect(steps[0]).toMatch(/^start: hit@1 realistic/);
    expect(steps.length).toBeGreaterThan(1);
  });
});
