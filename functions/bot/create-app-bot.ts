import type { Bot } from "grammy/web";
import { loadKnowledgeFolder, readGlossary, todayInKazakhstan } from "../adapters/knowledge-folder.js";
import { readLocaleSources } from "../adapters/locales-folder.js";
import type { Logger } from "../adapters/logger.js";
import type { BotConfig } from "../config.js";
import { createTranslator } from "../core/i18n/translator.js";
import { CaseStore } from "../storage/case-store.js";
import { createDocumentClient } from "../storage/dynamo-client.js";
import { FeedbackStore } from "../storage/feedback-store.js";
import { DynamoRateLimiter } from "../storage/rate-limiter.js";
import { DynamoSessionStorage } from "../storage/session-storage.js";
import { presetBotInfo } from "./bot-info.js";
import type { BotContext } from "./context.js";
import { createBot } from "./create-bot.js";
import { createKnowledgeAnswerer } from "./knowledge-answerer.js";
import { sessionSchema } from "./session.js";

/** Telegram's own limit for a bot in one group is about 20 messages a minute. */
const GROUP_MESSAGES_PER_MINUTE = 20;

export interface AppBotOptions {
  /** Folder with the knowledge items; the Lambda bundle ships a copy. */
  knowledgeDir?: string;
  fetch?: typeof fetch;
  today?: () => string;
}

/**
 * The production wiring shared by the worker Lambda, `npm start` and `npm run serve` (and the tests): DynamoDB
 * sessions, cases, feedback and rate limits, the knowledge answerer, the message catalogue, the bot. Knowledge
 * problems are logged; valid items still answer. Invalid message files fail here, at start-up.
 */
export async function createAppBot(
  config: BotConfig,
  log: Logger,
  options: AppBotOptions = {},
): Promise<Bot<BotContext>> {
  const [{ items, issues }, glossary, locales] = await Promise.all([
    loadKnowledgeFolder(options.knowledgeDir),
    readGlossary(options.knowledgeDir),
    readLocaleSources(),
  ]);
  if (issues.length > 0) log.warn("knowledge has problems; valid items are used", { problems: issues.length });
  const today = options.today ?? (() => todayInKazakhstan());
  const translator = createTranslator(locales);
  const documents = createDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  const table = config.STATE_TABLE_NAME;
  return createBot({
    token: config.TELEGRAM_BOT_TOKEN,
    botInfo: presetBotInfo(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_BOT_USERNAME),
    apiRoot: config.TELEGRAM_API_ROOT,
    fetch: options.fetch,
    sessionStorage: new DynamoSessionStorage(documents, table, sessionSchema),
    answerer: createKnowledgeAnswerer(items, glossary, translator, today),
    translator,
    feedback: new FeedbackStore(documents, table),
    cases: new CaseStore(documents, table),
    userLimiter: new DynamoRateLimiter(documents, table, config.USER_RATE_LIMIT_PER_MINUTE, 60),
    groupLimiter: new DynamoRateLimiter(documents, table, GROUP_MESSAGES_PER_MINUTE, 60),
    operators: { chatId: config.OPERATORS_CHAT_ID, language: config.OPERATORS_LANGUAGE },
    today,
    log,
  });
}
