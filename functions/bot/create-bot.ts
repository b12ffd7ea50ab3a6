import type { UserFromGetMe } from "grammy/types";
import { Bot, type StorageAdapter, session } from "grammy/web";
import type { Logger } from "../adapters/logger.js";
import type { Translator } from "../core/i18n/translator.js";
import type { AuditLog } from "../storage/audit-log.js";
import type { CaseStore } from "../storage/case-store.js";
import type { FeedbackStore } from "../storage/feedback-store.js";
import type { RateLimiter } from "../storage/rate-limiter.js";
import type { KnowledgeAdmin } from "./admin/knowledge-admin.js";
import type { Answerer } from "./answerer.js";
import type { BotContext } from "./context.js";
import { adminFeedbackFeature } from "./features/admin/admin-feedback.js";
import { adminGate } from "./features/admin/admin-gate.js";
import { adminKnowledgeFeature, type FileDownloader } from "./features/admin/admin-knowledge.js";
import { consultantFeature } from "./features/consultant.js";
import { feedbackFeature } from "./features/feedback.js";
import { handoffFeature, type OperatorsSettings } from "./features/handoff.js";
import { inlineFeature } from "./features/inline.js";
import { languageFeature } from "./features/language.js";
import { menuFeature } from "./features/menu.js";
import { questionFeature } from "./features/question.js";
import { unsupportedFeature } from "./features/unsupported.js";
import { wizardFeature } from "./features/wizards.js";
import { floodControl } from "./flood-control.js";
import { localeMiddleware } from "./locale.middleware.js";
import { rateLimitMiddleware } from "./rate-limit.middleware.js";
import { initialSession, type SessionData } from "./session.js";

export interface BotDeps {
  token: string;
  /** Preset bot info: no getMe call on start (Lambda cold starts, tests). */
  botInfo?: UserFromGetMe;
  /** Bot API root; the real Telegram unless a local emulator is used. */
  apiRoot?: string;
  /** Replaces `fetch` for Bot API calls (tests, the terminal chat). */
  fetch?: typeof fetch;
  sessionStorage: StorageAdapter<SessionData>;
  answerer: Answerer;
  translator: Translator;
  feedback: FeedbackStore;
  cases: CaseStore;
  userLimiter: RateLimiter;
  groupLimiter: RateLimiter;
  operators: OperatorsSettings;
  /** YYYY-MM-DD in Kazakhstan, for "verified"/"stale" notes. */
  today: () => string;
  log: Logger;
  /** Loads a newer published knowledge version if there is one; runs before every update. */
  refreshKnowledge?: () => Promise<void>;
  /** Knowledge-base administration; without it every admin command is refused. */
  admin?: {
    adminIds: ReadonlySet<number>;
    knowledge: KnowledgeAdmin;
    audit: AuditLog;
    download: FileDownloader;
  };
}

/** Seconds a Bot API call may take; short so a stuck call cannot eat the worker's whole timeout. */
const API_TIMEOUT_SECONDS = 10;

/**
 * Builds the bot: plugins first, then one composer per feature in a fixed order (the most specific first), the
 * catch-all last. Creates no network connection; the caller decides how updates arrive.
 */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    botInfo: deps.botInfo,
    client: {
      apiRoot: deps.apiRoot,
      timeoutSeconds: API_TIMEOUT_SECONDS,
      ...(deps.fetch ? { fetch: deps.fetch as never } : {}),
    },
  });
  // Waits out 429 retry_after up to 5 s. Network errors and Telegram 5xx fail the update, and SQS delivers it
  // again after the visibility timeout.
  bot.api.config.use(floodControl({ maxDelaySeconds: 5, maxAttempts: 3 }));
  // Channel posts and edited messages are not questions; nothing below should see them.
  bot.use((ctx, next) => ((ctx.channelPost ?? ctx.editedMessage ?? ctx.editedChannelPost) ? undefined : next()));
  bot.use(session({ initial: initialSession, storage: deps.sessionStorage }));
  bot.use(localeMiddleware(deps.translator));
  bot.use(rateLimitMiddleware(deps.userLimiter, deps.groupLimiter, deps.operators.chatId));
  const refresh = deps.refreshKnowledge;
  if (refresh) {
    bot.use(async (_ctx, next) => {
      await refresh();
      await next();
    });
  }
  if (deps.admin) {
    const { adminIds, knowledge, audit, download } = deps.admin;
    bot.use(adminGate(adminIds, audit));
    bot.use(adminKnowledgeFeature({ admin: knowledge, audit, adminIds, download, today: deps.today }));
    bot.use(
      adminFeedbackFeature({
        admin: knowledge,
        answerer: deps.answerer,
        feedback: deps.feedback,
        cases: deps.cases,
        audit,
      }),
    );
  }
  bot.use(inlineFeature(deps.answerer, deps.feedback));
  bot.use(handoffFeature(deps.answerer, deps.cases, deps.operators));
  bot.use(menuFeature(deps.answerer));
  bot.use(languageFeature());
  bot.use(wizardFeature(deps.answerer));
  bot.use(feedbackFeature(deps.feedback));
  bot.use(consultantFeature(deps.answerer, deps.today));
  bot.use(questionFeature(deps.answerer, deps.feedback));
  bot.use(unsupportedFeature());
  return bot;
}
