import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Chat, InlineKeyboardButton, InlineQueryResultArticle, Message, Update } from "grammy/types";
import type { Bot } from "grammy/web";
import type { BotContext } from "../bot/context.js";

/** The simulated chats: you in private, a community group, and the operators' forum group. */
export const TERMINAL_CHAT_ID = 1;
export const TERMINAL_GROUP_ID = -1001;
export const TERMINAL_OPERATORS_CHAT_ID = -1002;
const OPERATOR = { id: 2, is_bot: false, first_name: "Operator", language_code: "ru" } as const;

export const TERMINAL_HELP = [
  "Type a question or a command (/start, /help, /menu, /wizard, /language, /consultant); a number presses a button.",
  "  >> text    a client's message forwarded to the bot (several in a row are merged)",
  "  @ query    inline mode (@bot query in any chat)",
  "  #g text    a message in a community group (write @bot to mention the bot)",
  "  #op text   an operator's reply in the latest consultant case topic",
  "  #file path send a file as a document (admins: a knowledge item .md becomes a draft; try /admin)",
  "Ctrl+D quits.",
].join("\n");

export interface TerminalChatOptions {
  bot: Bot<BotContext>;
  input: Readable;
  output: Writable;
  /** Telegram interface language of the simulated user. */
  languageCode?: string;
  /** ANSI bold/italic; off when the output is not a terminal. */
  colors?: boolean;
  /** Keeps a file the bot sent (export, stats chart) and returns where it is. */
  saveFile?: (name: string, data: Uint8Array) => Promise<string>;
}

