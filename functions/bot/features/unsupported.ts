import { Composer } from "grammy/web";
import type { BotContext } from "../context.js";

/**
 * Last in the chain: a polite hint for private messages the bot cannot read (stickers, voice, photos without a
 * caption, documents); every callback query nobody handled is still answered, so no button spins forever.
 */
export function unsupportedFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType("private").on("message", async (ctx) => {
    if (ctx.message.text?.startsWith("/"))
      return ctx.reply(ctx.t("help", { bot: ctx.me.username }), { parse_mode: "HTML" });
    await ctx.reply(ctx.t("unsupported"));
  });
  feature.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  return feature;
}
