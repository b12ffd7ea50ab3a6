import { Composer, InlineKeyboard, InputFile } from "grammy/web";
import type { RegressionReport } from "../../../core/admin/regression-run.js";
import { formatIssue } from "../../../core/knowledge/check-knowledge.js";
import type { KnowledgeIssue } from "../../../core/knowledge/parse-item.js";
import { escapeHtml, splitHtmlMessage } from "../../../core/telegram/html.js";
import type { AuditLog } from "../../../storage/audit-log.js";
import { KnowledgeConflictError } from "../../../storage/knowledge-store.js";
import { type KnowledgeAdmin, MAX_ITEM_BYTES, MIN_REASON_CHARS } from "../../admin/knowledge-admin.js";
import { CALLBACK, CALLBACK_PATTERN } from "../../callback-data.js";
import type { BotContext } from "../../context.js";
import { isAdmin } from "./admin-gate.js";

/** Downloads a file the user sent (Bot API getFile path), refusing anything larger than `maxBytes`. */
export type FileDownloader = (filePath: string, maxBytes: number) => Promise<Uint8Array>;

/** Items per page of /items: 20 lines stay well inside one Telegram message. */
const ITEMS_PER_PAGE = 20;
/** Failures listed in a report; the rest are counted. */
const LISTED_FAILURES = 12;
/** File names an upload may have: Markdown (or plain text holding Markdown). */
const UPLOAD_NAME = /\.(md|markdown|txt)$/i;
const UPLOAD_TYPES = new Set(["text/markdown", "text/x-markdown", "text/plain", "application/octet-stream"]);

export interface AdminKnowledgeDeps {
  admin: KnowledgeAdmin;
  audit: AuditLog;
  adminIds: ReadonlySet<number>;
  download: FileDownloader;
  today: () => string;
}

/**
 * The admins' knowledge workflow in a private chat: menu, item list and search, one item with its status and
 * history, drafts (uploaded .md file or pasted text), the regression run, publish (blocked on regressions
 * unless confirmed with a reason), rollback, stale items and the audit log.
 */
