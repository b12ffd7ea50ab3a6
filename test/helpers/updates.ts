/** Builders of real Bot API update shapes for tests. */
let nextUpdateId = 1000;
let nextMessageId = 1;

export const TEST_USER = { id: 501, is_bot: false, first_name: "Айгуль", language_code: "ru" };

export function textUpdate(
  text: string,
  options: { chatId?: number; userId?: number; languageCode?: string; updateId?: number } = {},
) {
  const userId = options.userId ?? TEST_USER.id;
  return {
    update_id: options.updateId ?? nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: 1_764_000_000,
      chat: { id: options.chatId ?? userId, type: "private" as const, first_name: TEST_USER.first_name },
      from: { ...TEST_USER, id: userId, language_code: options.languageCode ?? TEST_USER.language_code },
      text,
      ...(text.startsWith("/")
        ? { entities: [{ type: "bot_command" as const, offset: 0, length: text.split(" ")[0]?.length ?? 0 }] }
        : {}),
    },
  };
}

export function callbackUpdate(data: string, options: { chatId?: number; userId?: number } = {}) {
  const userId = options.userId ?? TEST_USER.id;
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: `cb${nextUpdateId}`,
      from: { ...TEST_USER, id: userId },
      chat_instance: "ci",
      data,
      message: {
        message_id: nextMessageId++,
        date: 1_764_000_000,
        chat: { id: options.chatId ?? userId, type: "private" as const, first_name: TEST_USER.first_name },
        from: { id: 42, is_bot: true, first_name: "Bot" },
        text: "previous answer",
      },
    },
  };
}

export function stickerUpdate(options: { chatId?: number } = {}) {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: 1_764_000_000,
      chat: { id: options.chatId ?? TEST_USER.id, type: "private" as const, first_name: TEST_USER.first_name },
      from: TEST_USER,
      sticker: {
        file_id: "f",
        file_unique_id: "u",
        type: "regular",
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
      },
    },
  };
}
