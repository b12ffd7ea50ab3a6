import type { MiddlewareFn } from "grammy/web";
import type { Translator } from "../core/i18n/translator.js";
import type { Language } from "../core/knowledge/item-schema.js";
import type { BotContext } from "./context.js";

/** The user's Telegram interface language mapped to one of ours; Russian when unknown. */
export function languageFromTelegram(code: string | undefined): Language {
  const base = code?.toLowerCase().split("-")[0];
  return base === "kk" || base === "en" ? base : "ru";
}

/** Sets `ctx.language`, `ctx.chosenLanguage` and `ctx.t` for every update. */
export function localeMiddleware(translator: Translator): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    // Inline queries have no chat and so no session; their language comes from the query itself.
    const chosen = ctx.chat ? ctx.session.language : undefined;
    ctx.chosenLanguage = chosen;
    ctx.language = chosen ?? languageFromTelegram(ctx.from?.language_code);
    ctx.t = (key, args, language) => translator.t(language ?? ctx.language, key, args);
    return next();
  };
}
