import { Composer } from "grammy/web";
import { maskPersonalData } from "../../core/privacy/mask-personal-data.js";
import type { FeedbackStore } from "../../storage/feedback-store.js";
import { CALLBACK_PATTERN } from "../callback-data.js";
import type { BotContext } from "../context.js";

/** 👍/👎 under answers; after 👎 the next text message is taken as an optional comment (/skip to decline). */
export function feedbackFeature(store: FeedbackStore): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.callbackQuery(CALLBACK_PATTERN.vote, async (ctx) => {
    const vote = ctx.match[1] as "up" | "down";
    const itemId = ctx.match[2] ?? "";
    await store.record(String(ctx.update.update_id), {
      kind: "vote",
      vote,
      itemId,
      language: ctx.language,
      question: ctx.session.lastQuestion ? maskPersonalData(ctx.session.lastQuestion) : undefined,
    });
    if (vote === "up") {
      await ctx.answerCallbackQuery({ text: ctx.t("feedback-thanks") });
      return;
    }
    await ctx.answerCallbackQuery();
    ctx.session.pendingFeedback = { itemId, question: ctx.session.lastQuestion };
    await ctx.reply(ctx.t("feedback-ask-comment"));
  });
  feature.command("skip", async (ctx, next) => {
    if (!ctx.session.pendingFeedback) return next();
    ctx.session.pendingFeedback = undefined;
    await ctx.reply(ctx.t("feedback-skip"));
  });
  feature.chatType("private").on("message:text", async (ctx, next) => {
    const pending = ctx.session.pendingFeedback;
    if (!pending || ctx.message.text.startsWith("/")) return next();
    ctx.session.pendingFeedback = undefined;
    await store.record(String(ctx.update.update_id), {
      kind: "comment",
      itemId: pending.itemId,
      language: ctx.language,
      question: pending.question ? maskPersonalData(pending.question) : undefined,
      comment: maskPersonalData(ctx.message.text.slice(0, 2000)),
    });
    await ctx.reply(ctx.t("feedback-comment-saved"));
  });
  return feature;
}
