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

type Origin =
  | { type: "user"; date: number; sender_user: { id: number; is_bot: false; first_name: string } }
  | { type: "hidden_user"; date: number; sender_user_name: string }
  | { type: "chat"; date: number; sender_chat: { id: number; type: "group"; title: string } }
  | { type: "channel"; date: number; chat: { id: number; type: "channel"; title: string }; message_id: number };

export const ORIGINS: Record<Origin["type"], Origin> = {
  user: { type: "user", date: 1_763_000_000, sender_user: { id: 900, is_bot: false, first_name: "Client" } },
  hidden_user: { type: "hidden_user", date: 1_763_000_000, sender_user_name: "Hidden Client" },
  chat: { type: "chat", date: 1_763_000_000, sender_chat: { id: -500, type: "group", title: "Clients" } },
  channel: { type: "channel", date: 1_763_000_000, chat: { id: -600, type: "channel", title: "News" }, message_id: 7 },
};

/** A message a consultant forwarded from a client. `date` in seconds decides whether forwards merge. */
export function forwardedUpdate(
  text: string,
  options: { origin?: Origin; date?: number; chatId?: number; mediaGroupId?: string; languageCode?: string } = {},
) {
  const chatId = options.chatId ?? 7001;
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: options.date ?? 1_764_000_000,
      chat: { id: chatId, type: "private" as const, first_name: "Consultant" },
      from: { id: chatId, is_bot: false, first_name: "Consultant", language_code: options.languageCode ?? "ru" },
      forward_origin: options.origin ?? ORIGINS.user,
      ...(options.mediaGroupId
        ? {
            media_group_id: options.mediaGroupId,
            photo: [{ file_id: "p", file_unique_id: "pu", width: 10, height: 10 }],
            caption: text,
          }
        : { text }),
    },
  };
}

/** A message in a group or supergroup, optionally replying to a message. */
export function groupUpdate(
  text: string,
  options: {
    chatId?: number;
    userId?: number;
    entities?: unknown[];
    replyTo?: unknown;
    threadId?: number;
    type?: "group" | "supergroup";
  } = {},
) {
  const userId = options.userId ?? TEST_USER.id;
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: 1_764_000_000,
      chat: {
        id: options.chatId ?? -100200,
        type: options.type ?? "supergroup",
        title: "НКО сообщество",
        ...(options.threadId ? { is_forum: true } : {}),
      },
      from: { ...TEST_USER, id: userId },
      text,
      ...(options.entities ? { entities: options.entities } : {}),
      ...(options.replyTo ? { reply_to_message: options.replyTo } : {}),
      ...(options.threadId ? { message_thread_id: options.threadId, is_topic_message: true } : {}),
    },
  };
}

export function inlineUpdate(query: string, languageCode = "ru") {
  return {
    update_id: nextUpdateId++,
    inline_query: {
      id: `iq${nextUpdateId}`,
      from: { ...TEST_USER, language_code: languageCode },
      query,
      offset: "",
      chat_type: "sender",
    },
  };
}
