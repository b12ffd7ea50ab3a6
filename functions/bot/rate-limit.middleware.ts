import type { MiddlewareFn } from "grammy/web";
import type { RateLimiter } from "../storage/rate-limiter.js";
import type { BotContext } from "./context.js";

/**
 * Per-user limit (all chats) and per-group limit (Telegram allows a bot about 20 messages a minute in a group),
 * counted in DynamoDB so every Lambda instance sees the same numbers. Over the limit, a user is told once per
 * window; later updates are dropped quietly, but callback queries are still answered.
 */
export function rateLimitMiddleware(
  users: RateLimiter,
  groups: RateLimiter,
  exemptChatId?: number,
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    // The operators' chat is exempt: a busy hour there must not stop answers reaching users.
    if (!ctx.from || ctx.from.is_bot || (exemptChatId !== undefined && ctx.chat?.id === exemptChatId)) return next();
    const isGroup = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
    const decision = await users.hit(`user:${ctx.from.id}`);
    const groupDecision = isGroup && ctx.chat ? await groups.hit(`chat:${ctx.chat.id}`) : "allow";
    if (decision === "allow" && groupDecision === "allow") return next();
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: ctx.t("rate-limited") });
      return;
    }
    if (ctx.inlineQuery) {
      await ctx.answerInlineQuery([], { cache_time: 5, is_personal: true });
      return;
    }
    if (decision === "limit-notify" && ctx.chat?.type === "private") await ctx.reply(ctx.t("rate-limited"));
  };
}
