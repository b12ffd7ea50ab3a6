import { Composer, InlineKeyboard, InputFile } from "grammy/web";
import { groupQueue, type QueueGroup } from "../../../core/admin/question-queue.js";
import { LANGUAGES } from "../../../core/knowledge/item-schema.js";
import { renderDailyChart } from "../../../core/stats/render-daily-chart.js";
import { escapeHtml } from "../../../core/telegram/html.js";
import type { AuditLog } from "../../../storage/audit-log.js";
import type { CaseStore } from "../../../storage/case-store.js";
import type { FeedbackStore } from "../../../storage/feedback-store.js";
import type { KnowledgeAdmin } from "../../admin/knowledge-admin.js";
import type { Answerer } from "../../answerer.js";
import { CALLBACK, CALLBACK_PATTERN } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "./admin-knowledge.js";

/** Groups shown by /queue, biggest first. */
const SHOWN_GROUPS = 8;
/** Days in /stats. */
const STATS_DAYS = 14;
const TOP_ITEMS = 5;
/** Days listed one by one in the text (the chart shows all of them). */
const DAYS_LISTED = 7;

export interface AdminFeedbackDeps {
  admin: KnowledgeAdmin;
  answerer: Answerer;
  feedback: FeedbackStore;
  cases: CaseStore;
  audit: AuditLog;
}

/**
 * The feedback loop: the queue of declined questions and 👎 answers grouped by similar question (open the
 * closest item, turn the question into a draft paraphrase, or mark the group handled); an escalated case
 * turned into a draft with one button; statistics as text and a PNG chart.
 */
