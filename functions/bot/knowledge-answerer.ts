import { todayInKazakhstan } from "../adapters/knowledge-folder.js";
import { renderAnswerCard } from "../core/answer/answer-card.js";
import { answerQuestion } from "../core/engine/answer-question.js";
import { buildKnowledgeIndex } from "../core/engine/knowledge-index.js";
import type { Glossary } from "../core/knowledge/glossary.js";
import type { KnowledgeItem, Language } from "../core/knowledge/item-schema.js";
import type { Answerer, BotAnswer } from "./answerer.js";

/** The answer engine behind the bot's `Answerer` port: builds the index once, answers in memory. */
export function createKnowledgeAnswerer(
  items: KnowledgeItem[],
  glossary: Glossary,
  today: () => string = () => todayInKazakhstan(),
): Answerer {
  const index = buildKnowledgeIndex(items, glossary);
  const titleOf = (id: string, language: Language) => index.byId(id)?.title[language];
  const toBotAnswer = (result: ReturnType<typeof answerQuestion>): BotAnswer => {
    const card = renderAnswerCard(result, index, { today: today() });
    const ids = card.answered ? card.relatedIds : card.suggestionIds;
    return {
      answered: card.answered,
      html: card.html,
      itemId: result.answered ? result.item?.id : undefined,
      links: ids.flatMap((id) => {
        const title = titleOf(id, result.language);
        return title ? [{ id, title }] : [];
      }),
    };
  };
  return {
    answer: (question, request) =>
      toBotAnswer(
        answerQuestion(index, question, {
          language: request.language,
          fallbackLanguage: request.fallbackLanguage,
          today: today(),
        }),
      ),
    showItem: (id, language) => {
      const item = index.byId(id);
      if (!item) return undefined;
      return toBotAnswer({
        question: item.title[language],
        language,
        detectedLanguage: language,
        answered: true,
        confidence: 1,
        item,
        candidates: [{ id: item.id, title: item.title[language], score: 1 }],
      });
    },
  };
}
