import { Composer } from "grammy/web";
import type { BotContext } from "../context.js";
import { languageFromTelegram, MESSAGES } from "../messages.js";

/** /start and /help in the user's language. */
export function startFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("start", async (ctx) => {
    const language = ctx.session.language ?? languageFromTelegram(ctx.from?.language_code);
    await ctx.reply(MESSAGES[language].start, { parse_mode: "HTML" });
  });
  feature.command("help", async (ctx) => {
    const language = ctx.session.language ?? languageFromTelegram(ctx.from?.language_code);
    await ctx.reply(MESSAGES[language].help, { parse_mode: "HTML" });
  });
  return feature;
}
