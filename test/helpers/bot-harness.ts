import type { Bot } from "grammy/web";
import type { BotContext } from "../../functions/bot/context.js";

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export const TEST_TOKEN = "123456:TEST-token-for-tests-only_abcdef";

/**
 * Installs a transformer that records every outgoing Bot API call and answers it like Telegram would,
 * without any network. Returns the live list of calls.
 */
export function recordApiCalls(bot: Bot<BotContext>): ApiCall[] {
  const calls: ApiCall[] = [];
  bot.api.config.use(async (_prev, method, payload) => {
    const body = (payload ?? {}) as Record<string, unknown>;
    calls.push({ method, payload: body });
    const result = method.startsWith("send")
      ? { message_id: calls.length, date: 1_764_000_000, chat: { id: body.chat_id, type: "private" }, text: body.text }
      : true;
    return { ok: true, result } as never;
  });
  return calls;
}

/** Texts of the sendMessage calls, in order. */
export function sentTexts(calls: ApiCall[]): string[] {
  return calls.filter((call) => call.method === "sendMessage").map((call) => String(call.payload.text));
}
