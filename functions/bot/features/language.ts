import { Composer, InlineKeyboard } from "grammy/web";
import { LANGUAGES, type Language } from "../../core/knowledge/item-schema.js";
import { CALLBACK, CALLBACK_PATTERN } from "../callback-data.js";
import type { BotContext } from "../context.js";

const LANGUAGE_NAMES: Record<Language, string> = { ru: "Русский", kk: "Қазақша", en: "English" };

/** /language: choose the answer language (or automatic, by the question's language); remembered per chat. */
export function languageFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("language", async (ctx) => {
    const keyboard = new InlineKeyboard();
    for (const language of LANGUAGES) keyboard.text(LANGUAGE_NAMES[language], CALLBACK.language(language));
    keyboard.row().text(ctx.t("language-auto"), CALLBACK.language("auto"));
    await ctx.reply(ctx.t("language-prompt"), { reply_markup: keyboard });
  });
  feature.callbackQuery(CALLBACK_PATTERN.language, async (ctx) => {
    const choice = ctx.match[1] as Language | "auto";
    await ctx.answerCallbackQuery();
    if (choice === "auto") {
      ctx.session.language = undefined;
      await ctx.reply(ctx.t("language-auto-set"));
      return;
    }
    ctx.session.language = choice;
    ctx.language = choice;
    await ctx.reply(ctx.t("language-set"));
  });
  return feature;
}
