import type { Context, SessionFlavor } from "grammy/web";
import type { MessageArgs } from "../core/i18n/translator.js";
import type { Language } from "../core/knowledge/item-schema.js";
import type { SessionData } from "./session.js";

/** What every handler gets on top of grammY's context (set by the locale middleware). */
export interface LocaleFlavor {
  /** The language of the bot's own texts: the chosen one, else the user's Telegram language (fallback ru). */
  language: Language;
  /** A user-facing message in `language` (or another language when given). */
  t(key: string, args?: MessageArgs, language?: Language): string;
  /** The language the user chose with /language, if any (undefined outside chats). */
  chosenLanguage: Language | undefined;
}

export type BotContext = Context & SessionFlavor<SessionData> & LocaleFlavor;
