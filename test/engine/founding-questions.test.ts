import { beforeAll, describe, expect, it } from "vitest";
import { loadEngineKnowledge } from "../../functions/cli/ask.js";
import { answerQuestion } from "../../functions/core/engine/answer-question.js";
import { buildKnowledgeIndex, type KnowledgeIndex } from "../../functions/core/engine/knowledge-index.js";

/**
 * A founder's first question, with the verbs people use for it (open, start, create, set up, launch) rather than
 * "register": these reached liquidation, reorganization or a branch ("open a branch", "where to start" closing an
 * NGO) before the registration and form-choice items had such paraphrases. The questions here are not the
 * paraphrases themselves.
 */
const FOUNDING = ["registration-public-association", "registration-fund", "legal-form-choice"];

let index: KnowledgeIndex;
beforeAll(async () => {
  const knowledge = await loadEngineKnowledge();
  index = buildKnowledgeIndex(knowledge.items, knowledge.glossary);
});

describe("a founder's first question on the real knowledge base", () => {
  it.each<[string, string | undefined]>([
    ["can you tell me how to open a foundation", "registration-fund"],
    ["как открыть фонд в Алматы", "registration-fund"],
    ["creating a public association in Almaty", "registration-public-association"],
    ["how to launch an NGO", undefined],
    ["как начать НКО", undefined],
    ["what does it take to start a nonprofit here", undefined],
    ["steps to start an NGO in Astana", undefined],
    ["с чего начать создание фонда", undefined],
    ["қоғамдық ұйым ашу үшін қандай құжаттар керек", undefined],
    ["мы решили основать ОО", "registration-public-association"],
    ["ҮЕҰ құру жолы", undefined],
    ["ҮЕҰ ашу жолы", undefined],
  ])("%s", (question, expected) => {
    const result = answerQuestion(index, question, { today: "2026-11-25" });
    expect(result.answered).toBe(true);
    if (expected) expect(result.item?.id).toBe(expected);
    else expect(FOUNDING).toContain(result.item?.id);
  });
});

describe("the neighbours of a founder's first question keep their items", () => {
  it.each([
    ["мы решили закрыть ОО", "voluntary-liquidation"],
    ["ұйымды қайта құру", "reorganization"],
    ["филиал ашу", "branch-registration"],
    ["банк шотын ашу", "after-registration-steps"],
  ])("%s", (question, expected) => {
    expect(answerQuestion(index, question, { today: "2026-11-25" }).item?.id).toBe(expected);
  });
});
