import type { Language } from "../core/knowledge/item-schema.js";

/** What the bot sends for a question: ready Telegram HTML plus what it needs for buttons and follow-ups. */
export interface BotAnswer {
  answered: boolean;
  /** One or more messages, each ≤ 4096 characters. */
  html: string[];
  /** The item answered, kept in the session for follow-ups. */
  itemId?: string;
  /** Items offered as buttons: related topics or, when declined, the closest ones. */
  links: { id: string; title: string }[];
}

export interface AnswerRequest {
  /** The language the user chose, if any; otherwise the question's own language is used. */
  language?: Language;
  /** Used when the question is too short to tell its language (the user's Telegram language). */
  fallbackLanguage: Language;
}

/** Turns a question into an answer; pure and synchronous (the knowledge index is in memory). */
export interface Answerer {
  answer(question: string, request: AnswerRequest): BotAnswer;
  /** The card of one item, for buttons. */
  showItem(id: string, language: Language): BotAnswer | undefined;
}
