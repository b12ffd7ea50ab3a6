import type { Bot } from "grammy/web";
import { loadKnowledgeFolder, readGlossary } from "../adapters/knowledge-folder.js";
import type { Logger } from "../adapters/logger.js";
import type { BotConfig } from "../config.js";
import { createDocumentClient } from "../storage/dynamo-client.js";
import { DynamoSessionStorage } from "../storage/session-storage.js";
import { presetBotInfo } from "./bot-info.js";
import type { BotContext } from "./context.js";
import { createBot } from "./create-bot.js";
import { createKnowledgeAnswerer } from "./knowledge-answerer.js";
import { sessionSchema } from "./session.js";

export interface AppBotOptions {
  /** Folder with the knowledge items; the Lambda bundle ships a copy. */
  knowledgeDir?: string;
  fetch?: typeof fetch;
}

/**
 * The production wiring shared by the worker Lambda, `npm start` and `npm run serve`: DynamoDB sessions,
 * the knowledge answerer and the bot. Knowledge problems are logged; valid items still answer.
 */
export async function createAppBot(
  config: BotConfig,
  log: Logger,
  options: AppBotOptions = {},
): Promise<Bot<BotContext>> {
  const knowledgeDir = options.knowledgeDir;
  const [{ items, issues }, glossary] = await Promise.all([
    loadKnowledgeFolder(knowledgeDir),
    readGlossary(knowledgeDir),
  ]);
  if (issues.length > 0) log.warn("knowledge has problems; valid items are used", { problems: issues.length });
  const documents = createDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
  return createBot({
    token: config.TELEGRAM_BOT_TOKEN,
    botInfo: presetBotInfo(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_BOT_USERNAME),
    apiRoot: config.TELEGRAM_API_ROOT,
    fetch: options.fetch,
    sessionStorage: new DynamoSessionStorage(documents, config.STATE_TABLE_NAME, sessionSchema),
    answerer: createKnowledgeAnswerer(items, glossary),
    log,
  });
}
