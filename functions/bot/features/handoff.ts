import type { Message } from "grammy/types";
import { Composer, GrammyError, InlineKeyboard } from "grammy/web";
import type { Language } from "../../core/knowledge/item-schema.js";
import { maskPersonalData } from "../../core/privacy/mask-personal-data.js";
import { escapeHtml } from "../../core/telegram/html.js";
import type { Case, CaseStore } from "../../storage/case-store.js";
import type { Answerer, BotAnswer } from "../answerer.js";
import { CALLBACK, CALLBACK_PATTERN } from "../callback-data.js";
import type { BotContext } from "../context.js";

export interface OperatorsSettings {
  /** The operators' supergroup; cases are not delivered anywhere without it. */
  chatId?: number;
  /** Language of the texts the bot writes in the operators' chat. */
  language: Language;
}

/** How much of an operator's answer is kept with the case for the admins (the user got all of it). */
const MAX_STORED_ANSWER_CHARS = 1500;

/** Case numbers are the update id in base 36: short, unique, and the same on every retry of that update. */
export function caseIdFor(updateId: number): string {
  return updateId.toString(36);
}

/**
 * "Ask a consultant": the user's question becomes a case (open → answered → closed) delivered to the operators'
 * chat — one forum topic per case where the group has topics, one message otherwise. An operator's reply in the
 * topic (or to the case message) is sent to the user; the close button ends the case. Every step is recorded
 * before the next, so a retried update neither loses nor repeats a delivery.
 */
