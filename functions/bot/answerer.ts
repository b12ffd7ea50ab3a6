import type { Citation } from "../core/answer/answer-card.js";
import type { KnowledgeItem, Language, Topic } from "../core/knowledge/item-schema.js";

/** What the bot sends for a question: ready Telegram HTML plus what it needs for buttons and follow-ups. */
export interface BotAnswer {
  answered: boolean;
  /** The language the answer is written in. */
  language: Language;
  confidence: number;
  /** One or more messages, each ≤ 4096 characters. */
  html: string[];
  /** The same answer as plain text. */
  text: string;
  /** The item answered, kept in the session for follow-ups and feedback. */
  item?: KnowledgeItem;
  citations: Citation[];
  /** Items offered as buttons: related topics or, when declined, the closest ones. */
  links: { id: string; title: string }[];
  /** True when the question was understood as a follow-up to the previous item. */
  followUp: boolean;
}

export interface AnswerRequest {
  /** The language the user chose, if any; otherwise the question's own language is used. */
  language?: Language;
  /** Used when the question is too short to tell its language (the user's Telegram language). */
  fallbackLanguage: Language;
  /** The item answered last in this chat: short follow-ups ("а для фонда?") are read in its context. */
  lastItemId?: string;
}

/** Turns questions into answers; pure and synchronous (the knowledge index is in memory). */
export interface Answerer {
  answer(question: string, request: AnswerRequest): BotAnswer;
  /** The card of one item, for buttons. */
  showItem(id: string, language: Language): BotAnswer | undefined;
  /** Up to `limit` answered cards for a search (inline mode), best first. */
  search(query: string, request: AnswerRequest, limit: number): BotAnswer[];
  /** Items of a topic for the menu, in a stable order. */
  topicItems(topic: Topic, language: Language): { id: string; title: string }[];
  title(id: string, language: Language): string | undefined;
}
