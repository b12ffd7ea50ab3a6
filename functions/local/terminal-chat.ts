import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Bot } from "grammy/web";
import type { InlineKeyboardButton, Update } from "grammy/types";
import type { BotContext } from "../bot/context.js";

const CHAT_ID = 1;
const USER = { id: 1, is_bot: false, first_name: "You" } as const;

export interface TerminalChatOptions {
  bot: Bot<BotContext>;
  input: Readable;
  output: Writable;
  /** Telegram interface language of the simulated user. */
  languageCode?: string;
  /** ANSI bold/italic; off when the output is not a terminal. */
  colors?: boolean;
}

/**
 * A chat with the real bot in the terminal: each line becomes a Telegram update, each Bot API call the bot
 * makes is printed instead of sent. Inline buttons are shown as numbered choices; typing the number presses it.
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { bot, input, output } = options;
  const colors = options.colors ?? false;
  let buttons: InlineKeyboardButton.CallbackButton[] = [];
  let updateId = 1;
  let messageId = 1;

  bot.api.config.use(async (_prev, method, payload) => {
    const body = payload as Record<string, unknown>;
    if (method === "sendMessage" || method === "editMessageText") {
      output.write(`\n${renderHtml(String(body.text ?? ""), colors)}\n`);
      const keyboard = (body.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)
        ?.inline_keyboard;
      buttons = (keyboard?.flat() ?? []).filter(
        (button): button is InlineKeyboardButton.CallbackButton => "callback_data" in button,
      );
      for (const [index, button] of buttons.entries()) output.write(`  [${index + 1}] ${button.text}\n`);
    } else if (method === "answerCallbackQuery" && body.text) {
      output.write(`(${String(body.text)})\n`);
    }
    const result = method.startsWith("send")
      ? {
          message_id: ++messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: CHAT_ID, type: "private" },
          text: body.text,
        }
      : true;
    return { ok: true, result } as never;
  });

  const user = { ...USER, language_code: options.languageCode ?? "ru" };
  output.write("Type a question or a command (/start, /help); a number presses a button; Ctrl+D quits.\n> ");
  for await (const rawLine of createInterface({ input, terminal: false })) {
    const line = rawLine.trim();
    if (!line) {
      output.write("> ");
      continue;
    }
    const pressed = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
    const chat = { id: CHAT_ID, type: "private" as const, first_name: USER.first_name };
    const date = Math.floor(Date.now() / 1000);
    const update: Update = pressed
      ? {
          update_id: updateId++,
          callback_query: {
            id: String(updateId),
            from: user,
            chat_instance: "terminal",
            data: pressed.callback_data,
            message: { message_id: messageId, date, chat, text: "" },
          },
        }
      : {
          update_id: updateId++,
          message: {
            message_id: ++messageId,
            date,
            chat,
            from: user,
            text: line,
            ...(line.startsWith("/")
              ? { entities: [{ type: "bot_command", offset: 0, length: line.split(/\s/)[0]?.length ?? 0 }] }
              : {}),
          },
        };
    try {
      await bot.handleUpdate(update);
    } catch (error) {
      output.write(`\n[error] ${(error as Error).message}\n`);
    }
    output.write("\n> ");
  }
}

/** Telegram HTML → terminal text: bold/italic as ANSI (or plain), links as "text (url)", entities decoded. */
export function renderHtml(html: string, colors: boolean): string {
  const bold = colors ? ["\x1b[1m", "\x1b[22m"] : ["", ""];
  const italic = colors ? ["\x1b[3m", "\x1b[23m"] : ["", ""];
  return html
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, (_, url: string, text: string) => `${text} (${url})`)
    .replace(/<b>|<strong>/g, bold[0] as string)
    .replace(/<\/b>|<\/strong>/g, bold[1] as string)
    .replace(/<i>|<em>/g, italic[0] as string)
    .replace(/<\/i>|<\/em>/g, italic[1] as string)
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