export function handoffFeature(
  answerer: Answerer,
  cases: CaseStore,
  operators: OperatorsSettings,
): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const isOperatorsChat = (ctx: BotContext) => operators.chatId !== undefined && ctx.chat?.id === operators.chatId;

  const openCase = async (ctx: BotContext, question: string) => {
    // The operator sees what the bot would have answered: the last answer, or a fresh search.
    const answered =
      ctx.session.lastQuestion === question
        ? { botItemId: ctx.session.lastAnswer?.itemId, confidence: ctx.session.lastAnswer?.confidence }
        : botGuess(answerer.answer(question, { fallbackLanguage: ctx.language }));
    const created = await cases.create({
      caseId: caseIdFor(ctx.update.update_id),
      userChatId: ctx.chat?.id ?? 0,
      language: ctx.language,
      question: maskPersonalData(question.slice(0, 3000)),
      ...answered,
    });
    if (operators.chatId === undefined) {
      await ctx.reply(ctx.t("consultant-unavailable", { case: created.caseId }), { parse_mode: "HTML" });
      return;
    }
    if (created.caseMessageId === undefined) await deliver(ctx, created, operators.chatId);
    await ctx.reply(ctx.t("consultant-created", { case: created.caseId }), { parse_mode: "HTML" });
  };

  const deliver = async (ctx: BotContext, item: Case, chatId: number) => {
    const t = (key: string, args?: Record<string, string | number>) => ctx.t(key, args, operators.language);
    const title = item.botItemId ? answerer.title(item.botItemId, operators.language) : undefined;
    const card = t("case-card", {
      case: item.caseId,
      language: item.language,
      question: escapeHtml(item.question),
      bot: title
        ? t("case-bot-answered", { title: escapeHtml(title), confidence: Math.round((item.confidence ?? 0) * 100) })
        : t("case-bot-declined"),
    });
    let threadId = item.threadId;
    if (threadId === undefined && (await isForum(ctx, chatId))) {
      const preview = item.question.replace(/\s+/g, " ").slice(0, 40);
      const topic = await ctx.api.createForumTopic(
        chatId,
        t("case-topic-name", { case: item.caseId, language: item.language, preview }).slice(0, 128),
      );
      threadId = topic.message_thread_id;
      await cases.recordThread(item.caseId, chatId, threadId);
    }
    const message = await ctx.api.sendMessage(chatId, card, {
      parse_mode: "HTML",
      ...(threadId ? { message_thread_id: threadId } : {}),
      reply_markup: new InlineKeyboard()
        .text(t("case-close"), CALLBACK.closeCase(item.caseId))
        .text(t("case-to-draft"), CALLBACK.caseToDraft(item.caseId)),
    });
    await cases.recordDelivery(item.caseId, { operatorChatId: chatId, threadId, caseMessageId: message.message_id });
  };

  // The user's side (private chats).
  const privateChats = feature.chatType("private");
  privateChats.command("consultant", async (ctx) => {
    const text = ctx.match.trim();
    if (text) return openCase(ctx, text);
    ctx.session.awaitingConsultantQuestion = true;
    await ctx.reply(ctx.t("consultant-prompt"));
  });
  privateChats.callbackQuery(CALLBACK_PATTERN.askConsultant, async (ctx) => {
    await ctx.answerCallbackQuery();
    const question = ctx.session.lastQuestion;
    if (question) return openCase(ctx, question);
    ctx.session.awaitingConsultantQuestion = true;
    await ctx.reply(ctx.t("consultant-prompt"));
  });
  privateChats.on("message:text", async (ctx, next) => {
    if (!ctx.session.awaitingConsultantQuestion || ctx.message.text.startsWith("/")) return next();
    ctx.session.awaitingConsultantQuestion = undefined;
    await openCase(ctx, ctx.message.text);
  });

  // The operators' side.
  feature.callbackQuery(CALLBACK_PATTERN.closeCase, async (ctx, next) => {
    if (!isOperatorsChat(ctx)) return next();
    await ctx.answerCallbackQuery();
    await closeCase(ctx, ctx.match[1] ?? "");
  });
  feature.on("message", async (ctx, next) => {
    if (!isOperatorsChat(ctx) || ctx.from?.is_bot) return next();
    const found = await cases.findByOperatorMessage(
      ctx.chat.id,
      ctx.message.is_topic_message ? ctx.message.message_thread_id : undefined,
      ctx.message.reply_to_message?.message_id,
    );
    if (!found) return;
    if (ctx.message.text?.startsWith("/close")) return closeCase(ctx, found.caseId);
    if (ctx.message.text?.startsWith("/")) return;
    await relay(ctx, found, ctx.message);
  });

  const relay = async (ctx: BotContext, item: Case, message: Message) => {
    const t = (key: string) => ctx.t(key, { case: item.caseId }, operators.language);
    if (item.status === "closed") {
      await ctx.reply(t("case-already-closed"), { reply_parameters: { message_id: message.message_id } });
      return;
    }
    if ((await cases.claimRelay(message.chat.id, message.message_id)) === "done") return;
    const header = ctx.t("consultant-reply", { case: item.caseId }, item.language);
    if (message.text) {
      await ctx.api.sendMessage(item.userChatId, `${header}\n\n${escapeHtml(message.text)}`, { parse_mode: "HTML" });
    } else {
      await ctx.api.sendMessage(item.userChatId, header, { parse_mode: "HTML" });
      await ctx.api.copyMessage(item.userChatId, message.chat.id, message.message_id);
    }
    const answerText = message.text ?? message.caption;
    await cases.completeRelay(
      item.caseId,
      message.chat.id,
      message.message_id,
      answerText ? maskPersonalData(answerText).slice(0, MAX_STORED_ANSWER_CHARS) : undefined,
    );
  };

  const closeCase = async (ctx: BotContext, caseId: string) => {
    const item = await cases.get(caseId);
    if (!item) return;
    if (await cases.close(caseId)) {
      await ctx.api.sendMessage(item.userChatId, ctx.t("consultant-closed", { case: caseId }, item.language), {
        parse_mode: "HTML",
      });
      await ctx.reply(ctx.t("case-closed-operator", { case: caseId }, operators.language), {
        ...(item.threadId ? { message_thread_id: item.threadId } : {}),
      });
    }
  };
  return feature;
}

function botGuess(answer: BotAnswer): { botItemId?: string; confidence?: number } {
  return answer.item ? { botItemId: answer.item.id, confidence: answer.confidence } : {};
}

/** Whether the operators' group has topics; a failed lookup means "no" (plain messages always work). */
async function isForum(ctx: BotContext, chatId: number): Promise<boolean> {
  try {
    const chat = await ctx.api.getChat(chatId);
    return "is_forum" in chat && chat.is_forum === true;
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 400) return false;
    throw error;
  }
}
