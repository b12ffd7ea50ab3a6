import { loadKnowledgeFolder, readGlossary } from "../../functions/adapters/knowledge-folder.js";
import { readLocaleSources } from "../../functions/adapters/locales-folder.js";
import { silentLogger } from "../../functions/adapters/logger.js";
import { type AppBotOptions, createAppBot } from "../../functions/bot/create-app-bot.js";
import { createKnowledgeAnswerer } from "../../functions/bot/knowledge-answerer.js";
import { type SessionData, sessionSchema } from "../../functions/bot/session.js";
import { type BotConfig, botConfigSchema, parseConfig } from "../../functions/config.js";
import { buildKnowledgeIndex } from "../../functions/core/engine/knowledge-index.js";
import { createTranslator } from "../../functions/core/i18n/translator.js";
import { CaseStore } from "../../functions/storage/case-store.js";
import { FeedbackStore } from "../../functions/storage/feedback-store.js";
import { DynamoSessionStorage } from "../../functions/storage/session-storage.js";
import { type ApiResponses, recordApiCalls, TEST_TOKEN } from "./bot-harness.js";
import { freshTables } from "./dynamo.js";

export const TEST_TODAY = "2026-11-25";
export const OPERATORS_CHAT_ID = -1001234567890;

let answerer: ReturnType<typeof createKnowledgeAnswerer> | undefined;

/** The real knowledge answerer over the project's knowledge folder, built once per test file. */
export async function realAnswerer() {
  if (!answerer) {
    const { items } = await loadKnowledgeFolder();
    const translator = createTranslator(await readLocaleSources());
    answerer = createKnowledgeAnswerer(buildKnowledgeIndex(items, await readGlossary()), translator, () => TEST_TODAY);
  }
  return answerer;
}

/**
 * The production bot (createAppBot) on fresh DynamoDB Local tables, with a recording Bot API: no network.
 * Returns the stores too, so tests can check what was persisted.
 */
export async function testBot(
  overrides: Partial<Record<keyof BotConfig, string>> = {},
  responses: ApiResponses = {},
  options: AppBotOptions = {},
) {
  const { documents, names, endpoint } = await freshTables();
  const config = parseConfig(botConfigSchema, {
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_BOT_USERNAME: "test_ngo_bot",
    DYNAMODB_ENDPOINT: endpoint,
    STATE_TABLE_NAME: names.stateTable,
    OPERATORS_CHAT_ID: String(OPERATORS_CHAT_ID),
    ...overrides,
  });
  const bot = await createAppBot(config, silentLogger, { today: () => TEST_TODAY, ...options });
  const calls = recordApiCalls(bot, responses);
  return {
    bot,
    calls,
    sessions: new DynamoSessionStorage<SessionData>(documents, names.stateTable, sessionSchema),
    feedback: new FeedbackStore(documents, names.stateTable),
    cases: new CaseStore(documents, names.stateTable),
  };
}
