import { readKnowledgeFiles } from "../../functions/adapters/knowledge-folder.js";
import { silentLogger } from "../../functions/adapters/logger.js";
import { importKnowledge } from "../../functions/bot/admin/knowledge-sync.js";
import { createAppBot } from "../../functions/bot/create-app-bot.js";
import { botConfigSchema, parseConfig } from "../../functions/config.js";
import { AuditLog } from "../../functions/storage/audit-log.js";
import { CaseStore } from "../../functions/storage/case-store.js";
import { FeedbackStore } from "../../functions/storage/feedback-store.js";
import { KnowledgeStore } from "../../functions/storage/knowledge-store.js";
import { TEST_TODAY } from "./app-bot.js";
import { recordApiCalls, TEST_TOKEN } from "./bot-harness.js";
import { freshTables } from "./dynamo.js";

export const ADMIN_ID = 777;
export const OPERATORS_CHAT = -1009876543210;

/** Files "uploaded" to Telegram in a test: file_path → content, served by the fake file endpoint. */
export type UploadedFiles = Map<string, string | Uint8Array>;

/**
 * Fresh tables seeded from `knowledge/` (as `npm run kb:import` would), and bots built like the worker builds
 * them, with ADMIN_USER_IDS set and a fake Telegram file endpoint. `newBot()` makes another "Lambda instance"
 * on the same tables.
 */
export async function adminTestBed() {
  const { documents, names, endpoint } = await freshTables();
  const table = names.stateTable;
  const store = new KnowledgeStore(documents, table);
  const audit = new AuditLog(documents, table);
  const seeded = await importKnowledge(store, audit, await readKnowledgeFiles(), {
    actor: "test:seed",
    today: TEST_TODAY,
  });
  if (seeded.status !== "imported") throw new Error(`seeding failed: ${JSON.stringify(seeded).slice(0, 500)}`);
  const files: UploadedFiles = new Map();
  const fileFetch = (async (url: string | URL) => {
    const filePath = String(url).split(`/file/bot${TEST_TOKEN}/`)[1] ?? "";
    const content = files.get(filePath);
    return content === undefined
      ? new Response("not found", { status: 404 })
      : new Response(typeof content === "string" ? content : Buffer.from(content));
  }) as typeof fetch;
  const newBot = async () => {
    const config = parseConfig(botConfigSchema, {
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_BOT_USERNAME: "test_ngo_bot",
      DYNAMODB_ENDPOINT: endpoint,
      STATE_TABLE_NAME: table,
      ADMIN_USER_IDS: `${ADMIN_ID}, 778`,
      OPERATORS_CHAT_ID: String(OPERATORS_CHAT),
      KNOWLEDGE_REFRESH_SECONDS: "0",
    });
    const bot = await createAppBot(config, silentLogger, { today: () => TEST_TODAY, fetch: fileFetch });
    const calls = recordApiCalls(bot, {
      getFile: (payload) => ({
        file_id: payload.file_id,
        file_unique_id: `u-${String(payload.file_id)}`,
        file_path: String(payload.file_id),
      }),
      getChat: (payload) => ({ id: payload.chat_id, type: "supergroup", title: "Operators", is_forum: false }),
    });
    return { bot, calls };
  };
  return {
    ...(await newBot()),
    newBot,
    files,
    store,
    audit,
    feedback: new FeedbackStore(documents, table),
    cases: new CaseStore(documents, table),
    documents,
    table,
  };
}

let nextUpdate = 900_000;
let nextMessage = 50_000;

/** A Markdown document sent by `userId` in a private chat. */
export function documentUpdate(
  fileId: string,
  options: { userId?: number; fileName?: string; mimeType?: string; fileSize?: number } = {},
) {
  const userId = options.userId ?? ADMIN_ID;
  return {
    update_id: nextUpdate++,
    message: {
      message_id: nextMessage++,
      date: 1_764_000_000,
      chat: { id: userId, type: "private" as const, first_name: "Admin" },
      from: { id: userId, is_bot: false, first_name: "Admin", language_code: "en" },
      document: {
        file_id: fileId,
        file_unique_id: `u-${fileId}`,
        file_name: options.fileName ?? `${fileId}.md`,
        mime_type: options.mimeType ?? "text/markdown",
        file_size: options.fileSize ?? 1000,
      },
    },
  };
}
