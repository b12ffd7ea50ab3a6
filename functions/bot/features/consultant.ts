import type { Message } from "grammy/types";
import { Composer } from "grammy/web";
import { escapeHtml } from "../../core/telegram/html.js";
import type { Answerer, BotAnswer } from "../answerer.js";
import type { BotContext } from "../context.js";
import type { SessionData } from "../session.js";
import { MAX_QUESTION_CHARS } from "./question.js";

/** Forwards arriving within this time of the previous one belong to the same client question. */
export const FORWARD_WINDOW_SECONDS = 20;

/**
 * Consultants forward a client's messages (any `forward_origin`: user, hidden user, chat, channel; albums by
 * `media_group_id`). Messages that arrive together are merged into one question and answered once: the first
 * forward gets the reply, later ones in the window edit that reply. The reply has two parts: a client-ready answer
 * in the client's language, and notes for the consultant in the consultant's language.
 */
export function consultantFeature(answerer: Answerer, today: () => string): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType("private").on("message", async (ctx, next) => {
    const message = ctx.message as Message;
    if (!message.forward_origin) return next();
    const text = (message.text ?? message.caption ?? "").trim();
    const batch = ctx.session.forwardBatch;
    const joins = batch !== undefined && belongsToBatch(batch, message);
    if (!text) {
      if (!joins) await ctx.reply(ctx.t("forward-no-text"));
      return;
    }
    const texts = joins ? [...batch.texts, text] : [text];
    const question = texts.join("\n\n").slice(0, MAX_QUESTION_CHARS);
    // The client's language comes from the client's text, never from the consultant's settings.
    const answer = answerer.answer(question, { fallbackLanguage: ctx.language });
    const parts = [...answer.html, consultantNotes(ctx, answer, texts.length, today())];

    const previous = joins ? batch.replyMessageIds : [];
    const ids: number[] = [];
    for (const [index, html] of parts.entries()) {
      const existing = previous[index];
      if (existing !== undefined) {
        await ctx.api
          .editMessageText(ctx.chat.id, existing, html, {
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
          })
          .catch((error: unknown) => {
            // Editing to identical text is refused by Telegram; the message is already right.
            if (!String((error as Error).message).includes("message is not modified")) throw error;
          });
        ids.push(existing);
      } else {
        const sent = await ctx.reply(html, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
        ids.push(sent.message_id);
      }
    }
    for (const extra of previous.slice(parts.length)) await ctx.api.deleteMessage(ctx.chat.id, extra);
    ctx.session.forwardBatch = {
      texts,
      lastAt: message.date * 1000,
      replyMessageIds: ids,
      mediaGroupIds: [
        ...new Set([
          ...(joins ? batch.mediaGroupIds : []),
          ...(message.media_group_id ? [message.media_group_id] : []),
        ]),
      ],
    };
    if (answer.item) ctx.session.lastItemId = answer.item.id;
  });
  return feature;
}

function belongsToBatch(batch: NonNullable<SessionData["forwardBatch"]>, message: Message): boolean {
  if (message.media_group_id && batch.mediaGroupIds.includes(message.media_group_id)) return true;
  return message.date * 1000 - batch.lastAt <= FORWARD_WINDOW_SECONDS * 1000;
}

/** Short notes for the consultant: which item, how sure, verified when, what to double-check. */
function consultantNotes(ctx: BotContext, answer: BotAnswer, merged: number, today: string): string {
  const lines = [
    ctx.t("notes-title"),
    ctx.t("notes-merged", { count: merged }),
    ctx.t("notes-language", { language: answer.language }),
  ];
  const item = answer.item;
  if (item) {
    lines.push(
      ctx.t("notes-item", {
        title: escapeHtml(item.title[ctx.language]),
        id: item.id,
        confidence: Math.round(answer.confidence * 100),
      }),
      ctx.t("notes-verified", { verified: item.verified_on, due: item.review_due }),
    );
    if (item.review_due < today) lines.push(ctx.t("notes-stale"));
    const sources = [...new Set(answer.citations.map((citation) => citation.url))];
    if (sources.length > 0) lines.push(ctx.t("notes-sources", { sources: sources.join(", ") }));
  } else if (answer.links.length > 0) {
    lines.push(ctx.t("notes-declined", { topics: answer.links.map((link) => escapeHtml(link.title)).join("; ") }));
  } else {
    lines.push(ctx.t("notes-declined-none"));
  }
  lines.push(`<i>${ctx.t("notes-advice")}</i>`);
  return lines.join("\n");
}
