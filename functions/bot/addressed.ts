import type { Message, UserFromGetMe } from "grammy/types";

/**
 * The question a group message puts to the bot, or undefined when the message is not for the bot. In groups the
 * bot speaks only when mentioned (@bot …) or replied to; the mention itself is removed from the question.
 */
export function questionForBot(message: Message, me: UserFromGetMe): string | undefined {
  const text = message.text ?? message.caption ?? "";
  if (message.chat.type === "private") return text;
  const mention = `@${me.username}`.toLowerCase();
  const entities = message.entities ?? message.caption_entities ?? [];
  const mentioned = entities.some(
    (entity) =>
      (entity.type === "mention" &&
        text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === mention) ||
      (entity.type === "text_mention" && entity.user.id === me.id),
  );
  const repliedToBot = message.reply_to_message?.from?.id === me.id;
  if (!mentioned && !repliedToBot) return undefined;
  return text
    .replace(new RegExp(`@${me.username}\\b`, "gi"), " ")
    .replace(/\s+/g, " ")
    .trim();
}
