import { Composer, InlineKeyboard } from "grammy/web";
import { maskPersonalData } from "../../core/privacy/mask-personal-data.js";
import { TELEGRAM_MESSAGE_LIMIT } from "../../core/telegram/html.js";
import type { FeedbackStore } from "../../storage/feedback-store.js";
import { questionForBot } from "../addressed.js";
import type { Answerer, BotAnswer } from "../answerer.js";
import { CALLBACK, CALLBACK_PATTERN } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { wizardReminder } from "./wizards.js";

/** Longer questions are cut for search (a forwarded essay would drown the signal); the user is told. */
export const MAX_QUESTION_CHARS = 1200;
/** Related-item buttons under an answer. */
const MAX_LINKS = 4;

/**
 * A free-text question (private chat, or a group message that mentions or replies to the bot) gets an answer
 * card with related-item, feedback and consultant buttons; item buttons open other items.
 */
export function questionFeature(answerer: Answerer, feedback: FeedbackStore): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.on(["message:text", "message:caption"], async (ctx, next) => {
    if ((ctx.message.text ?? "").startsWith("/")) return next();
    const question = questionForBot(ctx.message, ctx.me);
    if (question === undefined) return next();
    if (!question) return ctx.reply(ctx.t("help", { bot: ctx.me.username }), { parse_mode: "HTML" });
    const truncated = question.length > MAX_QUESTION_CHARS;
    const searchText = truncated ? question.slice(0, MAX_QUESTION_CHARS) : question;
    const previousItemId = ctx.session.lastItemId;
    const answer = answerer.answer(searchText, {
      language: ctx.chosenLanguage,
      fallbackLanguage: ctx.language,
      lastItemId: previousItemId,
    });
    ctx.session.lastQuestion = searchText;
    ctx.session.lastAnswer = { itemId: answer.item?.id, confidence: answer.confidence };
    await feedback.countQuestion(answer.language, answer.item !== undefined);
    if (answer.item) {
      ctx.session.lastItemId = answer.item.id;
      await feedback.countAnswer(answer.item.id);
    } else {
      await feedback.record(String(ctx.update.update_id), {
        kind: "declined",
        language: answer.language,
        question: maskPersonalData(searchText),
      });
    }
    const notes = [
      ...(truncated ? [ctx.t("long-question", undefined, answer.language)] : []),
      ...(answer.followUp && answer.item
        ? [
            ctx.t(
              "follow-up-note",
              { topic: answerer.title(previousItemId ?? "", answer.language) ?? "" },
              answer.language,
            ),
          ]
        : []),
    ];
    await sendAnswer(ctx, answer, notes);
    if (ctx.session.wizard && ctx.chat.type === "private") {
      await ctx.reply(ctx.t("wizard-note-free-text"));
      await wizardReminder(ctx);
    }
  });

  feature.callbackQuery(CALLBACK_PATTERN.item, async (ctx) => {
    const id = ctx.match[1] ?? "";
    const answer = answerer.showItem(id, ctx.language);
    await ctx.answerCallbackQuery();
    if (!answer?.item) return;
    ctx.session.lastItemId = id;
    await feedback.countAnswer(id);
    await sendAnswer(ctx, answer, []);
  });
  return feature;
}

/** Sends the card; the last message carries the buttons. Notes go above the card. */
export async function sendAnswer(ctx: BotContext, answer: BotAnswer, notes: string[]): Promise<void> {
  const language = answer.language;
  const keyboard = new InlineKeyboard();
  for (const link of answer.links.slice(0, MAX_LINKS)) keyboard.text(link.title, CALLBACK.item(link.id)).row();
  if (answer.item) {
    keyboard
      .text(ctx.t("feedback-up", undefined, language), CALLBACK.vote("up", answer.item.id))
      .text(ctx.t("feedback-down", undefined, language), CALLBACK.vote("down", answer.item.id));
  }
  if (ctx.chat?.type === "private")
    keyboard.text(ctx.t("ask-consultant", undefined, language), CALLBACK.askConsultant());
  const messages = [...answer.html];
  if (notes.length > 0) {
    const withNotes = `${notes.join("\n")}\n\n${messages[0] ?? ""}`;
    if (withNotes.length <= TELEGRAM_MESSAGE_LIMIT) messages[0] = withNotes;
    else messages.unshift(notes.join("\n"));
  }
  for (const [index, html] of messages.entries()) {
    const isLast = index === messages.length - 1;
    await ctx.reply(html, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(ctx.message && ctx.chat?.type !== "private"
        ? { reply_parameters: { message_id: ctx.message.message_id } }
        : {}),
      ...(isLast ? { reply_markup: keyboard } : {}),
    });
  }
}