/**
 * A chat with the real bot in the terminal: each line becomes a Telegram update, each Bot API call the bot makes
 * is printed instead of sent. Inline buttons are shown as numbered choices; typing the number presses it. Prefixes
 * simulate the other chats (see TERMINAL_HELP), so every flow can be tried without Telegram.
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { bot, input, output } = options;
  const colors = options.colors ?? false;
  const write = (text: string) => output.write(text);
  let buttons: { button: InlineKeyboardButton.CallbackButton; chatId: number; messageId: number }[] = [];
  let updateId = 1;
  let messageId = 1;
  let lastThreadId: number | undefined;
  let nextThreadId = 100;

  const chatLabel = (chatId: unknown, threadId: unknown) =>
    chatId === TERMINAL_OPERATORS_CHAT_ID
      ? `[operators' chat${threadId ? `, topic ${threadId}` : ""}] `
      : chatId === TERMINAL_GROUP_ID
        ? "[group] "
        : "";

  bot.api.config.use(async (_prev, method, payload) => {
    const body = payload as Record<string, unknown>;
    if (method === "sendMessage" || method === "editMessageText") {
      const id = method === "sendMessage" ? ++messageId : Number(body.message_id);
      const edited = method === "editMessageText" ? "(edited) " : "";
      write(
        `\n${chatLabel(body.chat_id, body.message_thread_id)}${edited}${renderHtml(String(body.text ?? ""), colors)}\n`,
      );
      if (body.chat_id === TERMINAL_OPERATORS_CHAT_ID && body.message_thread_id)
        lastThreadId = Number(body.message_thread_id);
      const keyboard = (body.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)
        ?.inline_keyboard;
      const callbackButtons = (keyboard?.flat() ?? []).filter(
        (button): button is InlineKeyboardButton.CallbackButton => "callback_data" in button,
      );
      if (callbackButtons.length > 0) {
        buttons = callbackButtons.map((button) => ({ button, chatId: Number(body.chat_id), messageId: id }));
        for (const [index, { button }] of buttons.entries()) write(`  [${index + 1}] ${button.text}\n`);
      }
      return { ok: true, result: message(id, Number(body.chat_id), String(body.text ?? "")) } as never;
    }
    if (method === "answerCallbackQuery" && body.text) write(`(${String(body.text)})\n`);
    if (method === "answerInlineQuery") {
      const results = body.results as InlineQueryResultArticle[];
      write(results.length === 0 ? "\n[inline] nothing found\n" : "\n[inline results]\n");
      for (const [index, result] of results.entries())
        write(`  ${index + 1}. ${result.title} — ${result.description ?? ""}\n`);
    }
    if (method === "getChat") {
      const id = Number(body.chat_id);
      return {
        ok: true,
        result: { id, type: "supergroup", title: "Operators", is_forum: id === TERMINAL_OPERATORS_CHAT_ID },
      } as never;
    }
    if (method === "createForumTopic") {
      return { ok: true, result: { message_thread_id: ++nextThreadId, name: body.name, icon_color: 0 } } as never;
    }
    if (method === "copyMessage") return { ok: true, result: { message_id: ++messageId } } as never;
    if (method === "getFile") {
      // The file id of a `#file` line is its local path; the file fetch of `npm start` reads it from disk.
      const fileId = String(body.file_id);
      return { ok: true, result: { file_id: fileId, file_unique_id: fileId, file_path: fileId } } as never;
    }
    if (method === "sendDocument" || method === "sendPhoto") {
      const file = (body.document ?? body.photo) as { filename?: string; fileData?: unknown } | undefined;
      const saved =
        options.saveFile && file?.fileData instanceof Uint8Array
          ? ` saved to ${await options.saveFile(file.filename ?? "file", file.fileData)}`
          : "";
      write(
        `\n[${method === "sendPhoto" ? "image" : "file"} ${file?.filename ?? ""}${saved}] ${String(body.caption ?? "")}\n`,
      );
      return { ok: true, result: message(++messageId, Number(body.chat_id), "") } as never;
    }
    return { ok: true, result: true } as never;
  });

  const user = {
    id: TERMINAL_CHAT_ID,
    is_bot: false as const,
    first_name: "You",
    language_code: options.languageCode ?? "ru",
  };
  const privateChat: Chat.PrivateChat = { id: TERMINAL_CHAT_ID, type: "private", first_name: "You" };
  const now = () => Math.floor(Date.now() / 1000);
  const textMessage = (chat: Chat, from: typeof user | typeof OPERATOR, text: string, extra: Partial<Message> = {}) =>
    ({
      message_id: ++messageId,
      date: now(),
      chat,
      from,
      text,
      ...(text.startsWith("/")
        ? { entities: [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]?.length ?? 0 }] }
        : {}),
      ...extra,
    }) as Message.TextMessage;

  const toUpdate = (line: string): Update | undefined => {
    const pressed = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
    if (pressed) {
      const chat: Chat =
        pressed.chatId === TERMINAL_CHAT_ID ? privateChat : { id: pressed.chatId, type: "supergroup", title: "Chat" };
      return {
        update_id: updateId++,
        callback_query: {
          id: String(updateId),
          from: pressed.chatId === TERMINAL_OPERATORS_CHAT_ID ? OPERATOR : user,
          chat_instance: "terminal",
          data: pressed.button.callback_data,
          message: { message_id: pressed.messageId, date: now(), chat, text: "" } as Message.TextMessage,
        },
      };
    }
    if (line.startsWith(">>")) {
      const text = line.slice(2).trim();
      return {
        update_id: updateId++,
        message: textMessage(privateChat, user, text, {
          forward_origin: { type: "hidden_user", date: now(), sender_user_name: "Client" },
        }),
      } as Update;
    }
    if (line.startsWith("@")) {
      return {
        update_id: updateId++,
        inline_query: { id: String(updateId), from: user, query: line.slice(1).trim(), offset: "" },
      };
    }
    if (line.startsWith("#g ")) {
      const text = line
        .slice(3)
        .trim()
        .replace(/@bot\b/i, `@${bot.botInfo.username}`);
      const mention = text.indexOf(`@${bot.botInfo.username}`);
      return {
        update_id: updateId++,
        message: textMessage({ id: TERMINAL_GROUP_ID, type: "supergroup", title: "NGO community" }, user, text, {
          ...(mention >= 0
            ? { entities: [{ type: "mention", offset: mention, length: bot.botInfo.username.length + 1 }] }
            : {}),
        }),
      } as Update;
    }
    if (line.startsWith("#file ")) {
      const filePath = line.slice(6).trim();
      return {
        update_id: updateId++,
        message: {
          message_id: ++messageId,
          date: now(),
          chat: privateChat,
          from: user,
          document: {
            file_id: filePath,
            file_unique_id: filePath,
            file_name: filePath.split("/").at(-1) ?? filePath,
            mime_type: "text/markdown",
          },
        },
      } as Update;
    }
    if (line.startsWith("#op ")) {
      if (lastThreadId === undefined) {
        write("(no consultant case yet: ask one with /consultant or the 🙋 button)\n");
        return undefined;
      }
      const chat: Chat = { id: TERMINAL_OPERATORS_CHAT_ID, type: "supergroup", title: "Operators", is_forum: true };
      return {
        update_id: updateId++,
        message: textMessage(chat, OPERATOR, line.slice(4).trim(), {
          message_thread_id: lastThreadId,
          is_topic_message: true,
        }),
      } as Update;
    }
    return { update_id: updateId++, message: textMessage(privateChat, user, line) } as Update;
  };

  write(`${TERMINAL_HELP}\n> `);
  for await (const rawLine of createInterface({ input, terminal: false })) {
    const line = rawLine.trim();
    const update = line ? toUpdate(line) : undefined;
    if (update) {
      try {
        await bot.handleUpdate(update);
      } catch (error) {
        write(`\n[error] ${(error as Error).message}\n`);
      }
    }
    write("\n> ");
  }
}

function message(id: number, chatId: number, text: string) {
  return { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, text };
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
