import type { Bot } from "grammy/web";
import { readGoldenSets } from "../adapters/golden-folder.js";
import { readGlossary, readKnowledgeFiles, todayInKazakhstan } from "../adapters/knowledge-folder.js";
import { readLocaleSources } from "../adapters/locales-folder.js";
import type { Logger } from "../adapters/logger.js";
import { telegramFileDownloader } from "../adapters/telegram-files.js";
import type { BotConfig } from "../config.js";
import { createTranslator } from "../core/i18n/translator.js";
import { AuditLog } from "../storage/audit-log.js";
import { CaseStore } from "../storage/case-store.js";
import { createDocumentClient } from "../storage/dynamo-client.js";
import { FeedbackStore } from "../storage/feedback-store.js";
import { S3IndexSnapshotStore } from "../storage/index-snapshot-store.js";
import { KnowledgeStore } from "../storage/knowledge-store.js";
import { DynamoRateLimiter } from "../storage/rate-limiter.js";
import { DynamoSessionStorage } from "../storage/session-storage.js";
import { KnowledgeAdmin } from "./admin/knowledge-admin.js";
import { relativeToFolder } from "./admin/knowledge-sync.js";
import { presetBotInfo } from "./bot-info.js";
import type { BotContext } from "./context.js";
import { createBot } from "./create-bot.js";
import { LiveKnowledge } from "./live-knowledge.js";
import { sessionSchema } from "./session.js";

/** Telegram's own limit for a bot in one group is about 20 messages a minute. */
const GROUP_MESSAGES_PER_MINUTE = 20;

export interface AppBotOptions {
  /** Folder with the knowledge items (answers until the first import; the Lambda bundle ships a copy). */
  knowledgeDir?: string;
  /** Folder with the golden question sets for the admins' /testall. */
  goldenDir?: string;
  fetch?: typeof fetch;
  today?: () => string;
}

/**
 * The production wiring shared by the worker Lambda, `npm start` and `npm run serve` (and the tests): DynamoDB
 * sessions, cases, feedback, rate limits and live knowledge (published revisions, refreshed when a publish
 * bumps the version), the knowledge administration, the message catalogue, the bot. Invalid message files
 * fail here, at start-up; so does an unreachable DynamoDB.
 */
export async function createAppBot(
  config: BotConfig,
  log: Logger,
  options: AppBotOptions = {},
): Promise<Bot<BotContext>> {
  const [glossary, locales] = await Promise.all([readGlossary(options.knowledgeDir), readLocaleSources()]);
  const today = options.today ?? (() => todayInKazakhstan());
  const translator = createTranslator(locales);
  const documents = createDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  const table = config.STATE_TABLE_NAME;
  const store = new KnowledgeStore(documents, table);
  const audit = new AuditLog(documents, table);
  const knowledge = new LiveKnowledge({
    store,
    glossary,
    translator,
    today,
    bundledFiles: async () => relativeToFolder(await readKnowledgeFiles(options.knowledgeDir)),
    log,
    refreshSeconds: config.KNOWLEDGE_REFRESH_SECONDS,
    indexSnapshots: config.INDEX_SNAPSHOT_BUCKET
      ? new S3IndexSnapshotStore(
          { region: config.AWS_REGION, endpoint: config.S3_ENDPOINT },
          config.INDEX_SNAPSHOT_BUCKET,
        )
      : undefined,
  });
  await knowledge.refresh();
  return createBot({
    token: config.TELEGRAM_BOT_TOKEN,
    botInfo: presetBotInfo(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_BOT_USERNAME),
    apiRoot: config.TELEGRAM_API_ROOT,
    fetch: options.fetch,
    sessionStorage: new DynamoSessionStorage(documents, table, sessionSchema),
    answerer: knowledge,
    translator,
    feedback: new FeedbackStore(documents, table),
    cases: new CaseStore(documents, table),
    userLimiter: new DynamoRateLimiter(documents, table, config.USER_RATE_LIMIT_PER_MINUTE, 60),
    groupLimiter: new DynamoRateLimiter(documents, table, GROUP_MESSAGES_PER_MINUTE, 60),
    operators: { chatId: config.OPERATORS_CHAT_ID, language: config.OPERATORS_LANGUAGE },
    today,
    log,
    refreshKnowledge: () => knowledge.refresh(),
    admin: {
      adminIds: new Set(config.ADMIN_USER_IDS),
      knowledge: new KnowledgeAdmin({
        store,
        audit,
        knowledge,
        glossary,
        goldenSets: () => readGoldenSets(options.goldenDir),
        today,
      }),
      audit,
      download: telegramFileDownloader(config.TELEGRAM_API_ROOT, config.TELEGRAM_BOT_TOKEN, options.fetch),
    },
  });
}
