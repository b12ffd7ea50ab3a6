import { MIN_SUGGESTION_SCORE, renderAnswerCard } from "../core/answer/answer-card.js";
import { cardLabelsFrom } from "../core/answer/card-labels.js";
import { answerQuestion, type EngineResult } from "../core/engine/answer-question.js";
import type { KnowledgeIndex } from "../core/engine/knowledge-index.js";
import type { Translator } from "../core/i18n/translator.js";
import type { KnowledgeItem, Language } from "../core/knowledge/item-schema.js";
import type { Answerer, BotAnswer } from "./answerer.js";

/** Short questions, or ones opening like a follow-up, are read in the context of the previous item. */
const FOLLOW_UP_OPENING = /^(а|и|ну а|а если|а как|а что|ал|ал енді|ал егер|and|but|what about|how about|also)(\s|$)/iu;
const FOLLOW_UP_MAX_WORDS = 5;

/**
 * The answer engine behind the bot's `Answerer` port: answers in memory from a built (or loaded) index. A follow-up
 * ("а для фонда?", "and the fee?") is asked again with the previous item's topic and related items favoured
 * (fused by rank through the engine's external-score seam); that answer is used only when it is confident and
 * differs from the plain one.
 */
export function createKnowledgeAnswerer(index: KnowledgeIndex, translator: Translator, today: () => string): Answerer {
  const labels = cardLabelsFrom(translator.t);
  const toBotAnswer = (result: EngineResult, followUp = false): BotAnswer => {
    const card = renderAnswerCard(result, index, { today: today(), labels });
    const ids = card.answered ? card.relatedIds : card.suggestionIds;
    return {
      answered: card.answered,
      language: result.language,
      confidence: result.confidence,
      html: card.html,
      text: card.text,
      item: result.answered ? result.item : undefined,
      citations: card.citations,
      links: ids.flatMap((id) => {
        const title = index.byId(id)?.title[result.language];
        return title ? [{ id, title }] : [];
      }),
      followUp,
    };
  };
  const itemResult = (item: KnowledgeItem, language: Language): EngineResult => ({
    question: item.title[language],
    language,
    detectedLanguage: language,
    answered: true,
    confidence: 1,
    item,
    candidates: [{ id: item.id, title: item.title[language], score: 1 }],
  });

  return {
    answer(question, request) {
      const options = { language: request.language, fallbackLanguage: request.fallbackLanguage, today: today() };
      const plain = answerQuestion(index, question, options);
      const previous = request.lastItemId ? index.byId(request.lastItemId) : undefined;
      if (!previous || !looksLikeFollowUp(question)) return toBotAnswer(plain);
      const contextual = answerQuestion(index, question, {
        ...options,
        externalScores: contextScores(index, previous, plain),
      });
      const better = contextual.answered && contextual.item?.id !== plain.item?.id;
      return better && (!plain.answered || contextual.confidence >= plain.confidence)
        ? toBotAnswer(contextual, true)
        : toBotAnswer(plain);
    },
    showItem(id, language) {
      const item = index.byId(id);
      return item ? toBotAnswer(itemResult(item, language)) : undefined;
    },
    search(query, request, limit) {
      const result = answerQuestion(index, query, { fallbackLanguage: request.fallbackLanguage, today: today() });
      // A confident answer first, then the ranking; when declined, only candidates close enough to be suggested.
      const ranked = result.candidates.filter(
        (candidate) => result.answered || candidate.score >= MIN_SUGGESTION_SCORE,
      );
      const ids = [...(result.item ? [result.item.id] : []), ...ranked.map((candidate) => candidate.id)];
      return [...new Set(ids)].slice(0, limit).flatMap((id) => {
        const item = index.byId(id);
        return item ? [toBotAnswer(itemResult(item, result.language))] : [];
      });
    },
    topicItems(topic, language) {
      return index.items
        .filter((item) => item.topic === topic)
        .map((item) => ({ id: item.id, title: item.title[language] }));
    },
    title: (id, language) => index.byId(id)?.title[language],
  };
}

function looksLikeFollowUp(question: string): boolean {
  const words = question.trim().split(/\s+/).filter(Boolean);
  return words.length <= FOLLOW_UP_MAX_WORDS || FOLLOW_UP_OPENING.test(question.trim());
}

/**
 * The previous item and the items near it (same topic or related), as external scores: those the plain ranking
 * found keep its scores (and order), the others follow them. Rank fusion then lifts them above unrelated items.
 */
function contextScores(index: KnowledgeIndex, previous: KnowledgeItem, plain: EngineResult): Map<string, number> {
  const near = new Set([
    previous.id,
    ...previous.related,
    ...index.items.filter((item) => item.topic === previous.topic).map((item) => item.id),
  ]);
  const scores = new Map<string, number>();
  for (const candidate of plain.candidates) if (near.has(candidate.id)) scores.set(candidate.id, candidate.score);
  for (const id of near) if (!scores.has(id)) scores.set(id, 0);
  return scores;
}
