import type { InlineQueryResultArticle } from "grammy/types";
import { Composer } from "grammy/web";
import type { FeedbackStore } from "../../storage/feedback-store.js";
import type { Answerer, BotAnswer } from "../answerer.js";
import type { BotContext } from "../context.js";
import { languageFromTelegram } from "../locale.middleware.js";

/** Telegram shows up to 50; ten well-chosen items are more useful in a chat. */
export const MAX_INLINE_RESULTS = 10;

/**
 * Inline mode (`@bot query` in any chat): matching items as articles whose message is the answer card, in the
 * query's language; an empty query shows the most asked items.
 */
export function inlineFeature(answerer: Answerer, feedback: FeedbackStore): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    const fallbackLanguage = languageFromTelegram(ctx.from.language_code);
    const answers = query
      ? answerer.search(query, { fallbackLanguage }, MAX_INLINE_RESULTS)
      : (await feedback.mostAnswered(MAX_INLINE_RESULTS))
          .map((id) => answerer.showItem(id, fallbackLanguage))
          .filter((answer): answer is BotAnswer => answer !== undefined);
    const results = answers.map(toArticle);
    await ctx.answerInlineQuery(results, {
      cache_time: query ? 300 : 60,
      ...(results.length === 0
        ? { button: { text: ctx.t("inline-not-found", undefined, fallbackLanguage), start_parameter: "inline" } }
        : {}),
    });
  });
  return feature;
}

function toArticle(answer: BotAnswer): InlineQueryResultArticle {
  const item = answer.item;
  if (!item) throw new Error("inline results are answered cards");
  const summary = item.summary[answer.language];
  return {
    type: "article",
    id: item.id,
    title: item.title[answer.language],
    description: summary.length > 120 ? `${summary.slice(0, 117)}…` : summary,
    input_message_content: {
      message_text: answer.html[0] ?? "",
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    },
  };
}
