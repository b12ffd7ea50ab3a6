import * as z from "zod";

/**
 * Just enough of the Bot API `Update` shape to validate the webhook's input and route it; unknown fields are
 * kept (loose objects) so the worker sees the update exactly as Telegram sent it.
 */
const user = z.looseObject({ id: z.number().int(), is_bot: z.boolean(), first_name: z.string() });
const chat = z.looseObject({ id: z.number().int(), type: z.enum(["private", "group", "supergroup", "channel"]) });
const message = z.looseObject({ message_id: z.number().int(), date: z.number().int(), chat, from: user.optional() });
const callbackQuery = z.looseObject({
  id: z.string().min(1),
  from: user,
  message: z.looseObject({ chat }).optional(),
  data: z.string().optional(),
});
const inlineQuery = z.looseObject({ id: z.string().min(1), from: user, query: z.string() });
const chatMemberUpdated = z.looseObject({ chat, from: user, date: z.number().int() });

/** Update types the bot handles; anything else is acknowledged and ignored. */
export const SUPPORTED_UPDATE_TYPES = ["message", "callback_query", "inline_query", "my_chat_member"] as const;
export type SupportedUpdateType = (typeof SUPPORTED_UPDATE_TYPES)[number];

export const telegramUpdateSchema = z.looseObject({
  update_id: z.number().int().nonnegative(),
  message: message.optional(),
  edited_message: message.optional(),
  channel_post: message.optional(),
  edited_channel_post: message.optional(),
  callback_query: callbackQuery.optional(),
  inline_query: inlineQuery.optional(),
  my_chat_member: chatMemberUpdated.optional(),
});
export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;

/** Which supported payload the update carries, or undefined for types the bot ignores. */
export function supportedUpdateType(update: TelegramUpdate): SupportedUpdateType | undefined {
  return SUPPORTED_UPDATE_TYPES.find((type) => update[type] !== undefined);
}

/**
 * The FIFO ordering key: updates of one chat are handled one after another; inline queries (no chat) are
 * ordered per user.
 */
export function orderingKey(update: TelegramUpdate): string {
  const chatId = update.message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.my_chat_member?.chat.id;
  if (chatId !== undefined) return `chat-${chatId}`;
  const userId = update.callback_query?.from.id ?? update.inline_query?.from.id;
  return userId !== undefined ? `user-${userId}` : "other";
}
