import { Bot, type StorageAdapter, session } from "grammy/web";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "../adapters/logger.js";
import type { Answerer } from "./answerer.js";
import type { BotContext } from "./context.js";
import { floodControl } from "./flood-control.js";
import { questionFeature } from "./features/question.js";
import { startFeature } from "./features/start.js";
import { unsupportedFeature } from "./features/unsupported.js";
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
  log: Logger;
}

/** Seconds a Bot API call may take; short so a stuck call cannot eat the worker's whole timeout. */
const API_TIMEOUT_SECONDS = 10;

/**
 * Builds the bot: plugins first, then one composer per feature, catch-all last. Creates no network
 * connection; the caller decides how updates arrive (Lambda worker, long polling, terminal chat, tests).
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
  bot.use(session({ initial: initialSession, storage: deps.sessionStorage }));
  bot.use(startFeature());
  bot.use(questionFeature(deps.answerer));
  bot.use(unsupportedFeature());
  return bot;
}
