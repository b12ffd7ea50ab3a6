import { Composer, InlineKeyboard } from "grammy/web";
import { TOPICS, type Topic } from "../../core/knowledge/item-schema.js";
import type { Answerer } from "../answerer.js";
import { CALLBACK, CALLBACK_PATTERN } from "../callback-data.js";
import type { BotContext } from "../context.js";

/** Items per page of a topic; Telegram shows long keyboards, but a short list is easier to scan. */
export const TOPIC_PAGE_SIZE = 8;

/** The topic menu as an inline keyboard, two topics per row. */
export function topicMenu(ctx: BotContext): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  TOPICS.forEach((topic, index) => {
    keyboard.text(ctx.t(`topic-${topic}`), CALLBACK.topic(topic));
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard;
}

/** /start, /help, /menu and the topic → item navigation. */
export function menuFeature(answerer: Answerer): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("start", (ctx) => ctx.reply(ctx.t("start"), { parse_mode: "HTML", reply_markup: topicMenu(ctx) }));
  feature.command("help", (ctx) => ctx.reply(ctx.t("help", { bot: ctx.me.username }), { parse_mode: "HTML" }));
  feature.command("menu", (ctx) => ctx.reply(ctx.t("menu-title"), { reply_markup: topicMenu(ctx) }));
  feature.callbackQuery(CALLBACK_PATTERN.menu, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("menu-title"), { reply_markup: topicMenu(ctx) });
  });
  feature.callbackQuery(CALLBACK_PATTERN.topic, (ctx) => showTopic(ctx, answerer, ctx.match[1] as Topic, 0, false));
  feature.callbackQuery(CALLBACK_PATTERN.topicPage, (ctx) =>
    showTopic(ctx, answerer, ctx.match[1] as Topic, Number(ctx.match[2]), true),
  );
  return feature;
}

async function showTopic(ctx: BotContext, answerer: Answerer, topic: Topic, page: number, edit: boolean) {
  await ctx.answerCallbackQuery();
  if (!TOPICS.includes(topic)) return;
  const items = answerer.topicItems(topic, ctx.language);
  if (items.length === 0) {
    await ctx.reply(ctx.t("topic-empty"));
    return;
  }
  const pages = Math.ceil(items.length / TOPIC_PAGE_SIZE);
  const current = Math.min(page, pages - 1);
  const keyboard = new InlineKeyboard();
  for (const item of items.slice(current * TOPIC_PAGE_SIZE, (current + 1) * TOPIC_PAGE_SIZE)) {
    keyboard.text(item.title, CALLBACK.item(item.id)).row();
  }
  if (current > 0) keyboard.text(ctx.t("page-previous"), CALLBACK.topicPage(topic, current - 1));
  if (current < pages - 1) keyboard.text(ctx.t("page-next"), CALLBACK.topicPage(topic, current + 1));
  keyboard.row().text(ctx.t("menu-button"), CALLBACK.menu());
  const text = ctx.t("topic-title", { topic: ctx.t(`topic-${topic}`) });
  if (edit) await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: keyboard });
  else await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard });
}
