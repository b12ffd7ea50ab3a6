import { Composer, InlineKeyboard } from "grammy/web";
import type { Answerer, BotAnswer } from "../answerer.js";
import type { BotContext } from "../context.js";
import { languageFromTelegram } from "../messages.js";

/** Callback data for "show item": `item:<id>`; ids are short slugs, so this stays far below 64 bytes. */
const ITEM_CALLBACK = /^item:([a-z0-9-]{1,58})$/;

/** A free-text question in a private chat gets an answer card; item buttons open other items. */
export function questionFeature(answerer: Answerer): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChats = feature.chatType("private");

  privateChats.on("message:text", async (ctx, next) => {
    if (ctx.message.text.startsWith("/")) return next();
    const answer = answerer.answer(ctx.message.text, {
      language: ctx.session.language,
      fallbackLanguage: languageFromTelegram(ctx.from.language_code),
    });
    if (answer.itemId) ctx.session.lastItemId = answer.itemId;
    await sendAnswer(ctx, answer);
  });

  feature.callbackQuery(ITEM_CALLBACK, async (ctx) => {
    const id = ctx.match[1] ?? "";
    const language = ctx.session.language ?? languageFromTelegram(ctx.from.language_code);
    const answer = answerer.showItem(id, language);
    await ctx.answerCallbackQuery();
    if (!answer) return;
    ctx.session.lastItemId = id;
    await sendAnswer(ctx, answer);
  });
  return feature;
}

async function sendAnswer(ctx: BotContext, answer: BotAnswer): Promise<void> {
  const keyboard = new InlineKeyboard();
  for (const link of answer.links.slice(0, 5)) keyboard.text(link.title, `item:${link.id}`).row();
  for (const [index, html] of answer.html.entries()) {
    const isLast = index === answer.html.length - 1;
    await ctx.reply(html, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(isLast && answer.links.length > 0 ? { reply_markup: keyboard } : {}),
    });
  }
}
