import { loadKnowledgeFolder, readGlossary } from "../../functions/adapters/knowledge-folder.js";
import { silentLogger } from "../../functions/adapters/logger.js";
import { presetBotInfo } from "../../functions/bot/bot-info.js";
import { createBot } from "../../functions/bot/create-bot.js";
import { createKnowledgeAnswerer } from "../../functions/bot/knowledge-answerer.js";
import { type SessionData, sessionSchema } from "../../functions/bot/session.js";
import { DynamoSessionStorage } from "../../functions/storage/session-storage.js";
import { recordApiCalls, TEST_TOKEN } from "./bot-harness.js";
import { freshTables } from "./dynamo.js";

let answerer: ReturnType<typeof createKnowledgeAnswerer> | undefined;

/** The real knowledge answerer over the project's knowledge folder, built once per test file. */
export async function realAnswerer() {
  if (!answerer) {
    const { items } = await loadKnowledgeFolder();
    answerer = createKnowledgeAnswerer(items, await readGlossary(), () => "2026-11-25");
  }
  return answerer;
}

/** The production bot with DynamoDB Local sessions, the real answerer and a recording Bot API. */
export async function testBot() {
  const { documents, names } = await freshTables();
  const sessions = new DynamoSessionStorage<SessionData>(documents, names.stateTable, sessionSchema);
  const bot = createBot({
    token: TEST_TOKEN,
    botInfo: presetBotInfo(TEST_TOKEN, "test_ngo_bot"),
    sessionStorage: sessions,
    answerer: await realAnswerer(),
    log: silentLogger,
  });
  const calls = recordApiCalls(bot);
  return { bot, calls, sessions };
}