export function adminFeedbackFeature({
  admin,
  answerer,
  feedback,
  cases,
  audit,
}: AdminFeedbackDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  const loadGroups = async () => {
    const { entries, comments } = await feedback.queue();
    return groupQueue(entries, comments);
  };

  /** The item a group's question should be answered by: the one voted down, else the engine's best guess. */
  const closestItem = (group: QueueGroup): string | undefined =>
    group.itemId ?? answerer.search(group.question, { fallbackLanguage: group.language }, 1)[0]?.item?.id;

  const showQueue = async (ctx: BotContext) => {
    const groups = await loadGroups();
    if (groups.length === 0) return ctx.reply(ctx.t("admin-queue-empty"));
    const total = groups.reduce((sum, group) => sum + group.count, 0);
    await ctx.reply(ctx.t("admin-queue-title", { groups: groups.length, total }), { parse_mode: "HTML" });
    for (const group of groups.slice(0, SHOWN_GROUPS)) {
      const itemId = closestItem(group);
      const keyboard = new InlineKeyboard();
      if (itemId) {
        keyboard
          .text(ctx.t("admin-button-open"), CALLBACK.admin("qo", group.id))
          .text(ctx.t("admin-button-add-question"), CALLBACK.admin("qd", group.id));
      }
      keyboard.text(ctx.t("admin-button-handled"), CALLBACK.admin("qh", group.id));
      const lines = [
        ctx.t(group.kind === "declined" ? "admin-queue-declined" : "admin-queue-downvote", {
          count: group.count,
          language: group.language,
          date: group.lastAt.slice(0, 10),
        }),
        `«${escapeHtml(group.question.slice(0, 300))}»`,
        itemId
          ? ctx.t("admin-queue-closest", {
              title: escapeHtml(answerer.title(itemId, ctx.language) ?? itemId),
              id: itemId,
            })
          : ctx.t("admin-queue-no-closest"),
        ...group.comments.slice(0, 3).map((comment) => `💬 ${escapeHtml(comment.slice(0, 200))}`),
      ];
      await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
    }
  };

  const withGroup = async (ctx: BotContext, id: string, action: (group: QueueGroup) => Promise<unknown>) => {
    const group = (await loadGroups()).find((candidate) => candidate.id === id);
    if (!group) return ctx.reply(ctx.t("admin-queue-changed"));
    await action(group);
  };

  const showStats = async (ctx: BotContext) => {
    const days = await feedback.dailyStats(STATS_DAYS);
    const sum = (pick: (day: (typeof days)[number]) => number) => days.reduce((total, day) => total + pick(day), 0);
    const perLanguage = LANGUAGES.map((language) => {
      const answered = sum((day) => day.answered[language]);
      const declined = sum((day) => day.declined[language]);
      return `${language}: ${answered + declined} (${answered} ✅ / ${declined} ❔)`;
    });
    const answered = sum((day) => LANGUAGES.reduce((total, language) => total + day.answered[language], 0));
    const declined = sum((day) => LANGUAGES.reduce((total, language) => total + day.declined[language], 0));
    const up = sum((day) => day.up);
    const down = sum((day) => day.down);
    const top = await feedback.mostAnswered(TOP_ITEMS);
    const topLines = top.map(
      (id, index) => `${index + 1}. ${escapeHtml(answerer.title(id, ctx.language) ?? id)} (<code>${id}</code>)`,
    );
    const text = [
      ctx.t("admin-stats-title", { days: STATS_DAYS }),
      ctx.t("admin-stats-totals", {
        questions: answered + declined,
        answered,
        declined,
        rate: answered + declined === 0 ? 0 : Math.round((answered / (answered + declined)) * 100),
      }),
      perLanguage.join("\n"),
      // The last week day by day: answered/declined per language.
      `${ctx.t("admin-stats-days")}\n${days
        .slice(-DAYS_LISTED)
        .reverse()
        .map(
          (day) =>
            `${day.day.slice(5)}: ${LANGUAGES.map((language) => `${language} ${day.answered[language]}/${day.declined[language]}`).join(" · ")}`,
        )
        .join("\n")}`,
      ctx.t("admin-stats-votes", {
        up,
        down,
        ratio: up + down === 0 ? "–" : `${Math.round((up / (up + down)) * 100)}%`,
      }),
      ...(topLines.length > 0 ? [`${ctx.t("admin-stats-top")}\n${topLines.join("\n")}`] : []),
    ].join("\n\n");
    await ctx.reply(text, { parse_mode: "HTML" });
    const png = renderDailyChart({
      title: `Questions per day, last ${STATS_DAYS} days`,
      days: days.map((day) => ({
        label: day.day.slice(5),
        answered: LANGUAGES.reduce((total, language) => total + day.answered[language], 0),
        declined: LANGUAGES.reduce((total, language) => total + day.declined[language], 0),
      })),
    });
    await ctx.replyWithPhoto(new InputFile(png, "stats.png"), { caption: ctx.t("admin-stats-chart") });
  };

  feature.chatType("private").command("queue", showQueue);
  feature.chatType("private").command("stats", showStats);

  feature.callbackQuery(CALLBACK_PATTERN.admin, async (ctx, next) => {
    const verb = ctx.match[1];
    const argument = ctx.match[2] ?? "";
    switch (verb) {
      case "queue":
        await ctx.answerCallbackQuery();
        return showQueue(ctx);
      case "stats":
        await ctx.answerCallbackQuery();
        return showStats(ctx);
      case "qo":
        await ctx.answerCallbackQuery();
        return withGroup(ctx, argument, async (group) => {
          const itemId = closestItem(group);
          const card = itemId ? answerer.showItem(itemId, group.language) : undefined;
          if (!card) return ctx.reply(ctx.t("admin-queue-no-closest"));
          for (const html of card.html)
            await ctx.reply(html, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
        });
      case "qd":
        await ctx.answerCallbackQuery();
        return withGroup(ctx, argument, async (group) => {
          const itemId = closestItem(group);
          if (!itemId) return ctx.reply(ctx.t("admin-queue-no-closest"));
          const result = await admin.draftWithQuestion(itemId, group.language, group.question, actorOf(ctx));
          if (!result.ok) {
            return ctx.reply(
              ctx.t("admin-queue-draft-failed", { reason: escapeHtml(result.issues[0]?.message ?? "") }),
              {
                parse_mode: "HTML",
              },
            );
          }
          await feedback.markHandled(group.entries.map((entry) => entry.key));
          await audit.record({
            actor: actorOf(ctx),
            action: "queue.to-draft",
            target: itemId,
            details: `${group.count} entries`,
          });
          await ctx.reply(ctx.t("admin-queue-drafted", { id: itemId, language: group.language }), {
            parse_mode: "HTML",
          });
        });
      case "qh":
        await ctx.answerCallbackQuery();
        return withGroup(ctx, argument, async (group) => {
          await feedback.markHandled(group.entries.map((entry) => entry.key));
          await audit.record({
            actor: actorOf(ctx),
            action: "queue.handled",
            target: group.kind,
            details: `${group.count} entries, ${group.language}`,
          });
          await ctx.reply(ctx.t("admin-queue-handled", { count: group.count }));
        });
      case "cd": {
        const found = await cases.get(argument);
        if (!found) return ctx.answerCallbackQuery({ text: ctx.t("admin-case-unknown"), show_alert: true });
        const itemId =
          found.botItemId ?? answerer.search(found.question, { fallbackLanguage: found.language }, 1)[0]?.item?.id;
        if (!itemId) return ctx.answerCallbackQuery({ text: ctx.t("admin-queue-no-closest"), show_alert: true });
        const note = `case ${found.caseId}${found.lastAnswer ? `; operator's answer: ${found.lastAnswer}` : ""}`;
        const result = await admin.draftWithQuestion(itemId, found.language, found.question, actorOf(ctx), note);
        if (!result.ok) {
          return ctx.answerCallbackQuery({ text: result.issues[0]?.message ?? "", show_alert: true });
        }
        await audit.record({
          actor: actorOf(ctx),
          action: "case.to-draft",
          target: itemId,
          details: `case ${found.caseId}`,
        });
        await ctx.answerCallbackQuery({ text: ctx.t("admin-case-drafted", { id: itemId }), show_alert: true });
        return;
      }
      default:
        return next();
    }
  });
  return feature;
}
