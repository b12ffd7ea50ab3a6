import { Composer } from "grammy/web";
import type { AuditLog } from "../../../storage/audit-log.js";
import type { BotContext } from "../../context.js";

/** Commands only admins may use; every other user gets a refusal (and the attempt is audited). */
export const ADMIN_COMMANDS = [
  "admin",
  "items",
  "item",
  "drafts",
  "discard",
  "testall",
  "publish",
  "history",
  "rollback",
  "stale",
  "queue",
  "stats",
  "audit",
] as const;

const ADMIN_COMMAND = new RegExp(`^/(${ADMIN_COMMANDS.join("|")})(@\\w+)?(\\s|$)`);

/** Whether the update asks for an admin action: an admin command or an admin button. */
export function isAdminRequest(ctx: BotContext): boolean {
  if (ctx.callbackQuery?.data?.startsWith("adm:")) return true;
  const text = ctx.message?.text;
  return text !== undefined && ADMIN_COMMAND.test(text);
}

/** Whether the sender is a configured admin. */
export function isAdmin(ctx: BotContext, adminIds: ReadonlySet<number>): boolean {
  return ctx.from !== undefined && adminIds.has(ctx.from.id);
}

/**
 * Checked on every admin update, not only the menu: a forwarded button or a typed command from anyone else is
 * refused before any admin handler runs. Admin commands work in private chats only, so drafts and reports
 * never land in a group.
 */
export function adminGate(adminIds: ReadonlySet<number>, audit: AuditLog): Composer<BotContext> {
  const gate = new Composer<BotContext>();
  gate.use(async (ctx, next) => {
    if (!isAdminRequest(ctx)) return next();
    if (!isAdmin(ctx, adminIds)) {
      await audit.record({
        actor: String(ctx.from?.id ?? "unknown"),
        action: "admin.refused",
        target: ctx.callbackQuery?.data ?? (ctx.message?.text ?? "").split(/\s/)[0] ?? "",
      });
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("admin-refused"), show_alert: true });
      else await ctx.reply(ctx.t("admin-refused"));
      return;
    }
    // The case → draft button lives in the operators' group; everything else only in a private chat.
    const fromCaseCard = ctx.callbackQuery?.data?.startsWith("adm:cd:") ?? false;
    if (ctx.chat?.type !== "private" && !fromCaseCard) {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("admin-private-only"), show_alert: true });
      else await ctx.reply(ctx.t("admin-private-only"));
      return;
    }
    return next();
  });
  return gate;
}