export function adminKnowledgeFeature({
  admin,
  audit,
  adminIds,
  download,
  today,
}: AdminKnowledgeDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const admins = feature.chatType("private").filter((ctx) => isAdmin(ctx, adminIds));

  const menu = async (ctx: BotContext) => {
    const keyboard = new InlineKeyboard()
      .text(ctx.t("admin-button-items"), CALLBACK.admin("items", "0"))
      .text(ctx.t("admin-button-drafts"), CALLBACK.admin("drafts"))
      .row()
      .text(ctx.t("admin-button-testall"), CALLBACK.admin("test"))
      .text(ctx.t("admin-button-publish"), CALLBACK.admin("pub"))
      .row()
      .text(ctx.t("admin-button-stale"), CALLBACK.admin("stale"))
      .text(ctx.t("admin-button-queue"), CALLBACK.admin("queue"))
      .row()
      .text(ctx.t("admin-button-stats"), CALLBACK.admin("stats"))
      .text(ctx.t("admin-button-audit"), CALLBACK.admin("audit"));
    await ctx.reply(ctx.t("admin-menu"), { parse_mode: "HTML", reply_markup: keyboard });
  };

  const listItems = async (ctx: BotContext, query: string, page: number) => {
    const needle = query.toLowerCase();
    const all = (await admin.items()).filter(
      (item) =>
        !needle ||
        item.id.includes(needle) ||
        Object.values(item.title).some((title) => title.toLowerCase().includes(needle)),
    );
    if (all.length === 0) return ctx.reply(ctx.t("admin-items-none"));
    const shown = all.slice(page * ITEMS_PER_PAGE, (page + 1) * ITEMS_PER_PAGE);
    const lines = shown.map(
      (item) =>
        `${item.stale ? "⚠️" : item.revision > 0 ? "✅" : "🆕"}${item.hasDraft ? "✏️" : ""} <code>${item.id}</code> r${item.revision} — ${escapeHtml(item.title[ctx.language])}`,
    );
    const keyboard = new InlineKeyboard();
    if (!query && page > 0) keyboard.text(ctx.t("page-previous"), CALLBACK.admin("items", String(page - 1)));
    if (!query && (page + 1) * ITEMS_PER_PAGE < all.length) {
      keyboard.text(ctx.t("page-next"), CALLBACK.admin("items", String(page + 1)));
    }
    await ctx.reply(
      `${ctx.t("admin-items-title", { count: all.length })}\n${lines.join("\n")}\n\n${ctx.t("admin-items-hint")}`,
      { parse_mode: "HTML", reply_markup: keyboard },
    );
  };

  const showItem = async (ctx: BotContext, id: string) => {
    const { item, live, draft } = await admin.item(id);
    if (!item && !draft) return ctx.reply(ctx.t("admin-item-unknown", { id }));
    const revisions = await admin.history(id);
    const status = [
      item ? ctx.t("admin-item-live", { revision: live?.revision ?? 0 }) : ctx.t("admin-item-not-live"),
      ...(item && item.review_due < today() ? [ctx.t("admin-item-stale", { date: item.review_due })] : []),
      ...(draft ? [ctx.t("admin-item-draft", { author: draft.author, at: draft.updatedAt.slice(0, 16) })] : []),
    ];
    const title = item?.title[ctx.language] ?? id;
    const history = revisions
      .slice(0, 5)
      .map((revision) => revisionLine(revision))
      .join("\n");
    const keyboard = new InlineKeyboard()
      .text(ctx.t("admin-button-export"), CALLBACK.admin("exp", id))
      .text(ctx.t("admin-button-history"), CALLBACK.admin("hist", id));
    if (draft) keyboard.row().text(ctx.t("admin-button-discard"), CALLBACK.admin("dx", id));
    await ctx.reply(
      [
        `<b>${escapeHtml(title)}</b> (<code>${id}</code>)`,
        status.join("\n"),
        ...(item ? [ctx.t("admin-item-dates", { verified: item.verified_on, due: item.review_due })] : []),
        ...(draft?.note ? [`${ctx.t("admin-item-note")}\n${escapeHtml(draft.note)}`] : []),
        ...(history ? [`${ctx.t("admin-history-title")}\n${history}`] : []),
      ].join("\n\n"),
      { parse_mode: "HTML", reply_markup: keyboard },
    );
  };

  const exportItem = async (ctx: BotContext, id: string) => {
    const { live, draft } = await admin.item(id);
    for (const [label, text] of [
      ["live", live?.markdown],
      ["draft", draft?.markdown],
    ] as const) {
      if (!text) continue;
      await ctx.replyWithDocument(new InputFile(new TextEncoder().encode(text), `${id}.${label}.md`), {
        caption: ctx.t(label === "live" ? "admin-export-live" : "admin-export-draft", { id }),
      });
    }
  };

  const showHistory = async (ctx: BotContext, id: string) => {
    const revisions = await admin.history(id);
    if (revisions.length === 0) return ctx.reply(ctx.t("admin-item-unknown", { id }));
    const lines = revisions.slice(0, 15).map((revision) => revisionLine(revision));
    await replyLong(
      ctx,
      `${ctx.t("admin-history-title")}\n${lines.join("\n")}\n\n${ctx.t("admin-rollback-hint", { id })}`,
    );
  };

  const showDrafts = async (ctx: BotContext) => {
    const drafts = await admin.drafts();
    if (drafts.length === 0) return ctx.reply(ctx.t("admin-drafts-none"), { parse_mode: "HTML" });
    const keyboard = new InlineKeyboard();
    for (const draft of drafts) keyboard.text(`🗑 ${draft.id}`, CALLBACK.admin("dx", draft.id)).row();
    keyboard.text(ctx.t("admin-button-testall"), CALLBACK.admin("test"));
    keyboard.text(ctx.t("admin-button-publish"), CALLBACK.admin("pub"));
    const lines = drafts.map(
      (draft) =>
        `✏️ <code>${draft.id}</code> ${escapeHtml(draft.author)} ${draft.updatedAt.slice(0, 16)}${draft.baseRevision === 0 ? " 🆕" : ` (r${draft.baseRevision})`}`,
    );
    await ctx.reply(`${ctx.t("admin-drafts-title", { count: drafts.length })}\n${lines.join("\n")}`, {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
  };

  const discard = async (ctx: BotContext, id: string) => {
    const done = await admin.discardDraft(id, actorOf(ctx));
    await ctx.reply(ctx.t(done ? "admin-draft-discarded" : "admin-draft-none-for", { id }));
  };

  const saveDraft = async (ctx: BotContext, markdown: string) => {
    const result = await admin.saveDraft(markdown, actorOf(ctx));
    if (!result.ok) return replyLong(ctx, `${ctx.t("admin-draft-invalid")}\n${issueLines(result.issues)}`);
    const keyboard = new InlineKeyboard()
      .text(ctx.t("admin-button-testall"), CALLBACK.admin("test"))
      .text(ctx.t("admin-button-publish"), CALLBACK.admin("pub"));
    await ctx.reply(
      ctx.t(result.isNew ? "admin-draft-saved-new" : "admin-draft-saved", {
        id: result.draft.id,
        changes: escapeHtml(result.changes.join(", ") || "–"),
      }),
      { parse_mode: "HTML", reply_markup: keyboard },
    );
  };

  const testAll = async (ctx: BotContext) => {
    await ctx.reply(ctx.t("admin-testall-running"));
    const { report, drafts } = await admin.testAll();
    await replyLong(ctx, formatReport(ctx, report, drafts.length));
  };

  const publish = async (ctx: BotContext, reason: string) => {
    if ((await admin.drafts()).length > 0) await ctx.reply(ctx.t("admin-testall-running"));
    let result: Awaited<ReturnType<KnowledgeAdmin["publish"]>>;
    try {
      result = await admin.publish(actorOf(ctx), reason || undefined);
    } catch (error) {
      if (error instanceof KnowledgeConflictError) return ctx.reply(ctx.t("admin-publish-conflict"));
      throw error;
    }
    switch (result.status) {
      case "nothing":
        return ctx.reply(ctx.t("admin-drafts-none"), { parse_mode: "HTML" });
      case "not-imported":
        return ctx.reply(ctx.t("admin-not-imported"));
      case "too-many":
        return ctx.reply(ctx.t("admin-publish-too-many", { count: result.count }));
      case "outdated":
        return ctx.reply(
          ctx.t("admin-publish-outdated", {
            drafts: result.drafts.map((draft) => `${draft.id} (r${draft.base} → r${draft.live})`).join(", "),
          }),
        );
      case "invalid":
        return replyLong(ctx, `${ctx.t("admin-draft-invalid")}\n${issueLines(result.issues)}`);
      case "blocked":
        return replyLong(
          ctx,
          `${ctx.t("admin-publish-blocked", { count: result.report.newlyFailing.length, min: MIN_REASON_CHARS })}\n\n${formatReport(ctx, result.report, undefined)}`,
        );
      case "published":
        return ctx.reply(
          ctx.t(result.forced ? "admin-published-forced" : "admin-published", {
            version: result.version,
            ids: result.ids.join(", "),
            count: result.report.newlyFailing.length,
          }),
          { parse_mode: "HTML" },
        );
    }
  };

  const showStale = async (ctx: BotContext) => {
    const items = await admin.stale(30);
    if (items.length === 0) return ctx.reply(ctx.t("admin-stale-none"));
    const now = today();
    const lines = items.map(
      (item) =>
        `${(item.reviewDue ?? "") < now ? "⚠️" : "⏳"} ${item.reviewDue} <code>${item.id}</code> — ${escapeHtml(item.title[ctx.language])}`,
    );
    await replyLong(ctx, `${ctx.t("admin-stale-title", { count: items.length })}\n${lines.join("\n")}`);
  };

  const showAudit = async (ctx: BotContext) => {
    const entries = await audit.recent(20);
    if (entries.length === 0) return ctx.reply(ctx.t("admin-audit-none"));
    const lines = entries.map(
      (entry) =>
        `${entry.at.slice(0, 16).replace("T", " ")} <code>${escapeHtml(entry.actor)}</code> ${escapeHtml(entry.action)} ${escapeHtml(entry.target)}${entry.details ? ` — ${escapeHtml(entry.details)}` : ""}`,
    );
    await replyLong(ctx, `${ctx.t("admin-audit-title")}\n${lines.join("\n")}`);
  };

  admins.command("admin", menu);
  admins.command("items", (ctx) => listItems(ctx, ctx.match.trim(), 0));
  admins.command("item", (ctx) => {
    const id = ctx.match.trim();
    return id ? showItem(ctx, id) : ctx.reply(ctx.t("admin-item-usage"));
  });
  admins.command("drafts", showDrafts);
  admins.command("discard", (ctx) => discard(ctx, ctx.match.trim()));
  admins.command("testall", testAll);
  admins.command("publish", (ctx) => publish(ctx, ctx.match.trim()));
  admins.command("history", (ctx) => showHistory(ctx, ctx.match.trim()));
  admins.command("rollback", async (ctx) => {
    const [id = "", revisionText = "", ...words] = ctx.match.trim().split(/\s+/);
    const revision = Number(revisionText);
    const reason = words.join(" ");
    if (!id || !Number.isInteger(revision) || revision < 1 || reason.length < MIN_REASON_CHARS) {
      return ctx.reply(ctx.t("admin-rollback-usage", { min: MIN_REASON_CHARS }));
    }
    try {
      const result = await admin.rollback(id, revision, actorOf(ctx), reason);
      if (!result.ok) return replyLong(ctx, `${ctx.t("admin-rollback-failed")}\n${issueLines(result.issues)}`);
      await ctx.reply(ctx.t("admin-rolled-back", { id, from: revision, revision: result.revision }));
    } catch (error) {
      if (error instanceof KnowledgeConflictError) return ctx.reply(ctx.t("admin-publish-conflict"));
      throw error;
    }
  });
  admins.command("stale", showStale);
  admins.command("audit", showAudit);

  // A Markdown file as a document, or the text pasted into the chat, becomes a draft.
  admins.on("message:document", async (ctx, next) => {
    const document = ctx.message.document;
    const name = document.file_name ?? "";
    if (!UPLOAD_NAME.test(name)) return next();
    if (document.mime_type && !UPLOAD_TYPES.has(document.mime_type)) {
      return ctx.reply(ctx.t("admin-upload-type", { type: document.mime_type }));
    }
    if ((document.file_size ?? 0) > MAX_ITEM_BYTES) {
      return ctx.reply(ctx.t("admin-upload-size", { max: MAX_ITEM_BYTES / 1024 }));
    }
    const file = await ctx.api.getFile(document.file_id);
    if (!file.file_path) return ctx.reply(ctx.t("admin-upload-failed"));
    const bytes = await download(file.file_path, MAX_ITEM_BYTES);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return ctx.reply(ctx.t("admin-upload-encoding"));
    }
    await saveDraft(ctx, text.replace(/^\uFEFF/, ""));
  });
  admins.on("message:text", async (ctx, next) => {
    if (!/^---\r?\n/.test(ctx.message.text)) return next();
    await saveDraft(ctx, ctx.message.text);
  });

  admins.callbackQuery(CALLBACK_PATTERN.admin, async (ctx, next) => {
    const [verb, argument = ""] = [ctx.match[1], ctx.match[2]];
    const actions: Record<string, () => Promise<unknown>> = {
      menu: () => menu(ctx),
      items: () => listItems(ctx, "", Number(argument) || 0),
      item: () => showItem(ctx, argument),
      exp: () => exportItem(ctx, argument),
      hist: () => showHistory(ctx, argument),
      dx: () => discard(ctx, argument),
      drafts: () => showDrafts(ctx),
      test: () => testAll(ctx),
      pub: () => publish(ctx, ""),
      stale: () => showStale(ctx),
      audit: () => showAudit(ctx),
    };
    const action = verb ? actions[verb] : undefined;
    if (!action) return next();
    await ctx.answerCallbackQuery();
    await action();
  });
  return feature;
}

function revisionLine(revision: {
  revision: number;
  kind: string;
  author: string;
  createdAt: string;
  changes: string[];
  reason?: string;
}): string {
  return `r${revision.revision} · ${revision.kind} · ${escapeHtml(revision.author)} · ${revision.createdAt.slice(0, 16).replace("T", " ")} · ${escapeHtml(revision.changes.join(", ") || "–")}${revision.reason ? ` · «${escapeHtml(revision.reason)}»` : ""}`;
}

function issueLines(issues: KnowledgeIssue[]): string {
  return issues
    .slice(0, 20)
    .map((issue) => `• ${escapeHtml(formatIssue(issue))}`)
    .join("\n");
}

/** Per set and language: passed/total published → with drafts; then the questions that got worse. */
export function formatReport(ctx: BotContext, report: RegressionReport, drafts: number | undefined): string {
  const lines: string[] = [];
  if (drafts !== undefined) lines.push(ctx.t("admin-testall-title", { drafts }));
  for (const set of report.sets) {
    const cells = (["ru", "kk", "en", "all"] as const).map((language) => {
      const before = set.baseline[language];
      const after = set.candidate[language];
      const mark = after.passed < before.passed ? "❌" : after.passed > before.passed ? "⬆️" : "✅";
      return `${language} ${before.passed}/${before.total} → ${after.passed}/${after.total} ${mark}`;
    });
    lines.push(`<b>${escapeHtml(set.name)}</b>: ${cells.join(" · ")}`);
  }
  lines.push(
    report.regressed
      ? ctx.t("admin-testall-regressed", { count: report.newlyFailing.length })
      : ctx.t("admin-testall-clean", { fixed: report.newlyPassing.length }),
  );
  const listed = report.regressed ? report.newlyFailing : report.candidateFailures;
  if (listed.length > 0) {
    lines.push(ctx.t(report.regressed ? "admin-testall-newly-failing" : "admin-testall-failures"));
    for (const failure of listed.slice(0, LISTED_FAILURES)) {
      lines.push(
        `• [${failure.lang}] «${escapeHtml(failure.q.slice(0, 90))}» — ${failure.expect} ≠ ${failure.got} (${failure.set})`,
      );
    }
    if (listed.length > LISTED_FAILURES)
      lines.push(ctx.t("admin-testall-more", { count: listed.length - LISTED_FAILURES }));
  }
  return lines.join("\n");
}

async function replyLong(ctx: BotContext, html: string): Promise<void> {
  for (const part of splitHtmlMessage(html)) await ctx.reply(part, { parse_mode: "HTML" });
}

/** Who acted, for revisions and the audit log: the Telegram user id and, if any, the @username. */
export function actorOf(ctx: BotContext): string {
  const from = ctx.from;
  if (!from) return "unknown";
  return from.username ? `${from.id} @${from.username}` : String(from.id);
}
