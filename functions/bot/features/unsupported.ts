import { Composer } from "grammy/web";
import type { BotContext } from "../context.js";
import { languageFromTelegram, MESSAGES } from "../messages.js";

/** Last in the chain: a polite hint for non-text private messages; every unhandled callback is answered. */
export function unsupportedFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType("private").on("message", async (ctx) => {
    if (ctx.message.text?.startsWith("/")) return;
    const language = ctx.session.language ?? languageFromTelegram(ctx.from.language_code);
    await ctx.reply(MESSAGES[language].unsupported);
  });
  feature.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  return feature;
}
