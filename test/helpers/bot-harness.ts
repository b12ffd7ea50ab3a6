import type { Bot } from "grammy/web";
import type { BotContext } from "../../functions/bot/context.js";

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export const TEST_TOKEN = "123456:TEST-token-for-tests-only_abcdef";

/** Custom results per Bot API method (e.g. getChat of a forum group); the default mimics Telegram. */
export type ApiResponses = Record<string, (payload: Record<string, unknown>) => unknown>;

/**
 * Installs a transformer that records every outgoing Bot API call and answers it like Telegram would,
 * without any network. Returns the live list of calls.
 */
export function recordApiCalls(bot: Bot<BotContext>, responses: ApiResponses = {}): ApiCall[] {
  const calls: ApiCall[] = [];
  bot.api.config.use(async (_prev, method, payload) => {
    const body = (payload ?? {}) as Record<string, unknown>;
    calls.push({ method, payload: body });
    const custom = responses[method];
    const result = custom
      ? custom(body)
      : method.startsWith("send") || method === "copyMessage"
        ? {
            message_id: 10_000 + calls.length,
            date: 1_764_000_000,
            chat: { id: body.chat_id, type: "private" },
            text: body.text,
          }
        : true;
    return { ok: true, result } as never;
  });
  return calls;
}

/** Texts of the sendMessage calls, in order. */
export function sentTexts(calls: ApiCall[]): string[] {
  return calls.filter((call) => call.method === "sendMessage").map((call) => String(call.payload.text));
}

/** Callback data of every inline button in a call's reply_markup. */
export function buttonData(call: ApiCall | undefined): string[] {
  const markup = call?.payload.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? [])
    .flat()
    .flatMap((button) => (button.callback_data ? [button.callback_data] : []));
}

/** Button labels of a call's reply_markup. */
export function buttonTexts(call: ApiCall | undefined): string[] {
  const markup = call?.payload.reply_markup as { inline_keyboard?: { text: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((button) => button.text);
}

/** The sendMessage calls. */
export function sentMessages(calls: ApiCall[]): ApiCall[] {
  return calls.filter((call) => call.method === "sendMessage");
}
